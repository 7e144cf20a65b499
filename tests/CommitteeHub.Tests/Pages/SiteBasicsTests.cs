using System.Net;
using System.Xml.Linq;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Pages;

/// <summary>What every site is asked for and every browser expects: a favicon, robots.txt and a sitemap, a page at
/// /meetings, a description of each page, compressed text, and long-lived versioned styles.</summary>
public sealed class SiteBasicsTests(CommitteeHubApp app) : AppTest(app)
{
    [Fact]
    public async Task The_favicon_is_served_as_an_icon_and_linked_from_every_page()
    {
        var client = App.Anonymous();
        var ico = await client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await ico.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/favicon.svg")).StatusCode);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\"", await client.GetStringAsync("/committees"));
    }

    [Fact]
    public async Task Robots_txt_keeps_crawlers_out_of_the_clerks_pages_and_names_the_sitemap()
    {
        var robots = await App.Anonymous().GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /clerk/", robots);
        Assert.Contains("Disallow: /account/", robots);
        Assert.Contains($"Sitemap: {App.BaseAddress}/sitemap.xml", robots);
    }

    [Fact]
    public async Task The_sitemap_lists_every_committee_meeting_decision_and_councillor_and_nothing_of_the_clerks()
    {
        var response = await App.Anonymous().GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants(ns + "loc").Select(l => l.Value).ToHashSet();
        await using var db = Db();
        Assert.All(await db.Meetings.Select(m => m.Id).ToListAsync(), id => Assert.Contains($"{App.BaseAddress}/meetings/{id}", locations));
        Assert.All(await db.Committees.Select(c => c.Slug).ToListAsync(), slug => Assert.Contains($"{App.BaseAddress}/committees/{slug}", locations));
        // Every decision but those on exempt items, which are not the public's (all the demo's meetings with decisions are held).
        var onExemptItems = db.Decisions.Where(d => db.AgendaItems.Any(i => i.Id == d.AgendaItemId && i.IsExempt));
        Assert.All(await db.Decisions.Except(onExemptItems).Select(d => d.Id).ToListAsync(), id => Assert.Contains($"{App.BaseAddress}/decisions/{id}", locations));
        Assert.All(await onExemptItems.Select(d => d.Id).ToListAsync(), id => Assert.DoesNotContain($"{App.BaseAddress}/decisions/{id}", locations));
        Assert.Equal(await db.People.CountAsync(p => p.Kind == PersonKind.Councillor), locations.Count(l => l.Contains("/councillors/")));
        Assert.DoesNotContain(locations, l => l.Contains("/clerk") || l.Contains("/account"));
    }

    [Fact]
    public async Task Everyone_may_read_the_site_files_and_meetings_and_the_sitemap_is_the_same_whoever_asks()
    {
        var readers = new[] { App.Anonymous(), await App.SignedInAs(DemoCouncil.CouncillorEmail), await App.SignedInAs(DemoCouncil.ClerkEmail) };
        foreach (var path in new[] { "/robots.txt", "/sitemap.xml", "/meetings", "/favicon.ico" })
            foreach (var reader in readers)
                Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);
        var maps = new List<string>();
        foreach (var reader in readers) maps.Add(await reader.GetStringAsync("/sitemap.xml"));
        Assert.Single(maps.Distinct());
    }

    [Fact]
    public async Task Meetings_lists_this_months_meetings_as_the_calendar_does()
    {
        var client = App.Anonymous();
        var meetings = await client.GetAsync("/meetings");
        Assert.Equal(HttpStatusCode.OK, meetings.StatusCode);
        var now = TestDatabase.Clock.GetLocalNow();
        Assert.Equal(await client.GetStringAsync($"/meetings/calendar/{now.Year}/{now.Month}"), await meetings.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_page_has_a_description_naming_what_it_shows()
    {
        var client = App.Anonymous();
        var home = await client.GetStringAsync("/");
        Assert.Matches("<meta name=\"description\" content=\"Committees, meetings, agendas, reports, minutes and decisions of [^\"]+\\.\">", home);
        Assert.Matches("<meta name=\"description\" content=\"Committees[^\"]*: from the committees", await client.GetStringAsync("/committees"));
    }

    [Fact]
    public async Task Public_pages_and_styles_are_compressed_but_a_signed_in_readers_pages_are_not()
    {
        var anonymous = App.Anonymous();
        anonymous.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");
        var page = await anonymous.GetAsync("/committees");
        Assert.Equal("br", page.Content.Headers.ContentEncoding.Single());
        var css = await anonymous.GetAsync("/css/site.css");
        Assert.Equal("br", css.Content.Headers.ContentEncoding.Single());

        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        clerk.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");
        Assert.Empty((await clerk.GetAsync("/clerk")).Content.Headers.ContentEncoding);
        Assert.Empty((await clerk.GetAsync("/committees")).Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task The_versioned_stylesheet_is_cached_for_a_year_and_the_unversioned_for_a_day()
    {
        var client = App.Anonymous();
        var href = System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync("/"), "href=\"(/css/site\\.css\\?v=[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(href);
        Assert.Equal("public, max-age=31536000, immutable", (await client.GetAsync(href)).Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=86400", (await client.GetAsync("/favicon.ico")).Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Item_pages_of_the_same_standard_item_at_different_meetings_have_different_titles_naming_committee_and_day()
    {
        await using var db = Db();
        var repeated = await db.AgendaItems.Where(i => !i.IsExempt && db.Meetings.Any(m => m.Id == i.MeetingId && m.Status != MeetingStatus.Scheduled))
            .GroupBy(i => i.Title).Where(g => g.Count() > 1).Select(g => g.OrderBy(i => i.Id).Select(i => i.Id).Take(2).ToList()).FirstAsync();
        var titles = new List<string>();
        foreach (var id in repeated)
        {
            var html = System.Net.WebUtility.HtmlDecode(await App.Anonymous().GetStringAsync($"/items/{id}"));
            var title = System.Text.RegularExpressions.Regex.Match(html, "<title>(.*?)</title>").Groups[1].Value;
            var item = await db.AgendaItems.SingleAsync(i => i.Id == id);
            var meeting = await db.Meetings.SingleAsync(m => m.Id == item.MeetingId);
            var committee = await db.Committees.Where(c => c.Id == meeting.CommitteeId).Select(c => c.Name).SingleAsync();
            Assert.Contains(committee, title);
            Assert.Contains(meeting.StartsAt.ToString("d MMMM yyyy"), title);
            titles.Add(title);
        }
        Assert.Equal(2, titles.Distinct().Count());
    }

    [Fact]
    public async Task No_page_of_the_clerks_or_the_publics_gives_two_elements_one_id()
    {
        var (clerk, heldMeetingId, minutedItemId) = await ClerkTests.HeldMeetingAsync(App);
        int held, paperId;
        await using (var db = Db()) (held, paperId) = (await Demo.SelectCommitteeMeetingOf17July2019(db), await db.Documents.Select(d => d.Id).FirstAsync());
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var url in new[] { "/clerk", $"/clerk/meetings/{heldMeetingId}", $"/clerk/meetings/{heldMeetingId}/attendance", $"/clerk/items/{minutedItemId}", $"/clerk/papers/{paperId}", "/clerk/decisions", $"/clerk/meetings/{held}", "/", "/committees", $"/meetings/{held}", "/decisions", "/councillors" })
        {
            var ids = parser.ParseDocument(await clerk.GetStringAsync(url)).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            var twice = ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"{url} gives more than one element the id {string.Join(", ", twice)}");
        }
    }
}
