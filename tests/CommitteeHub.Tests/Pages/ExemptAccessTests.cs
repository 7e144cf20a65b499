using System.Net;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Pages;

/// <summary>Schedule 12A: exempt papers reach only those entitled — staff always; councillors for committees they sit
/// on unless the item is restricted to staff; the public never — on every page and download.</summary>
public sealed class ExemptAccessTests(CommitteeHubApp app) : AppTest(app)
{
    internal static async Task<string> ConfidentialSentence(int documentId)
    {
        await using var db = Db();
        var body = await db.Documents.Where(d => d.Id == documentId).Select(d => d.Body).SingleAsync();
        // A distinctive stretch of a plain paragraph of the confidential text: if it appears in a response, the paper
        // has leaked.
        return body!.Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 40 && !l.StartsWith('|') && !l.StartsWith('#') && l.IndexOfAny(['*', '_', '[', '`', '|']) < 0)
            .OrderByDescending(l => l.Length).First()[..40];
    }

    public static TheoryData<ExemptAccess> Rules => new() { ExemptAccess.CommitteeMembers, ExemptAccess.StaffOnly };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task The_public_see_an_exempt_items_title_and_paragraph_but_never_its_papers(ExemptAccess rule)
    {
        await using var db = Db();
        var paper = await Demo.ExemptDocument(db, rule);
        var secret = await ConfidentialSentence(paper.DocumentId);
        var client = App.Anonymous();

        var meeting = WebUtility.HtmlDecode(await client.GetStringAsync($"/meetings/{paper.MeetingId}"));
        var item = WebUtility.HtmlDecode(await client.GetStringAsync($"/items/{paper.ItemId}"));
        foreach (var page in new[] { meeting, item })
        {
            Assert.Contains("Schedule 12A to the Local Government Act 1972, paragraph", page);
            Assert.DoesNotContain($"/documents/{paper.DocumentId}\"", page);
            Assert.DoesNotContain(secret, page);
        }

        var document = await client.GetAsync($"/documents/{paper.DocumentId}");
        Assert.Equal(HttpStatusCode.Redirect, document.StatusCode);
        Assert.StartsWith("/account/sign-in", document.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain(secret, await document.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_councillor_reads_the_exempt_papers_of_a_committee_they_sit_on()
    {
        await using var db = Db();
        var paper = await Demo.ExemptDocument(db, ExemptAccess.CommitteeMembers);
        var personId = await Demo.DemoCouncillorPersonId(db);
        Assert.True(await db.Memberships.AnyAsync(m => m.CommitteeId == paper.CommitteeId && m.PersonId == personId),
            "The demo councillor should sit on the committee of the members-only exempt item.");
        var secret = await ConfidentialSentence(paper.DocumentId);
        var client = await App.SignedInAs(DemoCouncil.CouncillorEmail);

        var response = await client.GetAsync($"/documents/{paper.DocumentId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(secret, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Contains($"/documents/{paper.DocumentId}\"", await client.GetStringAsync($"/meetings/{paper.MeetingId}"));
    }

    [Fact]
    public async Task A_page_cached_for_the_public_is_never_served_to_a_councillor_nor_theirs_to_the_public()
    {
        await using var db = Db();
        var paper = await Demo.ExemptDocument(db, ExemptAccess.CommitteeMembers);
        var link = $"/documents/{paper.DocumentId}\"";
        var anonymous = App.Anonymous();
        Assert.DoesNotContain(link, await anonymous.GetStringAsync($"/meetings/{paper.MeetingId}"));
        Assert.DoesNotContain(link, await anonymous.GetStringAsync($"/meetings/{paper.MeetingId}"));

        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        Assert.Contains(link, await councillor.GetStringAsync($"/meetings/{paper.MeetingId}"));
        Assert.DoesNotContain(link, await App.Anonymous().GetStringAsync($"/meetings/{paper.MeetingId}"));
    }

    [Fact]
    public async Task A_councillor_is_refused_an_item_restricted_to_staff()
    {
        await using var db = Db();
        var paper = await Demo.ExemptDocument(db, ExemptAccess.StaffOnly);
        var secret = await ConfidentialSentence(paper.DocumentId);
        var client = await App.SignedInAs(DemoCouncil.CouncillorEmail);

        var response = await client.GetAsync($"/documents/{paper.DocumentId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
        var denied = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.DoesNotContain(secret, WebUtility.HtmlDecode(await client.GetStringAsync($"/meetings/{paper.MeetingId}")));
    }

    [Fact]
    public async Task A_councillor_is_refused_exempt_papers_of_a_committee_they_do_not_sit_on()
    {
        int documentId;
        await using (var db = Db())
        {
            var personId = await Demo.DemoCouncillorPersonId(db);
            var meeting = await db.Meetings.Include(m => m.Items)
                .Where(m => (m.Status == MeetingStatus.DraftMinutesPublished || m.Status == MeetingStatus.Held || m.Status == MeetingStatus.AgendaPublished)
                            && !db.Memberships.Any(s => s.CommitteeId == m.CommitteeId && s.PersonId == personId))
                .FirstAsync();
            var item = meeting.Items.OrderBy(i => i.Id).First(i => i.Role == AgendaItemRole.Business);
            item.MarkExempt(3, "The public interest in withholding the terms outweighs disclosure while negotiations continue.");
            item.AttachDocument(Document.Written("Terms of disposal", DocumentKind.Report, "Head of Property", "The offer accepted is £1,234,567 from Bidder Q.").Approve().PublishedAt(DateOnly.FromDateTime(meeting.StartsAt.AddDays(-7))));
            await db.SaveChangesAsync();
            documentId = item.Documents[0].Id;
        }
        var client = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        var response = await client.GetAsync($"/documents/{documentId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData(DemoCouncil.ClerkEmail)]
    [InlineData(DemoCouncil.AdminEmail)]
    public async Task Clerks_and_administrators_read_every_exempt_paper(string email)
    {
        await using var db = Db();
        var client = await App.SignedInAs(email);
        foreach (var rule in new[] { ExemptAccess.CommitteeMembers, ExemptAccess.StaffOnly })
        {
            var paper = await Demo.ExemptDocument(db, rule);
            var response = await client.GetAsync($"/documents/{paper.DocumentId}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(await ConfidentialSentence(paper.DocumentId), WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
            Assert.Contains("Not for publication", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task An_uploaded_exempt_file_downloads_only_for_those_entitled()
    {
        int documentId;
        var bytes = "%PDF-1.4\n% confidential bid prices\n"u8.ToArray();
        await using (var db = Db())
        {
            var paper = await Demo.ExemptDocument(db, ExemptAccess.StaffOnly);
            var item = await db.AgendaItems.Include(i => i.Documents).SingleAsync(i => i.Id == paper.ItemId);
            var upload = item.AttachDocument(Document.Uploaded("Bid evaluation scores", DocumentKind.Appendix, null, "scores.pdf", bytes).Approve().PublishedAt(new DateOnly(2026, 11, 20)));
            await db.SaveChangesAsync();
            documentId = upload.Id;
        }
        var anonymous = await App.Anonymous().GetAsync($"/documents/{documentId}/file");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        var councillor = await (await App.SignedInAs(DemoCouncil.CouncillorEmail)).GetAsync($"/documents/{documentId}/file");
        Assert.Equal(HttpStatusCode.Redirect, councillor.StatusCode);
        Assert.StartsWith("/account/access-denied", councillor.Headers.Location!.PathAndQuery);

        var clerk = await (await App.SignedInAs(DemoCouncil.ClerkEmail)).GetAsync($"/documents/{documentId}/file");
        Assert.Equal(HttpStatusCode.OK, clerk.StatusCode);
        Assert.Equal("application/pdf", clerk.Content.Headers.ContentType!.MediaType);
        Assert.Equal(bytes, await clerk.Content.ReadAsByteArrayAsync());
        Assert.Contains("no-store", clerk.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task An_exempt_appendix_to_a_public_report_is_listed_with_its_paragraph_but_not_linked_for_the_public()
    {
        await using var db = Db();
        var appendix = await db.Documents.Where(d => d.ExemptParagraph != null)
            .Join(db.AgendaItems.Where(i => !i.IsExempt), d => d.AgendaItemId, i => i.Id, (d, i) => new { d.Id, d.Title, i.MeetingId, d.ExemptParagraph })
            .FirstAsync();
        var body = WebUtility.HtmlDecode(await App.Anonymous().GetStringAsync($"/meetings/{appendix.MeetingId}"));
        Assert.Contains(appendix.Title, body);
        Assert.Contains($"Exempt, paragraph {appendix.ExemptParagraph}", body);
        Assert.DoesNotContain($"/documents/{appendix.Id}\"", body);
        Assert.Equal(HttpStatusCode.Redirect, (await App.Anonymous().GetAsync($"/documents/{appendix.Id}")).StatusCode);
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/documents/{appendix.Id}")).StatusCode);
    }
}
