using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Infrastructure;

namespace CommitteeHub.Tests.Pages;

/// <summary>The public's copy of a page is kept as it is sent, compressed, one copy for each encoding, so serving it
/// compresses nothing again; a client is only ever served a copy in an encoding it asked for. And what is made from
/// authored text alone is made once per text.</summary>
public sealed class KeptCompressedTests(CommitteeHubApp app) : AppTest(app)
{
    private const string Page = "/committees";

    private async Task<HttpResponseMessage> Get(string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Page);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await App.Anonymous().SendAsync(request);
    }

    private static async Task<string> Decoded(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        Stream text = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            null => body,
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            var other => throw new InvalidOperationException($"Unexpected encoding {other}."),
        };
        using var reader = new StreamReader(text, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task A_public_page_served_from_the_cache_is_the_compressed_copy_kept_not_compressed_again()
    {
        var plain = await Decoded(await Get(null));
        await Get("gzip, deflate, br");
        var compressed = App.Compressions.Count;
        var kept = await Get("gzip, deflate, br");

        Assert.True(kept.Headers.Age is not null, "The second request was not served from the cache.");
        Assert.Equal(["br"], kept.Content.Headers.ContentEncoding);
        Assert.Equal(compressed, App.Compressions.Count);
        var bytes = await kept.Content.ReadAsByteArrayAsync();
        using var reader = new StreamReader(new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress), Encoding.UTF8);
        Assert.Equal(plain, await reader.ReadToEndAsync());
        Assert.Contains("default-src 'self'", kept.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_client_is_served_a_kept_copy_only_in_an_encoding_it_accepts()
    {
        Assert.Equal(["br"], (await Get("br")).Content.Headers.ContentEncoding);
        Assert.True((await Get("br")).Headers.Age is not null);

        var plain = await Get(null);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await Decoded(plain));
        var identityOnly = await Get("identity");
        Assert.Empty(identityOnly.Content.Headers.ContentEncoding);
        var gzip = await Get("gzip");
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await Decoded(gzip));
        Assert.True((await Get(null)).Headers.Age is not null, "The plain copy was not kept beside the compressed ones.");
    }

    [Fact]
    public async Task A_signed_in_readers_copy_is_never_compressed()
    {
        var councillor = await App.SignedInAs(Web.Demo.DemoCouncil.CouncillorEmail);
        foreach (var _ in new[] { 1, 2 })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, Page);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
            Assert.Empty((await councillor.SendAsync(request)).Content.Headers.ContentEncoding);
        }
    }

    [Fact]
    public void The_same_words_are_rendered_once_and_different_words_afresh()
    {
        var report = $"1.1 The Committee is asked to note the report ({Guid.NewGuid()}).";
        Assert.Same(Markdown.ToHtml(report), Markdown.ToHtml(report));
        Assert.NotEqual(Markdown.ToHtml(report).ToString(), Markdown.ToHtml(report + " Amended.").ToString());
        Assert.Same(LineNumbers.Render(report), LineNumbers.Render(report));
        var marking = Marking.Of(report, report.Replace("note", "approve"));
        Assert.Same(marking, Marking.Of(report, report.Replace("note", "approve")));
        Assert.Contains("approve", marking.Html);
    }
}
