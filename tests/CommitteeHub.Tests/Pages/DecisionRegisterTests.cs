using System.Net;
using System.Text.RegularExpressions;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Pages;

/// <summary>The decision register stays one screen however long the council's history (issue 12): the fifty most recent
/// decisions, then a municipal year at a time, the reader's filters kept from page to page, and every decision the
/// reader may see a year away, none they may not.</summary>
public sealed partial class DecisionRegisterTests(CommitteeHubApp app) : AppTest(app)
{
    private static async Task<string> Page(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    [GeneratedRegex("<a href=\"/decisions/(\\d+)\">")]
    private static partial Regex DecisionLink();

    [GeneratedRegex("<a href=\"(/decisions\\?[^\"]*year=\\d+[^\"]*)\">")]
    private static partial Regex YearLink();

    private static List<int> Listed(string page) => DecisionLink().Matches(page).Select(m => int.Parse(m.Groups[1].Value)).ToList();

    /// <summary>The register's first page and every year it links to, as the reader sees them: decision ids by page.</summary>
    private static async Task<Dictionary<string, List<int>>> WalkAsync(HttpClient client, string start = "/decisions")
    {
        var first = await Page(client, start);
        var pages = new Dictionary<string, List<int>> { [start] = Listed(first) };
        foreach (var year in YearLink().Matches(first).Select(m => m.Groups[1].Value.Split('#')[0]).Distinct())
            pages[year] = Listed(await Page(client, year));
        return pages;
    }

    /// <summary>Enough Cabinet Member decisions, one a fortnight back from 2026, that the demo's register runs past fifty.</summary>
    private static async Task AddDecisionsAsync(int count)
    {
        await using var db = Db();
        for (var n = 0; n < count; n++)
        {
            var day = new DateOnly(2026, 10, 1).AddDays(-14 * n);
            db.Decisions.Add(new Decision("Cabinet Member for Highways", $"Traffic regulation order {n + 1}", "To make the order.", "Road safety.",
                day, day.ToDateTime(new TimeOnly(12, 0))));
        }
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_register_shows_the_fifty_most_recent_and_every_other_decision_in_its_municipal_year()
    {
        await AddDecisionsAsync(60);
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        await using var db = Db();
        var all = await db.Decisions.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id)
            .Select(d => new { d.Id, d.DecidedOn }).ToListAsync();
        Assert.True(all.Count > 100);

        var pages = await WalkAsync(clerk);
        Assert.Equal(all.Take(50).Select(d => d.Id), pages["/decisions"]);
        Assert.Contains("The 50 most recent", await Page(clerk, "/decisions"));
        foreach (var (address, ids) in pages.Where(p => p.Key != "/decisions"))
        {
            var year = new MunicipalYear(int.Parse(Regex.Match(address, "year=(\\d+)").Groups[1].Value));
            Assert.Equal(all.Where(d => year.Start <= d.DecidedOn.ToDateTime(TimeOnly.MinValue) && d.DecidedOn.ToDateTime(TimeOnly.MinValue) < year.End).Select(d => d.Id), ids);
        }
        Assert.Equal(all.Select(d => d.Id).Order(), pages.Where(p => p.Key != "/decisions").SelectMany(p => p.Value).Order());
    }

    [Fact]
    public async Task The_filters_are_kept_from_the_most_recent_decisions_to_each_year_and_back()
    {
        await AddDecisionsAsync(30);
        var client = App.Anonymous();
        const string maker = "Cabinet Member for Highways";
        var recent = await client.GetStringAsync($"/decisions?maker={Uri.EscapeDataString(maker)}");
        var links = YearLink().Matches(recent).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith("/decisions?maker=Cabinet%20Member%20for%20Highways&year=", l));

        var year = await Page(client, links[0]);
        Assert.Contains($"<option value=\"{maker}\" selected", year);
        Assert.Matches("<input type=\"hidden\" name=\"year\" value=\"\\d+\">", year);
        Assert.Contains("href=\"/decisions?maker=Cabinet%20Member%20for%20Highways\"", year);
        Assert.All(Regex.Matches(year, "<td>([^<]*)</td>\\s*<td>(Yes|No)</td>").Select(m => m.Groups[1].Value), m => Assert.Equal(maker, m));

        var keyOnly = await client.GetStringAsync("/decisions?key=true");
        Assert.All(YearLink().Matches(keyOnly).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)), l => Assert.Contains("key=true", l));
    }

    [Theory]
    [InlineData("?year=abc", HttpStatusCode.BadRequest)]
    [InlineData("?year=3000", HttpStatusCode.NotFound)]
    [InlineData("?year=-1", HttpStatusCode.NotFound)]
    [InlineData("?year=2019&key=perhaps", HttpStatusCode.BadRequest)]
    public async Task A_year_that_is_no_year_is_refused_plainly(string query, HttpStatusCode expected)
    {
        var response = await App.Anonymous().GetAsync($"/decisions{query}");
        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_year_without_decisions_says_so()
    {
        var page = await Page(App.Anonymous(), "/decisions?year=1950");
        Assert.Contains("No decisions in 1950/51 match.", page);
    }

    [Fact]
    public async Task An_exempt_items_decision_is_on_no_page_of_the_register_for_the_public_and_on_its_years_page_for_the_clerk()
    {
        await AddDecisionsAsync(60);
        await using var db = Db();
        var exempt = await db.Decisions.Where(d => db.AgendaItems.Any(i => i.Id == d.AgendaItemId && i.IsExempt))
            .Select(d => new { d.Id, d.Title }).ToListAsync();
        Assert.NotEmpty(exempt);

        var anonymous = App.Anonymous();
        var publicPages = await WalkAsync(anonymous);
        Assert.True(publicPages.Count > 2, "The public walked no year of the register.");
        foreach (var address in publicPages.Keys)
        {
            var page = await Page(anonymous, address);
            Assert.All(exempt, d => Assert.DoesNotContain(d.Title, page));
            Assert.All(exempt, d => Assert.DoesNotContain($"/decisions/{d.Id}\"", page));
        }
        var clerkListed = (await WalkAsync(await App.SignedInAs(DemoCouncil.ClerkEmail))).Where(p => p.Key != "/decisions").SelectMany(p => p.Value).ToHashSet();
        Assert.All(exempt, d => Assert.Contains(d.Id, clerkListed));
    }
}
