using System.Net;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommitteeHub.Tests.Pages;

/// <summary>
/// Kept versions of printed papers (<c>/papers/{n}.pdf</c>) are served only to a reader who may read everything in
/// them now: a paper that prints an item since made exempt, restricted to staff or taken off the agenda is withdrawn
/// from those no longer entitled to it, and a preview printed before publication is never kept at all.
/// </summary>
public sealed class KeptPaperTests(CommitteeHubApp app) : AppTest(app)
{
    private const string Canary = "The confidential valuation of the Old Depot site stands at four hundred and twelve thousand pounds";

    /// <summary>A published meeting of the Select Committee (on which the demo councillor sits) with an open item
    /// carrying a published report that holds the canary sentence.</summary>
    private async Task<(int MeetingId, int ItemId, string Number)> OpenItemWithCanaryAsync()
    {
        await using var db = Db();
        var meetingId = await Demo.SelectCommitteeMeetingOf17July2019(db);
        var item = await db.AgendaItems.Include(i => i.Documents)
            .Where(i => i.MeetingId == meetingId && !i.IsExempt && i.Role == AgendaItemRole.Business && i.Documents.Any(d => d.Body != null && d.PublishedOn != null))
            .OrderBy(i => i.SortKey).FirstAsync();
        var report = item.Documents.First(d => d.Body != null && d.PublishedOn != null);
        report.Revise(report.Body + "\n\n" + Canary + ".", TestDatabase.Clock.GetLocalNow().DateTime);
        await db.SaveChangesAsync();
        return (meetingId, item.Id, item.Number);
    }

    private async Task ChangeItemAsync(int itemId, Action<AgendaItem> change)
    {
        await using (var db = Db())
        {
            change(await db.AgendaItems.SingleAsync(i => i.Id == itemId));
            await db.SaveChangesAsync();
        }
        // A clerk's command empties the public page cache after every change; a change made here must do the same.
        await App.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Web.Infrastructure.PublicPageCache.Tag, default);
    }

    private static async Task<long> KeptIdAsync(int meetingId, string paper, string edition)
    {
        await using var db = Db();
        return await db.PublishedPapers.Where(p => p.Subject == $"meeting/{meetingId}/{paper}" && p.Edition == edition).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        return PaperTests.Read(await response.Content.ReadAsByteArrayAsync()).Text;
    }

    private static async Task AssertWithdrawnAsync(HttpResponseMessage response, string because)
    {
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("This paper has been withdrawn", html);
        Assert.Contains(because, html);
        Assert.DoesNotContain(Canary, html);
    }

    [Fact]
    public async Task A_public_pack_kept_before_its_item_was_made_exempt_is_withdrawn_from_all_but_staff()
    {
        var (meetingId, itemId, number) = await OpenItemWithCanaryAsync();
        Assert.Contains(Canary, await PdfTextAsync(await App.Anonymous().GetAsync($"/meetings/{meetingId}/pack.pdf")));
        var kept = await KeptIdAsync(meetingId, "pack", "public");

        await ChangeItemAsync(itemId, i => i.MarkExempt(3, "Disclosure would prejudice the Council's negotiation of the sale price."));

        await AssertWithdrawnAsync(await App.Anonymous().GetAsync($"/papers/{kept}.pdf"), $"Item {number}");
        // Withdrawn even from a councillor on the committee, who reads the item's business in the full edition instead.
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        await AssertWithdrawnAsync(await councillor.GetAsync($"/papers/{kept}.pdf"), "made exempt from publication under paragraph 3 of Schedule 12A");
        Assert.Contains(Canary, await PdfTextAsync(await councillor.GetAsync($"/meetings/{meetingId}/pack.pdf?edition=full")));
        Assert.Contains(Canary, await PdfTextAsync(await (await App.SignedInAs(DemoCouncil.ClerkEmail)).GetAsync($"/papers/{kept}.pdf")));
        Assert.Contains(Canary, await PdfTextAsync(await (await App.SignedInAs(DemoCouncil.AdminEmail)).GetAsync($"/papers/{kept}.pdf")));
        // The current public pack no longer prints it; the agenda kept before carried only the item's title, which stays public.
        Assert.DoesNotContain(Canary, await PdfTextAsync(await App.Anonymous().GetAsync($"/meetings/{meetingId}/pack.pdf")));
    }

    [Fact]
    public async Task A_councillors_full_edition_is_refused_to_them_once_they_no_longer_sit_on_the_committee()
    {
        var (meetingId, itemId, _) = await OpenItemWithCanaryAsync();
        await ChangeItemAsync(itemId, i => i.MarkExempt(3, "Disclosure would prejudice the Council's negotiation of the sale price."));
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        Assert.Contains(Canary, await PdfTextAsync(await councillor.GetAsync($"/meetings/{meetingId}/pack.pdf?edition=full")));
        var kept = await KeptIdAsync(meetingId, "pack", "members");
        Assert.Equal(HttpStatusCode.OK, (await councillor.GetAsync($"/papers/{kept}.pdf")).StatusCode);
        await using (var db = Db())
        {
            var personId = await Demo.DemoCouncillorPersonId(db);
            var committeeId = await Demo.SelectCommitteeId(db);
            await db.Memberships.Where(m => m.PersonId == personId && m.CommitteeId == committeeId).ExecuteDeleteAsync();
        }
        var refused = await councillor.GetAsync($"/papers/{kept}.pdf");
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_councillors_full_edition_kept_before_its_item_was_restricted_to_staff_is_withdrawn_from_the_councillor()
    {
        var (meetingId, itemId, number) = await OpenItemWithCanaryAsync();
        await ChangeItemAsync(itemId, i => i.MarkExempt(3, "Disclosure would prejudice the Council's negotiation of the sale price."));
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        Assert.Contains(Canary, await PdfTextAsync(await councillor.GetAsync($"/meetings/{meetingId}/pack.pdf?edition=full")));
        var kept = await KeptIdAsync(meetingId, "pack", "members");

        await ChangeItemAsync(itemId, i => i.MarkExempt(3, "Disclosure would prejudice the Council's negotiation of the sale price.", ExemptAccess.StaffOnly));

        await AssertWithdrawnAsync(await councillor.GetAsync($"/papers/{kept}.pdf"), $"Item {number}");
        Assert.DoesNotContain(Canary, await PdfTextAsync(await councillor.GetAsync($"/meetings/{meetingId}/pack.pdf?edition=full")));
        Assert.Contains(Canary, await PdfTextAsync(await (await App.SignedInAs(DemoCouncil.ClerkEmail)).GetAsync($"/papers/{kept}.pdf")));
        var anonymous = await App.Anonymous().GetAsync($"/papers/{kept}.pdf");
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_clerks_preview_of_an_unpublished_agenda_is_never_kept_so_nothing_printed_before_publication_is_served_after()
    {
        int meetingId, secretItemId, droppedItemId;
        const string dropped = "Closure of the Riverside youth centre, withdrawn before publication";
        await using (var db = Db())
        {
            var committeeId = await Demo.SelectCommitteeId(db);
            var now = TestDatabase.Clock.GetLocalNow().DateTime;
            var meeting = Meeting.Schedule(committeeId, now.Date.AddDays(30).AddHours(10), "Council Chamber, County Hall", null, now);
            meeting.AddItem("1", "Apologies for absence");
            var secret = meeting.AddItem("2", "Sale of the Old Depot", Canary + ".");
            secret.AttachDocument(Document.Written("Sale of the Old Depot: report of the Director of Resources", DocumentKind.Report, "Director of Resources",
                "## Purpose\n\n" + Canary + ".")).Submit().Approve();
            meeting.AddItem("3", dropped);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            (meetingId, secretItemId, droppedItemId) = (meeting.Id, secret.Id, meeting.Items.Single(i => i.Title == dropped).Id);
        }
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        foreach (var paper in new[] { "agenda", "pack" })
        {
            var preview = await clerk.GetAsync($"/meetings/{meetingId}/{paper}.pdf");
            var text = await PdfTextAsync(preview);
            Assert.Contains(dropped, text);
            Assert.True(preview.Headers.CacheControl is { NoStore: true, Private: true }, $"A preview was sent with Cache-Control: {preview.Headers.CacheControl}");
        }
        Assert.Contains(Canary, await PdfTextAsync(await clerk.GetAsync($"/meetings/{meetingId}/pack.pdf?edition=full")));
        await using (var db = Db())
            Assert.False(await db.PublishedPapers.AnyAsync(p => p.MeetingId == meetingId), "A preview of an unpublished agenda was kept.");

        await using (var db = Db())
        {
            var meeting = await db.Meetings.Include(m => m.Items).ThenInclude(i => i.Documents).SingleAsync(m => m.Id == meetingId);
            meeting.Remove(meeting.Items.Single(i => i.Id == droppedItemId));
            meeting.Items.Single(i => i.Id == secretItemId).MarkExempt(3, "Disclosure would prejudice the sale.", ExemptAccess.StaffOnly);
            meeting.ProvideForExclusion("Exclusion of the press and public", items => "That the press and public be excluded.");
            meeting.PublishAgenda(TestDatabase.Clock.GetLocalNow().DateTime);
            await db.SaveChangesAsync();
        }
        await App.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Web.Infrastructure.PublicPageCache.Tag, default);

        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        foreach (var (client, url) in new[] { (App.Anonymous(), "pack.pdf"), (councillor, "pack.pdf"), (councillor, "pack.pdf?edition=full") })
        {
            var text = await PdfTextAsync(await client.GetAsync($"/meetings/{meetingId}/{url}"));
            Assert.DoesNotContain(Canary, text);
            Assert.DoesNotContain(dropped, text);
        }
        await using (var db = Db())
        {
            foreach (var id in await db.PublishedPapers.Where(p => p.MeetingId == meetingId).Select(p => p.Id).ToListAsync())
                foreach (var client in new[] { App.Anonymous(), councillor })
                {
                    var response = await client.GetAsync($"/papers/{id}.pdf");
                    if (response.StatusCode != HttpStatusCode.OK) continue;
                    var text = await PdfTextAsync(response);
                    Assert.DoesNotContain(Canary, text);
                    Assert.DoesNotContain(dropped, text);
                }
        }
    }

    [Fact]
    public async Task Draft_minutes_printed_by_a_clerk_before_they_are_published_are_not_kept()
    {
        await using var db = Db();
        var meeting = await db.Meetings.Where(m => m.Status == MeetingStatus.AgendaPublished).OrderBy(m => m.StartsAt).FirstAsync();
        TestDatabase.Clock.Now = new DateTimeOffset(meeting.StartsAt.AddHours(3), TimeSpan.Zero);
        meeting.RecordHeld(meeting.StartsAt.AddHours(3));
        await db.SaveChangesAsync();
        var held = meeting.Id;
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var preview = await clerk.GetAsync($"/meetings/{held}/minutes.pdf");
        await PdfTextAsync(preview);
        Assert.False(await db.PublishedPapers.AnyAsync(p => p.MeetingId == held && p.Subject.EndsWith("/minutes")));
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync($"/meetings/{held}/minutes.pdf")).StatusCode);
    }

    [Fact]
    public async Task A_printed_paper_says_when_it_was_printed_and_a_full_edition_without_exempt_business_does_not_claim_any()
    {
        await using var db = Db();
        var meetingId = await db.Meetings.Where(m => m.Status != MeetingStatus.Scheduled && m.Status != MeetingStatus.Cancelled
                && !db.AgendaItems.Any(i => i.MeetingId == m.Id && (i.IsExempt || i.Documents.Any(d => d.ExemptParagraph != null))))
            .OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        var response = await (await App.SignedInAs(DemoCouncil.ClerkEmail)).GetAsync($"/meetings/{meetingId}/agenda.pdf?edition=full");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = await PdfTextAsync(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) { Headers = { ContentType = new("application/pdf") } } });
        Assert.Contains("Full edition: no exempt information", text);
        Assert.DoesNotContain("contains exempt information", text);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var created = pdf.Information.GetCreatedDateTimeOffset() ?? throw new Xunit.Sdk.XunitException($"No creation date in \"{pdf.Information.CreationDate}\"");
        // The kept version's own moment, on the council's clock (the tests' fixed "now"), not 1 January 1970.
        var kept = await db.PublishedPapers.Where(p => p.MeetingId == meetingId && p.Edition == "full").Select(p => p.GeneratedAt).SingleAsync();
        Assert.Equal(TestDatabase.Clock.GetLocalNow().DateTime, kept);
        Assert.Equal(TestDatabase.Clock.GetUtcNow(), created.ToUniversalTime());
    }

    [Fact]
    public async Task A_kept_paper_answers_a_cache_that_asks_again_and_is_refused_once_withdrawn()
    {
        var (meetingId, itemId, _) = await OpenItemWithCanaryAsync();
        var first = await App.Anonymous().GetAsync($"/meetings/{meetingId}/pack.pdf");
        await PdfTextAsync(first);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString());
        var kept = await KeptIdAsync(meetingId, "pack", "public");
        var again = new HttpRequestMessage(HttpMethod.Get, $"/papers/{kept}.pdf");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await App.Anonymous().SendAsync(again)).StatusCode);

        await ChangeItemAsync(itemId, i => i.MarkExempt(1, "Information relating to an individual."));
        var afterwards = new HttpRequestMessage(HttpMethod.Get, $"/papers/{kept}.pdf");
        afterwards.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.Gone, (await App.Anonymous().SendAsync(afterwards)).StatusCode);
    }
}
