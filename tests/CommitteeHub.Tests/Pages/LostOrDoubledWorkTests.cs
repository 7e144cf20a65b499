using System.Net;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;
using static CommitteeHub.Tests.Pages.ClerkTests;

namespace CommitteeHub.Tests.Pages;

/// <summary>No work lost and none done twice: a form shown once and sent several times at once (a double click, a
/// browser's retry) creates one record and every answer is the first one's; of two clerks revising one paper the
/// second is told and shown the first's change; a form that should carry its version and does not is refused.</summary>
public sealed class LostOrDoubledWorkTests(CommitteeHubApp app) : AppTest(app)
{
    private const int Times = 4;

    /// <summary>Sends the fields of one showing of a form <see cref="Times"/> times at once, and checks that every
    /// request got the same redirect: no error, no refusal, no 500.</summary>
    private static async Task SendAtOnce(HttpClient client, string url, List<KeyValuePair<string, string>> fields)
    {
        Assert.Contains(fields, f => f.Key == "SubmissionId");
        var responses = await Task.WhenAll(Enumerable.Range(0, Times).Select(_ => client.PostAsync(url, new FormUrlEncodedContent(fields))));
        foreach (var r in responses)
            Assert.True(r.StatusCode == HttpStatusCode.Redirect, $"{(int)r.StatusCode}: {Errors(await r.Content.ReadAsStringAsync())}");
        Assert.Single(responses.Select(r => r.Headers.Location!.OriginalString).Distinct());
    }

    private static async Task<int> Count<T>(Func<IQueryable<T>, IQueryable<T>> which) where T : class
    {
        await using var db = Db();
        return await which(db.Set<T>()).CountAsync();
    }

    private Task<HttpClient> Clerk() => App.SignedInAs(DemoCouncil.ClerkEmail);

    // ---------- one record for one showing of a form ----------

    [Fact]
    public async Task A_meeting_scheduled_by_one_form_sent_several_times_at_once_is_scheduled_once()
    {
        var clerk = await Clerk();
        int committee;
        await using (var db = Db()) committee = await Demo.SelectCommitteeId(db);
        var (address, fields) = FormOn(await clerk.GetStringAsync("/clerk/meetings/new"), "/clerk/meetings/new", null, new()
        {
            ["Input.CommitteeId"] = committee.ToString(), ["Input.Date"] = FirstDay.ToString("yyyy-MM-dd"), ["Input.Time"] = "10:00",
            ["Input.Venue"] = "Council Chamber, County Hall",
        });
        await SendAtOnce(clerk, address, fields);
        Assert.Equal(1, await Count<Meeting>(q => q.Where(m => m.CommitteeId == committee && m.StartsAt == FirstDay.ToDateTime(new TimeOnly(10, 0)))));
    }

    [Fact]
    public async Task A_paper_written_by_one_form_sent_several_times_at_once_is_written_once()
    {
        var clerk = await Clerk();
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        var itemId = await AddItemAsync(clerk, meetingId, "5", "Children First: progress of the improvement plan");
        var (address, fields) = FormOn(await clerk.GetStringAsync($"/clerk/items/{itemId}"), $"/clerk/items/{itemId}", "WritePaper",
            new() { ["Input.PaperTitle"] = "Progress report", ["Input.Body"] = "## Purpose\n\nTo report progress." });
        await SendAtOnce(clerk, address, fields);
        Assert.Equal(1, await Count<Document>(q => q.Where(d => d.AgendaItemId == itemId && d.Title == "Progress report")));
    }

    [Fact]
    public async Task A_resolution_recorded_by_one_form_sent_several_times_at_once_is_recorded_once()
    {
        var (clerk, _, itemId) = await HeldMeetingAsync(App);
        var (address, fields) = FormOn(await clerk.GetStringAsync($"/clerk/items/{itemId}"), $"/clerk/items/{itemId}", "Resolve", new() { ["Input.Resolution"] = "That the report be noted." });
        await SendAtOnce(clerk, address, fields);
        Assert.Equal(1, await Count<Resolution>(q => q.Where(r => r.AgendaItemId == itemId)));
    }

    [Fact]
    public async Task A_declaration_recorded_by_one_form_sent_several_times_at_once_is_recorded_once()
    {
        var (clerk, _, itemId) = await HeldMeetingAsync(App);
        var page = await clerk.GetStringAsync($"/clerk/items/{itemId}");
        var member = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("select[name='Input.PersonId'] option[value]:not([value=''])")!.GetAttribute("value")!;
        var (address, fields) = FormOn(page, $"/clerk/items/{itemId}", "Declare", new() { ["Input.PersonId"] = member, ["Input.Nature"] = "A foster carer for the council." });
        await SendAtOnce(clerk, address, fields);
        Assert.Equal(1, await Count<Declaration>(q => q.Where(d => d.AgendaItemId == itemId)));
    }

    [Fact]
    public async Task A_late_item_added_by_one_form_sent_several_times_at_once_is_added_once()
    {
        var clerk = await Clerk();
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        AssertDone(await MeetingStep(clerk, meetingId, "Publish"));
        var (address, fields) = FormOn(await clerk.GetStringAsync($"/clerk/meetings/{meetingId}"), $"/clerk/meetings/{meetingId}", "AddItem", new()
        {
            ["Input.Number"] = "5", ["Input.Title"] = "Reply to the Department for Education",
            ["Input.Reason"] = "The Department's letter of 25 November needs a reply before the next meeting.",
        });
        await SendAtOnce(clerk, address, fields);
        Assert.Equal(1, await Count<AgendaItem>(q => q.Where(i => i.MeetingId == meetingId && i.Title == "Reply to the Department for Education")));
    }

    [Fact]
    public async Task An_attendance_entry_added_by_one_form_sent_several_times_at_once_is_added_once()
    {
        var (clerk, meetingId, _) = await HeldMeetingAsync(App);
        int officer;
        await using (var db = Db())
        {
            var recorded = await db.Attendance.Where(a => a.MeetingId == meetingId).Select(a => a.PersonId).ToListAsync();
            officer = await db.People.Where(p => !recorded.Contains(p.Id)).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }
        var url = $"/clerk/meetings/{meetingId}/attendance";
        var (address, fields) = FormOn(await clerk.GetStringAsync(url), url, "Add", new() { ["PersonId"] = officer.ToString(), ["Kind"] = "InAttendance" });
        await SendAtOnce(clerk, address, fields);
        Assert.Equal(1, await Count<Attendance>(q => q.Where(a => a.MeetingId == meetingId && a.PersonId == officer)));
    }

    [Fact]
    public async Task A_forward_plan_entry_added_by_one_form_sent_several_times_at_once_is_added_once()
    {
        var clerk = await Clerk();
        var (address, fields) = FormOn(await clerk.GetStringAsync("/clerk/decisions"), "/clerk/decisions", "AddEntry", new()
        {
            ["Entry.Matter"] = "Closure of Thornby tip", ["Entry.DecisionMaker"] = "Cabinet", ["Entry.IntendedOn"] = "2027-02-02",
            ["Entry.KeyReason"] = "CommunitiesInTwoOrMoreWards", ["Entry.Documents"] = "Report by the Director of Highways.",
            ["Entry.Representations"] = "Write to Democratic Services.",
        });
        await SendAtOnce(clerk, address, fields);
        Assert.Equal(1, await Count<ForwardPlanEntry>(q => q.Where(e => e.Matter == "Closure of Thornby tip")));
    }

    [Fact]
    public async Task A_decision_recorded_by_one_form_sent_several_times_at_once_is_recorded_once()
    {
        var clerk = await Clerk();
        var (address, fields) = FormOn(await clerk.GetStringAsync("/clerk/decisions"), "/clerk/decisions", "RecordDecision", new()
        {
            ["Record.Title"] = "Library opening hours", ["Record.DecisionMaker"] = "Cabinet Member for Safer, Stronger Communities",
            ["Record.DecidedOn"] = "2026-11-23", ["Record.Text"] = "To open the libraries on Sunday afternoons.", ["Record.Reasons"] = "The service needs it.",
        });
        await SendAtOnce(clerk, address, fields);
        Assert.Equal(1, await Count<Decision>(q => q.Where(d => d.Title == "Library opening hours")));
    }

    [Fact]
    public async Task An_amendment_tabled_by_one_form_sent_several_times_at_once_is_tabled_once()
    {
        var motionId = await MotionTests.MotionOnTheNextCouncilAgenda();
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        var url = $"/motions/{motionId}/amend";
        var (address, fields) = FormOn(await councillor.GetStringAsync(url), url, null, new()
        {
            ["Input.Text"] = "That this Council:\n\n- (a) supports the public libraries of the county;\n- (b) asks the Cabinet to keep every library open.",
        });
        await SendAtOnce(councillor, address, fields);
        Assert.Equal(1, await Count<Amendment>(q => q.Where(a => a.MotionId == motionId)));
    }

    [Fact]
    public async Task A_form_sent_without_its_token_or_with_a_malformed_one_is_acted_on_as_before()
    {
        var clerk = await Clerk();
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        var itemId = await AddItemAsync(clerk, meetingId, "5", "Children First: progress of the improvement plan");
        var page = await clerk.GetStringAsync($"/clerk/items/{itemId}");
        foreach (var token in new[] { null, "", "not-a-token", "00000000-0000-0000-0000-000000000000" })
        {
            var (address, fields) = FormOn(page, $"/clerk/items/{itemId}", "WritePaper", new() { ["Input.PaperTitle"] = $"Progress report ({token ?? "no token"})", ["Input.Body"] = "## Purpose\n\nTo report progress." });
            fields.RemoveAll(f => f.Key == "SubmissionId");
            if (token is not null) fields.Add(new("SubmissionId", token));
            var response = await clerk.PostAsync(address, new FormUrlEncodedContent(fields));
            AssertDone((response, await response.Content.ReadAsStringAsync()));
        }
        Assert.Equal(4, await Count<Document>(q => q.Where(d => d.AgendaItemId == itemId && d.Title.StartsWith("Progress report"))));
    }

    [Fact]
    public async Task A_form_refused_leaves_its_token_unused_so_the_corrected_form_is_acted_on()
    {
        var clerk = await Clerk();
        int committee;
        await using (var db = Db()) committee = await Demo.SelectCommitteeId(db);
        var (address, fields) = FormOn(await clerk.GetStringAsync("/clerk/meetings/new"), "/clerk/meetings/new", null, new()
        {
            ["Input.CommitteeId"] = committee.ToString(), ["Input.Date"] = FirstDay.ToString("yyyy-MM-dd"), ["Input.Time"] = "10:00",
            ["Input.Venue"] = "Council Chamber, County Hall", ["Input.MoreDates"] = FirstDay.ToString("yyyy-MM-dd"),
        });
        var refused = await clerk.PostAsync(address, new FormUrlEncodedContent(fields));
        Assert.Contains("The same date is given twice", Errors(await refused.Content.ReadAsStringAsync()));

        fields.RemoveAll(f => f.Key == "Input.MoreDates");
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.PostAsync(address, new FormUrlEncodedContent(fields))).StatusCode);
        Assert.Equal(1, await Count<Meeting>(q => q.Where(m => m.CommitteeId == committee && m.StartsAt == FirstDay.ToDateTime(new TimeOnly(10, 0)))));
    }

    // ---------- two clerks, one paper ----------

    private async Task<(HttpClient First, HttpClient Second, int PaperId)> TwoClerksOnOnePaper(bool published)
    {
        var first = await Clerk();
        var (meetingId, itemId, paperId) = await SomethingOfEach(first);
        if (published)
        {
            AssertDone(await PaperStep(first, itemId, paperId, "ApprovePaper"));
            AssertDone(await MeetingStep(first, meetingId, "Publish"));
        }
        return (first, await Clerk(), paperId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task When_two_clerks_revise_one_paper_the_second_is_told_and_shown_the_first_change_and_nothing_is_lost(bool published)
    {
        var (first, second, paperId) = await TwoClerksOnOnePaper(published);
        var url = $"/clerk/papers/{paperId}";
        var firstPage = await first.GetStringAsync(url);
        var secondPage = await second.GetStringAsync(url);

        AssertDone(await SubmitOn(first, url, firstPage, null, new() { ["Body"] = "## Purpose\n\nThe first clerk's correction." }));
        var conflict = await SubmitOn(second, url, secondPage, null, new() { ["Body"] = "## Purpose\n\nThe second clerk's correction." });
        AssertRefused(conflict, "Someone else changed this");
        Assert.Equal("## Purpose\n\nThe first clerk's correction.", ValueOf(conflict.Html, "Body")?.Replace("\r\n", "\n"));

        await using (var db = Db())
        {
            var paper = await db.Documents.Include(d => d.Revisions).SingleAsync(d => d.Id == paperId);
            Assert.Equal("## Purpose\n\nThe first clerk's correction.", paper.Body);
            Assert.Equal(published ? 2 : 1, paper.Version);
            Assert.Equal(published ? 1 : 0, paper.Revisions.Count);
        }
        // Having seen the first change, the second clerk may now make theirs over it.
        AssertDone(await SubmitOn(second, url, conflict.Html, null, new() { ["Body"] = "## Purpose\n\nThe second clerk's correction." }));
        await using (var db = Db())
        {
            var paper = await db.Documents.Include(d => d.Revisions).SingleAsync(d => d.Id == paperId);
            Assert.Equal("## Purpose\n\nThe second clerk's correction.", paper.Body);
            if (published) Assert.Equal("## Purpose\n\nThe first clerk's correction.", paper.Revisions.Single(r => r.Version == 2).Body);
        }
    }

    // ---------- a version left off ----------

    [Fact]
    public async Task A_paper_saved_without_its_version_is_refused_and_left_as_it_was()
    {
        var (clerk, _, paperId) = await TwoClerksOnOnePaper(published: false);
        var url = $"/clerk/papers/{paperId}";
        var (address, fields) = FormOn(await clerk.GetStringAsync(url), url, null, new() { ["Body"] = "## Purpose\n\nSaved unchecked." });
        Assert.Equal(1, fields.RemoveAll(f => f.Key == "Version"));
        var response = await clerk.PostAsync(address, new FormUrlEncodedContent(fields));
        AssertRefused((response, await response.Content.ReadAsStringAsync()), "sent without the version");
        await using var db = Db();
        Assert.Equal("## Purpose\n\nTo report progress.", (await db.Documents.SingleAsync(d => d.Id == paperId)).Body);
    }

    [Fact]
    public async Task Minutes_saved_without_their_version_are_refused_and_left_as_they_were()
    {
        var (clerk, _, itemId) = await HeldMeetingAsync(App);
        var url = $"/clerk/items/{itemId}";
        var (address, fields) = FormOn(await clerk.GetStringAsync(url), url, "SaveMinutes", new() { ["Input.Minutes"] = "Saved unchecked." });
        Assert.Equal(1, fields.RemoveAll(f => f.Key == "Input.Version"));
        var response = await clerk.PostAsync(address, new FormUrlEncodedContent(fields));
        AssertRefused((response, await response.Content.ReadAsStringAsync()), "sent without the version");
        await using var db = Db();
        Assert.Null((await db.AgendaItems.SingleAsync(i => i.Id == itemId)).MinutesText);
    }

    [Fact]
    public async Task A_step_on_a_meeting_sent_without_its_version_is_refused_and_not_taken()
    {
        var clerk = await Clerk();
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        var url = $"/clerk/meetings/{meetingId}";
        var (address, fields) = FormOn(await clerk.GetStringAsync(url), url, "Publish");
        Assert.Equal(1, fields.RemoveAll(f => f.Key == "Input.Version"));
        var response = await clerk.PostAsync(address, new FormUrlEncodedContent(fields));
        AssertRefused((response, await response.Content.ReadAsStringAsync()), "sent without the version");
        await using var db = Db();
        Assert.Equal(MeetingStatus.Scheduled, (await db.Meetings.SingleAsync(m => m.Id == meetingId)).Status);
    }
}
