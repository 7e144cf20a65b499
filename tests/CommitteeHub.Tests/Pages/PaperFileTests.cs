using System.Net;
using System.Security.Cryptography;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Pages.Clerk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CommitteeHub.Tests.Pages;

/// <summary>Uploaded files' bytes are kept apart from their papers: loading a meeting's papers reads none of them, and
/// they are read only to be sent, printed or checked.</summary>
public sealed class PaperFileTests(CommitteeHubApp app) : AppTest(app)
{
    /// <summary>A context that keeps the text of every command it sends.</summary>
    private static CouncilDb Watched(List<string> sent) =>
        new(new DbContextOptionsBuilder<CouncilDb>().UseNpgsql(TestDatabase.ConnectionString(TestDatabase.TestName))
            .LogTo(sent.Add, [RelationalEventId.CommandExecuting]).Options);

    /// <summary>A public item on a published agenda, with an uploaded PDF appendix published on it.</summary>
    private static async Task<(int MeetingId, int DocumentId)> PublishedUpload(byte[] content)
    {
        await using var db = Db();
        var item = await db.AgendaItems.Include(i => i.Documents)
            .Where(i => !i.IsExempt && db.Meetings.Any(m => m.Id == i.MeetingId && m.Status == MeetingStatus.AgendaPublished))
            .OrderBy(i => i.Id).FirstAsync();
        var paper = Document.Uploaded("Ofsted inspection letter", DocumentKind.Appendix, null, "letter.pdf", content)
            .Approve().PublishedAt(DateOnly.FromDateTime(TestDatabase.Clock.GetLocalNow().DateTime));
        item.AttachDocument(paper);
        await db.SaveChangesAsync();
        return (item.MeetingId, paper.Id);
    }

    [Fact]
    public async Task Loading_a_meeting_with_its_items_and_papers_for_the_clerk_reads_none_of_their_files()
    {
        var (meetingId, documentId) = await PublishedUpload(AppendixTests.APdf("Appendix A: the inspection letter"));
        var sent = new List<string>();
        await using (var db = Watched(sent))
        {
            var meeting = await Clerking.LoadMeetingAsync(db, meetingId, default);
            var upload = meeting!.Items.SelectMany(i => i.Documents).Single(d => d.Id == documentId);
            Assert.True(upload.IsUpload);
            Assert.Null(upload.File);
            // And the clerk's paper page, which loads the paper with its earlier versions.
            await db.Documents.Include(d => d.Revisions).FirstAsync(d => d.Id == documentId);
        }
        Assert.NotEmpty(sent);
        // The bytes are the only column called Content, in document_files (on documents before they were moved).
        Assert.DoesNotContain(sent, sql => sql.Contains("\"Content\"") || sql.Contains("document_files"));
    }

    [Fact]
    public async Task A_replaced_file_downloads_exactly_and_its_earlier_version_still_downloads_its_own_bytes()
    {
        var first = AppendixTests.APdf("The first letter");
        var second = AppendixTests.APdf("The corrected letter, a little longer");
        var (_, documentId) = await PublishedUpload(first);
        await using (var db = Db())
        {
            var paper = await db.Documents.Include(d => d.Revisions).FirstAsync(d => d.Id == documentId);
            paper.Replace("letter-corrected.pdf", second, TestDatabase.Clock.GetLocalNow().DateTime);
            await db.SaveChangesAsync();
        }

        var anonymous = App.Anonymous();
        var current = await anonymous.GetAsync($"/documents/{documentId}/file");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(second, await current.Content.ReadAsByteArrayAsync());
        var earlier = await anonymous.GetAsync($"/documents/{documentId}/version?number=1");
        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
        Assert.Equal(first, await earlier.Content.ReadAsByteArrayAsync());

        await using var check = Db();
        var kept = await check.Documents.AsNoTracking().Include(d => d.Revisions).FirstAsync(d => d.Id == documentId);
        Assert.Equal((2, second.Length, Convert.ToHexStringLower(SHA256.HashData(second))), (kept.Version, kept.FileSize!.Value, kept.FileSha256));
        var revision = Assert.Single(kept.Revisions);
        Assert.Equal((first.Length, Convert.ToHexStringLower(SHA256.HashData(first))), (revision.FileSize!.Value, revision.FileSha256));
        Assert.NotEqual(kept.FileId, revision.FileId);
    }

    [Fact]
    public async Task The_migration_moves_each_kept_file_to_its_own_row_with_its_paper_and_its_earlier_version()
    {
        var first = AppendixTests.APdf("The first letter");
        var second = AppendixTests.APdf("The corrected letter");
        var (_, documentId) = await PublishedUpload(first);
        await using (var db = Db())
        {
            var paper = await db.Documents.Include(d => d.Revisions).FirstAsync(d => d.Id == documentId);
            paper.Replace("letter-corrected.pdf", second, TestDatabase.Clock.GetLocalNow().DateTime);
            await db.SaveChangesAsync();
        }
        await using var migrating = new CouncilDb(new DbContextOptionsBuilder<CouncilDb>()
            .UseNpgsql(TestDatabase.ConnectionString(TestDatabase.TestName), o => o.MigrationsAssembly(CouncilDb.MigrationsAssembly)).Options);
        var migrator = migrating.GetService<IMigrator>();
        var before = "20261203132259_LostOrDoubledWork";

        // Back to the bytes on the rows, then forward again: what was kept on each row is what is kept apart.
        await migrator.MigrateAsync(before);
        Assert.Equal(second, await Bytes(migrating, $"SELECT \"Content\" AS \"Value\" FROM documents WHERE \"Id\" = {documentId}"));
        Assert.Equal(first, await Bytes(migrating, $"SELECT \"Content\" AS \"Value\" FROM document_revisions WHERE \"DocumentId\" = {documentId}"));
        await migrator.MigrateAsync();
        Assert.Empty(await migrating.Database.GetPendingMigrationsAsync());

        await using var check = Db();
        var kept = await check.Documents.AsNoTracking().Include(d => d.File).Include(d => d.Revisions).ThenInclude(r => r.File)
            .FirstAsync(d => d.Id == documentId);
        Assert.Equal(second, kept.File!.Content);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(second)), kept.FileSha256);
        var revision = Assert.Single(kept.Revisions);
        Assert.Equal(first, revision.File!.Content);
        Assert.Equal((first.Length, Convert.ToHexStringLower(SHA256.HashData(first))), (revision.FileSize!.Value, revision.FileSha256));
        // A written paper has no file, before and after.
        Assert.True(await check.Documents.AnyAsync(d => d.Body != null && d.FileId == null));
    }

    [Fact]
    public async Task A_file_that_no_paper_or_earlier_version_refers_to_any_more_is_deleted()
    {
        var (_, publishedId) = await PublishedUpload(AppendixTests.APdf("The published letter"));
        await using var db = Db();
        var item = await db.AgendaItems.Include(i => i.Documents).FirstAsync(i => i.Documents.Any(d => d.Id == publishedId));
        var draft = Document.Uploaded("Draft letter", DocumentKind.Appendix, null, "draft.pdf", AppendixTests.APdf("The draft"));
        item.AttachDocument(draft);
        await db.SaveChangesAsync();
        var draftFile = draft.FileId!.Value;

        // A draft's file replaced before publication has no earlier version to keep it.
        draft.Replace("draft-2.pdf", AppendixTests.APdf("The second draft"), TestDatabase.Clock.GetLocalNow().DateTime);
        await db.SaveChangesAsync();
        Assert.False(await db.DocumentFiles.AnyAsync(f => f.Id == draftFile));
        Assert.True(await db.DocumentFiles.AnyAsync(f => f.Id == draft.FileId));

        // A published paper's file replaced is kept for its earlier version, until the paper itself is deleted.
        var published = item.Documents.Single(d => d.Id == publishedId);
        var publishedFile = published.FileId!.Value;
        published.Replace("letter-2.pdf", AppendixTests.APdf("The corrected letter"), TestDatabase.Clock.GetLocalNow().DateTime);
        await db.SaveChangesAsync();
        Assert.True(await db.DocumentFiles.AnyAsync(f => f.Id == publishedFile));
        var files = new[] { publishedFile, published.FileId!.Value, draft.FileId!.Value };
        await db.Documents.Where(d => d.Id == publishedId || d.Id == draft.Id).ExecuteDeleteAsync();
        Assert.False(await db.DocumentFiles.AnyAsync(f => files.Contains(f.Id)));
    }

    private static async Task<byte[]> Bytes(CouncilDb db, string sql) => await db.Database.SqlQueryRaw<byte[]>(sql).SingleAsync();
}
