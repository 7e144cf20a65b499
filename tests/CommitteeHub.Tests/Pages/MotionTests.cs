using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Pages;

/// <summary>Motions and amendments on the site: tracked changes computed by the engine, tabling by councillors, and
/// the clerk's record of the proceedings.</summary>
public sealed class MotionTests(CommitteeHubApp app) : AppTest(app)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>A motion of the test's own on the agenda of the next County Council meeting, which the demo councillor,
    /// who sits on the Council, may amend.</summary>
    public static async Task<int> MotionOnTheNextCouncilAgenda(string text = "That this Council:\n\n- (a) supports the libraries of the county;\n- (b) asks the Cabinet to keep every library open.")
    {
        await using var db = Db();
        var council = await db.Committees.SingleAsync(c => c.Kind == CommitteeKind.FullCouncil);
        var now = TestDatabase.Clock.GetLocalNow().DateTime;
        var meeting = await db.Meetings.Include(m => m.Items).Where(m => m.CommitteeId == council.Id && m.StartsAt > now)
            .OrderBy(m => m.StartsAt).FirstAsync();
        var item = meeting.Status == MeetingStatus.Scheduled
            ? meeting.AddItem("60", "Notice of Motion on county libraries")
            : meeting.AddLateItem("60", "Notice of Motion on county libraries", null, "The motion concerns library closures proposed before the next meeting.", now);
        if (meeting.Status == MeetingStatus.Scheduled) meeting.PublishAgenda(now, "The test needs the agenda out at once.");
        var mover = await db.People.Where(p => p.Kind == PersonKind.Councillor).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var motion = new Motion(item.Title, mover, null, text, DateOnly.FromDateTime(now.AddDays(-20)));
        db.Motions.Add(motion);
        await db.SaveChangesAsync();
        motion.PlaceOnAgenda(item.Id, DateOnly.FromDateTime(meeting.StartsAt), new ProcedureRules(), WorkingCalendar.EnglandAndWales);
        await db.SaveChangesAsync();
        return motion.Id;
    }

    private static async Task<HttpResponseMessage> Table(HttpClient client, int motionId, string text, string? seconder = null, string? basedOn = null)
    {
        var form = await client.GetStringAsync($"/motions/{motionId}/amend");
        var fields = new Dictionary<string, string>
        {
            ["Input.Text"] = text,
            ["Input.BasedOn"] = basedOn ?? Parser.ParseDocument(form).QuerySelector("input[name='Input.BasedOn']")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = CommitteeHubApp.AntiforgeryToken(form),
        };
        if (seconder is not null) fields["Input.SeconderId"] = seconder;
        return await client.PostAsync($"/motions/{motionId}/amend", new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> Record(HttpClient client, int motionId, string step, int? number = null, Dictionary<string, string>? more = null)
    {
        var page = await client.GetStringAsync($"/motions/{motionId}/proceedings");
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = CommitteeHubApp.AntiforgeryToken(page) };
        if (number is not null) fields["number"] = number.Value.ToString();
        foreach (var (k, v) in more ?? []) fields[k] = v;
        // Each step is the page's named handler, as the step's button posts it.
        return await client.PostAsync($"/motions/{motionId}/proceedings?handler={step}", new FormUrlEncodedContent(fields));
    }

    [Theory]
    [InlineData("CarryMotion", null)]
    [InlineData("CarryAmendment", 1)]
    [InlineData("LoseAmendment", 1)]
    public async Task A_vote_count_out_of_range_is_refused_on_the_form_not_with_a_server_error(string step, int? number)
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var response = await Record(clerk, motionId, step, number, new() { ["Vote.For"] = "-1", ["Vote.Against"] = "0", ["Vote.Abstentions"] = "0" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Votes for must be a number from 0 to 500.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_seed_000_amendment_is_shown_as_tracked_changes_computed_from_the_two_texts()
    {
        await using var db = Db();
        var motion = await Demo.MotionByMrJones(db);
        var html = await App.Anonymous().GetStringAsync($"/motions/{motion.Id}");
        var page = Parser.ParseDocument(html);
        var deleted = page.QuerySelectorAll("#amendment-1 ~ .motion-text del, section del").Select(e => e.TextContent).ToList();
        var inserted = page.QuerySelectorAll("section ins").Select(e => e.TextContent).ToList();
        Assert.Contains(deleted, d => d.Contains("all elements"));
        Assert.Contains(inserted, i => i.Contains("the overall effectiveness"));
        Assert.Contains(deleted, d => d.Contains("it has failed to provide adequate funding to prevent"));
        Assert.Contains(inserted, i => i.Contains("the Council needs to address"));
        Assert.Contains("leave out 'all elements' and insert 'the overall effectiveness'", WebUtility.HtmlDecode(html));
        // The motion and the substantive motion carry line numbers, hidden from screen readers.
        Assert.True(page.QuerySelectorAll(".line-number[aria-hidden='true']").Length > 10);
        Assert.Contains("The motion as amended (the substantive motion)", html);
        Assert.Contains("id=\"resolution\"", html); // the minutes are approved, so the public read the resolution
    }

    [Fact]
    public async Task The_diff_api_returns_the_tracked_changes_and_the_order_paper_wording()
    {
        var response = await App.Anonymous().PostAsJsonAsync("/api/diff", new { original = "That this Council supports all elements of the plan.", amended = "That this Council supports the overall effectiveness of the plan." });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("<del>", json.GetProperty("html").GetString());
        Assert.Contains("<ins>", json.GetProperty("html").GetString());
        Assert.Equal("leave out 'all elements' and insert 'the overall effectiveness'", json.GetProperty("instructions")[0].GetString());
        Assert.True(json.GetProperty("hasChanges").GetBoolean());
        Assert.Contains("[- all elements -]", json.GetProperty("plainText").GetString());
    }

    [Fact]
    public async Task The_diff_api_writes_markup_and_curly_quotes_as_themselves_in_json_a_script_reads()
    {
        var (original, amended) = ("The Council\u2019s plan costs \u00a35m.", "The Council\u2019s revised plan costs \u00a36m.");
        var response = await App.Anonymous().PostAsJsonAsync("/api/diff", new { original, amended });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains("<ins", raw);
        Assert.Contains("Council\u2019s", raw);
        Assert.DoesNotContain("\\u003C", raw);
        Assert.DoesNotContain("\\u2019", raw);
        var json = JsonDocument.Parse(raw).RootElement;
        Assert.Equal(CommitteeHub.Amendments.ChangeRenderers.Html(CommitteeHub.Amendments.TrackedChanges.Compare(original, amended)), json.GetProperty("html").GetString());
        Assert.Contains("\u00a36m", json.GetProperty("plainText").GetString());
    }

    [Theory]
    [InlineData("{\"original\": \"a\"}", "application/json", "Missing \"amended\"")]
    [InlineData("{}", "application/json", "Missing \"original\" and \"amended\"")]
    [InlineData("{\"original\": \"a\", ", "application/json", "not valid JSON")]
    [InlineData("null", "application/json", "The body is empty")]
    [InlineData("original=a&amended=b", "application/x-www-form-urlencoded", "Send JSON")]
    [InlineData("{\"original\": 5, \"amended\": \"b\"}", "application/json", "not valid JSON")]
    public async Task The_diff_api_answers_bad_input_with_400_and_a_reason(string body, string contentType, string reason)
    {
        var response = await App.Anonymous().PostAsync("/api/diff", new StringContent(body, System.Text.Encoding.UTF8, contentType));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_diff_api_refuses_texts_over_its_documented_limit()
    {
        var huge = new string('a', Web.Api.DiffEndpoint.SignedIn.Characters + 1);
        var response = await (await App.SignedInAs(DemoCouncil.CouncillorEmail)).PostAsJsonAsync("/api/diff", new { original = huge, amended = "b" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 800,000 characters", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await App.Anonymous().GetAsync("/api/diff")).StatusCode);
    }

    [Fact]
    public async Task Only_a_councillor_who_sits_on_the_committee_may_open_the_amendment_form()
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        var anonymous = await App.Anonymous().GetAsync($"/motions/{motionId}/amend");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathAndQuery);
        foreach (var staff in new[] { DemoCouncil.ClerkEmail, DemoCouncil.AdminEmail })
        {
            var refused = await (await App.SignedInAs(staff)).GetAsync($"/motions/{motionId}/amend");
            Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery);
        }
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        var form = await councillor.GetAsync($"/motions/{motionId}/amend");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("supports the libraries of the county", await form.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await councillor.GetAsync("/motions/987654/amend")).StatusCode);
    }

    [Fact]
    public async Task A_councillor_not_on_the_committee_is_refused()
    {
        int motionId;
        await using (var db = Db())
        {
            var personId = await Demo.DemoCouncillorPersonId(db);
            var council = await db.Committees.SingleAsync(c => c.Kind == CommitteeKind.FullCouncil);
            var seat = await db.Memberships.SingleAsync(m => m.CommitteeId == council.Id && m.PersonId == personId);
            db.Memberships.Remove(seat);
            await db.SaveChangesAsync();
        }
        motionId = await MotionOnTheNextCouncilAgenda();
        var response = await (await App.SignedInAs(DemoCouncil.CouncillorEmail)).GetAsync($"/motions/{motionId}/amend");
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_councillor_who_previews_an_amendment_can_then_table_it_from_the_previewed_page()
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        const string amended = "That this Council:\n\n- (a) supports the public libraries of the county;\n- (b) asks the Cabinet to keep every library open.";
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        var form = Parser.ParseDocument(await councillor.GetStringAsync($"/motions/{motionId}/amend"));
        var previewUrl = new Uri(new Uri(App.BaseAddress), $"/motions/{motionId}/amend?handler=Preview");
        var preview = await councillor.PostAsync(previewUrl, new FormUrlEncodedContent(Fields(form, amended)));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var previewed = Parser.ParseDocument(await preview.Content.ReadAsStringAsync());
        Assert.Contains(previewed.QuerySelectorAll("#preview ins"), e => e.TextContent.Contains("public"));

        // "Table the amendment" posts where the previewed page's form says, resolved against that page's address, as a
        // browser does: not back to the preview.
        var action = previewed.QuerySelector("form.amend-form, main form[method='post']")!.GetAttribute("action");
        var target = new Uri(previewUrl, string.IsNullOrEmpty(action) ? previewUrl.PathAndQuery : action);
        var tabled = await councillor.PostAsync(target, new FormUrlEncodedContent(Fields(previewed, amended)));
        Assert.Equal(HttpStatusCode.Redirect, tabled.StatusCode);
        await using var db = Db();
        Assert.Equal(1, await db.Amendments.CountAsync(a => a.MotionId == motionId));

        static List<KeyValuePair<string, string>> Fields(AngleSharp.Dom.IDocument page, string text) =>
        [
            .. page.QuerySelectorAll("main form[method='post'] input[type='hidden']").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")),
            new("Input.Text", text),
        ];
    }

    [Fact]
    public async Task A_councillor_tables_an_amendment_and_the_public_see_it_at_once_as_tracked_changes()
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        var before = await App.Anonymous().GetStringAsync($"/motions/{motionId}");
        Assert.DoesNotContain("Amendment 1", before);

        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        var response = await Table(councillor, motionId, "That this Council:\n\n- (a) supports the public libraries of the county;\n- (b) asks the Cabinet to keep every library open.");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/motions/{motionId}#amendment-1", response.Headers.Location!.OriginalString);

        var after = Parser.ParseDocument(await App.Anonymous().GetStringAsync($"/motions/{motionId}"));
        Assert.Contains(after.QuerySelectorAll("section ins"), e => e.TextContent.Contains("public"));
        Assert.Empty(after.QuerySelectorAll("section del"));
        Assert.Contains("after 'supports the' insert 'public'", WebUtility.HtmlDecode(after.DocumentElement.OuterHtml));

        await using var db = Db();
        var amendment = await db.Amendments.SingleAsync(a => a.MotionId == motionId);
        Assert.False(amendment.IsLate);
        Assert.Equal(await Demo.DemoCouncillorPersonId(db), amendment.MoverId);
    }

    [Theory]
    [InlineData("", "Write the motion as it would read")]
    [InlineData("That this Council:\n\n- (a) supports the libraries of the county;\n- (b) asks the Cabinet to keep every library open.", "leaves the motion unchanged")]
    public async Task A_bad_amendment_gets_a_clear_message_and_keeps_what_was_typed(string text, string message)
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        var response = await Table(await App.SignedInAs(DemoCouncil.CouncillorEmail), motionId, text);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", body);
        Assert.Contains(message, body);
        await using var db = Db();
        Assert.False(await db.Amendments.AnyAsync(a => a.MotionId == motionId));
    }

    [Fact]
    public async Task An_amendment_written_against_words_since_changed_or_with_a_seconder_off_the_committee_is_refused()
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        var stale = await Table(councillor, motionId, "That this Council supports libraries.", basedOn: "0000000000000000");
        Assert.Contains("The motion has changed since you opened this page", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        Assert.Contains("That this Council supports libraries.", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));

        await using var db = Db();
        var officer = await db.People.Where(p => p.Kind == PersonKind.Officer).Select(p => p.Id).FirstAsync();
        var badSeconder = await Table(councillor, motionId, "That this Council supports libraries.", seconder: officer.ToString());
        Assert.Contains("Choose a seconder from the members of the committee", WebUtility.HtmlDecode(await badSeconder.Content.ReadAsStringAsync()));
        var notANumber = await Table(councillor, motionId, "That this Council supports libraries.", seconder: "somebody");
        Assert.Equal(HttpStatusCode.OK, notANumber.StatusCode);
        Assert.Contains("There is a problem", await notANumber.Content.ReadAsStringAsync());
        Assert.False(await db.Amendments.AnyAsync(a => a.MotionId == motionId));
    }

    [Fact]
    public async Task Only_clerks_and_administrators_may_record_proceedings()
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        var anonymous = await App.Anonymous().GetAsync($"/motions/{motionId}/proceedings");
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathAndQuery);
        var councillor = await (await App.SignedInAs(DemoCouncil.CouncillorEmail)).GetAsync($"/motions/{motionId}/proceedings");
        Assert.StartsWith("/account/access-denied", councillor.Headers.Location!.PathAndQuery);
        var anonymousPost = await App.Anonymous().PostAsync($"/motions/{motionId}/proceedings?handler=MoveMotion", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.NotEqual(HttpStatusCode.OK, anonymousPost.StatusCode);
        foreach (var staff in new[] { DemoCouncil.ClerkEmail, DemoCouncil.AdminEmail })
            Assert.Equal(HttpStatusCode.OK, (await (await App.SignedInAs(staff)).GetAsync($"/motions/{motionId}/proceedings")).StatusCode);
        await using var db = Db();
        Assert.Equal(MotionStatus.OnAgenda, (await db.Motions.SingleAsync(m => m.Id == motionId)).Status);
    }

    [Fact]
    public async Task When_an_amendment_is_carried_the_others_are_rebased_and_only_real_conflicts_go_to_the_clerk()
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        // 1 changes (a); 2 changes (b); 3 changes the same words of (a) as 1, differently.
        await Table(councillor, motionId, "That this Council:\n\n- (a) supports the public libraries of the county;\n- (b) asks the Cabinet to keep every library open.");
        await Table(councillor, motionId, "That this Council:\n\n- (a) supports the libraries of the county;\n- (b) asks the Cabinet to keep every library open for six days a week.");
        await Table(councillor, motionId, "That this Council:\n\n- (a) supports the mobile libraries of the county;\n- (b) asks the Cabinet to keep every library open.");
        Assert.Contains("Amendments that collide", await App.Anonymous().GetStringAsync($"/motions/{motionId}"));

        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await Record(clerk, motionId, "MoveMotion")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Record(clerk, motionId, "Admit", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Record(clerk, motionId, "MoveAmendment", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Record(clerk, motionId, "CarryAmendment", 1)).StatusCode);

        await using (var db = Db())
        {
            var motion = await db.Motions.Include(m => m.Amendments).SingleAsync(m => m.Id == motionId);
            Assert.Contains("public libraries", motion.CurrentText);
            var second = motion.Amendments.Single(a => a.Number == 2);
            Assert.Equal(motion.CurrentText, second.BasedOnText);
            Assert.Contains("public libraries", second.Text);
            Assert.Contains("six days a week", second.Text);
            Assert.Null(second.RebaseConflict);
            var third = motion.Amendments.Single(a => a.Number == 3);
            Assert.NotNull(third.RebaseConflict);
            Assert.Contains("mobile", third.RebaseConflict);
        }

        // The third cannot be moved until the clerk records how it now reads.
        var refused = await Record(clerk, motionId, "MoveAmendment", 3);
        Assert.Contains("re-tabled against the substantive motion", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await Record(clerk, motionId, "ReadAgainst", 3, new() { ["ReadAs"] = "That this Council:\n\n- (a) supports the public and mobile libraries of the county;\n- (b) asks the Cabinet to keep every library open." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Record(clerk, motionId, "MoveAmendment", 2)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Record(clerk, motionId, "LoseAmendment", 2)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Record(clerk, motionId, "WithdrawAmendment", 3)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Record(clerk, motionId, "CarryMotion", null, new() { ["Vote.For"] = "41", ["Vote.Against"] = "12", ["Vote.Abstentions"] = "3" })).StatusCode);

        await using var check = Db();
        var carried = await check.Motions.SingleAsync(m => m.Id == motionId);
        Assert.Equal(MotionStatus.Carried, carried.Status);
        var resolution = await check.Resolutions.SingleAsync(r => r.AgendaItemId == carried.AgendaItemId);
        Assert.Equal(carried.CurrentText, resolution.Text);
        Assert.Equal((41, 12, 3), (resolution.VotesFor, resolution.VotesAgainst, resolution.Abstentions));
        // The public read the resolution with the minutes; the clerk sees it at once.
        Assert.DoesNotContain("id=\"resolution\"", await App.Anonymous().GetStringAsync($"/motions/{motionId}"));
        var staffView = await clerk.GetStringAsync($"/motions/{motionId}");
        Assert.Contains("id=\"resolution\"", staffView);
        Assert.Contains("Vote: 41 for, 12 against, 3 abstaining.", staffView);
    }

    [Fact]
    public async Task Every_step_on_a_motion_is_in_its_meetings_audit_trail_with_who_took_it_and_in_the_outbox()
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await Table(councillor, motionId, "That this Council:\n\n- (a) supports the public libraries of the county;\n- (b) asks the Cabinet to keep every library open.")).StatusCode);
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await Record(clerk, motionId, "MoveMotion")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Record(clerk, motionId, "WithdrawAmendment", 1)).StatusCode);
        var carried = await Record(clerk, motionId, "CarryMotion", null, new() { ["Vote.For"] = "30", ["Vote.Against"] = "12", ["Vote.Abstentions"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, carried.StatusCode);

        await using var db = Db();
        var itemId = await db.Motions.Where(m => m.Id == motionId).Select(m => m.AgendaItemId).SingleAsync();
        var meetingId = await db.AgendaItems.Where(i => i.Id == itemId).Select(i => i.MeetingId).SingleAsync();
        var trail = await db.AuditEntries.Where(a => a.Subject == nameof(Motion) && a.SubjectId == motionId).OrderBy(a => a.Id).ToListAsync();
        Assert.All(trail, a => Assert.Equal(meetingId, a.MeetingId));
        // The councillor's account carries their name as a person of the council.
        var councillorName = await db.People.Where(p => p.Id == db.Amendments.Where(a => a.MotionId == motionId).Select(a => a.MoverId).First()).Select(p => p.DisplayName).SingleAsync();
        const string Clerk = "Jane Whitfield, Democratic Services";
        Assert.Equal(
        [
            (councillorName, "Amendment 1 has been tabled to the motion \"Notice of Motion on county libraries\"."),
            (Clerk, "Recorded the motion \"Notice of Motion on county libraries\" as moved and seconded."),
            (Clerk, "Recorded amendment 1 to the motion \"Notice of Motion on county libraries\" as withdrawn."),
            (Clerk, "Carried the motion \"Notice of Motion on county libraries\" (for 30, against 12, abstaining 2)."),
        ], trail.Select(a => (a.By, a.What)).ToList());
        Assert.Equal([nameof(AmendmentTabled), nameof(MotionMoved), nameof(AmendmentWithdrawn), nameof(MotionCarried)],
            await db.OutboxMessages.Where(m => m.Subject == nameof(Motion) && m.SubjectId == motionId).OrderBy(m => m.Id).Select(m => m.Name).ToListAsync());
        // The confirmation the clerk sees is the step's own sentence.
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(carried.Headers.Location!.OriginalString));
        Assert.Contains("Carried the motion \"Notice of Motion on county libraries\" (for 30, against 12, abstaining 2).", page);
    }

    [Theory]
    [InlineData("CarryMotion", null, "cannot be carried")]
    [InlineData("MoveAmendment", "9", "cannot have an amendment moved")]
    [InlineData("MoveAmendment", null, "Say which amendment")]
    [InlineData("Explode", null, "\"Explode\" is not a step this page takes.")]
    [InlineData("", null, "Choose a step to record")]
    public async Task An_illegal_step_is_refused_with_a_clear_message_and_changes_nothing(string step, string? number, string message)
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var response = await Record(clerk, motionId, step, number is null ? null : int.Parse(number));
        // A step the page does not take is a mistake in the request (400); a rule's refusal is shown on the page.
        Assert.Equal(step == "Explode" ? HttpStatusCode.BadRequest : HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using var db = Db();
        Assert.Equal(MotionStatus.OnAgenda, (await db.Motions.SingleAsync(m => m.Id == motionId)).Status);
    }

    [Fact]
    public async Task A_vote_that_is_not_a_number_is_refused_on_the_form()
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        await Record(clerk, motionId, "MoveMotion");
        var response = await Record(clerk, motionId, "CarryMotion", null, new() { ["Vote.For"] = "lots" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", await response.Content.ReadAsStringAsync());
        await using var db = Db();
        Assert.Equal(MotionStatus.Moved, (await db.Motions.SingleAsync(m => m.Id == motionId)).Status);
    }

    [Fact]
    public async Task A_motion_on_an_item_restricted_to_staff_cannot_be_reached_through_the_amendment_form()
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        await using (var db = Db())
        {
            var itemId = (await db.Motions.SingleAsync(m => m.Id == motionId)).AgendaItemId;
            var meeting = await db.Meetings.Include(m => m.Items).SingleAsync(m => m.Items.Any(i => i.Id == itemId));
            meeting.Items.Single(i => i.Id == itemId).MarkExempt(3, "Commercial terms still under negotiation.", ExemptAccess.StaffOnly);
            await db.SaveChangesAsync();
        }
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        var form = await councillor.GetAsync($"/motions/{motionId}/amend");
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.DoesNotContain("libraries of the county", await form.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await councillor.GetAsync($"/motions/{motionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync($"/motions/{motionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await App.SignedInAs(DemoCouncil.ClerkEmail)).GetAsync($"/motions/{motionId}")).StatusCode);
    }

    [Fact]
    public async Task Proceedings_are_not_recorded_for_a_meeting_that_was_cancelled()
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        await using (var db = Db())
        {
            var itemId = (await db.Motions.SingleAsync(m => m.Id == motionId)).AgendaItemId;
            var meeting = await db.Meetings.SingleAsync(m => m.Items.Any(i => i.Id == itemId));
            meeting.Cancel("Insufficient business.");
            await db.SaveChangesAsync();
        }
        var response = await Record(await App.SignedInAs(DemoCouncil.ClerkEmail), motionId, "MoveMotion");
        Assert.Contains("The meeting is cancelled", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var amend = await (await App.SignedInAs(DemoCouncil.CouncillorEmail)).GetStringAsync($"/motions/{motionId}/amend");
        Assert.Contains("can no longer be amended", amend);
        await using var check = Db();
        Assert.Equal(MotionStatus.OnAgenda, (await check.Motions.SingleAsync(m => m.Id == motionId)).Status);
    }

    [Fact]
    public async Task Recorded_votes_on_a_budget_decision_the_clerk_records_every_amendment_vote_by_name()
    {
        var motionId = await MotionOnTheNextCouncilAgenda();
        List<int> voters;
        await using (var db = Db())
        {
            var motion = await db.Motions.SingleAsync(m => m.Id == motionId);
            var item = await db.AgendaItems.SingleAsync(i => i.Id == motion.AgendaItemId);
            item.MarkAsBudgetDecision();
            await db.SaveChangesAsync();
            var committeeId = await db.Meetings.Where(m => m.Id == item.MeetingId).Select(m => m.CommitteeId).SingleAsync();
            voters = await db.Memberships.Where(s => s.CommitteeId == committeeId && s.To == null).OrderBy(s => s.PersonId).Select(s => s.PersonId).Distinct().Take(4).ToListAsync();
            // The register taken: three there, the fourth sent apologies and so cannot be recorded as voting.
            var meeting = await db.Meetings.Include(m => m.Attendance).SingleAsync(m => m.Id == item.MeetingId);
            foreach (var id in voters.Take(3)) meeting.SetAttendance(id, AttendanceKind.Present);
            meeting.SetAttendance(voters[3], AttendanceKind.Apologies);
            await db.SaveChangesAsync();
        }
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        await Table(councillor, motionId, "That this Council:\n\n- (a) supports the libraries of the county;\n- (b) asks the Cabinet to keep every library open on Saturdays.");
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        await Record(clerk, motionId, "MoveMotion");
        await Record(clerk, motionId, "MoveAmendment", 1);

        var counted = await Record(clerk, motionId, "CarryAmendment", 1, new() { ["Vote.For"] = "20", ["Vote.Against"] = "10" });
        Assert.Contains("SI 2014/165", WebUtility.HtmlDecode(await counted.Content.ReadAsStringAsync()));

        var absentee = await Record(clerk, motionId, "CarryAmendment", 1, new()
        {
            [$"Names[{voters[0]}]"] = "For", [$"Names[{voters[3]}]"] = "For",
        });
        Assert.Contains("could not vote", WebUtility.HtmlDecode(await absentee.Content.ReadAsStringAsync()));

        var named = await Record(clerk, motionId, "CarryAmendment", 1, new()
        {
            [$"Names[{voters[0]}]"] = "For", [$"Names[{voters[1]}]"] = "For", [$"Names[{voters[2]}]"] = "Against",
        });
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        var page = WebUtility.HtmlDecode(await App.Anonymous().GetStringAsync($"/motions/{motionId}"));
        Assert.Contains("For 2 (", page);
        Assert.Contains("against 1 (", page);
        await using var check = Db();
        var amendment = await check.Amendments.Include(a => a.RecordedVotes).SingleAsync(a => a.MotionId == motionId);
        Assert.Equal(AmendmentStatus.Carried, amendment.Status);
        Assert.Equal(3, amendment.RecordedVotes.Count);
    }
}
