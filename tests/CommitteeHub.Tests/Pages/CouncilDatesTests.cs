using System.Net;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Pages;

/// <summary>A meeting's time reads the same on its page, in the calendar and on its printed agenda.</summary>
public sealed class CouncilDatesTests(CommitteeHubApp app) : AppTest(app)
{
    [Fact]
    public async Task A_meetings_time_is_written_one_way_on_the_page_in_the_calendar_and_in_print()
    {
        Meeting meeting;
        await using (var db = Db()) meeting = await db.Meetings.Where(m => m.Status == MeetingStatus.MinutesApproved).OrderBy(m => m.Id).FirstAsync();
        var time = CouncilDates.Time(TimeOnly.FromDateTime(meeting.StartsAt));
        var client = App.Anonymous();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/meetings/{meeting.Id}"));
        var calendar = WebUtility.HtmlDecode(await client.GetStringAsync($"/meetings/calendar/{meeting.StartsAt.Year}/{meeting.StartsAt.Month}"));
        var agenda = PaperTests.Read(await client.GetByteArrayAsync($"/meetings/{meeting.Id}/agenda.pdf")).Text;
        foreach (var (where, text) in new[] { ("page", page), ("calendar", calendar), ("agenda", agenda) })
        {
            Assert.True(text.Contains(time), $"The {where} does not give the time as {time}.");
            Assert.DoesNotMatch(@"\b\d{1,2}[.:]00\s?(am|pm)", text);
        }
    }
}

/// <summary>Signed minutes name who signed them and when, never a role in place of a name.</summary>
public sealed class SignedMinutesTests(CommitteeHubApp app) : AppTest(app)
{
    [Fact]
    public async Task Every_approved_minutes_pdf_names_the_person_who_signed_and_the_day()
    {
        await using var db = Db();
        var approved = await db.Meetings.Where(m => m.Status == MeetingStatus.MinutesApproved).OrderBy(m => m.Id).ToListAsync();
        Assert.NotEmpty(approved);
        var client = App.Anonymous();
        var named = 0;
        foreach (var meeting in approved.Take(8))
        {
            var day = meeting.MinutesApprovedOn!.Value;
            var expected = meeting.MinutesSignedBy ?? await db.Memberships.Where(s => s.CommitteeId == meeting.CommitteeId && s.Role == MembershipRole.Chairman
                    && s.From <= day && (s.To == null || s.To >= day))
                .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => p.DisplayName).FirstOrDefaultAsync();
            var text = PaperTests.Read(await client.GetByteArrayAsync($"/meetings/{meeting.Id}/minutes.pdf")).Text;
            Assert.DoesNotContain("the Chairman, Chairman", text);
            Assert.Contains($"Approved as a correct record on {CouncilDates.Day(day)}", text);
            if (expected is null) continue;
            Assert.Contains($"signed by {expected}, Chairman", text);
            named++;
        }
        Assert.True(named > 0, "No approved minutes had a signatory on record or a chairman that day to check.");
    }
}

/// <summary>The vote-by-name form offers only those who may vote, as the rule that checks the vote would have it.</summary>
public sealed class VoteByNameTests(CommitteeHubApp app) : AppTest(app)
{
    [Fact]
    public async Task The_vote_by_name_offers_members_present_and_not_those_with_apologies_or_officers_in_attendance()
    {
        var (clerk, meetingId, itemId) = await ClerkTests.HeldMeetingAsync(App);
        string present, apologies, officer;
        await using (var db = Db())
        {
            var meeting = await db.Meetings.Include(m => m.Attendance).SingleAsync(m => m.Id == meetingId);
            var day = DateOnly.FromDateTime(meeting.StartsAt);
            var members = await db.Memberships.Where(s => s.CommitteeId == meeting.CommitteeId && s.From <= day && (s.To == null || s.To >= day))
                .Select(s => s.PersonId).Distinct().OrderBy(p => p).Take(2).ToListAsync();
            var officerId = await db.People.Where(p => p.Kind == PersonKind.Officer).Select(p => p.Id).FirstAsync();
            meeting.SetAttendance(members[0], AttendanceKind.Present);
            meeting.SetAttendance(members[1], AttendanceKind.Apologies);
            meeting.SetAttendance(officerId, AttendanceKind.InAttendance);
            await db.SaveChangesAsync();
            var names = await db.People.Where(p => p.Id == members[0] || p.Id == members[1] || p.Id == officerId).ToDictionaryAsync(p => p.Id, p => p.DisplayName);
            (present, apologies, officer) = (names[members[0]], names[members[1]], names[officerId]);
        }
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await clerk.GetStringAsync($"/clerk/items/{itemId}"));
        var offered = page.QuerySelectorAll("table tbody th[scope='row']").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal([present], offered);
        Assert.DoesNotContain(apologies, offered);
        Assert.DoesNotContain(officer, offered);
    }
}
