using System.Net;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Pages;

/// <summary>A committee's page stays one screen however long its history: past meetings of this municipal year and
/// the last, then every year it met with its count, each year's meetings a link away.</summary>
public sealed class CommitteeYearsTests(CommitteeHubApp app) : AppTest(app)
{
    [Fact]
    public async Task The_committee_page_lists_recent_meetings_and_reaches_every_earlier_one_by_its_year()
    {
        await using var db = Db();
        var june2019 = await Demo.CouncilMeetingOf7June2019(db);
        var council = await db.Committees.SingleAsync(c => c.Kind == CommitteeKind.FullCouncil);
        var client = App.Anonymous();

        // The clock stands in November 2026: 2025/26 and 2026/27 are shown, 2019 is not.
        var page = await client.GetStringAsync($"/committees/{council.Slug}");
        Assert.Contains("Past meetings, 2025/26 and 2026/27", page);
        Assert.DoesNotContain($"href=\"/meetings/{june2019}\"", page);
        var held2019 = await db.Meetings.CountAsync(m => m.CommitteeId == council.Id && m.StartsAt >= new DateTime(2019, 5, 1) && m.StartsAt < new DateTime(2020, 5, 1));
        Assert.Matches($"href=\"/committees/{council.Slug}\\?year=2019#past\">2019/20</a>\\s*<span class=\"muted\">\\({held2019} meetings?\\)", page);

        var year = await client.GetStringAsync($"/committees/{council.Slug}?year=2019");
        Assert.Contains("Past meetings, 2019/20", year);
        Assert.Contains($"href=\"/meetings/{june2019}\"", year);
        Assert.Equal(held2019, System.Text.RegularExpressions.Regex.Matches(year.Split("id=\"past\"")[1].Split("id=\"years\"")[0], "href=\"/meetings/\\d+\"").Count);
    }

    [Theory]
    [InlineData("?year=abc", HttpStatusCode.BadRequest)]
    [InlineData("?year=3000", HttpStatusCode.NotFound)]
    [InlineData("?year=-1", HttpStatusCode.NotFound)]
    public async Task A_year_that_is_no_year_is_refused_plainly(string query, HttpStatusCode expected)
    {
        await using var db = Db();
        var slug = await db.Committees.Select(c => c.Slug).FirstAsync();
        var response = await App.Anonymous().GetAsync($"/committees/{slug}{query}");
        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
    }
}
