using System.Net;
using System.Text.RegularExpressions;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace CommitteeHub.Tests.Pages;

/// <summary>The printed papers served from a meeting's page: read back as PDF, checked for what they print and, above
/// all, for what they must not.</summary>
public sealed partial class PaperTests(CommitteeHubApp app) : AppTest(app)
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    private static string Flat(string text) => Space().Replace(text, " ").Trim();

    /// <summary>The text of a PDF in reading order, with its whitespace made single spaces.</summary>
    public static (string Text, int Pages) Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return (Flat(string.Join(" ", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)))), document.NumberOfPages);
    }

    private static async Task<(string Text, int Pages, HttpResponseMessage Response)> Fetch(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var (text, pages) = Read(await response.Content.ReadAsByteArrayAsync());
        return (text, pages, response);
    }

    [Fact]
    public async Task The_seed_meeting_of_7_June_2019_has_agenda_pack_and_minutes_that_read_back_in_order()
    {
        await using var db = Db();
        var meetingId = await Demo.CouncilMeetingOf7June2019(db);
        var items = await db.AgendaItems.Where(i => i.MeetingId == meetingId && !i.IsExempt).OrderBy(i => i.SortKey).Select(i => i.Title).ToListAsync();
        var client = App.Anonymous();

        var meetingPage = await client.GetStringAsync($"/meetings/{meetingId}");
        foreach (var paper in new[] { "agenda", "pack", "minutes" }) Assert.Contains($"/meetings/{meetingId}/{paper}.pdf", meetingPage);

        var agenda = await Fetch(client, $"/meetings/{meetingId}/agenda.pdf");
        Assert.Contains("County Council", agenda.Text);
        Assert.Contains("Friday 7 June 2019", agenda.Text);
        var positions = items.Select(t => agenda.Text.IndexOf(Flat(t), StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains($"Page 1 of {agenda.Pages}", agenda.Text);

        var pack = await Fetch(client, $"/meetings/{meetingId}/pack.pdf");
        Assert.True(pack.Pages >= agenda.Pages, "The reports pack holds the agenda and then the reports.");

        var minutes = await Fetch(client, $"/meetings/{meetingId}/minutes.pdf");
        Assert.Contains("Mr Jones", minutes.Text);
        Assert.DoesNotContain("DRAFT", minutes.Text);
    }

    [Fact]
    public async Task Draft_minutes_say_draft_on_every_page_and_are_not_printed_before_they_are_published()
    {
        await using var db = Db();
        var draft = await db.Meetings.Where(m => m.Status == MeetingStatus.DraftMinutesPublished).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        var (text, pages, _) = await Fetch(App.Anonymous(), $"/meetings/{draft}/minutes.pdf");
        Assert.True(Regex.Matches(text, "DRAFT").Count >= pages, "Every page of draft minutes is marked DRAFT.");

        var unminuted = await db.Meetings.Where(m => m.Status == MeetingStatus.AgendaPublished).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync($"/meetings/{unminuted}/minutes.pdf")).StatusCode);
    }

    [Theory]
    [InlineData(ExemptAccess.CommitteeMembers)]
    [InlineData(ExemptAccess.StaffOnly)]
    public async Task The_public_pack_never_prints_an_exempt_paper_and_the_full_one_only_for_those_entitled(ExemptAccess rule)
    {
        await using var db = Db();
        var paper = await Demo.ExemptDocument(db, rule);
        var secret = Flat(await ExemptAccessTests.ConfidentialSentence(paper.DocumentId));
        var itemTitle = await db.AgendaItems.Where(i => i.Id == paper.ItemId).Select(i => i.Title).SingleAsync();

        var publicPack = await Fetch(App.Anonymous(), $"/meetings/{paper.MeetingId}/pack.pdf");
        Assert.DoesNotContain(secret, publicPack.Text);
        Assert.Contains(Flat(itemTitle), publicPack.Text);
        Assert.Contains("Schedule 12A", publicPack.Text);

        var anonymousFull = await App.Anonymous().GetAsync($"/meetings/{paper.MeetingId}/pack.pdf?edition=full");
        Assert.StartsWith("/account/sign-in", anonymousFull.Headers.Location!.PathAndQuery);

        var clerkFull = await Fetch(await App.SignedInAs(DemoCouncil.ClerkEmail), $"/meetings/{paper.MeetingId}/pack.pdf?edition=full");
        Assert.Contains(secret, clerkFull.Text);

        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        var personId = await Demo.DemoCouncillorPersonId(db);
        var sits = await db.Memberships.AnyAsync(m => m.CommitteeId == paper.CommitteeId && m.PersonId == personId);
        var councillorFull = await councillor.GetAsync($"/meetings/{paper.MeetingId}/pack.pdf?edition=full");
        if (!sits)
        {
            Assert.Equal(HttpStatusCode.Redirect, councillorFull.StatusCode);
            Assert.StartsWith("/account/access-denied", councillorFull.Headers.Location!.PathAndQuery);
            return;
        }
        var (text, _) = Read(await councillorFull.Content.ReadAsByteArrayAsync());
        if (rule == ExemptAccess.StaffOnly) Assert.DoesNotContain(secret, text);
        else Assert.Contains(secret, text);
    }

    [Fact]
    public async Task A_councillor_off_the_committee_is_refused_the_full_edition()
    {
        await using var db = Db();
        var personId = await Demo.DemoCouncillorPersonId(db);
        var meetingId = await db.Meetings.Where(m => m.Status != MeetingStatus.Scheduled && !db.Memberships.Any(s => s.CommitteeId == m.CommitteeId && s.PersonId == personId))
            .OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        var response = await (await App.SignedInAs(DemoCouncil.CouncillorEmail)).GetAsync($"/meetings/{meetingId}/pack.pdf?edition=full");
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_published_paper_that_changes_gets_a_new_version_and_the_old_one_stays_available()
    {
        await using var db = Db();
        var meetingId = await Demo.SelectCommitteeMeetingOf17July2019(db);
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var before = await Fetch(clerk, $"/meetings/{meetingId}/pack.pdf");
        var again = await clerk.GetAsync($"/meetings/{meetingId}/pack.pdf");
        Assert.Equal(before.Response.Headers.ETag, again.Headers.ETag);
        Assert.Equal(1, await db.PublishedPapers.CountAsync(p => p.Subject == $"meeting/{meetingId}/pack" && p.Edition == "public"));

        var report = await db.Documents.Where(d => d.Body != null && db.AgendaItems.Any(i => i.Id == d.AgendaItemId && i.MeetingId == meetingId && !i.IsExempt))
            .OrderBy(d => d.Id).FirstAsync();
        report.Revise(report.Body + "\n\nA correction published after the meeting: the figures in table 2 are for 2018/19.", new DateTime(2026, 11, 23, 9, 0, 0));
        await db.SaveChangesAsync();

        var after = await Fetch(clerk, $"/meetings/{meetingId}/pack.pdf");
        Assert.Contains("the figures in table 2 are for 2018/19", after.Text);
        Assert.NotEqual(before.Response.Headers.ETag, after.Response.Headers.ETag);
        var earlier = await db.PublishedPapers.Where(p => p.Subject == $"meeting/{meetingId}/pack" && p.Edition == "public").OrderBy(p => p.Id).FirstAsync();
        var old = await Fetch(App.Anonymous(), $"/papers/{earlier.Id}.pdf");
        Assert.DoesNotContain("the figures in table 2 are for 2018/19", old.Text);
    }

    [Fact]
    public async Task An_earlier_full_edition_is_kept_from_the_public()
    {
        await using var db = Db();
        var paper = await Demo.ExemptDocument(db, ExemptAccess.StaffOnly);
        await Fetch(await App.SignedInAs(DemoCouncil.ClerkEmail), $"/meetings/{paper.MeetingId}/pack.pdf?edition=full");
        var full = await db.PublishedPapers.Where(p => p.Edition == "full").Select(p => p.Id).SingleAsync();
        var anonymous = await App.Anonymous().GetAsync($"/papers/{full}.pdf");
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathAndQuery);
        var councillor = await (await App.SignedInAs(DemoCouncil.CouncillorEmail)).GetAsync($"/papers/{full}.pdf");
        Assert.StartsWith("/account/access-denied", councillor.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_motion_of_7_June_2019_prints_with_its_amendment_as_tracked_changes()
    {
        await using var db = Db();
        var motion = await Demo.MotionByMrJones(db);
        var (text, _, _) = await Fetch(App.Anonymous(), $"/motions/{motion.Id}/motion.pdf");
        Assert.Contains("Mr Jones", text);
        Assert.Contains("Mr Simmons", text);
        Assert.Contains("the overall effectiveness", text);
        Assert.Contains("all elements", text);
    }

    [Theory]
    [InlineData("/meetings/{0}/bogus.pdf", HttpStatusCode.BadRequest)]
    [InlineData("/meetings/{0}/pack.pdf?edition=secret", HttpStatusCode.BadRequest)]
    [InlineData("/meetings/abc/pack.pdf", HttpStatusCode.BadRequest)]
    [InlineData("/meetings/999999/pack.pdf", HttpStatusCode.NotFound)]
    [InlineData("/papers/999999.pdf", HttpStatusCode.NotFound)]
    [InlineData("/papers/x.pdf", HttpStatusCode.BadRequest)]
    [InlineData("/motions/999999/motion.pdf", HttpStatusCode.NotFound)]
    public async Task Bad_addresses_for_papers_get_a_clear_answer(string url, HttpStatusCode expected)
    {
        await using var db = Db();
        var meetingId = await Demo.CouncilMeetingOf7June2019(db);
        var response = await App.Anonymous().GetAsync(string.Format(url, meetingId));
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest) Assert.Contains("There is a problem", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_papers_of_a_meeting_whose_agenda_is_not_published_are_not_printed()
    {
        await using var db = Db();
        var scheduled = await db.Meetings.Where(m => m.Status == MeetingStatus.Scheduled).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync($"/meetings/{scheduled}/pack.pdf")).StatusCode);
    }
}

/// <summary>Uploaded PDF appendices: merged into the pack at their place, and refused at upload when they would not
/// open.</summary>
public sealed class AppendixTests(CommitteeHubApp app) : AppTest(app)
{
    public static byte[] APdf(string text)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText(text, 12, new UglyToad.PdfPig.Core.PdfPoint(72, 720), font);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("Second page of the appendix", 12, new UglyToad.PdfPig.Core.PdfPoint(72, 720), font);
        return builder.Build();
    }

    [Fact]
    public async Task An_uploaded_pdf_appendix_is_merged_into_the_pack_with_its_pages()
    {
        int meetingId;
        await using (var db = Db())
        {
            meetingId = await Demo.SelectCommitteeMeetingOf17July2019(db);
            var item = await db.AgendaItems.Include(i => i.Documents).Where(i => i.MeetingId == meetingId && !i.IsExempt && i.Documents.Any())
                .OrderBy(i => i.SortKey).FirstAsync();
            item.AttachDocument(Document.Uploaded("Ofsted inspection letter", DocumentKind.Appendix, null, "letter.pdf", APdf("Appendix A: the inspection letter of 23 May 2019"))
                .Approve().PublishedAt(new DateOnly(2019, 7, 9)));
            await db.SaveChangesAsync();
        }
        var response = await App.Anonymous().GetAsync($"/meetings/{meetingId}/pack.pdf");
        var (text, pages) = PaperTests.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Appendix A: the inspection letter of 23 May 2019", text);
        Assert.Contains("Second page of the appendix", text);
        Assert.Contains($"Page {pages} of {pages}", text);
    }

    [Theory]
    [InlineData("broken.pdf", "not a PDF")]
    [InlineData("empty-ish.pdf", "%PDF-1.7")]
    public async Task A_pdf_that_would_not_open_is_refused_at_upload_with_a_clear_message(string fileName, string content)
    {
        int itemId;
        await using (var db = Db())
        {
            itemId = await db.AgendaItems.Where(i => db.Meetings.Any(m => m.Id == i.MeetingId && m.Status == MeetingStatus.AgendaPublished))
                .OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        }
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var form = await clerk.GetStringAsync($"/clerk/items/{itemId}");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(CommitteeHubApp.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new StringContent("Budget appendix"), "Input.UploadTitle" },
            { new StringContent("Appendix"), "Input.UploadKind" },
            { new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes(content)), "Upload", fileName },
        };
        var response = await clerk.PostAsync($"/clerk/items/{itemId}?handler=UploadPaper", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"\"{fileName}\" cannot be published", html);
        await using var check = Db();
        Assert.False(await check.Documents.AnyAsync(d => d.AgendaItemId == itemId && d.Title == "Budget appendix"));
    }
}
