using System.Net;
using System.Text.RegularExpressions;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Pages;

/// <summary>A councillor's attendance is summarised a municipal year a line, as modern.gov shows it (expected, present,
/// the percentage, as substitute, apologies, absent), however many terms they served; one year committee by committee on
/// request (issue 12). The numbers are the meetings' own.</summary>
public sealed partial class CouncillorAttendanceTests(CommitteeHubApp app) : AppTest(app)
{
    private sealed record Row(string Label, int Expected, int Present, string Percentage, int Substitute, int Apologies, int Absent);

    [GeneratedRegex("<th scope=\"row\">\\s*(?:<a href=\"[^\"]*\">)?([^<]+?)(?:</a>)?\\s*</th>\\s*<td>(\\d+)</td><td>(\\d+)</td><td>([^<]*)</td><td>(\\d+)</td><td>(\\d+)</td><td>(\\d+)</td>")]
    private static partial Regex RowPattern();

    private static List<Row> Rows(string html) => RowPattern().Matches(html).Select(m => new Row(m.Groups[1].Value.Trim(),
        int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), m.Groups[4].Value, int.Parse(m.Groups[5].Value), int.Parse(m.Groups[6].Value),
        int.Parse(m.Groups[7].Value))).ToList();

    /// <summary>The councillor with the most attendance recorded, and each of their attendances at a meeting that took place.</summary>
    private static async Task<(string Slug, List<(DateTime StartsAt, int CommitteeId, AttendanceKind Kind)> Attended)> BusiestCouncillorAsync()
    {
        await using var db = Db();
        var held = db.Meetings.Where(m => m.Status != MeetingStatus.Cancelled && m.Status != MeetingStatus.Postponed);
        var personId = await db.Attendance.Where(a => held.Any(m => m.Id == a.MeetingId) && db.People.Any(p => p.Id == a.PersonId && p.Kind == PersonKind.Councillor))
            .GroupBy(a => a.PersonId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        var attended = (await db.Attendance.Where(a => a.PersonId == personId)
            .Join(held, a => a.MeetingId, m => m.Id, (a, m) => new { m.StartsAt, m.CommitteeId, a.Kind }).ToListAsync())
            .Select(a => (a.StartsAt, a.CommitteeId, a.Kind)).ToList();
        return (await db.People.Where(p => p.Id == personId).Select(p => p.Slug).SingleAsync(), attended);
    }

    private static Row Expect(string label, IEnumerable<(DateTime StartsAt, int CommitteeId, AttendanceKind Kind)> attended)
    {
        var list = attended.ToList();
        int Count(params AttendanceKind[] kinds) => list.Count(a => kinds.Contains(a.Kind));
        var present = Count(AttendanceKind.Present, AttendanceKind.Virtual);
        var expected = present + Count(AttendanceKind.Apologies) + Count(AttendanceKind.Absent);
        return new Row(label, expected, present, expected == 0 ? "–" : $"{Math.Round(100.0 * present / expected, MidpointRounding.AwayFromZero)}%",
            Count(AttendanceKind.Substitute), Count(AttendanceKind.Apologies), Count(AttendanceKind.Absent));
    }

    [Fact]
    public async Task The_profile_counts_each_municipal_year_as_the_meetings_record_it()
    {
        var (slug, attended) = await BusiestCouncillorAsync();
        var byYear = attended.GroupBy(a => MunicipalYear.Of(a.StartsAt)).OrderByDescending(g => g.Key.StartYear).ToList();
        var want = byYear.Select(g => Expect(g.Key.ToString(), g)).ToList();
        if (byYear.Count > 1) want.Add(Expect("All years", attended));

        var html = await App.Anonymous().GetStringAsync($"/councillors/{slug}");
        Assert.Equal(want, Rows(WebUtility.HtmlDecode(html)));
        Assert.Contains(want, r => r.Present > 0);
        foreach (var year in byYear)
            Assert.Contains($"href=\"/councillors/{slug}?year={year.Key.StartYear}#year\"", html);
    }

    [Fact]
    public async Task A_year_asked_for_is_shown_committee_by_committee_adding_up_to_its_line()
    {
        var (slug, attended) = await BusiestCouncillorAsync();
        var year = attended.GroupBy(a => MunicipalYear.Of(a.StartsAt)).OrderByDescending(g => g.Count()).First();
        await using var db = Db();
        var names = await db.Committees.ToDictionaryAsync(c => c.Id, c => c.Name);
        var want = year.GroupBy(a => names[a.CommitteeId]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Expect(g.Key, g)).ToList();

        var html = WebUtility.HtmlDecode(await App.Anonymous().GetStringAsync($"/councillors/{slug}?year={year.Key.StartYear}"));
        Assert.Contains($"Attendance in {year.Key}, by committee", html);
        var detail = Rows(html.Split("id=\"year\"")[1]);
        Assert.Equal(want, detail);
        var line = Rows(html.Split("id=\"year\"")[0]).Single(r => r.Label == year.Key.ToString());
        Assert.Equal(line.Expected, detail.Sum(r => r.Expected));
        Assert.Equal(line.Present, detail.Sum(r => r.Present));
    }

    [Theory]
    [InlineData("?year=abc", HttpStatusCode.BadRequest)]
    [InlineData("?year=3000", HttpStatusCode.NotFound)]
    [InlineData("?year=0", HttpStatusCode.NotFound)]
    public async Task A_year_that_is_no_year_is_refused_plainly(string query, HttpStatusCode expected)
    {
        var (slug, _) = await BusiestCouncillorAsync();
        var response = await App.Anonymous().GetAsync($"/councillors/{slug}{query}");
        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_year_without_attendance_says_so()
    {
        var (slug, _) = await BusiestCouncillorAsync();
        Assert.Contains("No attendance was recorded in 1990/91.", WebUtility.HtmlDecode(await App.Anonymous().GetStringAsync($"/councillors/{slug}?year=1990")));
    }
}
