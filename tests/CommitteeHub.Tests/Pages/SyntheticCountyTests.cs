using System.Net;
using System.Security.Cryptography;
using System.Text;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using CommitteeHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CommitteeHub.Tests.Pages;

/// <summary>The synthetic county (issue 12), one year of it around the demo council: its records keep the rules a
/// clerk's steps keep, the same seed gives the same county, and the pages read it as they read the demo.</summary>
public sealed class SyntheticCountyTests(CommitteeHubApp app) : AppTest(app)
{
    /// <summary>Generates one year on the fresh demo database; returns the last meeting id before it.</summary>
    private Task<int> GenerateOneYearAsync() => GenerateYearsAsync(1);

    /// <summary>Generates the years before the current one on the fresh demo database; returns the last meeting id before them.</summary>
    private async Task<int> GenerateYearsAsync(int years)
    {
        await using var db = Db();
        var before = await db.Meetings.MaxAsync(m => m.Id);
        await SyntheticCounty.SeedAsync(db, App.Services.GetRequiredService<CouncilTemplates>(), years,
            DateOnly.FromDateTime(TestDatabase.Clock.GetLocalNow().DateTime), NullLogger.Instance);
        return before;
    }

    private static async Task<List<Meeting>> GeneratedMeetingsAsync(int after)
    {
        await using var db = Db();
        return await db.Meetings.AsNoTracking().AsSplitQuery()
            .Include(m => m.Attendance)
            .Include(m => m.Items).ThenInclude(i => i.Resolutions).ThenInclude(r => r.RecordedVotes)
            .Include(m => m.Items).ThenInclude(i => i.Declarations)
            .Where(m => m.Id > after).ToListAsync();
    }

    [Fact]
    public async Task One_generated_year_keeps_the_rules_of_the_record()
    {
        var after = await GenerateOneYearAsync();
        var meetings = await GeneratedMeetingsAsync(after);
        await using var db = Db();
        var held = await db.Meetings.AsNoTracking()
            .Where(m => m.Status == MeetingStatus.DraftMinutesPublished || m.Status == MeetingStatus.MinutesApproved || m.Status == MeetingStatus.Held)
            .Select(m => new { m.Id, m.CommitteeId, m.StartsAt }).ToListAsync();

        Assert.InRange(meetings.Count, 200, 320);
        foreach (var meeting in meetings.Where(m => m.Status != MeetingStatus.Cancelled))
        {
            var day = DateOnly.FromDateTime(meeting.StartsAt);
            // Five clear days' notice, or the special circumstances recorded.
            var clear = WorkingCalendar.EnglandAndWales.ClearDaysBetween(DateOnly.FromDateTime(meeting.AgendaPublishedAt!.Value), day);
            Assert.True(clear >= 5 || meeting.LatePublicationReason is not null, $"Meeting {meeting.Id} published with {clear} clear days");

            // The minutes are approved at the committee's next meeting held; only the last may still be in draft.
            var next = held.Where(m => m.CommitteeId == meeting.CommitteeId && m.StartsAt > meeting.StartsAt).MinBy(m => m.StartsAt);
            if (next is null) Assert.Equal(MeetingStatus.DraftMinutesPublished, meeting.Status);
            else
            {
                Assert.True(meeting.Status == MeetingStatus.MinutesApproved, $"Meeting {meeting.Id} of {meeting.StartsAt:d MMM yyyy} is {meeting.Status}, though committee {meeting.CommitteeId} met again on {next.StartsAt:d MMM yyyy}");
                Assert.Equal(next.Id, meeting.MinutesApprovedAtMeetingId);
                Assert.Equal(DateOnly.FromDateTime(next.StartsAt), meeting.MinutesApprovedOn);
                Assert.False(string.IsNullOrWhiteSpace(meeting.MinutesSignedBy));
            }

            // Votes within attendance: counts no more than the members there to vote, names only of them.
            foreach (var item in meeting.Items)
            {
                var voters = meeting.Attendance.Where(a => Meeting.VotingKinds.Contains(a.Kind)).Select(a => a.PersonId)
                    .Except(item.Declarations.Where(d => d.LeftTheRoom).Select(d => d.PersonId)).ToHashSet();
                foreach (var resolution in item.Resolutions)
                {
                    Assert.True((resolution.VotesFor ?? 0) + (resolution.VotesAgainst ?? 0) + (resolution.Abstentions ?? 0) <= voters.Count,
                        $"Item {item.Id} voted beyond its attendance");
                    Assert.All(resolution.RecordedVotes, v => Assert.Contains(v.PersonId, voters));
                }
                if (item.IsBudgetDecision) Assert.All(item.Resolutions, r => Assert.NotEmpty(r.RecordedVotes));
                // Exempt business has its paragraph, and the exclusion of the public comes before it.
                if (item.IsExempt)
                {
                    Assert.InRange(item.ExemptParagraph ?? 0, 1, 7);
                    var exclusion = Assert.Single(meeting.Items, i => i.Role == AgendaItemRole.Exclusion);
                    Assert.True(string.CompareOrdinal(exclusion.SortKey, item.SortKey) < 0);
                    Assert.Contains($"paragraph {item.ExemptParagraph}", exclusion.Description);
                }
            }
        }
        Assert.Contains(meetings, m => m.Items.Any(i => i.IsExempt));
        Assert.Contains(meetings, m => m.Items.Any(i => i.Resolutions.Any(r => r.VotesFor is not null)));

        // Minutes are numbered through the municipal year, once each, per committee.
        var numbers = meetings.SelectMany(m => m.Items.Where(i => i.MinuteNumber is not null).Select(i => (m.CommitteeId, i.MinuteNumber))).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.True(await db.Motions.CountAsync(m => m.Amendments.Any()) > 1);
        Assert.True(await db.Decisions.CountAsync() > 40);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_county()
    {
        await GenerateOneYearAsync();
        var first = await FingerprintAsync();
        await TestDatabase.ResetAsync();
        await GenerateOneYearAsync();
        Assert.Equal(first, await FingerprintAsync());
    }

    /// <summary>A digest of what the generator writes, in id order.</summary>
    private static async Task<string> FingerprintAsync()
    {
        await using var db = Db();
        var text = new StringBuilder();
        foreach (var m in await db.Meetings.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.CommitteeId, m.StartsAt, m.Status, m.MinutesApprovedAtMeetingId, m.MinutesSignedBy }).ToListAsync()) text.Append(m).Append('\n');
        foreach (var i in await db.AgendaItems.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Id, i.Number, i.Title, i.MinuteNumber, i.MinutesText, i.ExemptParagraph }).ToListAsync()) text.Append(i).Append('\n');
        foreach (var d in await db.Documents.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.Title, d.Body, d.FileSha256, d.PublishedOn }).ToListAsync()) text.Append(d).Append('\n');
        foreach (var a in await db.Attendance.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.MeetingId, a.PersonId, a.Kind }).ToListAsync()) text.Append(a).Append('\n');
        foreach (var p in await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Slug, p.Party, p.Ward }).ToListAsync()) text.Append(p).Append('\n');
        foreach (var d in await db.Decisions.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Title, d.Text, d.Status }).ToListAsync()) text.Append(d).Append('\n');
        foreach (var m in await db.Motions.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Title, m.Status, m.SubstantiveText }).ToListAsync()) text.Append(m).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    [Fact]
    public async Task The_pages_read_the_generated_county_and_the_public_never_see_its_exempt_business()
    {
        var after = await GenerateOneYearAsync();
        var meetings = await GeneratedMeetingsAsync(after);
        await using var db = Db();
        var sample = meetings.Where(m => m.Status != MeetingStatus.Cancelled).Where((_, i) => i % 25 == 0).ToList();
        var committee = await db.Committees.Where(c => c.Name == "Pensions Committee").Select(c => c.Slug).SingleAsync();
        var councillor = await db.People.Where(p => p.Kind == PersonKind.Councillor).OrderByDescending(p => p.Id).Select(p => p.Slug).FirstAsync();
        var decision = await db.Decisions.OrderByDescending(d => d.Id).Select(d => d.Id).FirstAsync();
        var motion = await db.Motions.OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync();
        var paper = await db.Documents.Where(d => db.AgendaItems.Any(i => i.Id == d.AgendaItemId && i.MeetingId > after && !i.IsExempt)).Select(d => d.Id).FirstAsync();
        var month = sample[0].StartsAt;
        string[] addresses =
        [
            "/committees", $"/committees/{committee}", "/councillors", $"/councillors/{councillor}", "/decisions", $"/decisions/{decision}",
            "/forward-plan", $"/meetings/calendar/{month.Year}/{month.Month}", $"/motions/{motion}", $"/documents/{paper}",
            .. sample.Select(m => $"/meetings/{m.Id}"), .. sample.Select(m => $"/items/{m.Items.OrderBy(i => i.SortKey).Last().Id}"),
        ];
        foreach (var reader in new[] { App.Anonymous(), await App.SignedInAs("councillor@demo.test") })
            foreach (var address in addresses)
                Assert.True((await reader.GetAsync(address)).StatusCode == HttpStatusCode.OK, $"{address} did not answer 200");

        var exempt = meetings.SelectMany(m => m.Items).Where(i => i.IsExempt).Take(5).ToList();
        Assert.NotEmpty(exempt);
        var secrets = await db.Documents.Where(d => exempt.Select(i => i.Id).Contains(d.AgendaItemId)).Select(d => d.Body!.Substring(0, 200)).ToListAsync();
        var anonymous = App.Anonymous();
        foreach (var item in exempt)
        {
            var secret = item.MinutesText!.Split('\n')[0];
            foreach (var address in new[] { $"/items/{item.Id}", $"/meetings/{item.MeetingId}" })
            {
                var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync(address));
                Assert.Contains(item.Title, page);
                Assert.DoesNotContain(secret, page);
                Assert.All(item.Resolutions, r => Assert.DoesNotContain(r.Text, page));
                Assert.All(secrets, s => Assert.DoesNotContain(s.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1], page));
            }
        }
    }

    [Fact]
    public async Task The_register_and_a_councillors_profile_stay_one_screen_with_a_generated_year()
    {
        await GenerateOneYearAsync();
        await using var db = Db();
        var decisions = await db.Decisions.CountAsync();
        Assert.True(decisions > 2 * Web.Pages.Decisions.Index.Recent, $"Only {decisions} decisions were generated.");
        var clerk = await App.SignedInAs("clerk@demo.test");
        var register = await clerk.GetStringAsync("/decisions");
        Assert.Equal(Web.Pages.Decisions.Index.Recent, System.Text.RegularExpressions.Regex.Matches(register, "<a href=\"/decisions/\\d+\">").Count);
        Assert.Matches("href=\"/decisions\\?year=\\d+#register\">", register);

        // The councillor who attended most: a line a municipal year (and the total), not a line a meeting.
        var busiest = await db.Attendance.GroupBy(a => a.PersonId).OrderByDescending(g => g.Count()).Select(g => new { g.Key, Count = g.Count() }).FirstAsync();
        var slug = await db.People.Where(p => p.Id == busiest.Key).Select(p => p.Slug).SingleAsync();
        var years = (await db.Attendance.Where(a => a.PersonId == busiest.Key).Join(db.Meetings, a => a.MeetingId, m => m.Id, (a, m) => m.StartsAt).ToListAsync())
            .Select(at => MunicipalYear.Of(at)).Distinct().Count();
        Assert.True(busiest.Count > 3 * years, $"The busiest councillor attended only {busiest.Count} meetings over {years} years.");
        var profile = await App.Anonymous().GetStringAsync($"/councillors/{slug}");
        Assert.InRange(System.Text.RegularExpressions.Regex.Matches(profile.Split("id=\"attendance\"")[1], "<th scope=\"row\">").Count, 1, years + 1);
    }

    [Fact]
    public async Task The_councillors_page_lists_only_todays_council_across_an_election_and_the_rest_are_a_year_at_a_time()
    {
        await GenerateYearsAsync(2); // the May 2025 election among them, which some councillors lost
        await using (var check = Db())
            Assert.False(await check.ForwardPlanEntries.AnyAsync(e => e.DecidedOn == null && check.Decisions.Any(d => d.ForwardPlanEntryId == e.Id)),
                "A generated notice was decided without the notice keeping it, so it would stay on the Forward Plan.");
        await using var db = Db();
        var today = DateOnly.FromDateTime(TestDatabase.Clock.GetLocalNow().DateTime);
        var councillors = db.People.Where(p => p.Kind == PersonKind.Councillor);
        var sitting = await councillors.CountAsync(p => db.Memberships.Any(m => m.PersonId == p.Id && m.From <= today && (m.To == null || m.To >= today)));
        var gone = await councillors.CountAsync(p => db.Memberships.Any(m => m.PersonId == p.Id) && !db.Memberships.Any(m => m.PersonId == p.Id && (m.To == null || m.To >= today)));
        Assert.True(gone > 0, "The generated years left no former councillor to leave out.");
        // Every councillor on a committee sits on the council: today's council is the council's size, no more.
        var onTheCouncil = await councillors.CountAsync(p => db.Memberships.Any(m => m.PersonId == p.Id && m.From <= today && (m.To == null || m.To >= today)
            && db.Committees.Any(c => c.Id == m.CommitteeId && c.Kind == CommitteeKind.FullCouncil)));
        Assert.Equal(onTheCouncil, sitting);
        var links = new System.Text.RegularExpressions.Regex("<td><a href=\"/councillors/[^\"/]+\">");

        var anonymous = App.Anonymous();
        Assert.Equal(sitting, links.Matches(await anonymous.GetStringAsync("/councillors")).Count);
        var former = await anonymous.GetStringAsync("/councillors/former");
        Assert.InRange(links.Matches(former).Count, 1, gone);
        var years = System.Text.RegularExpressions.Regex.Matches(former, "href=\"/councillors/former\\?year=(\\d+)#year\"").Select(m => m.Groups[1].Value).ToList();
        var listed = links.Matches(former).Count;
        foreach (var year in years) listed += links.Matches(await anonymous.GetStringAsync($"/councillors/former?year={year}")).Count;
        Assert.Equal(gone, listed);
    }
}
