using System.Net;
using CommitteeHub.Domain;
using CommitteeHub.TestFiles;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Pages;

/// <summary>Uploads that would exhaust the server when printed or opened are refused on the clerk's item page with a
/// clear message and not stored; one stored before the limits is left out of the pack, which says so. The name an
/// upload is kept and downloaded under is made safe.</summary>
public sealed class UploadLimitTests(CommitteeHubApp app) : AppTest(app)
{
    private const long Megabyte = 1024 * 1024;

    private static async Task<int> PublicItemOnAPublishedAgenda()
    {
        await using var db = Db();
        return await db.AgendaItems.Where(i => !i.IsExempt && db.Meetings.Any(m => m.Id == i.MeetingId && m.Status == MeetingStatus.AgendaPublished))
            .OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
    }

    private async Task<(HttpStatusCode Status, string Html)> Upload(HttpClient clerk, int itemId, string title, string fileName, byte[] content)
    {
        var form = await clerk.GetStringAsync($"/clerk/items/{itemId}");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(CommitteeHubApp.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new StringContent(title), "Input.UploadTitle" },
            { new StringContent("Appendix"), "Input.UploadKind" },
            { new ByteArrayContent(content), "Upload", fileName },
        };
        var response = await clerk.PostAsync($"/clerk/items/{itemId}?handler=UploadPaper", body);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static async Task<bool> Stored(int itemId, string title)
    {
        await using var db = Db();
        return await db.Documents.AnyAsync(d => d.AgendaItemId == itemId && d.Title == title);
    }

    public static TheoryData<string, string, string> Hostile() => new()
    {
        { "a PDF of zeros inflating to 300 MB", "bomb.pdf", "unpacks to more than 200 MB" },
        { "a PDF of 5,000 pages", "pages.pdf", "5,000 pages, more than the limit of 500" },
        { "a Word file of zeros compressed a thousand times over", "bomb.docx", "times its size" },
    };

    private static byte[] Make(string fileName) => fileName switch
    {
        "bomb.pdf" => HostileFiles.PdfBomb(300 * Megabyte),
        "pages.pdf" => HostileFiles.ManyPages(5_000),
        _ => HostileFiles.ZipBomb(50 * Megabyte),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_file_that_unpacks_past_the_limits_is_refused_at_upload_with_a_clear_message_and_not_stored(string what, string fileName, string reason)
    {
        var itemId = await PublicItemOnAPublishedAgenda();
        var content = Make(fileName);
        Assert.True(content.Length < 2 * Megabyte, $"{what} is {content.Length:N0} bytes, within the upload limit");
        var (status, html) = await Upload(await App.SignedInAs(DemoCouncil.ClerkEmail), itemId, "Budget appendix", fileName, content);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"\"{fileName}\" cannot be published", html);
        Assert.Contains(reason, html);
        Assert.False(await Stored(itemId, "Budget appendix"));
    }

    [Fact]
    public async Task An_appendix_stored_before_the_limits_that_exceeds_them_is_left_out_of_the_pack_which_says_so()
    {
        int meetingId;
        await using (var db = Db())
        {
            meetingId = await Demo.SelectCommitteeMeetingOf17July2019(db);
            var item = await db.AgendaItems.Include(i => i.Documents).Where(i => i.MeetingId == meetingId && !i.IsExempt && i.Documents.Any())
                .OrderBy(i => i.SortKey).FirstAsync();
            item.AttachDocument(Document.Uploaded("Inspection data", DocumentKind.Appendix, null, "data.pdf", HostileFiles.PdfBomb(300 * Megabyte))
                .Approve().PublishedAt(new DateOnly(2019, 7, 9)));
            await db.SaveChangesAsync();
        }
        var response = await App.Anonymous().GetAsync($"/meetings/{meetingId}/pack.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (text, _) = PaperTests.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("This appendix could not be included in the pack", text);
        Assert.Contains("unpacks to more than 200 MB", text);
        Assert.Contains("published as a separate file, data.pdf", text);
    }

    [Fact]
    public async Task An_upload_is_kept_shown_and_downloaded_under_a_safe_name()
    {
        var itemId = await PublicItemOnAPublishedAgenda();
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        // A Windows path with a parent step, a right-to-left override that would show "…fdp.exe" as "…exe.pdf", a bell.
        var (status, html) = await Upload(clerk, itemId, "Café budget", "C:\\Users\\clerk\\..\\Café \u202Ebudget\u0007 plan.pdf", AppendixTests.APdf("Budget"));
        Assert.Equal(HttpStatusCode.Redirect, status);
        int documentId;
        await using (var db = Db())
        {
            var document = await db.Documents.SingleAsync(d => d.AgendaItemId == itemId && d.Title == "Café budget");
            Assert.Equal("Café budget plan.pdf", document.FileName);
            documentId = document.Id;
        }
        var done = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/clerk/items/{itemId}"));
        Assert.Contains("(Café budget plan.pdf)", done);
        Assert.False(done.Contains('\u202E'), "the override reached the page");

        var download = await clerk.GetAsync($"/documents/{documentId}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Café budget plan.pdf", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''Caf%C3%A9%20budget%20plan.pdf", download.Content.Headers.GetValues("Content-Disposition").Single());
    }
}
