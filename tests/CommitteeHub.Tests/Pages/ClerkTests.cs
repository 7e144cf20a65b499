using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Pages;

/// <summary>The clerk's workflow pages over HTTP, driven as a browser would drive them: each form is read from the
/// page, filled in and posted with its antiforgery token. The meetings are the demo Select Committee's, scheduled by the
/// test itself ahead of the fixed clock (Monday 23 November 2026).</summary>
public sealed class ClerkTests(CommitteeHubApp app) : AppTest(app)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Wednesday 9 December 2026: eleven clear days after the clock's Monday 23 November.</summary>
    public static readonly DateOnly FirstDay = new(2026, 12, 9);
    /// <summary>Wednesday 6 January 2027: the committee's next meeting after <see cref="FirstDay"/>.</summary>
    public static readonly DateOnly NextDay = new(2027, 1, 6);
    /// <summary>Monday 30 November 2026: four clear days after the clock's Monday, one short of the law's five.</summary>
    public static readonly DateOnly TooSoon = new(2026, 11, 30);

    internal static void SetClock(DateOnly day, int hour = 14) =>
        TestDatabase.Clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero); // GMT in winter

    // ---------- driving the forms ----------

    internal static string Decoded(string html) => WebUtility.HtmlDecode(html);

    internal static string Errors(string html) =>
        Parser.ParseDocument(html).QuerySelector(".error-summary")?.TextContent.Trim() ?? "(no error summary on the page)";

    /// <summary>Fills in the form holding the button for <paramref name="step"/> (or the page's main form) as the page
    /// shows it, changes the given fields and posts it.</summary>
    internal static async Task<(HttpResponseMessage Response, string Html)> Submit(HttpClient client, string url, string? step, Dictionary<string, string>? with = null)
    {
        var page = await client.GetStringAsync(url);
        return await SubmitOn(client, url, page, step, with);
    }

    internal static async Task<(HttpResponseMessage Response, string Html)> SubmitOn(HttpClient client, string url, string page, string? step, Dictionary<string, string>? with = null)
    {
        var (address, fields) = FormOn(page, url, step, with);
        var response = await client.PostAsync(address, new FormUrlEncodedContent(fields));
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Where a browser would post, and the fields it would send, from the form holding the button for
    /// <paramref name="step"/>.</summary>
    internal static (string Address, List<KeyValuePair<string, string>> Fields) FormOn(string page, string url, string? step, Dictionary<string, string>? with = null)
    {
        var doc = Parser.ParseDocument(page);
        var button = step is null ? doc.QuerySelector("main form:not(.inline-form) button") : doc.QuerySelector(FormFields.ButtonFor(step));
        var form = button?.Closest("form");
        var fields = form is not null ? FormFields.Of(form) : [];
        if (form is null) fields.Add(new("__RequestVerificationToken", CommitteeHubApp.AntiforgeryToken(page)));
        var address = url;
        if (button is not null && step is not null)
        {
            (address, var pressed) = FormFields.Pressing(button, url);
            fields.AddRange(pressed);
        }
        else if (step is not null) address = $"{url}?handler={step}";
        foreach (var (key, value) in with ?? [])
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }
        return (address, fields);
    }

    internal static string? ValueOf(string html, string name)
    {
        var e = Parser.ParseDocument(html).QuerySelector($"[name='{name}']");
        return e switch { IHtmlInputElement i => i.Value, IHtmlTextAreaElement t => t.Value, IHtmlSelectElement s => s.Value, _ => null };
    }

    internal static void AssertDone((HttpResponseMessage Response, string Html) result)
    {
        Assert.True(result.Response.StatusCode == HttpStatusCode.Redirect, $"{(int)result.Response.StatusCode}: {Errors(result.Html)}");
    }

    internal static void AssertRefused((HttpResponseMessage Response, string Html) result, string message)
    {
        Assert.True(result.Response.StatusCode == HttpStatusCode.OK, $"Expected the form again with a message, got {(int)result.Response.StatusCode}");
        Assert.Contains(message, Decoded(Errors(result.Html)));
    }

    // ---------- arranging through the pages ----------

    private Task<HttpClient> Clerk() => App.SignedInAs(DemoCouncil.ClerkEmail);

    public static async Task<int> ScheduleAsync(HttpClient clerk, DateOnly day)
    {
        int committee;
        await using (var db = Db()) committee = await Demo.SelectCommitteeId(db);
        var result = await Submit(clerk, "/clerk/meetings/new", null, new()
        {
            ["Input.CommitteeId"] = committee.ToString(), ["Input.Date"] = day.ToString("yyyy-MM-dd"), ["Input.Time"] = "10:00",
            ["Input.Venue"] = "Council Chamber, County Hall",
        });
        AssertDone(result);
        return int.Parse(result.Response.Headers.Location!.OriginalString.Split('/').Last());
    }

    internal static async Task<int> AddItemAsync(HttpClient clerk, int meetingId, string number, string title, string? reason = null)
    {
        var with = new Dictionary<string, string> { ["Input.Number"] = number, ["Input.Title"] = title };
        if (reason is not null) with["Input.Reason"] = reason;
        AssertDone(await Submit(clerk, $"/clerk/meetings/{meetingId}", "AddItem", with));
        await using var db = Db();
        return await db.AgendaItems.Where(i => i.MeetingId == meetingId && i.Number == number).Select(i => i.Id).SingleAsync();
    }

    internal static async Task<int> WritePaperAsync(HttpClient clerk, int itemId, string title, string body)
    {
        AssertDone(await Submit(clerk, $"/clerk/items/{itemId}", "WritePaper", new() { ["Input.PaperTitle"] = title, ["Input.Body"] = body }));
        await using var db = Db();
        return await db.Documents.Where(d => d.AgendaItemId == itemId && d.Title == title).Select(d => d.Id).SingleAsync();
    }

    internal static Task<(HttpResponseMessage Response, string Html)> MeetingStep(HttpClient clerk, int meetingId, string step, Dictionary<string, string>? with = null) =>
        Submit(clerk, $"/clerk/meetings/{meetingId}", step, with);

    internal static async Task<(HttpResponseMessage Response, string Html)> PaperStep(HttpClient clerk, int itemId, int paperId, string step)
    {
        // Each paper's row has its own form; pick the row of this paper.
        var page = await clerk.GetStringAsync($"/clerk/items/{itemId}");
        var fields = new Dictionary<string, string> { ["paper"] = paperId.ToString(), ["__RequestVerificationToken"] = CommitteeHubApp.AntiforgeryToken(page) };
        var response = await clerk.PostAsync($"/clerk/items/{itemId}?handler={step}", new FormUrlEncodedContent(fields));
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A meeting of the Select Committee on <see cref="FirstDay"/> with a business item 5, its agenda published,
    /// the clock moved to the afternoon of the meeting and the meeting recorded as held.</summary>
    private Task<(HttpClient Clerk, int MeetingId, int ItemId)> HeldMeetingAsync() => HeldMeetingAsync(App);

    internal static async Task<(HttpClient Clerk, int MeetingId, int ItemId)> HeldMeetingAsync(CommitteeHubApp app)
    {
        var clerk = await app.SignedInAs(DemoCouncil.ClerkEmail);
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        var itemId = await AddItemAsync(clerk, meetingId, "5", "Children First: progress of the improvement plan");
        AssertDone(await MeetingStep(clerk, meetingId, "Publish"));
        SetClock(FirstDay);
        clerk = await app.SignedInAs(DemoCouncil.ClerkEmail); // a sign-in does not last the sixteen days the clock moved on
        AssertDone(await MeetingStep(clerk, meetingId, "Held"));
        return (clerk, meetingId, itemId);
    }

    /// <summary>Minutes every item not yet minuted, as the clerk must before numbering and publishing the minutes.</summary>
    internal static async Task MinuteEveryItemAsync(HttpClient clerk, int meetingId)
    {
        List<(int Id, string Number)> items;
        await using (var db = Db())
            items = [.. (await db.AgendaItems.Where(i => i.MeetingId == meetingId && i.MinutesText == null && !i.Resolutions.Any())
                .Select(i => new { i.Id, i.Number }).ToListAsync()).Select(i => (i.Id, i.Number))];
        foreach (var (id, number) in items)
            AssertDone(await Submit(clerk, $"/clerk/items/{id}", "SaveMinutes", new() { ["Input.Minutes"] = $"Nothing was raised under item {number}." }));
    }

    // ---------- 1. who may do what ----------

    internal static async Task<(int MeetingId, int ItemId, int PaperId)> SomethingOfEach(HttpClient clerk)
    {
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        var itemId = await AddItemAsync(clerk, meetingId, "5", "Children First: progress of the improvement plan");
        var paperId = await WritePaperAsync(clerk, itemId, "Progress report", "## Purpose\n\nTo report progress.");
        return (meetingId, itemId, paperId);
    }

    [Fact]
    public async Task Only_clerks_and_administrators_may_open_the_clerks_pages()
    {
        var (meetingId, itemId, paperId) = await SomethingOfEach(await Clerk());
        string[] pages = ["/clerk", "/clerk/meetings/new", $"/clerk/meetings/{meetingId}", $"/clerk/meetings/{meetingId}/attendance", $"/clerk/items/{itemId}", $"/clerk/papers/{paperId}"];
        var anonymous = App.Anonymous();
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        var clerk = await Clerk();
        var admin = await App.SignedInAs(DemoCouncil.AdminEmail);
        foreach (var url in pages)
        {
            var refused = await anonymous.GetAsync(url);
            Assert.True(refused.StatusCode == HttpStatusCode.Redirect, $"{url} answered the public {(int)refused.StatusCode}");
            Assert.StartsWith("/account/sign-in", refused.Headers.Location!.PathAndQuery);
            var denied = await councillor.GetAsync(url);
            Assert.True(denied.StatusCode == HttpStatusCode.Redirect, $"{url} answered a councillor {(int)denied.StatusCode}");
            Assert.StartsWith("/account/access-denied", denied.Headers.Location!.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task A_post_to_a_clerks_page_from_the_public_or_a_councillor_is_refused_and_changes_nothing()
    {
        var (meetingId, itemId, paperId) = await SomethingOfEach(await Clerk());
        int committee;
        await using (var db = Db()) committee = await Demo.SelectCommitteeId(db);
        var posts = new (string Url, Dictionary<string, string> Fields)[]
        {
            ("/clerk/meetings/new", new() { ["Input.CommitteeId"] = committee.ToString(), ["Input.Date"] = "2027-02-10", ["Input.Time"] = "10:00", ["Input.Venue"] = "Anywhere" }),
            ($"/clerk/meetings/{meetingId}?handler=AddItem", new() { ["Input.Number"] = "9", ["Input.Title"] = "Smuggled in" }),
            ($"/clerk/meetings/{meetingId}?handler=Publish", new() { ["Input.Reason"] = "Because" }),
            ($"/clerk/meetings/{meetingId}/attendance?handler=Add", new() { ["PersonId"] = "1", ["Kind"] = "InAttendance" }),
            ($"/clerk/items/{itemId}?handler=SaveDetails", new() { ["Input.Title"] = "Renamed by an intruder" }),
            ($"/clerk/items/{itemId}?handler=ApprovePaper", new() { ["paper"] = paperId.ToString() }),
            ($"/clerk/papers/{paperId}", new() { ["Body"] = "Rewritten by an intruder" }),
        };
        var anonymous = App.Anonymous();
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        // Each with a valid antiforgery token of its own, so the refusal is the page's authorization, not the token.
        var tokens = new Dictionary<HttpClient, string>
        {
            [anonymous] = CommitteeHubApp.AntiforgeryToken(await anonymous.GetStringAsync("/account/sign-in")),
            [councillor] = CommitteeHubApp.AntiforgeryToken(await councillor.GetStringAsync("/account/sign-out")),
        };
        foreach (var (client, token) in tokens)
            foreach (var (url, fields) in posts)
            {
                var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode}");
                Assert.Matches("^/account/(sign-in|access-denied)", response.Headers.Location!.PathAndQuery);
            }
        await using var after = Db();
        Assert.Equal(0, await after.Meetings.CountAsync(m => m.StartsAt.Date == new DateTime(2027, 2, 10)));
        var meeting = await after.Meetings.Include(m => m.Items).ThenInclude(i => i.Documents).Include(m => m.Attendance).SingleAsync(m => m.Id == meetingId);
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.DoesNotContain(meeting.Items, i => i.Title == "Smuggled in");
        Assert.Empty(meeting.Attendance);
        Assert.Equal("Children First: progress of the improvement plan", meeting.Items.Single(i => i.Id == itemId).Title);
        var paper = meeting.Items.Single(i => i.Id == itemId).Documents.Single();
        Assert.Equal(ReportStatus.Draft, paper.Status);
        Assert.Equal("## Purpose\n\nTo report progress.", paper.Body);
        Assert.Equal(3, await after.AuditEntries.CountAsync(a => a.MeetingId == meetingId)); // scheduled, item added, paper written
    }

    // ---------- 2. not found and bad ids ----------

    [Fact]
    public async Task Unknown_ids_answer_404_and_a_meeting_id_that_is_not_a_number_answers_400()
    {
        var clerk = await Clerk();
        foreach (var url in new[] { "/clerk/meetings/987654", "/clerk/meetings/987654/attendance", "/clerk/items/987654", "/clerk/papers/987654" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync(url)).StatusCode);
            var token = CommitteeHubApp.AntiforgeryToken(await clerk.GetStringAsync("/account/sign-out"));
            // Every page takes each step by its named handler.
            var step = url.EndsWith("attendance") ? "Register" : url.Contains("items") ? "SaveDetails" : "Held";
            var post = await clerk.PostAsync($"{url}?handler={step}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["step"] = step, ["Body"] = "x",
            }));
            Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"POST {url}: {(int)post.StatusCode}");
        }
        var bad = await clerk.GetAsync("/clerk/meetings/abc");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("must be a whole number", Decoded(await bad.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync("/clerk/items/8(a)")).StatusCode);
    }

    [Fact]
    public async Task A_step_the_page_does_not_know_is_answered_with_a_clear_message_not_an_error()
    {
        var clerk = await Clerk();
        var (meetingId, itemId, _) = await SomethingOfEach(clerk);
        // A page of named handlers answers a step it does not take with 400 and the reason.
        foreach (var (url, step) in new[] { ($"/clerk/meetings/{meetingId}", "Explode"), ($"/clerk/meetings/{meetingId}", "3"), ($"/clerk/meetings/{meetingId}/attendance", "Explode"), ($"/clerk/items/{itemId}", "Explode") })
        {
            var (response, html) = await Submit(clerk, url, step);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains($"\"{step}\" is not a step this page takes.", Decoded(html));
        }
        await using var db = Db();
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.MeetingId == meetingId));
    }

    // ---------- 3. bad input on every form ----------

    private async Task<(HttpResponseMessage Response, string Html)> ScheduleWith(Dictionary<string, string> with)
    {
        int committee;
        await using (var db = Db()) committee = await Demo.SelectCommitteeId(db);
        var fields = new Dictionary<string, string>
        {
            ["Input.CommitteeId"] = committee.ToString(), ["Input.Date"] = FirstDay.ToString("yyyy-MM-dd"), ["Input.Time"] = "10:00",
            ["Input.Venue"] = "Council Chamber, County Hall", ["Input.Title"] = "Special meeting on placements",
        };
        foreach (var (k, v) in with) fields[k] = v;
        return await Submit(await Clerk(), "/clerk/meetings/new", null, fields);
    }

    private static async Task<int> MeetingCount() { await using var db = Db(); return await db.Meetings.CountAsync(); }

    [Fact]
    public async Task A_meeting_in_the_year_9999_is_refused_with_the_horizon_and_nothing_is_scheduled()
    {
        var before = await MeetingCount();
        var result = await ScheduleWith(new() { ["Input.Date"] = "9999-12-31" });
        AssertRefused(result, "A meeting can be scheduled at most 5 years ahead");
        Assert.Equal("9999-12-31", ValueOf(result.Html, "Input.Date"));
        Assert.Equal(before, await MeetingCount());
    }

    [Fact]
    public async Task A_meeting_in_the_past_is_refused_and_what_was_typed_is_kept()
    {
        var before = await MeetingCount();
        var result = await ScheduleWith(new() { ["Input.Date"] = "2026-11-20" });
        AssertRefused(result, "A meeting cannot be scheduled in the past");
        Assert.Equal("Council Chamber, County Hall", ValueOf(result.Html, "Input.Venue"));
        Assert.Equal("Special meeting on placements", ValueOf(result.Html, "Input.Title"));
        Assert.Equal("2026-11-20", ValueOf(result.Html, "Input.Date"));
        Assert.Equal(before, await MeetingCount());
    }

    [Fact]
    public async Task A_meeting_without_a_venue_is_refused()
    {
        var before = await MeetingCount();
        var result = await ScheduleWith(new() { ["Input.Venue"] = "" });
        AssertRefused(result, "Enter where the meeting is held.");
        Assert.Equal("Special meeting on placements", ValueOf(result.Html, "Input.Title"));
        Assert.Equal(before, await MeetingCount());
    }

    [Fact]
    public async Task A_further_date_that_is_not_a_date_is_refused_and_no_meeting_of_the_programme_is_scheduled()
    {
        var before = await MeetingCount();
        var result = await ScheduleWith(new() { ["Input.MoreDates"] = "13/01/2027\nthe second Tuesday in March" });
        AssertRefused(result, "\"the second Tuesday in March\" is not a date");
        Assert.Contains("the second Tuesday in March", ValueOf(result.Html, "Input.MoreDates"));
        Assert.Equal(before, await MeetingCount());
    }

    [Fact]
    public async Task A_programme_of_further_dates_schedules_a_meeting_on_each_with_the_standard_items()
    {
        var before = await MeetingCount();
        AssertDone(await ScheduleWith(new() { ["Input.Title"] = "", ["Input.MoreDates"] = "13/01/2027\n10 February 2027" }));
        Assert.Equal(before + 3, await MeetingCount());
        await using var db = Db();
        var meeting = await db.Meetings.Include(m => m.Items).SingleAsync(m => m.StartsAt == new DateTime(2027, 2, 10, 10, 0, 0));
        Assert.Equal(["Apologies", "Declarations", "PreviousMinutes", "UrgentMatters"], meeting.Items.OrderBy(i => i.SortKey).Select(i => i.Role.ToString()));
        // The minutes confirmed are those of the committee's meeting just before, whether in the programme or already
        // in the diary (the demo has one on 3 February 2027).
        var previous = await db.Meetings.Where(m => m.CommitteeId == meeting.CommitteeId && m.StartsAt < meeting.StartsAt).MaxAsync(m => m.StartsAt);
        Assert.Contains($"the meeting held on {previous:d MMMM yyyy}", meeting.Items.Single(i => i.Role == AgendaItemRole.PreviousMinutes).Description);
        var january = await db.Meetings.Include(m => m.Items).SingleAsync(m => m.StartsAt == new DateTime(2027, 1, 13, 10, 0, 0));
        var beforeJanuary = await db.Meetings.Where(m => m.CommitteeId == meeting.CommitteeId && m.StartsAt < january.StartsAt).MaxAsync(m => m.StartsAt);
        Assert.Contains($"the meeting held on {beforeJanuary:d MMMM yyyy}", january.Items.Single(i => i.Role == AgendaItemRole.PreviousMinutes).Description);
    }

    [Theory]
    [InlineData("1", "This agenda already has an item 1")]
    [InlineData("eight", "\"eight\" is not an item number")]
    [InlineData("", "An agenda item needs a number")]
    public async Task An_item_number_that_clashes_or_is_not_a_number_is_refused_and_what_was_typed_is_kept(string number, string message)
    {
        var clerk = await Clerk();
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        var result = await MeetingStep(clerk, meetingId, "AddItem", new() { ["Input.Number"] = number, ["Input.Title"] = "Placements sufficiency strategy" });
        AssertRefused(result, message);
        Assert.Equal("Placements sufficiency strategy", ValueOf(result.Html, "Input.Title"));
        Assert.Equal(number, ValueOf(result.Html, "Input.Number"));
        await using var db = Db();
        Assert.Equal(4, await db.AgendaItems.CountAsync(i => i.MeetingId == meetingId));
    }

    [Fact]
    public async Task An_item_without_a_title_is_refused()
    {
        var clerk = await Clerk();
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        AssertRefused(await MeetingStep(clerk, meetingId, "AddItem", new() { ["Input.Number"] = "5", ["Input.Title"] = " " }), "Enter the item's title.");
    }

    [Fact]
    public async Task A_report_without_a_title_is_refused_and_its_text_is_kept()
    {
        var clerk = await Clerk();
        var (_, itemId, _) = await SomethingOfEach(clerk);
        var result = await Submit(clerk, $"/clerk/items/{itemId}", "WritePaper", new() { ["Input.PaperTitle"] = "", ["Input.Body"] = "## Purpose\n\nThe text typed so far." });
        AssertRefused(result, "Document title is required");
        Assert.Contains("The text typed so far.", ValueOf(result.Html, "Input.Body"));
        await using var db = Db();
        Assert.Equal(1, await db.Documents.CountAsync(d => d.AgendaItemId == itemId));
    }

    [Fact]
    public async Task After_a_refused_step_the_items_other_forms_still_show_it_as_saved_and_the_refused_form_what_was_typed()
    {
        var (clerk, _, itemId) = await HeldMeetingAsync();
        var result = await Submit(clerk, $"/clerk/items/{itemId}", "Declare", new() { ["Input.Nature"] = "A governor of a school named in the report." });
        AssertRefused(result, "Choose the member declaring the interest.");
        Assert.Equal("A governor of a school named in the report.", ValueOf(result.Html, "Input.Nature"));
        await using var db = Db();
        var item = await db.AgendaItems.SingleAsync(i => i.Id == itemId);
        Assert.Equal(item.Title, ValueOf(result.Html, "Input.Title"));
        Assert.Equal(item.Number, ValueOf(result.Html, "Input.Number"));
        Assert.Equal(item.Version.ToString(), ValueOf(result.Html, "Input.Version"));
        // The report form starts from the council's template again, as it does when the page is first shown.
        Assert.Equal(ValueOf(await clerk.GetStringAsync($"/clerk/items/{itemId}"), "Input.Body"), ValueOf(result.Html, "Input.Body"));
        Assert.False(await db.Declarations.AnyAsync(d => d.AgendaItemId == itemId));
    }

    [Fact]
    public async Task An_upload_that_is_not_a_document_is_refused_and_the_form_keeps_the_title_and_kind_typed_and_the_item_as_saved()
    {
        var clerk = await Clerk();
        var (_, itemId, _) = await SomethingOfEach(clerk);
        var page = await clerk.GetStringAsync($"/clerk/items/{itemId}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(CommitteeHubApp.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent("Budget spreadsheet"), "Input.UploadTitle" },
            { new StringContent("Appendix"), "Input.UploadKind" },
            { new ByteArrayContent([0x4D, 0x5A, 0x90, 0x00]), "Upload", "setup.exe" },
        };
        var response = await clerk.PostAsync($"/clerk/items/{itemId}?handler=UploadPaper", form);
        var html = await response.Content.ReadAsStringAsync();
        AssertRefused((response, html), "\"setup.exe\" is not a document we can publish");
        var upload = Parser.ParseDocument(html).QuerySelector(FormFields.ButtonFor("UploadPaper"))!.Closest("form")!;
        Assert.Equal("Budget spreadsheet", upload.QuerySelector("[name='Input.UploadTitle']")!.GetAttribute("value"));
        Assert.Equal("Appendix", upload.QuerySelector("[name='Input.UploadKind'] option[selected]")!.GetAttribute("value"));
        Assert.Equal("", ValueOf(html, "Input.PaperTitle") ?? "");
        await using var db = Db();
        var item = await db.AgendaItems.SingleAsync(i => i.Id == itemId);
        Assert.Equal(item.Title, ValueOf(html, "Input.Title"));
        Assert.Equal(item.Number, ValueOf(html, "Input.Number"));
        Assert.Equal(1, await db.Documents.CountAsync(d => d.AgendaItemId == itemId));
    }

    [Fact]
    public async Task A_late_item_without_the_reason_it_is_urgent_is_refused()
    {
        var clerk = await Clerk();
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        AssertDone(await MeetingStep(clerk, meetingId, "Publish"));
        var result = await MeetingStep(clerk, meetingId, "AddItem", new() { ["Input.Number"] = "5", ["Input.Title"] = "Ofsted monitoring visit", ["Input.Reason"] = "" });
        AssertRefused(result, "The reason the item is urgent (the special circumstances) is required");
        Assert.Equal("Ofsted monitoring visit", ValueOf(result.Html, "Input.Title"));
        await using var db = Db();
        Assert.Equal(4, await db.AgendaItems.CountAsync(i => i.MeetingId == meetingId));
    }

    [Fact]
    public async Task A_budget_decision_resolved_with_counts_only_is_refused_and_recorded_by_name_is_accepted()
    {
        var (clerk, _, itemId) = await HeldMeetingAsync();
        AssertDone(await Submit(clerk, $"/clerk/items/{itemId}", "SaveDetails", new() { ["Input.BudgetDecision"] = "true" }));
        var refused = await Submit(clerk, $"/clerk/items/{itemId}", "Resolve", new() { ["Input.Resolution"] = "That the budget be approved.", ["Input.For"] = "7", ["Input.Against"] = "2" });
        AssertRefused(refused, "the law requires the names of those voting for, against and abstaining to be recorded (SI 2014/165)");
        Assert.Equal("That the budget be approved.", ValueOf(refused.Html, "Input.Resolution"));
        await using (var db = Db()) Assert.Equal(0, await db.Set<Resolution>().CountAsync(r => r.AgendaItemId == itemId));

        var page = await clerk.GetStringAsync($"/clerk/items/{itemId}");
        var members = Parser.ParseDocument(page).QuerySelectorAll("input[type=radio][value='For']").Select(r => r.GetAttribute("name")!).Take(3).ToList();
        Assert.Equal(3, members.Count);
        var names = new Dictionary<string, string> { ["Input.Resolution"] = "That the budget be approved.", ["Input.Recorded"] = "true", [members[0]] = "For", [members[1]] = "For", [members[2]] = "Against" };
        AssertDone(await SubmitOn(clerk, $"/clerk/items/{itemId}", page, "Resolve", names));
        await using var after = Db();
        var resolution = await after.Set<Resolution>().SingleAsync(r => r.AgendaItemId == itemId);
        Assert.Equal(2, resolution.VotesFor);
        Assert.Equal(1, resolution.VotesAgainst);
    }

    [Fact]
    public async Task A_member_with_a_disclosable_pecuniary_interest_who_stayed_without_a_dispensation_is_refused()
    {
        var (clerk, _, itemId) = await HeldMeetingAsync();
        var page = await clerk.GetStringAsync($"/clerk/items/{itemId}");
        var member = Parser.ParseDocument(page).QuerySelectorAll("select[name='Input.PersonId'] option").Select(o => o.GetAttribute("value")).First(v => v is { Length: > 0 })!;
        var with = new Dictionary<string, string> { ["Input.PersonId"] = member, ["Input.InterestKind"] = "DisclosablePecuniary", ["Input.Nature"] = "Owns a children's home in the county" };
        var refused = await SubmitOn(clerk, $"/clerk/items/{itemId}", page, "Declare", with);
        AssertRefused(refused, "record that they left the room, or the dispensation that lets them stay");
        Assert.Equal("Owns a children's home in the county", ValueOf(refused.Html, "Input.Nature"));
        await using (var db = Db()) Assert.Equal(0, await db.Set<Declaration>().CountAsync(d => d.AgendaItemId == itemId));

        AssertDone(await SubmitOn(clerk, $"/clerk/items/{itemId}", page, "Declare", new(with) { ["Input.LeftTheRoom"] = "true" }));
        Assert.Contains("a disclosable pecuniary interest: Owns a children's home in the county (left the room)", Decoded(await clerk.GetStringAsync($"/clerk/items/{itemId}")));
    }

    [Fact]
    public async Task A_vote_count_that_is_not_a_number_is_refused_and_what_was_typed_is_kept()
    {
        var (clerk, _, itemId) = await HeldMeetingAsync();
        var result = await Submit(clerk, $"/clerk/items/{itemId}", "Resolve", new() { ["Input.Resolution"] = "That the report be noted.", ["Input.For"] = "ten" });
        AssertRefused(result, "Votes for must be a number");
        Assert.Equal("ten", ValueOf(result.Html, "Input.For"));
        Assert.Equal("That the report be noted.", ValueOf(result.Html, "Input.Resolution"));
        await using var db = Db();
        Assert.Equal(0, await db.Set<Resolution>().CountAsync(r => r.AgendaItemId == itemId));
    }

    [Fact]
    public async Task The_register_records_members_and_a_substitute_for_a_member()
    {
        var (clerk, meetingId, _) = await HeldMeetingAsync();
        var url = $"/clerk/meetings/{meetingId}/attendance";
        var page = Parser.ParseDocument(await clerk.GetStringAsync(url));
        var seats = page.QuerySelectorAll("select[name^='Register[']").Select(s => s.GetAttribute("name")!).ToList();
        Assert.True(seats.Count >= 3);
        AssertDone(await Submit(clerk, url, "Register", new() { [seats[0]] = "Present", [seats[1]] = "Apologies" }));
        var member = seats[1][9..^1];
        int outsider;
        await using (var db = Db())
        {
            var sitting = seats.Select(s => int.Parse(s[9..^1])).ToList();
            outsider = await db.People.Where(p => p.Kind == PersonKind.Councillor && !sitting.Contains(p.Id)).Select(p => p.Id).FirstAsync();
        }
        var missing = await Submit(clerk, url, "Add", new() { ["PersonId"] = outsider.ToString(), ["Kind"] = "" });
        AssertRefused(missing, "Choose how they attended.");
        AssertDone(await Submit(clerk, url, "Add", new() { ["PersonId"] = outsider.ToString(), ["Kind"] = "Substitute", ["SubstituteFor"] = member }));
        await using var after = Db();
        var attendance = (await after.Meetings.Include(m => m.Attendance).SingleAsync(m => m.Id == meetingId)).Attendance;
        Assert.Equal(AttendanceKind.Present, attendance.Single(a => a.PersonId == int.Parse(seats[0][9..^1])).Kind);
        Assert.Equal(AttendanceKind.Apologies, attendance.Single(a => a.PersonId == int.Parse(member)).Kind);
        Assert.Equal(int.Parse(member), attendance.Single(a => a.PersonId == outsider).SubstituteForPersonId);
        Assert.Contains("substitute for", Decoded(await clerk.GetStringAsync(url)));
    }

    // ---------- 4. the legal rules, named ----------

    [Fact]
    public async Task Five_clear_days_publishing_with_fewer_needs_the_reason_for_urgency_which_the_clerk_page_and_history_then_show()
    {
        var clerk = await Clerk();
        var meetingId = await ScheduleAsync(clerk, TooSoon);
        var page = Decoded(await clerk.GetStringAsync($"/clerk/meetings/{meetingId}"));
        Assert.Contains("Published today it gives 4 clear days", page);

        AssertRefused(await MeetingStep(clerk, meetingId, "Publish", new() { ["Input.Reason"] = "" }), "the law requires 5");
        await using (var db = Db()) Assert.Equal(MeetingStatus.Scheduled, (await db.Meetings.SingleAsync(m => m.Id == meetingId)).Status);

        const string reason = "The Ofsted monitoring letter arrived on 20 November and the Committee must respond before the Cabinet meets on 1 December.";
        AssertDone(await MeetingStep(clerk, meetingId, "Publish", new() { ["Input.Reason"] = reason }));
        var after = Parser.ParseDocument(await clerk.GetStringAsync($"/clerk/meetings/{meetingId}"));
        Assert.Contains(reason, after.QuerySelector("dl.summary-list")!.TextContent);
        Assert.Contains($"Published the agenda late, with the reason: {reason}", after.QuerySelector("ul.history")!.TextContent);
    }

    [Fact]
    public async Task Five_clear_days_publishing_with_five_or_more_needs_no_reason()
    {
        var clerk = await Clerk();
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        Assert.DoesNotContain("Reason for publishing late", await clerk.GetStringAsync($"/clerk/meetings/{meetingId}"));
        AssertDone(await MeetingStep(clerk, meetingId, "Publish"));
        await using var db = Db();
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
        Assert.Equal(MeetingStatus.AgendaPublished, meeting.Status);
        Assert.Null(meeting.LatePublicationReason);
    }

    [Fact]
    public async Task Late_items_after_publication_go_into_a_supplement_with_the_reason_and_appear_on_the_public_meeting_page()
    {
        var clerk = await Clerk();
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        AssertDone(await MeetingStep(clerk, meetingId, "Publish"));
        Assert.Contains("Add a late item (supplement)", await clerk.GetStringAsync($"/clerk/meetings/{meetingId}"));
        const string reason = "The Department for Education's letter of 25 November needs a reply before the next meeting.";
        var itemId = await AddItemAsync(clerk, meetingId, "5", "Reply to the Department for Education", reason);

        await using (var db = Db())
        {
            var item = await db.AgendaItems.SingleAsync(i => i.Id == itemId);
            Assert.NotNull(item.AddedLateAt);
            Assert.Equal(reason, item.UrgencyReason);
        }
        var clerkPage = Parser.ParseDocument(await clerk.GetStringAsync($"/clerk/meetings/{meetingId}"));
        Assert.Contains("Supplement", clerkPage.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Reply to the Department")).TextContent);
        Assert.Contains("in a supplement: " + reason, clerkPage.QuerySelector("ul.history")!.TextContent);
        Assert.Contains(reason, Decoded(await clerk.GetStringAsync($"/clerk/items/{itemId}")));
        var publicPage = Decoded(await App.Anonymous().GetStringAsync($"/meetings/{meetingId}"));
        Assert.Contains("Reply to the Department for Education", publicPage);
        Assert.Contains("Supplementary item", publicPage);
        Assert.Contains(reason, publicPage);
        Assert.Contains($"/meetings/{meetingId}/supplement.pdf", publicPage);
        var supplement = await App.Anonymous().GetAsync($"/meetings/{meetingId}/supplement.pdf");
        var (text, _) = PaperTests.Read(await supplement.Content.ReadAsByteArrayAsync());
        Assert.Contains("Reply to the Department for Education", text);
        Assert.Contains(reason, text);
        var (pack, _) = PaperTests.Read(await (await App.Anonymous().GetAsync($"/meetings/{meetingId}/pack.pdf")).Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("Reply to the Department for Education", pack);
    }

    [Fact]
    public async Task Exclusion_of_the_press_and_public_is_added_before_an_item_marked_exempt_naming_the_item_and_paragraph()
    {
        var clerk = await Clerk();
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        var itemId = await AddItemAsync(clerk, meetingId, "5", "Residential placements contract");
        await AddItemAsync(clerk, meetingId, "6", "Work programme");
        var refused = await Submit(clerk, $"/clerk/items/{itemId}", "SaveDetails", new() { ["Input.ExemptParagraph"] = "3", ["Input.PublicInterest"] = "" });
        AssertRefused(refused, "The public interest statement");
        AssertDone(await Submit(clerk, $"/clerk/items/{itemId}", "SaveDetails", new()
        {
            ["Input.ExemptParagraph"] = "3", ["Input.PublicInterest"] = "Disclosure would prejudice the Council's negotiation of the contract price.",
        }));
        await using var db = Db();
        var items = await db.AgendaItems.Where(i => i.MeetingId == meetingId).OrderBy(i => i.SortKey).ToListAsync();
        var exclusion = items.Single(i => i.Role == AgendaItemRole.Exclusion);
        var exempt = items.Single(i => i.Id == itemId);
        Assert.Equal("Exclusion of the press and public", exclusion.Title);
        Assert.Equal("5", exclusion.Number);
        Assert.Equal("6", exempt.Number);
        Assert.Equal("7", items.Single(i => i.Title == "Work programme").Number);
        Assert.Contains("item 6, Residential placements contract", exclusion.Description);
        Assert.Contains("paragraph 3 of Part 1 of Schedule 12A", exclusion.Description);
        Assert.Contains("Exempt, paragraph 3", await clerk.GetStringAsync($"/clerk/meetings/{meetingId}"));
        AssertDone(await MeetingStep(clerk, meetingId, "Publish"));
    }

    [Fact]
    public async Task The_public_never_see_a_draft_or_unapproved_paper_but_see_it_once_approved_and_published()
    {
        var clerk = await Clerk();
        var (meetingId, itemId, paperId) = await SomethingOfEach(clerk);
        var otherId = await WritePaperAsync(clerk, itemId, "Appendix: caseload figures", "| Team | Cases |\n|---|---|\n| North | 18 |");
        AssertDone(await PaperStep(clerk, itemId, otherId, "SubmitPaper"));
        AssertDone(await PaperStep(clerk, itemId, otherId, "ApprovePaper"));
        AssertDone(await MeetingStep(clerk, meetingId, "Publish"));
        var anonymous = App.Anonymous();
        var meetingPage = Decoded(await anonymous.GetStringAsync($"/meetings/{meetingId}"));
        Assert.Contains("Appendix: caseload figures", meetingPage); // approved before publication: out with the agenda
        Assert.DoesNotContain("Progress report", meetingPage);        // still a draft
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/documents/{paperId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/documents/{otherId}")).StatusCode);

        AssertDone(await PaperStep(clerk, itemId, paperId, "SubmitPaper"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/documents/{paperId}")).StatusCode);
        Assert.DoesNotContain("Progress report", Decoded(await anonymous.GetStringAsync($"/meetings/{meetingId}")));

        AssertDone(await PaperStep(clerk, itemId, paperId, "ApprovePaper")); // after publication: a paper "to follow", out at once
        Assert.Contains("Progress report", Decoded(await anonymous.GetStringAsync($"/meetings/{meetingId}")));
        var document = await anonymous.GetAsync($"/documents/{paperId}");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Contains("To report progress.", await document.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_published_paper_revised_keeps_its_earlier_version_open_to_inspection()
    {
        var clerk = await Clerk();
        var (meetingId, itemId, paperId) = await SomethingOfEach(clerk);
        AssertDone(await PaperStep(clerk, itemId, paperId, "ApprovePaper"));
        AssertDone(await MeetingStep(clerk, meetingId, "Publish"));
        AssertDone(await Submit(clerk, $"/clerk/papers/{paperId}", null, new() { ["Body"] = "## Purpose\n\nTo report progress, corrected." }));
        Assert.Contains("Version 2, published", Decoded(await clerk.GetStringAsync($"/clerk/papers/{paperId}")));

        var anonymous = App.Anonymous();
        var current = await anonymous.GetStringAsync($"/documents/{paperId}");
        Assert.Contains("To report progress, corrected.", current);
        Assert.Contains($"href=\"/documents/{paperId}/version?number=1\"", current); // listed under "Earlier versions"
        var earlier = await anonymous.GetAsync($"/documents/{paperId}/version?number=1");
        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
        var text = await earlier.Content.ReadAsStringAsync();
        Assert.Contains("To report progress.", text);
        Assert.DoesNotContain("corrected", text);
    }

    [Fact]
    public async Task Minutes_approved_at_the_next_meeting_are_signed_locked_and_no_longer_shown_as_draft()
    {
        var nextId = await ScheduleAsync(await Clerk(), NextDay);
        var (clerk, meetingId, itemId) = await HeldMeetingAsync();
        AssertDone(await Submit(clerk, $"/clerk/items/{itemId}", "SaveMinutes", new() { ["Input.Minutes"] = "The Director introduced the report." }));
        await MinuteEveryItemAsync(clerk, meetingId);
        AssertDone(await MeetingStep(clerk, meetingId, "NumberMinutes"));
        AssertDone(await MeetingStep(clerk, meetingId, "PublishMinutes"));
        Assert.Contains("These minutes are a draft", await App.Anonymous().GetStringAsync($"/meetings/{meetingId}"));

        AssertDone(await MeetingStep(clerk, nextId, "Publish"));
        SetClock(NextDay);
        clerk = await Clerk();
        AssertDone(await MeetingStep(clerk, nextId, "Held"));
        AssertDone(await MeetingStep(clerk, nextId, "ApprovePrevious", new() { ["Input.SignedBy"] = "Cllr Ann Whitfield" }));

        await using (var db = Db())
        {
            var meeting = await db.Meetings.Include(m => m.Items).SingleAsync(m => m.Id == meetingId);
            Assert.Equal(MeetingStatus.MinutesApproved, meeting.Status);
            Assert.Equal("Cllr Ann Whitfield", meeting.MinutesSignedBy);
            Assert.Equal(nextId, meeting.MinutesApprovedAtMeetingId);
            Assert.All(meeting.Items, i => Assert.True(i.MinutesSigned));
            var next = await db.Meetings.Include(m => m.Items).ThenInclude(i => i.Resolutions).SingleAsync(m => m.Id == nextId);
            Assert.Contains("9 December 2026 be approved as a correct record", next.Items.Single(i => i.Role == AgendaItemRole.PreviousMinutes).Resolutions.Single().Text);
        }
        var edit = await Submit(clerk, $"/clerk/items/{itemId}", "SaveMinutes", new() { ["Input.Minutes"] = "Rewritten after signing." });
        AssertRefused(edit, "A correction is made by a minute of a later meeting");
        await using (var db = Db()) Assert.Equal("The Director introduced the report.", (await db.AgendaItems.SingleAsync(i => i.Id == itemId)).MinutesText);
        var publicPage = await App.Anonymous().GetStringAsync($"/meetings/{meetingId}");
        Assert.DoesNotContain("These minutes are a draft", publicPage);
        Assert.DoesNotContain("tag--draft", publicPage);
        Assert.Contains("The Director introduced the report.", publicPage);
    }

    // ---------- 5. two clerks ----------

    [Fact]
    public async Task When_two_clerks_edit_one_item_the_second_save_is_refused_and_the_first_change_is_kept()
    {
        var first = await Clerk();
        var (_, itemId, _) = await SomethingOfEach(first);
        var second = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var url = $"/clerk/items/{itemId}";
        var firstPage = await first.GetStringAsync(url);
        var secondPage = await second.GetStringAsync(url);

        AssertDone(await SubmitOn(first, url, firstPage, "SaveDetails", new() { ["Input.Title"] = "Children First: the first clerk's title" }));
        var conflict = await SubmitOn(second, url, secondPage, "SaveDetails", new() { ["Input.Title"] = "Children First: the second clerk's title" });
        AssertRefused(conflict, "Someone else changed this");

        await using (var db = Db()) Assert.Equal("Children First: the first clerk's title", (await db.AgendaItems.SingleAsync(i => i.Id == itemId)).Title);
        // As the message says, the page now shows their change, so that saving again is a considered overwrite.
        Assert.Equal("Children First: the first clerk's title", ValueOf(conflict.Html, "Input.Title"));
        AssertDone(await SubmitOn(second, url, conflict.Html, "SaveDetails", new() { ["Input.Title"] = "Children First: the second clerk's title" }));
        await using (var db = Db()) Assert.Equal("Children First: the second clerk's title", (await db.AgendaItems.SingleAsync(i => i.Id == itemId)).Title);
    }

    [Fact]
    public async Task A_member_who_left_during_an_item_is_recorded_and_shown_with_the_attendance()
    {
        int meetingId, personId;
        string itemNumber;
        await using (var db = Db())
        {
            var held = await db.Meetings.Include(m => m.Attendance).Include(m => m.Items)
                .Where(m => m.Status == MeetingStatus.DraftMinutesPublished && m.Attendance.Any(a => a.Kind == AttendanceKind.Present && a.LeftDuringItem == null))
                .OrderBy(m => m.Id).FirstAsync();
            meetingId = held.Id;
            personId = held.Attendance.First(a => a.Kind == AttendanceKind.Present && a.LeftDuringItem == null).PersonId;
            itemNumber = held.Items.OrderBy(i => i.SortKey).Last().Number;
        }
        var clerk = await Clerk();
        var url = $"/clerk/meetings/{meetingId}/attendance";
        AssertRefused(await Submit(clerk, url, "Left", new() { ["PersonId"] = personId.ToString(), ["LeftDuringItem"] = "" }), "Enter the number of the item");
        AssertRefused(await Submit(clerk, url, "Left", new() { ["PersonId"] = personId.ToString(), ["LeftDuringItem"] = "99" }), "no item 99");

        AssertDone(await Submit(clerk, url, "Left", new() { ["PersonId"] = personId.ToString(), ["LeftDuringItem"] = itemNumber }));

        Assert.Contains($"(left during item {itemNumber})", Decoded(await App.Anonymous().GetStringAsync($"/meetings/{meetingId}")));
        await using var check = Db();
        Assert.Equal(itemNumber, await check.Attendance.Where(a => a.MeetingId == meetingId && a.PersonId == personId).Select(a => a.LeftDuringItem).SingleAsync());
    }

    [Fact]
    public async Task A_new_agenda_confirms_the_minutes_of_the_committees_meeting_just_before_it_not_a_later_one()
    {
        var clerk = await Clerk();
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        DateTime previous;
        await using (var db = Db())
        {
            var committee = await Demo.SelectCommitteeId(db);
            previous = await db.Meetings.Where(m => m.CommitteeId == committee && m.Id != meetingId && m.StartsAt < FirstDay.ToDateTime(TimeOnly.MinValue)
                    && m.Status != MeetingStatus.Cancelled && m.Status != MeetingStatus.Postponed)
                .MaxAsync(m => m.StartsAt);
            Assert.True(await db.Meetings.AnyAsync(m => m.CommitteeId == committee && m.StartsAt > FirstDay.ToDateTime(TimeOnly.MaxValue)),
                "The demo has a later meeting of the committee, which must not be the one named.");
            var minutesItem = await db.AgendaItems.SingleAsync(i => i.MeetingId == meetingId && i.Role == AgendaItemRole.PreviousMinutes);
            Assert.Contains($"the meeting held on {previous:d MMMM yyyy}", minutesItem.Description);
        }
    }

    [Fact]
    public async Task The_clerk_moves_a_meeting_to_another_day_or_venue_but_not_into_the_past()
    {
        var clerk = await Clerk();
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        AssertRefused(await MeetingStep(clerk, meetingId, "Reschedule", new() { ["Input.Date"] = "2026-11-01", ["Input.Time"] = "10:00", ["Input.Venue"] = "Room 1" }), "cannot be moved into the past");
        AssertRefused(await MeetingStep(clerk, meetingId, "Reschedule", new() { ["Input.Date"] = "2026-12-10", ["Input.Time"] = "14:00", ["Input.Venue"] = "" }), "Venue is required");

        AssertDone(await MeetingStep(clerk, meetingId, "Reschedule", new() { ["Input.Date"] = "2026-12-10", ["Input.Time"] = "14:00", ["Input.Venue"] = "Committee Room 2, County Hall" }));

        await using var db = Db();
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
        Assert.Equal((new DateTime(2026, 12, 10, 14, 0, 0), "Committee Room 2, County Hall"), (meeting.StartsAt, meeting.Venue));
        Assert.Contains(await db.AuditEntries.Where(a => a.MeetingId == meetingId).Select(a => a.What).ToListAsync(), w => w.StartsWith("Moved the meeting"));
    }

    [Fact]
    public async Task A_resolution_or_declaration_recorded_in_error_is_removed_before_the_minutes_are_signed()
    {
        int itemId;
        await using (var db = Db())
        {
            var meeting = await db.Meetings.Include(m => m.Items).ThenInclude(i => i.Resolutions)
                .Where(m => m.Status == MeetingStatus.DraftMinutesPublished && m.Items.Any(i => i.Resolutions.Count >= 2)).OrderBy(m => m.Id).FirstAsync();
            itemId = meeting.Items.First(i => i.Resolutions.Count >= 2).Id;
        }
        var clerk = await Clerk();
        var url = $"/clerk/items/{itemId}";
        AssertDone(await Submit(clerk, url, "RemoveResolution"));
        await using (var db = Db())
        {
            var numbers = await db.Resolutions.Where(r => r.AgendaItemId == itemId).OrderBy(r => r.Number).Select(r => r.Number).ToListAsync();
            Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        }
    }

    [Fact]
    public async Task Someone_already_on_the_register_is_not_added_again_and_an_entry_in_error_is_removed()
    {
        int meetingId, present, other;
        await using (var db = Db())
        {
            var meeting = await db.Meetings.Include(m => m.Attendance)
                .Where(m => m.Status == MeetingStatus.DraftMinutesPublished && m.Attendance.Any(a => a.Kind == AttendanceKind.InAttendance)).OrderBy(m => m.Id).FirstAsync();
            meetingId = meeting.Id;
            present = meeting.Attendance.First(a => a.Kind == AttendanceKind.Present).PersonId;
            other = meeting.Attendance.First(a => a.Kind == AttendanceKind.InAttendance).PersonId;
        }
        var clerk = await Clerk();
        var url = $"/clerk/meetings/{meetingId}/attendance";
        AssertRefused(await Submit(clerk, url, "Add", new() { ["PersonId"] = present.ToString(), ["Kind"] = "InAttendance" }), "already recorded (present)");

        AssertDone(await Submit(clerk, url, "Remove", new() { ["PersonId"] = other.ToString() }));

        await using var check = Db();
        Assert.False(await check.Attendance.AnyAsync(a => a.MeetingId == meetingId && a.PersonId == other));
        Assert.Equal(AttendanceKind.Present, await check.Attendance.Where(a => a.MeetingId == meetingId && a.PersonId == present).Select(a => a.Kind).SingleAsync());
    }
}
