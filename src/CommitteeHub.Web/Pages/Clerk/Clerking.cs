using CommitteeHub.Data;
using CommitteeHub.Documents.Papers;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Clerk;

/// <summary>
/// What the clerk's steps share: who may take them, the council's clock, the loading of the meeting they change, and
/// the checks made before saving (the row's version, an upload that must open). Saving is <see cref="Recording"/>'s.
/// </summary>
public static class Clerking
{
    public const string Roles = $"{Data.Roles.Clerk},{Data.Roles.Administrator}";

    public static DateTime Now(TimeProvider clock) => clock.GetLocalNow().DateTime;

    public const string NoVersion = "The form was sent without the version of the record it was shown with, so it cannot be told whether someone else has changed it since: nothing was saved. Reload the page and make your change again.";

    /// <summary>Makes a save fail with a conflict if the row changed since the form was shown (PostgreSQL xmin). A form
    /// that should carry the version but does not is refused: saving it unchecked could overwrite another's change.
    /// Called after the domain step, so that a step the rules refuse anyway is refused with the rule's reason.</summary>
    public static void ExpectVersion<T>(CouncilDb db, T entity, uint? version, string property = "Version") where T : class =>
        db.Entry(entity).Property(property).OriginalValue = version ?? throw new DomainException(NoVersion);

    /// <summary>A PDF is merged into the printed reports pack, so it must open: not damaged, not encrypted, within
    /// the size, page and unpacked-size limits; a Word, Excel or OpenDocument file must not be a zip bomb. The check
    /// runs at upload, when the clerk can still fix it.</summary>
    public static void RefuseUnsafeUpload(string? fileName, byte[]? content, UploadLimits limits)
    {
        var name = FileNames.ForDisplay(fileName);
        if (content is not null && UploadCheck.Refusal(name, content, Document.MaxUploadBytes, limits) is { } error)
            throw new DomainException($"\"{name}\" cannot be published: {error}");
    }

    /// <summary>The meeting a paper is on, to take a step on the paper through it (with the paper's earlier versions).</summary>
    public static async Task<Meeting?> LoadMeetingOfPaperAsync(CouncilDb db, int paperId, CancellationToken ct)
    {
        var meetingId = await db.Documents.Where(d => d.Id == paperId).Join(db.AgendaItems, d => d.AgendaItemId, i => i.Id, (d, i) => (int?)i.MeetingId).FirstOrDefaultAsync(ct);
        if (meetingId is null || await LoadMeetingAsync(db, meetingId.Value, ct) is not { } meeting) return null;
        await db.Set<DocumentRevision>().Where(r => r.DocumentId == paperId).LoadAsync(ct);
        return meeting;
    }

    public static async Task<Meeting?> LoadMeetingAsync(CouncilDb db, int meetingId, CancellationToken ct) =>
        await db.Meetings.Include(m => m.Items).ThenInclude(i => i.Documents)
            .Include(m => m.Items).ThenInclude(i => i.Resolutions)
            .Include(m => m.Attendance)
            .AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == meetingId, ct);
}
