using CommitteeHub.Tests.Pages;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CommitteeHub.Tests.Browser;

/// <summary>The issue's "done when": a clerk takes the Select Committee from scheduling to approved minutes in a real
/// Chromium, and every clerk's page on the way passes an axe audit (WCAG 2.x A and AA).</summary>
public sealed class ClerkBrowserTests(CommitteeHubApp app, Chromium chromium) : AppTest(app)
{
    private IPage _page = null!;

    private async Task SignInAsync()
    {
        await _page.GotoAsync($"{App.BaseAddress}/account/sign-in");
        await _page.GetByLabel("Email address", new() { Exact = true }).FillAsync(DemoCouncil.ClerkEmail);
        await _page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoCouncil.Password);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await _page.GetByText("Signed in as").WaitForAsync();
    }

    /// <summary>Time passes: the clock moves to the afternoon of the meeting, and the clerk signs in again, since a
    /// sign-in does not last weeks.</summary>
    private async Task TimePassesToAsync(DateOnly day)
    {
        TestDatabase.Clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);
        await SignInAsync();
    }

    /// <summary>Clicks a form's button and waits for the page the server answers with: the old document is marked, and
    /// the wait ends when a document without the mark has loaded (waiting for a load state alone can end on the old one).</summary>
    private async Task ClickAsync(string button)
    {
        await _page.EvaluateAsync("() => { window.__beforeClick = true; }");
        await _page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await _page.WaitForFunctionAsync("() => !window.__beforeClick && document.readyState === 'complete'", null, new() { Timeout = 60_000 });
    }

    /// <summary>The site's confirmation of the step just taken.</summary>
    private ILocator Done => _page.Locator("main > [role=status].notice");

    private async Task AssertDoneAsync()
    {
        var status = Done;
        if (await status.CountAsync() == 0)
        {
            var errors = await _page.Locator(".error-summary").AllInnerTextsAsync();
            Assert.Fail($"No confirmation on {_page.Url}: {(errors.Count > 0 ? string.Join(" ", errors) : "(no error shown)")}");
        }
    }

    private async Task OpenAsync(string path, bool audit = true)
    {
        await _page.GotoAsync($"{App.BaseAddress}{path}");
        if (audit) await Chromium.AssertAccessibleAsync(_page);
    }

    [Fact]
    public async Task A_clerk_takes_the_select_committee_from_scheduling_to_approved_minutes_in_the_browser()
    {
        _page = await chromium.NewPageAsync();
        await SignInAsync();
        await OpenAsync("/clerk");

        // Schedule two meetings, far enough ahead for five clear days.
        await _page.GetByRole(AriaRole.Link, new() { Name = "Schedule meetings" }).ClickAsync();
        await Chromium.AssertAccessibleAsync(_page);
        await _page.GetByLabel("Committee", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Children and Young People's Services Select Committee" });
        await _page.GetByLabel("Date", new() { Exact = true }).FillAsync(ClerkTests.FirstDay.ToString("yyyy-MM-dd"));
        await _page.GetByLabel("Start time", new() { Exact = true }).FillAsync("10:00");
        await _page.GetByLabel("Venue", new() { Exact = true }).FillAsync("Council Chamber, County Hall");
        await _page.GetByLabel("Further dates in the programme (optional)", new() { Exact = true }).FillAsync(ClerkTests.NextDay.ToString("dd/MM/yyyy"));
        await ClickAsync("Schedule");
        await AssertDoneAsync();
        Assert.Contains("2 meetings scheduled", await Done.InnerTextAsync());
        var firstUrl = new Uri(_page.Url).AbsolutePath;
        int firstId = int.Parse(firstUrl.Split('/').Last()), nextId;
        await using (var db = Db()) nextId = await db.Meetings.Where(m => m.StartsAt == ClerkTests.NextDay.ToDateTime(new TimeOnly(10, 0))).Select(m => m.Id).SingleAsync();
        await Chromium.AssertAccessibleAsync(_page);

        // An item, with a report written from the template and approved.
        await _page.GetByLabel("Number", new() { Exact = true }).FillAsync("5");
        await _page.GetByLabel("Title", new() { Exact = true }).FillAsync("Children First: progress of the improvement plan");
        await ClickAsync("Add the item");
        await AssertDoneAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "Children First: progress of the improvement plan" }).ClickAsync();
        await Chromium.AssertAccessibleAsync(_page);
        await _page.GetByText("Write a report").ClickAsync();
        await _page.Locator("#Input_PaperTitle").FillAsync("Children First: progress report");
        await _page.Locator("#Input_Author").FillAsync("Director of Children's Services");
        var template = await _page.Locator("#Input_Body").InputValueAsync(); // starts from the council's template
        Assert.Contains("## Summary", template);
        await ClickAsync("Save as draft");
        await AssertDoneAsync();
        // The template's blanks left in, approval is refused; filled in, it goes through.
        await ClickAsync("Approve for publication");
        Assert.Contains("still has the template's placeholder", await _page.Locator(".error-summary").InnerTextAsync());
        await _page.GetByRole(AriaRole.Link, new() { Name = "Revise" }).ClickAsync();
        await _page.Locator("#Body").FillAsync("## Summary\n\nThe improvement plan is on track: caseloads have fallen to 18 a social worker.\n\n## Proposal\n\nThat the Committee notes the progress.");
        await ClickAsync("Save");
        await AssertDoneAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "The item" }).ClickAsync();
        await ClickAsync("Approve for publication");
        await AssertDoneAsync();
        Assert.Contains("Approved, published with the agenda", await _page.Locator("table").InnerTextAsync());
        await Chromium.AssertAccessibleAsync(_page);
        var paperHref = await _page.GetByRole(AriaRole.Link, new() { Name = "Revise" }).GetAttributeAsync("href");
        await OpenAsync(paperHref!);

        // Publish the agenda.
        await OpenAsync(firstUrl);
        await ClickAsync("Publish the agenda");
        await AssertDoneAsync();
        await Chromium.AssertAccessibleAsync(_page);

        // The meeting takes place.
        await TimePassesToAsync(ClerkTests.FirstDay);
        await OpenAsync(firstUrl);
        await ClickAsync("Record that the meeting was held");
        await AssertDoneAsync();
        await Chromium.AssertAccessibleAsync(_page);

        await _page.GetByRole(AriaRole.Link, new() { Name = "Attendance" }).ClickAsync();
        await Chromium.AssertAccessibleAsync(_page);
        var registers = _page.Locator("select[name^='Register[']");
        Assert.True(await registers.CountAsync() >= 3);
        await registers.Nth(0).SelectOptionAsync(new SelectOptionValue { Label = "Present" });
        await registers.Nth(1).SelectOptionAsync(new SelectOptionValue { Label = "Present" });
        await registers.Nth(2).SelectOptionAsync(new SelectOptionValue { Label = "Apologies" });
        await ClickAsync("Save the register");
        await AssertDoneAsync();
        await Chromium.AssertAccessibleAsync(_page);

        // Minutes and a resolution on the item.
        await OpenAsync(firstUrl, audit: false);
        await _page.GetByRole(AriaRole.Link, new() { Name = "Children First: progress of the improvement plan" }).ClickAsync();
        await Chromium.AssertAccessibleAsync(_page);
        await _page.Locator("#Input_Minutes").FillAsync("The Director of Children's Services introduced the report. Members asked about caseloads.");
        await _page.Locator("#Input_Preamble").FillAsync("Resolved that the Committee:");
        await ClickAsync("Save the minutes");
        await AssertDoneAsync();
        await _page.Locator("#Input_Resolution").FillAsync("notes the progress made on the improvement plan.");
        // Two members are present, so no more than two votes can be cast.
        await _page.GetByLabel("For", new() { Exact = true }).FillAsync("9");
        await ClickAsync("Record the resolution");
        Assert.Contains("only 2 members present could vote", await _page.Locator(".error-summary").InnerTextAsync());
        await _page.Locator("#Input_Resolution").FillAsync("notes the progress made on the improvement plan.");
        await _page.GetByLabel("For", new() { Exact = true }).FillAsync("1");
        await _page.GetByLabel("Against", new() { Exact = true }).FillAsync("0");
        await _page.GetByLabel("Abstentions", new() { Exact = true }).FillAsync("1");
        await ClickAsync("Record the resolution");
        await AssertDoneAsync();
        Assert.Contains("notes the progress made on the improvement plan. (for 1, against 0, abstaining 1)", await _page.Locator("main").InnerTextAsync());
        await Chromium.AssertAccessibleAsync(_page);

        // Publishing is refused while the standard items are unminuted; once each is, number and publish the draft
        // minutes; the public see them as a draft.
        await OpenAsync(firstUrl);
        await ClickAsync("Publish the draft minutes");
        Assert.Contains("have no minutes yet", await _page.Locator(".error-summary").InnerTextAsync());
        await ClerkTests.MinuteEveryItemAsync(await App.SignedInAs(DemoCouncil.ClerkEmail), firstId);
        await OpenAsync(firstUrl, audit: false);
        await ClickAsync("Number the minutes");
        await AssertDoneAsync();
        await ClickAsync("Publish the draft minutes");
        await AssertDoneAsync();
        await Chromium.AssertAccessibleAsync(_page);
        var publicPage = await chromium.NewPageAsync();
        await publicPage.GotoAsync($"{App.BaseAddress}/meetings/{firstId}");
        Assert.Contains("These minutes are a draft", await publicPage.Locator("main").InnerTextAsync());

        // The next meeting: agenda published, held, and the previous minutes approved and signed.
        await OpenAsync($"/clerk/meetings/{nextId}");
        await ClickAsync("Publish the agenda");
        await AssertDoneAsync();
        await TimePassesToAsync(ClerkTests.NextDay);
        await OpenAsync($"/clerk/meetings/{nextId}", audit: false);
        await ClickAsync("Record that the meeting was held");
        await AssertDoneAsync();
        await Chromium.AssertAccessibleAsync(_page);
        await _page.GetByLabel("Signed by (the person presiding)", new() { Exact = true }).FillAsync("Cllr Ann Whitfield");
        await ClickAsync("Approve and sign the minutes of 9 Dec 2026");
        await AssertDoneAsync();
        Assert.Contains("Approved the minutes of the meeting of Wednesday 9 December 2026, signed by Cllr Ann Whitfield", await _page.Locator("ul.history").InnerTextAsync());
        await Chromium.AssertAccessibleAsync(_page);

        await publicPage.GotoAsync($"{App.BaseAddress}/meetings/{firstId}");
        var shown = await publicPage.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("These minutes are a draft", shown);
        Assert.Contains("Minutes approved", shown);
        Assert.Contains("Members asked about caseloads.", shown);
    }
}
