using AngleSharp.Html.Parser;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CommitteeHub.Tests.Pages.ClerkTests;

namespace CommitteeHub.Tests.Pages;

/// <summary>The minutes as the clerk completes them (every item minuted, then numbered, then published) and as the
/// page and the printed minutes set them out, numbered alike (issue 11).</summary>
public sealed class MinutesTests(CommitteeHubApp app) : AppTest(app)
{
    [Fact]
    public async Task Draft_minutes_are_published_only_once_every_item_is_minuted_and_numbered_and_the_agenda_page_says_what_is_missing()
    {
        var (clerk, meetingId, itemId) = await HeldMeetingAsync(App);
        AssertDone(await Submit(clerk, $"/clerk/items/{itemId}", "SaveMinutes", new() { ["Input.Minutes"] = "The Director introduced the report." }));
        Assert.Contains("Items with no minutes yet: 1, 2, 3, 4.", Decoded(await clerk.GetStringAsync($"/clerk/meetings/{meetingId}")));

        AssertRefused(await MeetingStep(clerk, meetingId, "PublishMinutes"), "Items 1, 2, 3 and 4 have no minutes yet");
        AssertRefused(await MeetingStep(clerk, meetingId, "NumberMinutes"), "Items 1, 2, 3 and 4 have no minutes yet");
        await MinuteEveryItemAsync(clerk, meetingId);
        Assert.Contains("Number the minutes before publishing them.", Decoded(await clerk.GetStringAsync($"/clerk/meetings/{meetingId}")));
        AssertRefused(await MeetingStep(clerk, meetingId, "PublishMinutes"), "not numbered yet: choose \"Number the minutes\" first");
        await using (var db = Db()) Assert.Equal(MeetingStatus.Held, (await db.Meetings.SingleAsync(m => m.Id == meetingId)).Status);

        AssertDone(await MeetingStep(clerk, meetingId, "NumberMinutes"));
        AssertDone(await MeetingStep(clerk, meetingId, "PublishMinutes"));
        await using (var db = Db())
        {
            Assert.Equal(MeetingStatus.DraftMinutesPublished, (await db.Meetings.SingleAsync(m => m.Id == meetingId)).Status);
            Assert.All(await db.AgendaItems.Where(i => i.MeetingId == meetingId).ToListAsync(), i => Assert.NotNull(i.MinuteNumber));
        }
    }

    [Fact]
    public async Task The_minutes_pdf_prints_minute_numbers_every_item_the_attendance_the_page_shows_and_whole_sentences_for_a_member_who_left_the_room()
    {
        var (clerk, meetingId, itemId) = await HeldMeetingAsync(App);
        string stayed, absent, officer, jobTitle;
        int stayedId;
        await using (var db = Db())
        {
            var meeting = await db.Meetings.Include(m => m.Attendance).Include(m => m.Items).SingleAsync(m => m.Id == meetingId);
            var day = DateOnly.FromDateTime(meeting.StartsAt);
            var members = await db.Memberships.Where(s => s.CommitteeId == meeting.CommitteeId && s.From <= day && (s.To == null || s.To >= day))
                .Select(s => s.PersonId).Distinct().OrderBy(p => p).Take(2).ToListAsync();
            var officerPerson = await db.People.Where(p => p.Kind == PersonKind.Officer && p.JobTitle != null).OrderBy(p => p.Id).FirstAsync();
            meeting.SetAttendance(members[0], AttendanceKind.Present);
            meeting.SetAttendance(members[1], AttendanceKind.Absent);
            meeting.SetAttendance(officerPerson.Id, AttendanceKind.InAttendance);
            meeting.RecordLeftDuring(members[0], "5");
            await db.SaveChangesAsync();
            var names = await db.People.Where(p => members.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName);
            (stayed, absent, officer, jobTitle, stayedId) = (names[members[0]], names[members[1]], officerPerson.DisplayName, officerPerson.JobTitle!, members[0]);
        }
        AssertDone(await Submit(clerk, $"/clerk/items/{itemId}", "Declare", new()
        {
            ["Input.PersonId"] = stayedId.ToString(), ["Input.InterestKind"] = "DisclosablePecuniary", ["Input.Nature"] = "a director of the fostering agency.", ["Input.LeftTheRoom"] = "true",
        }));
        AssertDone(await Submit(clerk, $"/clerk/items/{itemId}", "SaveMinutes", new() { ["Input.Minutes"] = "The Director introduced the report." }));
        await MinuteEveryItemAsync(clerk, meetingId);
        AssertDone(await MeetingStep(clerk, meetingId, "NumberMinutes"));
        AssertDone(await MeetingStep(clerk, meetingId, "PublishMinutes"));

        var text = PaperTests.Read(await App.Anonymous().GetByteArrayAsync($"/meetings/{meetingId}/minutes.pdf")).Text;
        await using (var db = Db())
        {
            var items = await db.AgendaItems.Where(i => i.MeetingId == meetingId).OrderBy(i => i.SortKey).ToListAsync();
            Assert.Equal(5, items.Count);
            // The committee has minuted earlier meetings this municipal year, so its minute numbers are not the agenda's.
            Assert.NotEqual(items[0].Number, items[0].MinuteNumber);
            foreach (var item in items)
            {
                Assert.Contains($"{item.MinuteNumber}. {item.Title}", text);
                Assert.Contains($"{item.MinuteNumber}.1 ", text);
            }
        }
        Assert.Contains($"Absent {absent}", text);
        Assert.Contains($"{stayed} (left during item 5)", text);
        Assert.Contains($"{officer} ({jobTitle})", text);
        Assert.Contains($"{stayed} declared a disclosable pecuniary interest in item 5. A director of the fostering agency. {stayed} left the room for that item and took no part in the discussion or the vote.", text);
        Assert.DoesNotContain(".;", text);
    }

    [Fact]
    public async Task Minute_13_of_17_July_2019_numbers_its_paragraphs_13_1_then_13_2_alike_on_the_page_and_in_the_pdf()
    {
        int itemId, meetingId;
        await using (var db = Db())
        {
            meetingId = await Demo.SelectCommitteeMeetingOf17July2019(db);
            var item = await db.AgendaItems.SingleAsync(i => i.MeetingId == meetingId && i.Number == "6");
            Assert.Equal("13", item.MinuteNumber);
            itemId = item.Id;
        }
        var page = await App.Anonymous().GetStringAsync($"/items/{itemId}");
        var numbers = new HtmlParser().ParseDocument(page).QuerySelectorAll(".minute-paragraph__number").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["13.1", "13.2"], numbers);
        Assert.DoesNotContain("13.1.", page);
        Assert.DoesNotContain("<strong>13.2</strong>", page);

        var text = PaperTests.Read(await App.Anonymous().GetByteArrayAsync($"/meetings/{meetingId}/minutes.pdf")).Text;
        var discussion = text.IndexOf("13.1 The Chairman invited the Committee", StringComparison.Ordinal);
        var resolved = text.IndexOf("13.2 Resolved that the Committee: 1. Works with the service", StringComparison.Ordinal);
        Assert.True(discussion > 0 && resolved > discussion, "Minute 13's discussion is 13.1 and its resolutions 13.2, in that order.");
        Assert.DoesNotContain("13.1.", text);
        Assert.Contains("12. Adoption of an Improvement Plan for Children's Services", text);
    }

    [Fact]
    public async Task An_exempt_items_written_summary_is_numbered_as_its_minutes_first_paragraph_on_the_page_as_in_print()
    {
        AgendaItem item;
        await using (var db = Db()) item = await db.AgendaItems.Where(i => i.IsExempt && i.PublicSummary != null && i.MinuteNumber != null).OrderBy(i => i.Id).FirstAsync();
        var page = await App.Anonymous().GetStringAsync($"/items/{item.Id}");
        var number = new HtmlParser().ParseDocument(page).QuerySelector(".minute-paragraph__number")?.TextContent.Trim();
        Assert.Equal($"{item.MinuteNumber}.1", number);
        var text = PaperTests.Read(await App.Anonymous().GetByteArrayAsync($"/meetings/{item.MeetingId}/minutes.pdf")).Text;
        Assert.Contains($"{item.MinuteNumber}.1 {item.PublicSummary![..40]}", text);
    }
}
