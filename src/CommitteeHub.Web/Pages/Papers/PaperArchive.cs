using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Papers;

/// <summary>
/// Keeps every version of every printed paper (generated once per content, then served as stored) and decides, on
/// every request, whether the reader may have a kept paper now: its edition must be theirs, its meeting's agenda (and
/// for minutes, the minutes) published to them, and every item and document it prints readable by them as those
/// items stand today. A paper that prints what has since been made exempt, restricted to staff or taken off the
/// agenda is withdrawn: served to staff only, and everyone else is told so and why, as a council withdraws a paper.
/// </summary>
public sealed class PaperArchive(CouncilDb db, Reader reader, TimeProvider clock)
{
    public const string Public = "public";

    /// <summary>Readers asking at once for a version not yet printed wait for one rendering rather than each making
    /// their own (a pack may take seconds); striped, so different papers print in parallel.</summary>
    private static readonly SemaphoreSlim[] Printing = [.. Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1))];

    /// <param name="render">Prints the paper, given the moment it is printed (written into it as its creation date).</param>
    public async Task<PublishedPaper> KeepAsync<T>(string subject, int meetingId, string edition, PaperSources.Source<T> source,
        Func<DateTimeOffset, Task<byte[]>> render, CancellationToken ct)
    {
        var kept = await FindAsync(subject, edition, source.Fingerprint, ct);
        if (kept is not null) return kept;
        var stripe = Printing[(int)((uint)StringComparer.Ordinal.GetHashCode(subject + "|" + edition) % (uint)Printing.Length)];
        await stripe.WaitAsync(ct);
        try
        {
            return await FindAsync(subject, edition, source.Fingerprint, ct) ?? await PrintAsync(subject, meetingId, edition, source, render, ct);
        }
        finally
        {
            stripe.Release();
        }
    }

    private async Task<PublishedPaper> PrintAsync<T>(string subject, int meetingId, string edition, PaperSources.Source<T> source,
        Func<DateTimeOffset, Task<byte[]>> render, CancellationToken ct)
    {
        var now = clock.GetLocalNow();
        var paper = new PublishedPaper(subject, meetingId, edition, source.Fingerprint, now.DateTime, await render(now), source.Contents);
        db.PublishedPapers.Add(paper);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance of the app printed the same version at the same moment: its copy is the same paper.
            db.ChangeTracker.Clear();
            return await FindAsync(subject, edition, source.Fingerprint, ct) ?? throw new InvalidOperationException($"The kept paper {subject} could not be saved.");
        }
        return paper;
    }

    /// <summary>A paper printed for staff while its agenda or minutes are not yet published: served to them, never
    /// kept, so nothing printed before publication can be served afterwards.</summary>
    public async Task<PublishedPaper> PreviewAsync(string subject, int meetingId, Func<DateTimeOffset, Task<byte[]>> render)
    {
        var now = clock.GetLocalNow();
        return new(subject, meetingId, "preview", "", now.DateTime, await render(now), []);
    }

    private Task<PublishedPaper?> FindAsync(string subject, string edition, string fingerprint, CancellationToken ct) =>
        db.PublishedPapers.AsNoTracking().FirstOrDefaultAsync(p => p.Subject == subject && p.Edition == edition && p.Fingerprint == fingerprint, ct);

    public Task<PublishedPaper?> FindAsync(long id, CancellationToken ct) =>
        db.PublishedPapers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>Null if the reader may have the paper now; otherwise the answer to give them.</summary>
    public async Task<IActionResult?> RefusalAsync(PublishedPaper paper, HttpContext http, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == paper.MeetingId)
            .Select(m => new { m.Status, m.CommitteeId, m.StartsAt }).FirstOrDefaultAsync(ct);
        var scope = await reader.ScopeAsync(ct);
        if (meeting is null || !scope.MaySeeAgenda(meeting.Status)) return new NotFoundResult();
        var minutesPublished = meeting.Status is MeetingStatus.DraftMinutesPublished or MeetingStatus.MinutesApproved;
        if (paper.Subject.EndsWith("/minutes", StringComparison.Ordinal) && !minutesPublished && !scope.IsStaff) return new NotFoundResult();

        var edition = paper.Edition switch
        {
            Public => true,
            "members" => scope.MayReadExempt(new Sitting(meeting.CommitteeId, meeting.StartsAt, meeting.Status)),
            _ => scope.IsStaff,
        };
        if (!edition) return reader.IsSignedIn ? new ForbidResult() : new ChallengeResult();
        if (scope.IsStaff) return null;

        var reasons = new List<string>();
        foreach (var (content, now) in await ContentsNowAsync(paper, scope, ct))
        {
            if (now is null)
            {
                reasons.Add(content.DocumentId is null
                    ? "It printed an item that has since been taken off the agenda."
                    : "It printed a report that has since been withdrawn.");
                continue;
            }
            if (!content.Substance || !now.Exempt) continue;
            // Withdrawn when access has tightened since it was printed, whoever asks; otherwise the reader must be
            // entitled to the exempt business it prints, as it stands today.
            var tightened = !content.WasExempt || (now.Access == ExemptAccess.StaffOnly && content.Access != ExemptAccess.StaffOnly);
            if (!tightened && now.MayRead) continue;
            reasons.Add(now.Access == ExemptAccess.StaffOnly && content.WasExempt
                ? $"Item {now.Number}, {now.Title}, has since been restricted to the council's staff."
                : $"Item {now.Number}, {now.Title}, {(content.DocumentId is null ? "has" : "has a report that has")} since been made exempt from publication" +
                  (now.Paragraph is { } p ? $" under paragraph {p} of Schedule 12A to the Local Government Act 1972." : "."));
        }
        if (reasons.Count == 0) return null;
        http.Response.Headers.CacheControl = "no-store";
        return BadInputFilter.BadInput(http,
            [$"This version of the paper, printed on {Format.When(paper.GeneratedAt)}, has been withdrawn.", .. reasons.Distinct(),
             "The current version of the meeting's papers is on the meeting's page."], StatusCodes.Status410Gone);
    }

    /// <param name="MayRead">Whether the reader may read the item's business, or open the document, today.</param>
    private sealed record Now(string Number, string Title, bool Exempt, int? Paragraph, ExemptAccess Access, bool MayRead);

    /// <summary>Each printed item and document with its state today (null where it no longer exists or, for a
    /// document, is no longer published), and whether the reader may read it, decided by the database.</summary>
    private async Task<IEnumerable<(PrintedContent, Now?)>> ContentsNowAsync(PublishedPaper paper, ReaderScope reader, CancellationToken ct)
    {
        var itemIds = paper.Contents.Select(c => c.AgendaItemId).Distinct().ToList();
        var documentIds = paper.Contents.Where(c => c.DocumentId is not null).Select(c => c.DocumentId!.Value).Distinct().ToList();
        var readableItems = db.AgendaItems.ReadableBy(reader).Select(i => i.Id);
        var readableDocuments = db.Documents.ReadableBy(reader).Select(d => d.Id);
        var items = await db.AgendaItems.AsNoTracking().Where(i => itemIds.Contains(i.Id) && i.MeetingId == paper.MeetingId)
            .Select(i => new { i.Id, i.Number, i.Title, i.IsExempt, i.ExemptParagraph, i.ExemptAccess, MayRead = readableItems.Contains(i.Id) })
            .ToDictionaryAsync(i => i.Id, ct);
        var documents = documentIds.Count == 0 ? [] : await db.Documents.AsNoTracking().Where(d => documentIds.Contains(d.Id) && d.PublishedOn != null)
            .Select(d => new { d.Id, d.ExemptParagraph, MayRead = readableDocuments.Contains(d.Id) }).ToDictionaryAsync(d => d.Id, ct);
        return paper.Contents.Select(c =>
        {
            if (!items.TryGetValue(c.AgendaItemId, out var i)) return (c, (Now?)null);
            if (c.DocumentId is not { } documentId) return (c, new Now(i.Number, i.Title, i.IsExempt, i.ExemptParagraph, i.ExemptAccess, i.MayRead));
            if (!documents.TryGetValue(documentId, out var d)) return (c, null);
            return (c, new Now(i.Number, i.Title, i.IsExempt || d.ExemptParagraph is not null, i.ExemptParagraph ?? d.ExemptParagraph, i.ExemptAccess, d.MayRead));
        });
    }
}
