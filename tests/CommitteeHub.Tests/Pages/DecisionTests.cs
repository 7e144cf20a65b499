using System.Net;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommitteeHub.Tests.Pages;

/// <summary>Executive decisions on the site: the public register, decision records and Forward Plan, and the clerk's
/// desk that gives notice, records decisions and takes them through call-in, refusing what the rules refuse.</summary>
public sealed class DecisionTests(CommitteeHubApp app) : AppTest(app)
{
    private const string OpenDecision = "Household waste recycling sites: winter opening hours";
    private const string CalledInDecision = "Relocation of Fenbury library into the Fenbury community hub";
    private const string UrgentDecision = "Additional home care capacity for the winter";
    private const string ImplementedDecision = "Adoption of the Children First Practice Improvement Plan";

    private static async Task<int> DecisionId(string title)
    {
        await using var db = Db();
        return await db.Decisions.Where(d => d.Title == title).Select(d => d.Id).SingleAsync();
    }

    private static async Task<Decision> Load(int id)
    {
        await using var db = Db();
        return await db.Decisions.Include(d => d.CallInSignatories).SingleAsync(d => d.Id == id);
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string path, string step, Dictionary<string, string>? fields = null, string? formPath = null)
    {
        var page = await (await client.GetAsync(formPath ?? path)).Content.ReadAsStringAsync();
        return await client.PostAsync($"{path}?handler={step}", new FormUrlEncodedContent(Sent(page, TryToken(page), fields ?? [])));
    }

    /// <summary>What a browser sends (to the step's handler): the antiforgery token, the version the page's forms carry (a form
    /// without it is refused) and the fields.</summary>
    private static List<KeyValuePair<string, string>> Sent(string page, string token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        if (System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.Version\" value=\"(\\d+)\"") is { Success: true } version && fields.All(f => f.Key != "Input.Version"))
            content.Add(new("Input.Version", version.Groups[1].Value));
        content.AddRange(fields);
        return content;
    }

    private static string TryToken(string html)
    {
        try { return CommitteeHubApp.AntiforgeryToken(html); }
        catch (InvalidOperationException) { return ""; }
    }

    private static async Task<string> Body(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static async Task<string> Councillors(int count)
    {
        await using var db = Db();
        return string.Join(",", await db.People.Where(p => p.Kind == PersonKind.Councillor).OrderBy(p => p.Id).Take(count).Select(p => p.Id).ToListAsync());
    }

    private static List<KeyValuePair<string, string>> Signatories(string ids) =>
        ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => new KeyValuePair<string, string>("Input.Signatories", id)).ToList();

    private static Dictionary<string, string> DecisionFields(int? entryId = null, string reasons = "The service needs it.", string title = "Library opening hours", string decidedOn = "2026-11-23") => new()
    {
        ["Record.EntryId"] = entryId?.ToString() ?? "",
        ["Record.Title"] = entryId is null ? title : "",
        ["Record.DecisionMaker"] = entryId is null ? "Cabinet Member for Safer, Stronger Communities" : "",
        ["Record.DecidedOn"] = decidedOn,
        ["Record.Text"] = "To open the libraries on Sunday afternoons.",
        ["Record.Reasons"] = reasons,
        ["Record.Alternatives"] = "",
    };

    private async Task EvictPublicCache() =>
        await App.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Web.Infrastructure.PublicPageCache.Tag, default);

    [Fact]
    public async Task The_public_pages_are_open_to_everyone_whoever_is_signed_in()
    {
        var id = await DecisionId(OpenDecision);
        foreach (var client in new[] { App.Anonymous(), await App.SignedInAs(DemoCouncil.CouncillorEmail), await App.SignedInAs(DemoCouncil.ClerkEmail), await App.SignedInAs(DemoCouncil.AdminEmail) })
        {
            foreach (var path in new[] { "/decisions", $"/decisions/{id}", "/forward-plan" })
            {
                var response = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }
    }

    [Fact]
    public async Task The_register_lists_decisions_newest_first_with_each_ones_call_in_status()
    {
        var html = await Body(await App.Anonymous().GetAsync("/decisions"));
        Assert.Contains("Open for call-in until 4pm on Friday 27 November 2026", html);
        Assert.Contains("Called in", html);
        Assert.Contains("Not subject to call-in (urgent)", html);
        Assert.Contains("Implemented", html);
        Assert.True(html.IndexOf(OpenDecision, StringComparison.Ordinal) < html.IndexOf(UrgentDecision, StringComparison.Ordinal));
        Assert.True(html.IndexOf(UrgentDecision, StringComparison.Ordinal) < html.IndexOf(CalledInDecision, StringComparison.Ordinal));
        Assert.True(html.IndexOf(CalledInDecision, StringComparison.Ordinal) < html.IndexOf(ImplementedDecision, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_register_filters_by_decision_maker_and_by_key_decisions()
    {
        await using (var db = Db())
        {
            db.Decisions.Add(new Decision("Cabinet Member for Adults and Health", "Day centre transport charges", "To keep the charges.", "No change is needed.",
                new DateOnly(2026, 11, 20), new DateTime(2026, 11, 20, 12, 0, 0)));
            await db.SaveChangesAsync();
        }
        var byMaker = await Body(await App.Anonymous().GetAsync("/decisions?maker=Cabinet+Member+for+Adults+and+Health"));
        Assert.Contains(UrgentDecision, byMaker);
        Assert.Contains("Day centre transport charges", byMaker);
        Assert.DoesNotContain(OpenDecision, byMaker);
        var keyOnly = await Body(await App.Anonymous().GetAsync("/decisions?maker=Cabinet+Member+for+Adults+and+Health&key=true"));
        Assert.Contains(UrgentDecision, keyOnly);
        Assert.DoesNotContain("Day centre transport charges", keyOnly);
    }

    [Fact]
    public async Task The_decision_record_shows_reasons_alternatives_conflicts_notice_and_call_in()
    {
        var open = await Body(await App.Anonymous().GetAsync($"/decisions/{await DecisionId(OpenDecision)}"));
        Assert.Contains("Visits on winter weekday afternoons have fallen", open);
        Assert.Contains("Closing two sites altogether", open);
        Assert.Contains("Mr Hollis", open);
        Assert.Contains("Dispensation granted: Granted by the Chief Executive", open);
        Assert.Contains("Taken on the Forward Plan entry", open);
        Assert.Contains("Open for call-in until 4pm on Friday 27 November 2026", open);

        var calledIn = await Body(await App.Anonymous().GetAsync($"/decisions/{await DecisionId(CalledInDecision)}"));
        Assert.Contains("Called in to the Overview and Scrutiny Committee", calledIn);
        Assert.Contains("Mr Jones", calledIn);
        Assert.Contains("Mrs Nuttall", calledIn);
        Assert.Contains("The consultation did not reach residents without internet access", calledIn);

        var urgent = await Body(await App.Anonymous().GetAsync($"/decisions/{await DecisionId(UrgentDecision)}"));
        Assert.Contains("special urgency", urgent);
        Assert.Contains("Chairman of the Overview and Scrutiny Committee", urgent);
    }

    [Fact]
    public async Task The_forward_plan_lists_the_matters_to_come_with_private_reasons_and_exception_notices()
    {
        var html = await Body(await App.Anonymous().GetAsync("/forward-plan"));
        Assert.Contains("Children First Practice Improvement Plan 2027 to 2029", html);
        Assert.Contains("Contract for residential placements for children with complex needs", html);
        Assert.Contains("paragraph 3 of Schedule 12A", html);
        Assert.Contains("financial and business affairs of the bidders", html);
        Assert.Contains("Emergency repairs to Hanbury Bridge", html);
        Assert.Contains("General exception notice", html);
        Assert.Contains("How to make representations", html);
        Assert.DoesNotContain(OpenDecision, html); // taken: it is in the register now
    }

    [Fact]
    public async Task The_clerks_pages_send_the_public_to_sign_in_and_refuse_councillors()
    {
        var id = await DecisionId(OpenDecision);
        int entryId;
        await using (var db = Db()) entryId = await db.ForwardPlanEntries.Where(e => e.Matter == "Emergency repairs to Hanbury Bridge").Select(e => e.Id).SingleAsync();
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        foreach (var path in new[] { "/clerk/decisions", $"/clerk/decisions/{id}", $"/clerk/decisions/plan/{entryId}" })
        {
            var anonymous = await App.Anonymous().GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathAndQuery);
            Assert.StartsWith("/account/access-denied", (await councillor.GetAsync(path)).Headers.Location!.PathAndQuery);
            foreach (var staff in new[] { DemoCouncil.ClerkEmail, DemoCouncil.AdminEmail })
                Assert.Equal(HttpStatusCode.OK, (await (await App.SignedInAs(staff)).GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task Each_step_on_a_decision_and_the_forward_plan_is_audited_with_who_took_it_and_confirmed_in_its_words()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var added = await Post(clerk, "/clerk/decisions", "AddEntry", new()
        {
            ["Entry.Matter"] = "Closure of Thornby tip", ["Entry.DecisionMaker"] = "Cabinet", ["Entry.IntendedOn"] = "2027-02-02",
            ["Entry.KeyReason"] = "CommunitiesInTwoOrMoreWards", ["Entry.Documents"] = "Report by the Director of Highways.",
            ["Entry.Representations"] = "Write to Democratic Services.",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Added \"Closure of Thornby tip\" to the Forward Plan.", await Body(await clerk.GetAsync("/clerk/decisions")));
        var id = await DecisionId(OpenDecision);
        var called = await PostList(clerk, $"/clerk/decisions/{id}", "CallIn", [.. Signatories(await Councillors(3)), new("Input.CallInReasons", "The consultation was too short.")]);
        Assert.Equal(HttpStatusCode.Redirect, called.StatusCode);

        await using var db = Db();
        var entryId = await db.ForwardPlanEntries.Where(e => e.Matter == "Closure of Thornby tip").Select(e => e.Id).SingleAsync();
        var trail = await db.AuditEntries.Where(a => (a.Subject == nameof(ForwardPlanEntry) && a.SubjectId == entryId) || (a.Subject == nameof(Decision) && a.SubjectId == id))
            .OrderBy(a => a.Id).Select(a => new { a.By, a.What }).ToListAsync();
        Assert.Equal(["Added \"Closure of Thornby tip\" to the Forward Plan.", $"Recorded the call-in of the decision \"{OpenDecision}\", signed by 3 councillors."], trail.Select(a => a.What));
        Assert.All(trail, a => Assert.Equal("Jane Whitfield, Democratic Services", a.By));
        Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.Name == nameof(ForwardPlanEntryAdded) || m.Name == nameof(DecisionCalledIn)));
    }

    [Fact]
    public async Task A_councillors_post_to_the_clerks_desk_is_refused_and_changes_nothing()
    {
        var id = await DecisionId(OpenDecision);
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        // A valid token of the councillor's own (from the sign-out page), so only the role stands in the way.
        var token = CommitteeHubApp.AntiforgeryToken(await councillor.GetStringAsync("/account/sign-out"));
        var fields = Signatories(await Councillors(3));
        fields.AddRange([new("Input.CallInReasons", "No."), new("__RequestVerificationToken", token)]);
        var response = await councillor.PostAsync($"/clerk/decisions/{id}?handler=CallIn", new FormUrlEncodedContent(fields));
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
        var anonymous = await App.Anonymous().PostAsync("/clerk/decisions?handler=RecordDecision", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(DecisionStatus.Published, (await Load(id)).Status);
        await using var db = Db();
        Assert.Equal(4, await db.Decisions.CountAsync(d => d.MeetingId == null));
    }

    [Fact]
    public async Task The_clerk_adds_a_matter_to_the_forward_plan_and_the_public_see_it_at_once()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        Assert.DoesNotContain("Closure of Thornby tip", await App.Anonymous().GetStringAsync("/forward-plan"));
        var response = await Post(clerk, "/clerk/decisions", "AddEntry", new()
        {
            ["Entry.Matter"] = "Closure of Thornby tip",
            ["Entry.DecisionMaker"] = "Cabinet",
            ["Entry.IntendedOn"] = "2027-02-02",
            ["Entry.KeyReason"] = "CommunitiesInTwoOrMoreWards",
            ["Entry.Documents"] = "Report by the Director of Highways.",
            ["Entry.Representations"] = "Write to Democratic Services.",
            ["Entry.ExemptParagraph"] = "",
            ["Entry.PublishNow"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Closure of Thornby tip", await App.Anonymous().GetStringAsync("/forward-plan"));
    }

    [Theory]
    [InlineData("", "Cabinet", "2027-02-02", "CommunitiesInTwoOrMoreWards", "The matter to be decided is required")]
    [InlineData("Closure of Thornby tip", "Cabinet", "", "CommunitiesInTwoOrMoreWards", "Enter the date the decision is intended to be taken")]
    [InlineData("Closure of Thornby tip", "Cabinet", "2027-02-30", "CommunitiesInTwoOrMoreWards", "\"2027-02-30\" is not a valid intended date of decision")]
    [InlineData("Closure of Thornby tip", "Cabinet", "2027-02-02", "", "The Forward Plan lists key decisions and decisions to be taken in private")]
    public async Task A_bad_forward_plan_entry_gets_a_clear_message_and_keeps_what_was_typed(string matter, string maker, string date, string key, string message)
    {
        var response = await Post(await App.SignedInAs(DemoCouncil.ClerkEmail), "/clerk/decisions", "AddEntry", new()
        {
            ["Entry.Matter"] = matter, ["Entry.DecisionMaker"] = maker, ["Entry.IntendedOn"] = date, ["Entry.KeyReason"] = key,
            ["Entry.Documents"] = "Report by the Director of Highways, typed by the clerk.", ["Entry.Representations"] = "Write to Democratic Services.",
        });
        var body = await Body(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", body);
        Assert.Contains(message, body);
        Assert.Contains("Report by the Director of Highways, typed by the clerk.", body);
        await using var db = Db();
        Assert.Equal(8, await db.ForwardPlanEntries.CountAsync());
    }

    [Fact]
    public async Task The_clerk_records_a_decision_and_the_public_see_it_open_for_call_in()
    {
        var response = await Post(await App.SignedInAs(DemoCouncil.ClerkEmail), "/clerk/decisions", "RecordDecision", DecisionFields());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Db();
        var decision = await db.Decisions.SingleAsync(d => d.Title == "Library opening hours");
        Assert.Equal(new DateTime(2026, 11, 23, 9, 0, 0), decision.PublishedAt);
        var html = await Body(await App.Anonymous().GetAsync($"/decisions/{decision.Id}"));
        Assert.Contains("To open the libraries on Sunday afternoons.", html);
        Assert.Contains("Open for call-in until 4pm on Monday 30 November 2026", html);
    }

    [Theory]
    [InlineData("", "2026-11-23", "The reasons for the decision is required")]
    [InlineData("Because.", "2026-12-01", "the date cannot be in the future")]
    [InlineData("Because.", "yesterday", "\"yesterday\" is not a valid date of the decision")]
    public async Task A_bad_decision_gets_a_clear_message_and_keeps_what_was_typed(string reasons, string decidedOn, string message)
    {
        var response = await Post(await App.SignedInAs(DemoCouncil.ClerkEmail), "/clerk/decisions", "RecordDecision", DecisionFields(reasons: reasons, decidedOn: decidedOn));
        var body = await Body(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", body);
        Assert.Contains(message, body);
        Assert.Contains("To open the libraries on Sunday afternoons.", body);
        await using var db = Db();
        Assert.Equal(4, await db.Decisions.CountAsync(d => d.MeetingId == null));
    }

    [Fact]
    public async Task A_key_decision_on_a_forward_plan_entry_without_28_clear_days_is_refused_with_the_rules_reason()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        int entryId;
        await using (var db = Db())
        {
            var entry = new ForwardPlanEntry("Street lighting contract", "Cabinet Member for Highways and Infrastructure", new DateOnly(2026, 11, 23),
                KeyDecisionReason.SpendingOrSaving, "Report.", "Write to us.");
            entry.Publish(new DateOnly(2026, 11, 2));
            db.ForwardPlanEntries.Add(entry);
            await db.SaveChangesAsync();
            entryId = entry.Id;
        }
        var response = await Post(clerk, "/clerk/decisions", "RecordDecision", DecisionFields(entryId));
        var body = await Body(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A key decision needs 28 clear days' notice", body);
        Assert.Contains("general exception", body);
        await using var check = Db();
        Assert.False(await check.Decisions.AnyAsync(d => d.ForwardPlanEntryId == entryId));

        // With the general exception recorded on the entry, five clear days later the decision may be taken.
        var exception = await Post(clerk, $"/clerk/decisions/plan/{entryId}", "GeneralException", new()
        {
            ["Input.NotifiedOn"] = "2026-11-13", ["Input.NoticeOn"] = "2026-11-13", ["Input.ExceptionReasons"] = "The contractor went into administration.",
        });
        Assert.Equal(HttpStatusCode.Redirect, exception.StatusCode);
        Assert.Contains("Street lighting contract", await Body(await App.Anonymous().GetAsync("/forward-plan")));
        Assert.Equal(HttpStatusCode.Redirect, (await Post(clerk, "/clerk/decisions", "RecordDecision", DecisionFields(entryId))).StatusCode);
        await using var after = Db();
        var decision = await after.Decisions.SingleAsync(d => d.ForwardPlanEntryId == entryId);
        Assert.True(decision.IsKeyDecision);
        Assert.Equal("Street lighting contract", decision.Title);

        // Taken, it leaves the plan, and its notice is still read under the year it was intended for.
        Assert.DoesNotContain("Street lighting contract", await Body(await App.Anonymous().GetAsync("/forward-plan")));
        var year = await Body(await App.Anonymous().GetAsync("/forward-plan?year=2026"));
        Assert.Matches("Street lighting contract</h2>\\s*<p class=\"muted\">No longer on the plan", year);
    }

    [Fact]
    public async Task A_call_in_with_too_few_signatories_is_refused_and_keeps_the_reasons()
    {
        var id = await DecisionId(OpenDecision);
        var fields = Signatories(await Councillors(2));
        fields.Add(new("Input.CallInReasons", "The consultation was too short."));
        var response = await PostList(await App.SignedInAs(DemoCouncil.ClerkEmail), $"/clerk/decisions/{id}", "CallIn", fields);
        var body = await Body(response);
        Assert.Contains("A call-in needs the signatures of at least 3 councillors; 2 signed.", body);
        Assert.Contains("The consultation was too short.", body);
        Assert.Equal(DecisionStatus.Published, (await Load(id)).Status);
    }

    private static async Task<HttpResponseMessage> PostList(HttpClient client, string path, string step, List<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(path);
        return await client.PostAsync($"{path}?handler={step}", new FormUrlEncodedContent(Sent(page, CommitteeHubApp.AntiforgeryToken(page), fields)));
    }

    [Fact]
    public async Task A_call_in_before_the_deadline_is_recorded_and_one_after_it_is_refused()
    {
        var id = await DecisionId(OpenDecision);
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var fields = Signatories(await Councillors(3));
        fields.Add(new("Input.CallInReasons", "The consultation was too short."));

        TestDatabase.Clock.Now = new DateTimeOffset(2026, 11, 27, 16, 1, 0, TimeSpan.Zero);
        var late = await PostList(clerk, $"/clerk/decisions/{id}", "CallIn", fields);
        Assert.Contains("The call-in period for this decision ended at 4pm on Friday 27 November 2026.", await Body(late));
        Assert.Equal(DecisionStatus.Published, (await Load(id)).Status);

        TestDatabase.Clock.Now = new DateTimeOffset(2026, 11, 27, 15, 59, 0, TimeSpan.Zero);
        var inTime = await PostList(clerk, $"/clerk/decisions/{id}", "CallIn", fields);
        Assert.Equal(HttpStatusCode.Redirect, inTime.StatusCode);
        var decision = await Load(id);
        Assert.Equal(DecisionStatus.CalledIn, decision.Status);
        Assert.Equal(3, decision.CallInSignatories.Count);
        Assert.Contains("Called in", await Body(await App.Anonymous().GetAsync($"/decisions/{id}")));
    }

    [Fact]
    public async Task Implementing_before_the_call_in_period_ends_is_refused_and_allowed_after_it()
    {
        var id = await DecisionId(OpenDecision);
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var early = await Post(clerk, $"/clerk/decisions/{id}", "Implement");
        Assert.Contains("This decision cannot be implemented until its call-in period ends at 4pm on Friday 27 November 2026.", await Body(early));
        Assert.Equal(DecisionStatus.Published, (await Load(id)).Status);

        TestDatabase.Clock.Now = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.Redirect, (await Post(clerk, $"/clerk/decisions/{id}", "Implement")).StatusCode);
        Assert.Equal(DecisionStatus.Implemented, (await Load(id)).Status);
    }

    [Fact]
    public async Task The_scrutiny_outcome_on_a_called_in_decision_is_recorded_and_then_it_may_be_implemented()
    {
        var id = await DecisionId(CalledInDecision);
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var refused = await Post(clerk, $"/clerk/decisions/{id}", "Implement");
        Assert.Contains("overview and scrutiny has dealt with it", await Body(refused));
        var missing = await Post(clerk, $"/clerk/decisions/{id}", "Scrutiny", new() { ["Input.Outcome"] = "ReferredBack", ["Input.ScrutinisedOn"] = "2026-11-23" });
        Assert.Contains("Scrutiny's comments is required", await Body(missing));
        var recorded = await Post(clerk, $"/clerk/decisions/{id}", "Scrutiny", new() { ["Input.Outcome"] = "NoFurtherAction", ["Input.ScrutinisedOn"] = "2026-11-23" });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("Called in: no further action", await Body(await App.Anonymous().GetAsync("/decisions")));
        Assert.Equal(HttpStatusCode.Redirect, (await Post(clerk, $"/clerk/decisions/{id}", "Implement")).StatusCode);
        Assert.Equal(DecisionStatus.Implemented, (await Load(id)).Status);
    }

    [Fact]
    public async Task The_call_in_status_changes_as_time_passes()
    {
        var id = await DecisionId(OpenDecision);
        Assert.Contains("Open for call-in until 4pm on Friday 27 November 2026", await Body(await App.Anonymous().GetAsync($"/decisions/{id}")));
        TestDatabase.Clock.Now = new DateTimeOffset(2026, 11, 27, 16, 1, 0, TimeSpan.Zero);
        await EvictPublicCache();
        var after = await Body(await App.Anonymous().GetAsync($"/decisions/{id}"));
        Assert.Contains("Not called in", after);
        Assert.DoesNotContain("Open for call-in", after);
    }

    [Fact]
    public async Task Unknown_decisions_and_entries_are_404_and_malformed_ids_400()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync("/decisions/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/clerk/decisions/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/clerk/decisions/plan/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await App.Anonymous().GetAsync("/decisions/abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await App.Anonymous().GetAsync("/decisions?key=perhaps")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync("/clerk/decisions/abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync("/clerk/decisions/plan/abc")).StatusCode);
        var id = await DecisionId(OpenDecision);
        var token = CommitteeHubApp.AntiforgeryToken(await clerk.GetStringAsync($"/clerk/decisions/{id}"));
        var post = await clerk.PostAsync("/clerk/decisions/987654?handler=Implement", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        // A step the page does not take is a mistake in the request, answered 400 with the reason.
        var bogus = await Post(clerk, $"/clerk/decisions/{id}", "Explode");
        Assert.Equal(HttpStatusCode.BadRequest, bogus.StatusCode);
        Assert.Contains("\"Explode\" is not a step this page takes.", await Body(bogus));
    }

    [Fact]
    public async Task A_private_decisions_exempt_reasons_are_not_shown_to_the_public()
    {
        int entryId;
        await using (var db = Db())
        {
            var entry = new ForwardPlanEntry("Sale of the former Market Street depot", "Cabinet", new DateOnly(2026, 11, 23),
                KeyDecisionReason.SpendingOrSaving, "Report with exempt valuation.", "Write to us.");
            entry.TakeInPrivate(3, "The report contains the bids received for the depot.");
            entry.Publish(new DateOnly(2026, 9, 1));
            db.ForwardPlanEntries.Add(entry);
            await db.SaveChangesAsync();
            entryId = entry.Id;
        }
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var fields = DecisionFields(entryId, reasons: "Harbour Homes Ltd bid £2.35 million, £400,000 more than the next bidder.");
        fields["Record.Alternatives"] = "Accepting Fenbury Estates' bid of £1.95 million.";
        Assert.Equal(HttpStatusCode.Redirect, (await Post(clerk, "/clerk/decisions", "RecordDecision", fields)).StatusCode);
        await using var check = Db();
        var id = await check.Decisions.Where(d => d.ForwardPlanEntryId == entryId).Select(d => d.Id).SingleAsync();

        foreach (var reader in new[] { App.Anonymous(), await App.SignedInAs(DemoCouncil.CouncillorEmail) })
        {
            var html = await Body(await reader.GetAsync($"/decisions/{id}"));
            Assert.Contains("paragraph 3 of Schedule 12A", html);
            Assert.Contains("To open the libraries on Sunday afternoons.", html);
            Assert.DoesNotContain("Harbour Homes", html);
            Assert.DoesNotContain("£1.95 million", html);
            Assert.Contains("are not published", html);
        }
        Assert.Contains("Harbour Homes Ltd bid £2.35 million", await Body(await clerk.GetAsync($"/decisions/{id}")));
    }
}
