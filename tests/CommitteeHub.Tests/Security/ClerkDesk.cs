using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CommitteeHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Security;

/// <summary>
/// The clerk's pages driven as a browser drives them: each step's form is read from the page, every field it carries
/// (hidden ones too: the antiforgery token, the row version, any submission token) is posted back with the changes.
/// </summary>
public sealed class ClerkDesk(HttpClient clerk)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Posts the form holding the button for <paramref name="step"/> (the page's only form when null), in the
    /// row whose hidden field <paramref name="row"/> names, and expects the redirect that means it was done.</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, string? step, Dictionary<string, string>? with = null, (string Name, string Value)? row = null)
    {
        var page = Parser.ParseDocument(await clerk.GetStringAsync(url));
        var form = page.QuerySelectorAll("main form").FirstOrDefault(f =>
                (step is null ? f.QuerySelector("button") is not null : f.QuerySelector(FormFields.ButtonFor(step)) is not null) &&
                (row is null || f.QuerySelector($"input[name='{row.Value.Name}'][value='{row.Value.Value}']") is not null))
            ?? throw new InvalidOperationException($"{url} has no form for the step {step ?? "(main)"}{(row is { } r ? $" in the row of {r.Name} {r.Value}" : "")}.");
        var fields = FormFields.Of(form);
        var address = url;
        if (step is not null)
        {
            (address, var pressed) = FormFields.Pressing(form.QuerySelector(FormFields.ButtonFor(step))!, url);
            fields.AddRange(pressed);
        }
        foreach (var (key, value) in with ?? [])
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }
        var response = await clerk.PostAsync(address, new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var answer = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
            throw new InvalidOperationException($"The clerk's step {step} on {url} was not done: {(int)response.StatusCode} " +
                (answer.QuerySelector(".error-summary")?.TextContent.Trim() ?? "(no message on the page)"));
        }
        return response;
    }

    public async Task<int> ScheduleAsync(int committeeId, DateOnly day)
    {
        var response = await PostAsync("/clerk/meetings/new", null, new()
        {
            ["Input.CommitteeId"] = committeeId.ToString(), ["Input.Date"] = day.ToString("yyyy-MM-dd"), ["Input.Time"] = "10:00",
            ["Input.Venue"] = "Council Chamber, County Hall",
        });
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public async Task<int> AddItemAsync(int meetingId, string number, string title, string description)
    {
        await PostAsync($"/clerk/meetings/{meetingId}", "AddItem", new() { ["Input.Number"] = number, ["Input.Title"] = title, ["Input.Description"] = description });
        await using var db = TestDatabase.OpenTestDb();
        return await db.AgendaItems.Where(i => i.MeetingId == meetingId && i.Number == number).Select(i => i.Id).SingleAsync();
    }

    /// <summary>Writes a paper on the item; approved, it is published with the agenda, otherwise it stays a draft.</summary>
    public async Task<int> WritePaperAsync(int itemId, string title, string body, bool approve)
    {
        await PostAsync($"/clerk/items/{itemId}", "WritePaper", new() { ["Input.PaperTitle"] = title, ["Input.Body"] = body });
        int paperId;
        await using (var db = TestDatabase.OpenTestDb())
            paperId = await db.Documents.Where(d => d.AgendaItemId == itemId && d.Title == title).Select(d => d.Id).SingleAsync();
        if (approve) await PostAsync($"/clerk/items/{itemId}", "ApprovePaper", row: ("paper", paperId.ToString()));
        return paperId;
    }

    public Task PublishAgendaAsync(int meetingId) => PostAsync($"/clerk/meetings/{meetingId}", "Publish");

    public Task MakeExemptAsync(int itemId, int paragraph, bool staffOnly) =>
        PostAsync($"/clerk/items/{itemId}", "SaveDetails", new()
        {
            ["Input.ExemptParagraph"] = paragraph.ToString(),
            ["Input.PublicInterest"] = "Disclosure before the contract is signed would prejudice the Council's position; the public interest in withholding it outweighs the interest in disclosure.",
            ["Input.StaffOnly"] = staffOnly ? "true" : "false",
        });

    public Task RemoveItemAsync(int meetingId, int itemId) => PostAsync($"/clerk/meetings/{meetingId}", "Remove", row: ("item", itemId.ToString()));
}
