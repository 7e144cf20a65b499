using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Api;
using CommitteeHub.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CommitteeHub.Tests.Pages;

/// <summary>POST /api/diff is open to anyone, so what it compares is limited (tighter for the public), its work has a
/// time budget, and each client is rate-limited.</summary>
public sealed class DiffApiLimitTests(CommitteeHubApp app) : AppTest(app)
{
    private static string Items(int count, string word) => string.Join("\n", Enumerable.Range(1, count).Select(i => $"- {word} {i * 7 % count}"));

    private static async Task<string> Error(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!;

    /// <summary>The probe's input: 100,000 empty list items fit in 199,999 characters, within the old limit for
    /// everyone, and kept the engine busy for minutes.</summary>
    private static readonly string HundredThousandItems = string.Join("\n", Enumerable.Repeat("-", 100_000));

    private static async Task<(HttpResponseMessage Response, TimeSpan Took)> Timed(HttpClient client, string original)
    {
        var clock = Stopwatch.StartNew();
        var response = await client.PostAsJsonAsync("/api/diff", new { original, amended = "That this Council supports the plan." });
        return (response, clock.Elapsed);
    }

    [Fact]
    public async Task One_hundred_thousand_list_items_are_refused_at_once_from_the_public_and_from_a_councillor()
    {
        Assert.True(HundredThousandItems.Length < DiffEndpoint.SignedIn.Characters);
        var (anonymous, took) = await Timed(App.Anonymous(), HundredThousandItems);
        Assert.Equal(HttpStatusCode.BadRequest, anonymous.StatusCode);
        Assert.Equal("A text is too long: each may have at most 20,000 characters when not signed in (800,000 for a signed-in councillor or officer).", await Error(anonymous));
        Assert.True(took < TimeSpan.FromSeconds(2), $"refused after {took.TotalSeconds:0.0} s");

        var (councillor, tookSignedIn) = await Timed(await App.SignedInAs(DemoCouncil.CouncillorEmail), HundredThousandItems);
        Assert.Equal(HttpStatusCode.BadRequest, councillor.StatusCode);
        Assert.Equal("A text has too many paragraphs: each may have at most 2,000 paragraphs, headings and list items.", await Error(councillor));
        // Counting blocks reads the text once (a quarter of a second here when warm), instead of minutes comparing it.
        Assert.True(tookSignedIn < TimeSpan.FromSeconds(5), $"refused after {tookSignedIn.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_body_far_over_the_public_limit_is_refused_before_it_is_read()
    {
        var original = string.Join("\n", Enumerable.Range(1, 100_000).Select(i => $"- item {i}"));
        // The answer comes before the body is read; "Expect: 100-continue" lets the client hear it before sending.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/diff")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { original, amended = "b" }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        var response = await App.Anonymous().SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 20,000 characters when not signed in", await Error(response));
    }

    [Fact]
    public async Task A_text_of_more_paragraphs_than_the_public_limit_is_refused_with_the_reason()
    {
        var original = Items(300, "a");
        Assert.True(original.Length < DiffEndpoint.Public.Characters);
        var response = await App.Anonymous().PostAsJsonAsync("/api/diff", new { original, amended = "b" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 200 paragraphs, headings and list items when not signed in", await Error(response));
    }

    [Fact]
    public async Task A_signed_in_councillor_may_compare_more_than_the_public()
    {
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        var motion = string.Join("\n\n", Enumerable.Range(1, 400).Select(i => $"Paragraph {i} of a long motion about the libraries of the county."));
        Assert.True(motion.Length > DiffEndpoint.Public.Characters);
        var response = await councillor.PostAsJsonAsync("/api/diff", new { original = motion, amended = motion.Replace("Paragraph 7 ", "Paragraph seven ") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("'7' and insert 'seven'", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instructions")[0].GetString());

    }

    [Fact]
    public async Task A_signed_in_councillor_may_compare_a_hundred_thousand_word_budget_but_not_a_character_more_than_the_limit()
    {
        // The limit is what is tested here, not the speed (the work budget stands in for that on a loaded machine).
        await using var patient = new CommitteeHubApp(new Dictionary<string, string?>
            { ["CommitteeHub:Diff:WorkBudget"] = "00:01:00", ["CommitteeHub:SignIn:AttemptsPerAddress"] = "100000" });
        await patient.InitializeAsync();
        var councillor = await patient.SignedInAs(DemoCouncil.CouncillorEmail);
        // A budget resolution of 1,000 lines of 85 words, 664,000 characters: once the signed-in limit was 200,000.
        var budget = string.Join("\n\n", Enumerable.Range(1, 1_000).Select(i =>
            $"Line {i}: the Council approves " + string.Join(' ', Enumerable.Range(1, 80).Select(w => $"item{(i * 31 + w) % 997}")) + "."));
        Assert.InRange(budget.Length, 600_000, 700_000);
        var response = await councillor.PostAsJsonAsync("/api/diff", new { original = budget, amended = budget.Replace("Line 500: the Council approves", "Line 500: the Council defers") });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Contains("'approves' and insert 'defers'", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instructions")[0].GetString());

        var over = new string('a', DiffEndpoint.SignedIn.Characters + 1);
        var refused = await councillor.PostAsJsonAsync("/api/diff", new { original = "a", amended = over });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("A text is too long: each may have at most 800,000 characters.", await Error(refused));
        // The public's limit stays a motion's: a character over it is refused without signing in.
        var anonymous = await patient.Anonymous().PostAsJsonAsync("/api/diff", new { original = budget[..(DiffEndpoint.Public.Characters + 1)], amended = "a" });
        Assert.Equal(HttpStatusCode.BadRequest, anonymous.StatusCode);
        Assert.StartsWith("A text is too long: each may have at most 20,000 characters when not signed in", await Error(anonymous));
    }

    [Fact]
    public async Task A_comparison_that_outruns_its_work_budget_is_stopped_and_refused_with_the_reason()
    {
        // A budget of nothing is spent before the engine's first check, however fast the machine: no race with the clock.
        await using var strict = App.WithWebHostBuilder(b => b.UseSetting("CommitteeHub:Diff:WorkBudget", "00:00:00"));
        var response = await strict.CreateClient().PostAsJsonAsync("/api/diff", new { original = Items(190, "item"), amended = Items(190, "thing") });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("take too long to compare", await Error(response));
    }

    [Fact]
    public async Task A_client_over_its_rate_is_answered_429_with_the_reason_and_when_to_try_again()
    {
        await using var limited = App.WithWebHostBuilder(b => b.UseSetting("CommitteeHub:Diff:PublicPerMinute", "3"));
        var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/diff", new { original = "a b", amended = "a c" })).StatusCode);
        var refused = await client.PostAsJsonAsync("/api/diff", new { original = "a b", amended = "a c" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.StartsWith("Too many comparisons from this address: try again in", await Error(refused));
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        // Other pages are not limited by the diff policy.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
