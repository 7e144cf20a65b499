using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CommitteeHub.Tests.Browser;

/// <summary>The public site in a real Chromium, as a resident would use it, each page audited with axe.</summary>
public sealed class PublicSiteBrowserTests(CommitteeHubApp app, Chromium chromium) : AppTest(app)
{
    private async Task<IPage> Open(string path, int width = 1280)
    {
        var page = await chromium.NewPageAsync(width);
        var response = await page.GotoAsync(App.BaseAddress + path);
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        return page;
    }

    [Fact]
    public async Task The_main_public_pages_pass_an_axe_audit_for_WCAG_A_and_AA()
    {
        await using var db = Db();
        var meeting = await Demo.CouncilMeetingOf7June2019(db);
        var select = await Demo.SelectCommitteeMeetingOf17July2019(db);
        var motion = await Demo.MotionByMrJones(db);
        var committee = await db.Committees.OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync();
        var councillor = await db.People.Where(p => p.Kind == PersonKind.Councillor).Select(p => p.Slug).FirstAsync();
        var report = await db.Documents.Where(d => d.Kind == DocumentKind.Report && d.ExemptParagraph == null)
            .Join(db.AgendaItems.Where(i => i.MeetingId == select && !i.IsExempt), d => d.AgendaItemId, i => i.Id, (d, i) => d.Id).FirstAsync();
        var item = await db.AgendaItems.Where(i => i.MeetingId == meeting && i.Number == "8(a)").Select(i => i.Id).SingleAsync();
        var draft = await db.Meetings.Where(m => m.Status == MeetingStatus.DraftMinutesPublished).Select(m => m.Id).FirstAsync();

        foreach (var path in new[]
                 {
                     "/", "/committees", $"/committees/{committee}", "/meetings/calendar/2019/7", "/meetings/calendar/2019", $"/meetings/{meeting}", $"/meetings/{select}",
                     $"/meetings/{draft}", $"/items/{item}", $"/documents/{report}", $"/motions/{motion.Id}", "/councillors", "/councillors/former", $"/councillors/{councillor}", "/forward-plan?year=2019",
                     "/account/sign-in", "/accessibility",
                 })
        {
            var page = await Open(path);
            await Chromium.AssertAccessibleAsync(page);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_error_pages_pass_an_axe_audit_too()
    {
        var page = await chromium.NewPageAsync();
        foreach (var (path, status) in new[] { ("/meetings/987654", 404), ("/meetings/abc", 400) })
        {
            var response = await page.GotoAsync(App.BaseAddress + path);
            Assert.Equal(status, response!.Status);
            await Chromium.AssertAccessibleAsync(page);
        }
    }

    [Fact]
    public async Task A_resident_finds_the_improvement_plan_report_by_clicking_from_the_home_page()
    {
        await using var db = Db();
        var committee = await db.Committees.Where(c => db.Meetings.Any(m => m.CommitteeId == c.Id && m.StartsAt.Date == new DateTime(2019, 7, 17)))
            .Select(c => c.Name).FirstAsync();
        var page = await Open("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Committees" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = committee, Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Past meetings" }).WaitForAsync();
        // The committee's page shows this year's and last year's meetings; 2019 is a year's link away.
        await page.GetByRole(AriaRole.Link, new() { Name = "2019/20", Exact = true }).ClickAsync();
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Wednesday 17 July 2019") }).ClickAsync();
        Assert.Contains("/meetings/", page.Url);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("[Ii]mprovement [Pp]lan") }).First.ClickAsync();
        var heading = await page.Locator("h1").InnerTextAsync();
        Assert.Contains("mprovement", heading);
        await Chromium.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task The_calendar_moves_month_by_month_and_reads_as_a_list_on_a_phone()
    {
        var page = await Open("/meetings/calendar/2019/7", width: 375);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Next month") }).ClickAsync();
        Assert.Equal("Meetings in August 2019", await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Previous month") }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Previous month") }).ClickAsync();
        Assert.Equal("Meetings in June 2019", await page.Locator("h1").InnerTextAsync());
        // On a narrow screen the grid collapses: nothing may scroll sideways.
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the calendar overflows a 375px-wide screen");
        await Chromium.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_councillor_signs_in_with_the_keyboard_and_opens_an_exempt_report_of_their_committee()
    {
        await using var db = Db();
        var paper = await Demo.ExemptDocument(db, ExemptAccess.CommitteeMembers);
        var page = await Open("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Staff and councillor sign in" }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync(DemoCouncil.CouncillorEmail);
        await page.GetByLabel("Password").FillAsync(DemoCouncil.Password);
        await page.GetByLabel("Password").PressAsync("Enter");
        await page.GetByText("Signed in as").WaitForAsync();

        await page.GotoAsync($"{App.BaseAddress}/meetings/{paper.MeetingId}");
        await page.Locator($"main a[href='/documents/{paper.DocumentId}']").ClickAsync();
        Assert.EndsWith($"/documents/{paper.DocumentId}", page.Url);
        Assert.Contains("Not for publication", await page.Locator("main").InnerTextAsync());
        await Chromium.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_summary_that_links_to_the_field()
    {
        var page = await Open("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoCouncil.ClerkEmail);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert);
        Assert.Contains(Web.Infrastructure.SignInGate.Refusal, await summary.InnerTextAsync());
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        Assert.Equal("Input_Email", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal(DemoCouncil.ClerkEmail, await page.GetByLabel("Email address").InputValueAsync());
        await Chromium.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task No_public_page_scrolls_sideways_on_a_320_pixel_screen()
    {
        // Every HTML page the app serves to the public, from its endpoint metadata (so a new page is checked by
        // itself), each at one address that answers it, and the pages known for wide content besides.
        await using var db = Db();
        var ids = await Security.Ids.LoadAsync(db);
        var select = await Demo.SelectCommitteeMeetingOf17July2019(db);
        var report = await db.Documents.Where(d => d.Body != null && d.Body.Contains("|") && d.ExemptParagraph == null)
            .Join(db.AgendaItems.Where(i => !i.IsExempt), d => d.AgendaItemId, i => i.Id, (d, i) => d.Id).FirstAsync();
        var paths = new List<string> { $"/meetings/{select}", $"/documents/{report}", "/meetings/calendar/2019/7", "/meetings/calendar/2019" };
        var client = App.Anonymous();
        foreach (var route in await Security.Routes.DiscoverAsync(App.Services))
        {
            if (route.Template.StartsWith("/clerk") || route.Template.StartsWith("/api") || route.Template.StartsWith("/error") ||
                route.Template.Contains("sign-out") || System.IO.Path.HasExtension(route.Template) || route.Template.EndsWith("/file") || route.Template.EndsWith("/version"))
                continue;
            foreach (var path in Candidates(route, ids).Take(8))
            {
                if ((await client.GetAsync(path)).StatusCode != System.Net.HttpStatusCode.OK) continue;
                paths.Add(path);
                break;
            }
        }
        Assert.True(paths.Count > 12, $"Only {paths.Count} pages found to check: {string.Join(", ", paths)}");
        var wide = new List<string>();
        foreach (var path in paths.Distinct())
        {
            var page = await Open(path, width: 320);
            if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1")) wide.Add(path);
            await page.Context.CloseAsync();
        }
        Assert.True(wide.Count == 0, $"Scroll sideways at 320px: {string.Join(", ", wide)} (of {paths.Distinct().Count()} pages checked)");
    }

    private static IEnumerable<string> Candidates(Security.Route route, Security.Ids ids)
    {
        var values = new Dictionary<string, string?>();
        var choices = new List<(string Name, IReadOnlyList<string> Values)>();
        foreach (var p in route.Pattern.Parameters)
        {
            if (p.Name is "month" or "handler" || p.IsOptional) continue;
            if (p.Name == "year") { values["year"] = "2019"; continue; }
            var (noun, twoNouns) = Security.Routes.NounsBefore(route.Pattern, p.Name);
            choices.Add((p.Name, (ids.ForNoun(noun, twoNouns, route.IsPdf) ?? []).ToList()));
        }
        if (choices.Count == 0) { yield return Security.Routes.Address(route.Pattern, values); yield break; }
        var (name, options) = choices[0];
        foreach (var v in options)
            yield return Security.Routes.Address(route.Pattern, new Dictionary<string, string?>(values) { [name] = v });
    }
}
