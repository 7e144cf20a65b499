using System.Net;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Pages;

public sealed class PublicPagesTests(CommitteeHubApp app) : AppTest(app)
{
    private async Task<string> Ok(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        Assert.Contains("<main", body);
        return WebUtility.HtmlDecode(body);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/committees")]
    [InlineData("/meetings/calendar")]
    [InlineData("/meetings/calendar/2019")]
    [InlineData("/meetings/calendar/2019/7")]
    [InlineData("/councillors")]
    [InlineData("/councillors?sort=party")]
    [InlineData("/councillors?sort=ward")]
    [InlineData("/accessibility")]
    [InlineData("/account/sign-in")]
    public async Task A_public_page_answers_200_to_anyone(string url) => await Ok(App.Anonymous(), url);

    [Fact]
    public async Task Every_committee_page_answers_200_and_lists_its_current_members_with_their_roles()
    {
        await using var db = Db();
        var committees = await db.Committees.Include(c => c.Memberships).ToListAsync();
        var client = App.Anonymous();
        foreach (var committee in committees)
        {
            var body = await Ok(client, $"/committees/{committee.Slug}");
            Assert.Contains(committee.Name, body);
            if (committee.Memberships.Any(m => m.Role == MembershipRole.Chairman && m.To == null))
                Assert.Contains("<td>Chairman</td>", body);
        }
    }

    [Fact]
    public async Task Every_meeting_page_answers_200_and_shows_its_date_venue_and_status()
    {
        await using var db = Db();
        var meetings = await db.Meetings.ToListAsync();
        var client = App.Anonymous();
        foreach (var meeting in meetings)
        {
            var body = await Ok(client, $"/meetings/{meeting.Id}");
            Assert.Contains(Web.Infrastructure.Format.Day(meeting.StartsAt), body);
            Assert.Contains(meeting.Venue, body);
            Assert.Contains(Meeting.StatusName(meeting.Status), body);
        }
    }

    [Fact]
    public async Task Every_public_item_and_document_of_a_published_agenda_answers_200()
    {
        await using var db = Db();
        var items = await db.AgendaItems.Join(db.Meetings.Where(m => m.Status != MeetingStatus.Scheduled), i => i.MeetingId, m => m.Id, (i, m) => i)
            .Include(i => i.Documents).ToListAsync();
        var client = App.Anonymous();
        foreach (var item in items)
        {
            var body = await Ok(client, $"/items/{item.Id}");
            Assert.Contains(item.Title, body);
            if (item.IsExempt) continue;
            foreach (var document in item.Documents.Where(d => d.ExemptParagraph is null))
                Assert.Contains(document.Title, await Ok(client, $"/documents/{document.Id}"));
        }
    }

    [Fact]
    public async Task Every_councillor_profile_answers_200_with_committee_roles_and_attendance()
    {
        await using var db = Db();
        var councillors = await db.People.Where(p => p.Kind == PersonKind.Councillor).ToListAsync();
        Assert.NotEmpty(councillors);
        var client = App.Anonymous();
        foreach (var person in councillors)
        {
            var body = await Ok(client, $"/councillors/{person.Slug}");
            Assert.Contains(person.DisplayName, body);
            Assert.Contains("Committee roles", body);
            Assert.Contains("Attendance at meetings", body);
        }
    }

    [Theory]
    [InlineData("/committees/no-such-committee")]
    [InlineData("/meetings/0")]
    [InlineData("/meetings/-4")]
    [InlineData("/meetings/987654")]
    [InlineData("/items/987654")]
    [InlineData("/documents/987654")]
    [InlineData("/documents/987654/file")]
    [InlineData("/motions/987654")]
    [InlineData("/councillors/nobody-at-all")]
    [InlineData("/no/such/page")]
    public async Task Something_that_does_not_exist_answers_404_with_the_sites_own_page(string url)
    {
        var response = await App.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/meetings/abc", "must be a whole number")]
    [InlineData("/meetings/99999999999", "must be a whole number")]
    [InlineData("/items/8(a)", "must be a whole number")]
    [InlineData("/documents/report.pdf", "must be a whole number")]
    [InlineData("/motions/first", "must be a whole number")]
    [InlineData("/meetings/calendar/2019/13", "months are numbered 1 to 12")]
    [InlineData("/meetings/calendar/2019/0", "months are numbered 1 to 12")]
    [InlineData("/meetings/calendar/1066/10", "between 1900 and 2200")]
    [InlineData("/meetings/calendar/june/2019", "must be a whole number")]
    [InlineData("/councillors?sort=height", "use name, party or ward")]
    public async Task Malformed_input_answers_400_with_the_reason_and_no_internals(string url, string reason)
    {
        var response = await App.Anonymous().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, WebUtility.HtmlDecode(body));
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(" at CommitteeHub.", body);
    }

    [Fact]
    public async Task The_council_meeting_of_7_June_2019_shows_item_8a_and_links_the_motion_by_Mr_Jones()
    {
        await using var db = Db();
        var meetingId = await Demo.CouncilMeetingOf7June2019(db);
        var motion = await Demo.MotionByMrJones(db);
        var body = await Ok(App.Anonymous(), $"/meetings/{meetingId}");
        Assert.Contains(">8(a)<", body);
        Assert.Contains("Notice of Motion from Mr Jones", body);
        Assert.Contains($"/motions/{motion.Id}", body);

        var motionPage = await Ok(App.Anonymous(), $"/motions/{motion.Id}");
        Assert.Contains("Mr Jones", motionPage);
        Assert.Contains("Mr Simmons", motionPage);
        Assert.Contains("all elements", motionPage);
        Assert.Contains("the overall effectiveness", motionPage);
    }

    [Fact]
    public async Task The_select_committee_minutes_show_minutes_13_1_and_13_2_with_nine_numbered_resolutions()
    {
        await using var db = Db();
        var july = await Demo.SelectCommitteeMeetingOf17July2019(db);
        var item = await db.AgendaItems.Include(i => i.Resolutions).SingleAsync(i => i.MeetingId == july && i.MinuteNumber == "13");
        Assert.Equal(9, item.Resolutions.Count);
        var body = await Ok(App.Anonymous(), $"/meetings/{item.MeetingId}");
        Assert.Contains("13.1", body);
        Assert.Contains("13.2", body);
        Assert.Contains("Resolved that the Committee:", body);
        for (var n = 1; n <= 9; n++) Assert.Contains($"<li value=\"{n}\">", body);
    }

    [Fact]
    public async Task Draft_minutes_are_marked_draft_and_approved_minutes_are_not()
    {
        await using var db = Db();
        var draft = await db.Meetings.FirstAsync(m => m.Status == MeetingStatus.DraftMinutesPublished);
        var approved = await db.Meetings.FirstAsync(m => m.Status == MeetingStatus.MinutesApproved);
        Assert.Contains("These minutes are a draft", await Ok(App.Anonymous(), $"/meetings/{draft.Id}"));
        Assert.DoesNotContain("These minutes are a draft", await Ok(App.Anonymous(), $"/meetings/{approved.Id}"));
    }

    [Fact]
    public async Task A_scheduled_meeting_does_not_show_an_unpublished_agenda_to_the_public()
    {
        int meetingId, itemId;
        await using (var db = Db())
        {
            var meeting = await db.Meetings.Include(m => m.Items).FirstAsync(m => m.Status == MeetingStatus.Scheduled);
            var item = meeting.AddItem("40", "Draft item: proposed library closures");
            await db.SaveChangesAsync();
            (meetingId, itemId) = (meeting.Id, item.Id);
        }
        var body = await Ok(App.Anonymous(), $"/meetings/{meetingId}");
        Assert.Contains("has not been published yet", body);
        Assert.DoesNotContain("proposed library closures", body);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync($"/items/{itemId}")).StatusCode);
        var clerk = await App.SignedInAs(Web.Demo.DemoCouncil.ClerkEmail);
        Assert.Contains("proposed library closures", await clerk.GetStringAsync($"/meetings/{meetingId}"));
    }

    [Fact]
    public async Task A_cancelled_meeting_says_so_with_its_reason()
    {
        await using var db = Db();
        var meeting = await db.Meetings.FirstAsync(m => m.Status == MeetingStatus.Cancelled);
        var body = await Ok(App.Anonymous(), $"/meetings/{meeting.Id}");
        Assert.Contains("This meeting has been cancelled", body);
        Assert.Contains(meeting.StatusReason!, body);
    }

    [Fact]
    public async Task The_calendar_lists_a_months_meetings_and_links_the_next_and_previous_months()
    {
        await using var db = Db();
        var july = await db.Meetings.Where(m => m.StartsAt >= new DateTime(2019, 7, 1) && m.StartsAt < new DateTime(2019, 8, 1)).ToListAsync();
        Assert.NotEmpty(july);
        var body = await Ok(App.Anonymous(), "/meetings/calendar/2019/7");
        Assert.Contains("Meetings in July 2019", body);
        foreach (var m in july) Assert.Contains($"/meetings/{m.Id}\"", body);
        Assert.Contains("/meetings/calendar/2019/6", body);
        Assert.Contains("/meetings/calendar/2019/8", body);
    }

    [Fact]
    public async Task A_year_in_the_calendar_lists_its_months_with_their_meeting_counts()
    {
        await using var db = Db();
        var july = await db.Meetings.CountAsync(m => m.StartsAt >= new DateTime(2019, 7, 1) && m.StartsAt < new DateTime(2019, 8, 1));
        var body = await Ok(App.Anonymous(), "/meetings/calendar/2019");
        Assert.Contains("Meetings in 2019", body);
        Assert.Contains($"July</a><br><span class=\"muted\">{july} meetings", body);
        Assert.Contains("/meetings/calendar/2019/12", body);
        Assert.DoesNotContain("/meetings/calendar/2201", await Ok(App.Anonymous(), "/meetings/calendar/2200/12"));
    }

    [Fact]
    public async Task The_councillor_list_filters_by_party()
    {
        await using var db = Db();
        var party = await db.People.Where(p => p.Party != null).Select(p => p.Party!).FirstAsync();
        // Today's council: every demo councillor holds a seat today (the former ones are on a page of their own).
        var today = DateOnly.FromDateTime(TestDatabase.Clock.GetLocalNow().DateTime);
        var inParty = await db.People.Where(p => p.Kind == PersonKind.Councillor && p.Party == party
            && db.Memberships.Any(m => m.PersonId == p.Id && m.From <= today && (m.To == null || m.To >= today))).Select(p => p.DisplayName).ToListAsync();
        var others = await db.People.Where(p => p.Kind == PersonKind.Councillor && p.Party != party).Select(p => p.Slug).ToListAsync();
        var body = await Ok(App.Anonymous(), $"/councillors?party={Uri.EscapeDataString(party)}");
        Assert.Contains($"{inParty.Count} councillor", body);
        Assert.All(others, slug => Assert.DoesNotContain($"/councillors/{slug}\"", body));
    }

    [Fact]
    public async Task Authored_text_cannot_inject_script_or_javascript_links()
    {
        await using (var db = Db())
        {
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE committees SET \"Remit\" = '<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>' WHERE \"Id\" = (SELECT MIN(\"Id\") FROM committees)");
        }
        await using var read = Db();
        var slug = await read.Committees.OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync();
        var response = await App.Anonymous().GetAsync($"/committees/{slug}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", body);
        Assert.DoesNotContain("javascript:alert", body);
        Assert.DoesNotContain("<img src=\"x\" onerror", body);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", body);
    }

    [Fact]
    public async Task Public_pages_set_no_cookie_and_are_served_from_the_cache_on_the_second_request()
    {
        await using var db = Db();
        var meetingId = await Demo.CouncilMeetingOf7June2019(db);
        var client = App.Anonymous();
        foreach (var url in new[] { "/", $"/meetings/{meetingId}", "/committees" })
        {
            var first = await client.GetAsync(url);
            Assert.False(first.Headers.Contains("Set-Cookie"), $"{url} sets a cookie, which keeps it out of the cache");
            var second = await client.GetAsync(url);
            Assert.True(second.Headers.Age is not null, $"{url} was not served from the public cache");
        }
        var signedIn = await App.SignedInAs(Web.Demo.DemoCouncil.ClerkEmail);
        var staff = await signedIn.GetAsync($"/meetings/{meetingId}");
        Assert.Null(staff.Headers.Age);
    }

    [Fact]
    public async Task A_post_to_a_page_that_only_reads_answers_405_not_500()
    {
        var client = App.Anonymous();
        var form = await client.GetStringAsync("/account/sign-in");
        var token = CommitteeHubApp.AntiforgeryToken(form);
        await using var db = Db();
        var meetingId = await Demo.CouncilMeetingOf7June2019(db);
        foreach (var url in new[] { $"/meetings/{meetingId}", "/committees", "/councillors", "/meetings/calendar/2019/7" })
        {
            var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task The_sign_in_form_is_never_served_from_the_cache()
    {
        var client = App.Anonymous();
        await client.GetAsync("/account/sign-in");
        var second = await client.GetAsync("/account/sign-in");
        var third = await App.Anonymous().GetAsync("/account/sign-in");
        Assert.Null(second.Headers.Age);
        Assert.Null(third.Headers.Age);
    }
}
