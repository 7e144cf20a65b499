using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CommitteeHub.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project benchmarks/CommitteeHub.Benchmarks -- bare-kestrel DIR URL`: Kestrel with nothing
/// in front of it, answering GET /NAME with the bytes of DIR/NAME, read into memory at the start. scripts/bench-pages.sh
/// runs it beside nginx on the same files: what the app's page cache could reach if it did no work at all, so that the
/// gap between a cached page and nginx can be told apart into our pipeline's share and Kestrel's own.
/// </summary>
public static class BareKestrel
{
    public static int Run(string[] args)
    {
        var files = Directory.GetFiles(args[1]).ToDictionary(f => "/" + Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(async http =>
        {
            if (!files.TryGetValue(http.Request.Path.Value ?? "", out var bytes))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            http.Response.ContentType = "text/html";
            http.Response.ContentLength = bytes.Length;
            await http.Response.Body.WriteAsync(bytes);
        });
        app.Run(args[2]);
        return 0;
    }
}
