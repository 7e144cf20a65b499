using System.Text.Json;
using CommitteeHub.Amendments;
using Microsoft.AspNetCore.Http.Metadata;

namespace CommitteeHub.Web.Api;

/// <summary>
/// POST /api/diff: two versions of a motion in Markdown in, the tracked changes out, as HTML, plain text and the
/// order-paper instructions. A pure function of its input, open to anyone (the amendment form's live preview uses it).
/// </summary>
public static class DiffEndpoint
{
    /// <summary>The most characters either text may have: ten times the longest motion a council is likely to see.</summary>
    public const int MaxTextLength = 200_000;
    private const int MaxBodyBytes = 2 * MaxTextLength * 4 + 4_096;

    public sealed record Request(string? Original, string? Amended);

    public sealed record Response(string Html, string PlainText, IReadOnlyList<string> Instructions, bool HasChanges);

    public sealed record Problem(string Error);

    public static void MapDiffApi(this IEndpointRouteBuilder app) =>
        // The metadata names the body (for tools and the tests' fuzzer) but no content type: routing would answer any
        // other with a bare 415, where the endpoint answers 400 with the reason.
        app.MapPost("/api/diff", Diff).WithMetadata(new AcceptsMetadata([], typeof(Request))).DisableAntiforgery();

    private static async Task<IResult> Diff(HttpRequest http, CancellationToken ct)
    {
        if (http.ContentLength > MaxBodyBytes)
            return Refuse($"The request is too large: each text may have at most {MaxTextLength:N0} characters.");
        // A body sent without a length (chunked) is held to the same limit while it is read.
        if (http.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes;
        if (!http.HasJsonContentType())
            return Refuse("Send JSON (Content-Type: application/json) of the form {\"original\": \"...\", \"amended\": \"...\"}.");
        Request? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<Request>(http.Body, JsonSerializerOptions.Web, ct);
        }
        catch (JsonException e)
        {
            return Refuse($"The body is not valid JSON ({e.Message.Split('.')[0]}).");
        }
        catch (BadHttpRequestException)
        {
            return Refuse($"The request is too large: each text may have at most {MaxTextLength:N0} characters.");
        }
        if (request is null) return Refuse("The body is empty: send {\"original\": \"...\", \"amended\": \"...\"}.");
        var missing = new[] { ("original", request.Original), ("amended", request.Amended) }.Where(f => f.Item2 is null).Select(f => f.Item1).ToList();
        if (missing.Count > 0) return Refuse($"Missing {string.Join(" and ", missing.Select(m => $"\"{m}\""))}: both texts are required (Markdown).");
        if (request.Original!.Length > MaxTextLength || request.Amended!.Length > MaxTextLength)
            return Refuse($"A text is too long: each may have at most {MaxTextLength:N0} characters.");

        var tree = TrackedChanges.Compare(request.Original, request.Amended);
        return Results.Ok(new Response(ChangeRenderers.Html(tree), ChangeRenderers.PlainText(tree), ChangeRenderers.Instructions(tree), tree.HasChanges));
    }

    private static IResult Refuse(string reason) => Results.BadRequest(new Problem(reason));
}
