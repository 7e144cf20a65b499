using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Documents;

/// <summary>A report, appendix or supporting document, read on the page (written ones) or downloaded (uploaded
/// ones). Exempt papers are refused to anyone not entitled: the public are asked to sign in, a signed-in reader
/// without the right gets 403.</summary>
[ReadingPage]
public sealed class Details(IMediator mediator) : PageModel
{
    public Model Document { get; private set; } = null!;
    /// <summary>Set when an earlier published version is shown: documents stay open to inspection (s.100C).</summary>
    public DocumentRevision? Earlier { get; private set; }
    public IReadOnlyList<(int Version, DateOnly PublishedOn)> EarlierVersions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await mediator.Send(new Query(id), ct);
        if (result.Refusal is { } refusal) return refusal;
        Document = result.Document!;
        // Each replacement of a published paper keeps the old version and counts one on (Document.Version): a paper
        // at version 1, most of them, has none to ask for.
        if (Document.Version > 1) EarlierVersions = await mediator.Send(new VersionsQuery(id), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetVersionAsync(int id, int number, CancellationToken ct)
    {
        var result = await mediator.Send(new Query(id), ct);
        if (result.Refusal is { } refusal) return refusal;
        var earlier = await mediator.Send(new VersionQuery(id, number), ct);
        if (earlier is null) return NotFound();
        if (earlier.FileId is { } fileId)
        {
            Response.Headers.CacheControl = "private, no-store";
            var bytes = await mediator.Send(new FileQuery(fileId), ct);
            return File(bytes, earlier.ContentType ?? "application/octet-stream", FileNames.ForDisplay(earlier.FileName));
        }
        Document = result.Document!;
        Earlier = earlier;
        EarlierVersions = await mediator.Send(new VersionsQuery(id), ct);
        return Page();
    }

    public sealed record VersionsQuery(int Id) : IQuery<IReadOnlyList<(int, DateOnly)>>;

    public sealed record VersionQuery(int Id, int Version) : IQuery<DocumentRevision?>;

    /// <summary>A file's bytes, read only when they are sent.</summary>
    public sealed record FileQuery(int FileId) : IQuery<byte[]>;

    public sealed class VersionsHandler(CouncilDb db) : IQueryHandler<VersionsQuery, IReadOnlyList<(int, DateOnly)>>, IQueryHandler<VersionQuery, DocumentRevision?>,
        IQueryHandler<FileQuery, byte[]>
    {
        public async ValueTask<byte[]> Handle(FileQuery q, CancellationToken ct) =>
            await db.DocumentFiles.AsNoTracking().Where(f => f.Id == q.FileId).Select(f => f.Content).FirstAsync(ct);

        public async ValueTask<IReadOnlyList<(int, DateOnly)>> Handle(VersionsQuery q, CancellationToken ct) =>
            (await db.Set<DocumentRevision>().AsNoTracking().Where(r => r.DocumentId == q.Id).OrderBy(r => r.Version)
                .Select(r => new { r.Version, r.PublishedOn }).ToListAsync(ct)).Select(r => (r.Version, r.PublishedOn)).ToList();

        public async ValueTask<DocumentRevision?> Handle(VersionQuery q, CancellationToken ct) =>
            await db.Set<DocumentRevision>().AsNoTracking().FirstOrDefaultAsync(r => r.DocumentId == q.Id && r.Version == q.Version, ct);
    }

    public async Task<IActionResult> OnGetFileAsync(int id, CancellationToken ct)
    {
        var result = await mediator.Send(new Query(id), ct);
        if (result.Refusal is { } refusal) return refusal;
        var d = result.Document!;
        if (d.FileId is not { } fileId) return NotFound();
        var bytes = await mediator.Send(new FileQuery(fileId), ct);
        // Only a published, public paper fetched by the public may be kept by shared caches, and they must ask again before
        // each use: the paper may since have been made exempt.
        Response.Headers.CacheControl = d.IsExempt || User.Identity?.IsAuthenticated == true ? "private, no-store" : "public, no-cache";
        // The safe name again, for files kept before names were made safe; File() sends it as RFC 6266 filename*.
        return File(bytes, d.ContentType ?? "application/octet-stream", FileNames.ForDisplay(d.FileName));
    }

    public sealed record Query(int Id) : IQuery<Result>;

    public sealed record Result(Model? Document, IActionResult? Refusal);

    public sealed record Model(int Id, string Title, DocumentKind Kind, string? Author, string? Body, string? FileName, string? ContentType,
        int? FileSize, int? FileId, DateOnly? PublishedOn, int Version, bool IsExempt, int? ExemptParagraph,
        int ItemId, string ItemNumber, string ItemTitle, int MeetingId, DateTime MeetingStartsAt, string Committee);

    public sealed class Handler(CouncilDb db, Reader reader) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken ct)
        {
            var found = await db.Documents.AsNoTracking().Where(d => d.Id == query.Id)
                .Join(db.AgendaItems, d => d.AgendaItemId, i => i.Id, (d, i) => new { d, i })
                .Join(db.Meetings, x => x.i.MeetingId, m => m.Id, (x, m) => new { x.d, x.i, m })
                .Join(db.Committees, x => x.m.CommitteeId, c => c.Id, (x, c) => new
                {
                    x.d.Id, x.d.Title, x.d.Kind, x.d.Author, x.d.Body, x.d.FileName, x.d.ContentType, x.d.FileSize,
                    x.d.FileId, x.d.PublishedOn, x.d.Version, DocumentParagraph = x.d.ExemptParagraph,
                    ItemId = x.i.Id, x.i.Number, ItemTitle = x.i.Title, x.i.IsExempt, x.i.ExemptParagraph, x.i.ExemptAccess,
                    MeetingId = x.m.Id, x.m.StartsAt, x.m.Status, x.m.CommitteeId, Committee = c.Name,
                })
                .FirstOrDefaultAsync(ct);
            var scope = await reader.ScopeAsync(ct);
            if (found is null || !scope.MaySeeAgenda(found.Status) || !scope.MaySeePaper(found.PublishedOn is not null))
                return new Result(null, new NotFoundResult());
            if (!scope.MayReadDocument(new Sitting(found.CommitteeId, found.StartsAt, found.Status), found.IsExempt, found.ExemptAccess,
                    found.PublishedOn is not null, found.DocumentParagraph))
                return new Result(null, reader.IsSignedIn ? new ForbidResult() : new ChallengeResult());
            var isExempt = found.IsExempt || found.DocumentParagraph is not null;
            return new Result(new Model(found.Id, found.Title, found.Kind, found.Author, found.Body, found.FileName, found.ContentType,
                found.FileSize, found.FileId, found.PublishedOn, found.Version, isExempt, found.ExemptParagraph ?? found.DocumentParagraph,
                found.ItemId, found.Number, found.ItemTitle, found.MeetingId, found.StartsAt, found.Committee), null);
        }
    }
}
