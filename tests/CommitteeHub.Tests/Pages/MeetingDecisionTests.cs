using System.Net;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Pages;

/// <summary>Decisions taken at meetings (the Cabinet's and the committees') are on the decision register, linked to the
/// item they were taken on; only the executive's are subject to call-in; an exempt item's decision reaches only those
/// entitled to its business (issue 11).</summary>
public sealed class MeetingDecisionTests(CommitteeHubApp app) : AppTest(app)
{
    private const string OldMillLane = "Disposal of surplus land at Old Mill Lane, Fenbury";

    private static async Task<string> Page(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    [Fact]
    public async Task The_Cabinets_Old_Mill_Lane_key_decision_is_on_the_register_linked_to_its_item_and_its_Forward_Plan_notice()
    {
        await using var db = Db();
        var land = await db.Decisions.SingleAsync(d => d.Title == OldMillLane && d.DecisionMaker == "Cabinet");
        Assert.True(land.IsExecutive);
        Assert.True(land.IsKeyDecision);
        Assert.NotNull(land.ForwardPlanEntryId);
        Assert.Equal(DecisionStatus.Implemented, land.Status);

        var register = await Page(App.Anonymous(), "/decisions?maker=Cabinet");
        Assert.Contains(OldMillLane, register);
        Assert.Contains($"/items/{land.AgendaItemId}\"", register);
        Assert.DoesNotContain("Cabinet Member for", register.Split("</select>")[1]);

        var record = await Page(App.Anonymous(), $"/decisions/{land.Id}");
        Assert.Contains($"/items/{land.AgendaItemId}\"", record);
        Assert.Contains("Declares the land at Old Mill Lane, Fenbury surplus", record);
        Assert.Contains("Called in to the Overview and Scrutiny Committee", record);
    }

    [Fact]
    public async Task A_committees_decision_is_on_the_register_with_its_item_and_is_not_subject_to_call_in()
    {
        await using var db = Db();
        var planning = await db.Committees.Where(c => c.Kind == CommitteeKind.Regulatory).Select(c => c.Name).ToListAsync();
        var decision = await db.Decisions.Where(d => planning.Contains(d.DecisionMaker)).OrderBy(d => d.Id).FirstAsync();
        Assert.False(decision.IsExecutive);

        var register = await Page(App.Anonymous(), $"/decisions?maker={Uri.EscapeDataString(decision.DecisionMaker)}");
        Assert.Contains($"<option value=\"{decision.DecisionMaker}\" selected", register);
        Assert.Contains($"/decisions/{decision.Id}\"", register);
        Assert.Contains("Not subject to call-in (not an executive decision)", register);

        var record = await Page(App.Anonymous(), $"/decisions/{decision.Id}");
        Assert.Contains($"/items/{decision.AgendaItemId}\"", record);
        Assert.Contains("not an executive decision, so it is not subject to call-in", record);
        Assert.Throws<DomainException>(() => decision.CallIn([1, 2, 3], "Reasons.", decision.PublishedAt, new ExecutiveRules(), WorkingCalendar.EnglandAndWales));
    }

    [Fact]
    public async Task Procedural_items_make_no_decision_and_every_resolved_business_item_of_a_held_meeting_makes_one()
    {
        await using var db = Db();
        var procedural = await db.Decisions.Join(db.AgendaItems, d => d.AgendaItemId, i => i.Id, (d, i) => i.Role)
            .CountAsync(role => role != AgendaItemRole.Business);
        Assert.Equal(0, procedural);
        MeetingStatus[] held = [MeetingStatus.Held, MeetingStatus.DraftMinutesPublished, MeetingStatus.MinutesApproved];
        var resolvedBusiness = await db.AgendaItems.CountAsync(i => i.Role == AgendaItemRole.Business && i.Resolutions.Any() &&
            db.Meetings.Any(m => m.Id == i.MeetingId && held.Contains(m.Status)));
        Assert.True(resolvedBusiness > 0);
        Assert.Equal(resolvedBusiness, await db.Decisions.CountAsync(d => d.AgendaItemId != null));
    }

    private static async Task<(int DecisionId, int CommitteeId, string Title)> ExemptItemDecision()
    {
        await using var db = Db();
        var found = await db.Decisions
            .Join(db.AgendaItems.Where(i => i.IsExempt && i.ExemptAccess == ExemptAccess.CommitteeMembers), d => d.AgendaItemId, i => i.Id,
                (d, i) => new { d.Id, i.MeetingId, d.Title })
            .Join(db.Meetings, x => x.MeetingId, m => m.Id, (x, m) => new { x.Id, m.CommitteeId, x.Title })
            .OrderBy(x => x.Id).FirstAsync();
        return (found.Id, found.CommitteeId, found.Title);
    }

    [Fact]
    public async Task An_exempt_items_decision_is_hidden_from_the_public_on_the_register_its_page_and_the_sitemap()
    {
        var (id, _, title) = await ExemptItemDecision();
        var client = App.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/decisions/{id}")).StatusCode);
        Assert.DoesNotContain($"/decisions/{id}\"", await Page(client, "/decisions"));
        Assert.DoesNotContain(title, await Page(client, "/decisions"));
        Assert.DoesNotContain($"/decisions/{id}<", await client.GetStringAsync("/sitemap.xml"));
    }

    [Fact]
    public async Task An_exempt_items_decision_is_read_by_a_councillor_on_the_committee_and_by_the_clerk()
    {
        var (id, committeeId, title) = await ExemptItemDecision();
        await using (var db = Db())
        {
            var personId = await Demo.DemoCouncillorPersonId(db);
            Assert.True(await db.Memberships.AnyAsync(m => m.CommitteeId == committeeId && m.PersonId == personId),
                "The demo councillor should sit on the committee that took the exempt item's decision.");
        }
        foreach (var client in new[] { await App.SignedInAs(DemoCouncil.CouncillorEmail), await App.SignedInAs(DemoCouncil.ClerkEmail) })
        {
            Assert.Contains(title, await Page(client, $"/decisions/{id}"));
            Assert.Contains($"/decisions/{id}\"", await Page(client, "/decisions"));
        }
    }

    [Fact]
    public async Task An_exempt_items_decision_is_hidden_from_a_councillor_not_on_the_committee()
    {
        var (id, committeeId, _) = await ExemptItemDecision();
        await using (var db = Db())
        {
            var personId = await Demo.DemoCouncillorPersonId(db);
            await db.Memberships.Where(m => m.CommitteeId == committeeId && m.PersonId == personId).ExecuteDeleteAsync();
        }
        var client = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/decisions/{id}")).StatusCode);
        Assert.DoesNotContain($"/decisions/{id}\"", await Page(client, "/decisions"));
    }

    /// <summary>A committee's decision taken off the register, so the clerk can publish it again from the item's page.</summary>
    private static async Task<(int ItemId, string Maker)> UnpublishedCommitteeDecision()
    {
        await using var db = Db();
        var decision = await db.Decisions.Where(d => d.AgendaItemId != null && !d.IsExecutive).OrderBy(d => d.Id).FirstAsync();
        await db.Decisions.Where(d => d.Id == decision.Id).ExecuteDeleteAsync();
        return (decision.AgendaItemId!.Value, decision.DecisionMaker);
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, int itemId, string step, Dictionary<string, string>? with = null)
    {
        var token = CommitteeHubApp.AntiforgeryToken(await client.GetStringAsync("/account/sign-out"));
        return await client.PostAsync($"/clerk/items/{itemId}?handler={step}",
            new FormUrlEncodedContent((with ?? []).Append(new("__RequestVerificationToken", token))));
    }

    [Fact]
    public async Task The_clerk_publishes_an_items_decision_from_its_page_once_and_not_for_a_procedural_item()
    {
        var (itemId, maker) = await UnpublishedCommitteeDecision();
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        await new Security.ClerkDesk(clerk).PostAsync($"/clerk/items/{itemId}", "PublishDecision");
        await using (var db = Db())
        {
            var published = await db.Decisions.SingleAsync(d => d.AgendaItemId == itemId);
            Assert.Equal(maker, published.DecisionMaker);
            Assert.False(published.IsExecutive);
        }

        var again = await Post(clerk, itemId, "PublishDecision");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already on the decision register", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));

        int procedural;
        await using (var db = Db())
            procedural = await db.AgendaItems.Where(i => i.Role != AgendaItemRole.Business && i.Resolutions.Any()).Select(i => i.Id).FirstAsync();
        var refused = await Post(clerk, procedural, "PublishDecision");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("is procedural: it makes no decision", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        await using (var db = Db()) Assert.False(await db.Decisions.AnyAsync(d => d.AgendaItemId == procedural));
    }

    [Fact]
    public async Task The_clerk_gives_the_reasons_and_alternatives_the_register_shows_them_and_the_items_page_then_links_to_the_decision()
    {
        var (itemId, _) = await UnpublishedCommitteeDecision();
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var desk = new Security.ClerkDesk(clerk);
        Assert.Contains("name=\"Input.Reasons\"", await clerk.GetStringAsync($"/clerk/items/{itemId}"));

        var tooLong = await Post(clerk, itemId, "PublishDecision", new() { ["Input.Reasons"] = new string('x', 50_001), ["Input.Alternatives"] = "Doing nothing." });
        var refused = WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("The reasons must be 50,000 characters or fewer.", refused);
        Assert.Contains("Doing nothing.", refused);
        await using (var db = Db()) Assert.False(await db.Decisions.AnyAsync(d => d.AgendaItemId == itemId));

        await desk.PostAsync($"/clerk/items/{itemId}", "PublishDecision", new() { ["Input.Reasons"] = "The scheme meets the **local plan**.", ["Input.Alternatives"] = "Refusal: the appeal would likely succeed." });
        int decisionId;
        await using (var db = Db())
        {
            var decision = await db.Decisions.SingleAsync(d => d.AgendaItemId == itemId);
            Assert.Equal("The scheme meets the **local plan**.", decision.Reasons);
            Assert.Equal("Refusal: the appeal would likely succeed.", decision.AlternativesRejected);
            decisionId = decision.Id;
        }
        var register = await Page(clerk, $"/decisions/{decisionId}");
        Assert.Contains("<strong>local plan</strong>", register);
        Assert.Contains("Refusal: the appeal would likely succeed.", register);
        var item = await Page(clerk, $"/clerk/items/{itemId}");
        Assert.Contains($"href=\"/decisions/{decisionId}\"", item);
        Assert.DoesNotContain("name=\"Input.Reasons\"", item);
    }

    [Fact]
    public async Task A_councillor_or_the_public_cannot_publish_an_items_decision()
    {
        var (itemId, _) = await UnpublishedCommitteeDecision();
        var councillor = await Post(await App.SignedInAs(DemoCouncil.CouncillorEmail), itemId, "PublishDecision");
        Assert.StartsWith("/account/access-denied", councillor.Headers.Location!.PathAndQuery);
        var anonymous = await App.Anonymous().PostAsync($"/clerk/items/{itemId}?handler=PublishDecision", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        await using var db = Db();
        Assert.False(await db.Decisions.AnyAsync(d => d.AgendaItemId == itemId));
    }
}
