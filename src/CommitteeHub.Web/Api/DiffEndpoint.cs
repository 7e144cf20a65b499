using System.Text.Json;
using CommitteeHub.Amendments;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace CommitteeHub.Web.Api;

/// <summary>
/// POST /api/diff: two versions of a motion in Markdown in, the tracked changes out, as HTML, plain text and the
/// order-paper instructions. A pure function of its input, open to anyone (the amendment form's live preview uses it),
/// and so bounded: what it will compare is limited (tighter for the public than for signed-in readers, who draft
/// amendments with it), its work has a time budget, and each client's requests are rate-limited (<see cref="DiffRateLimit"/>).
/// </summary>
public static class DiffEndpoint
{
    /// <summary>How much either text may hold: characters, and blocks (paragraphs, headings, list items), since the
    /// engine's work grows with the number of blocks faster than with their length.</summary>
    public sealed record Limits(int Characters, int Blocks)
    {
        public int MaxBodyBytes => 2 * Characters * 4 + 4_096;
    }

    /// <summary>Ample for any motion (a long one has a few thousand characters and a few dozen paragraphs).</summary>
    public static readonly Limits Public = new(20_000, 200);

    /// <summary>For councillors and officers drafting amendments: 100,000 words, since a budget resolution, a report's
    /// recommendations or a constitution can be that long (council prose runs to 6 to 8 characters a word with its
    /// spaces and markers). The engine's cost grows as n log n at worst, about 0.3 s of work at this length, and each
    /// account may ask 120 times a minute (<see cref="DiffOptions.SignedInPerMinute"/>), each stopped at its work budget.</summary>
    public static readonly Limits SignedIn = new(800_000, 2_000);

    public sealed record Request(string? Original, string? Amended);

    public sealed record Response(string Html, string PlainText, IReadOnlyList<string> Instructions, bool HasChanges);

    public sealed record Problem(string Error);

    /// <summary>The answer's JSON leaves markup and non-ASCII characters as they are: the default writer spells every
    /// '&lt;', '&gt;' and curly quote as a six-character escape, which made a 100,000-word amendment's answer a quarter
    /// larger and took 10 to 20 ms more to write. Safe here: the answer is served as application/json with nosniff
    /// (never as a page) and read by a script with JSON.parse, which unescapes both spellings alike.</summary>
    private static readonly JsonSerializerOptions Answer = new(JsonSerializerOptions.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void MapDiffApi(this IEndpointRouteBuilder app) =>
        // The metadata names the body (for tools and the tests' fuzzer) but no content type: routing would answer any
        // other with a bare 415, where the endpoint answers 400 with the reason.
        app.MapPost("/api/diff", Diff).WithMetadata(new AcceptsMetadata([], typeof(Request))).DisableAntiforgery().RequireRateLimiting(DiffRateLimit.Policy);

    private static async Task<IResult> Diff(HttpRequest http, IOptions<DiffOptions> options, CancellationToken ct)
    {
        var signedIn = http.HttpContext.User.Identity?.IsAuthenticated == true;
        var limits = signedIn ? SignedIn : Public;
        var tooLong = $"A text is too long: each may have at most {limits.Characters:N0} characters" +
                      (signedIn ? "." : $" when not signed in ({SignedIn.Characters:N0} for a signed-in councillor or officer).");
        if (http.ContentLength > limits.MaxBodyBytes) return Refuse(tooLong);
        // A body sent without a length (chunked) is held to the same limit while it is read.
        if (http.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = limits.MaxBodyBytes;
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
            return Refuse(tooLong);
        }
        if (request is null) return Refuse("The body is empty: send {\"original\": \"...\", \"amended\": \"...\"}.");
        var missing = new[] { ("original", request.Original), ("amended", request.Amended) }.Where(f => f.Item2 is null).Select(f => f.Item1).ToList();
        if (missing.Count > 0) return Refuse($"Missing {string.Join(" and ", missing.Select(m => $"\"{m}\""))}: both texts are required (Markdown).");
        if (request.Original!.Length > limits.Characters || request.Amended!.Length > limits.Characters) return Refuse(tooLong);

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // A budget of nothing is spent at once: CancelAfter(0) would cancel from a timer thread, after a short comparison had finished.
        if (options.Value.WorkBudget <= TimeSpan.Zero) budget.Cancel();
        else budget.CancelAfter(options.Value.WorkBudget);
        try
        {
            var tree = TrackedChanges.CompareWithin(request.Original, request.Amended, limits.Blocks, budget.Token);
            if (tree is null)
                return Refuse($"A text has too many paragraphs: each may have at most {limits.Blocks:N0} paragraphs, headings and list items" +
                              (signedIn ? "." : $" when not signed in ({SignedIn.Blocks:N0} for a signed-in councillor or officer)."));
            var instructions = ChangeRenderers.Instructions(tree, budget.Token);
            return Results.Json(new Response(ChangeRenderers.Html(tree), ChangeRenderers.PlainText(tree), instructions, tree.HasChanges), Answer);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Refuse($"These texts take too long to compare (more than {options.Value.WorkBudget.TotalSeconds:0.#} seconds' work). " +
                          "Compare the paragraphs that change, rather than the whole text.");
        }
    }

    private static IResult Refuse(string reason) => Results.BadRequest(new Problem(reason));
}

/// <summary>The diff API's budget and rate limits: settings under <c>CommitteeHub:Diff</c>.</summary>
public sealed class DiffOptions
{
    /// <summary>The longest one comparison may work before it is refused.</summary>
    public TimeSpan WorkBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Requests a minute from one client address when not signed in.</summary>
    public int PublicPerMinute { get; set; } = 30;

    /// <summary>Requests a minute from one signed-in reader: the amendment form previews after each pause in typing.</summary>
    public int SignedInPerMinute { get; set; } = 120;
}
