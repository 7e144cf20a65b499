using CommitteeHub.Data;
using CommitteeHub.Documents.Papers;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Papers;

/// <summary>
/// A meeting's printed papers as PDF: the agenda, the reports pack, the supplement of late items and the minutes, in
/// the public edition or (for those entitled to exempt information) the full one. Each version is generated once and
/// kept; an earlier version stays at its own address.
/// </summary>
public sealed class Print(IMediator mediator) : PageModel
{
    public enum Paper { Agenda, Pack, Supplement, Minutes }

    public async Task<IActionResult> OnGetAsync(int id, string paper, string? edition, CancellationToken ct)
    {
        if (!Enum.TryParse<Paper>(paper, ignoreCase: true, out var kind) || int.TryParse(paper, out _))
            return BadInputFilter.BadInput(HttpContext, [$"\"{paper}.pdf\" is not one of a meeting's papers: ask for agenda.pdf, pack.pdf, supplement.pdf or minutes.pdf."]);
        if (edition is not (null or "public" or "full"))
            return BadInputFilter.BadInput(HttpContext, [$"\"{edition}\" is not an edition: ask for edition=public or edition=full."]);
        var result = await mediator.Send(new Query(id, kind, edition == "full" ? Edition.Full : Edition.Public), ct);
        return result.Refusal ?? Pdf(this, result.Paper!);
    }

    public static IActionResult Pdf(PageModel page, PublishedPaper paper)
    {
        page.Response.Headers.CacheControl = paper.Edition == "public" && page.User.Identity?.IsAuthenticated != true ? "public, max-age=300" : "private, no-store";
        page.Response.Headers.ETag = $"\"{paper.Fingerprint}\"";
        var name = paper.Subject.Replace('/', '-') + (paper.Edition == "public" ? "" : "-" + paper.Edition) + ".pdf";
        page.Response.Headers.ContentDisposition = $"inline; filename=\"{name}\"";
        return new FileContentResult(paper.Content, "application/pdf");
    }

    public sealed record Query(int MeetingId, Paper Paper, Edition Edition) : IQuery<Served>;

    public sealed record Served(PublishedPaper? Paper, IActionResult? Refusal);

    public sealed class Handler(PaperSources sources, PaperArchive archive, Reader reader, CouncilTemplates templates) : IQueryHandler<Query, Served>
    {
        public async ValueTask<Served> Handle(Query q, CancellationToken ct)
        {
            var f = await sources.MeetingAsync(q.MeetingId, ct);
            if (f is null) return new Served(null, new NotFoundResult());
            if (q.Edition == Edition.Full && !await reader.MayReadExemptAsync(f.Committee.Id, f.Meeting.StartsAt, ExemptAccess.CommitteeMembers, ct))
                return new Served(null, reader.IsSignedIn ? new ForbidResult() : new ChallengeResult());
            var edition = q.Edition == Edition.Public ? "public" : reader.IsStaff ? "full" : "members";
            var subject = $"meeting/{f.Meeting.Id}/{q.Paper.ToString().ToLowerInvariant()}";
            var t = templates.Papers;
            switch (q.Paper)
            {
                case Paper.Minutes:
                    if (!f.Meeting.MinutesArePublished && !reader.IsStaff) return new Served(null, new NotFoundResult());
                    var minutes = await sources.MinutesAsync(f, q.Edition, ct);
                    return new Served(await archive.KeepAsync(subject, edition, minutes.Fingerprint, () => Task.FromResult(MinutesPaper.Render(minutes.Input, q.Edition, t)), ct), null);
                default:
                    var supplement = q.Paper == Paper.Supplement;
                    var agenda = await sources.AgendaAsync(f, q.Edition, supplement, withContent: false, ct);
                    if (supplement && agenda.Input.Items.Count == 0) return new Served(null, new NotFoundResult());
                    return new Served(await archive.KeepAsync(subject, edition, agenda.Fingerprint, async () =>
                    {
                        var full = (await sources.AgendaAsync(f, q.Edition, supplement, withContent: true, ct)).Input;
                        return supplement ? AgendaPack.Supplement(full, q.Edition, t)
                            : AgendaPack.Render(full, new AgendaPackOptions(q.Edition, IncludeReports: q.Paper == Paper.Pack), t);
                    }, ct), null);
            }
        }
    }
}

/// <summary>Keeps every version of every printed paper: generated once per content, then served as stored.</summary>
public sealed class PaperArchive(CouncilDb db, TimeProvider clock)
{
    public async Task<PublishedPaper> KeepAsync(string subject, string edition, string fingerprint, Func<Task<byte[]>> render, CancellationToken ct)
    {
        var kept = await db.PublishedPapers.AsNoTracking().FirstOrDefaultAsync(p => p.Subject == subject && p.Edition == edition && p.Fingerprint == fingerprint, ct);
        if (kept is not null) return kept;
        var paper = new PublishedPaper(subject, edition, fingerprint, clock.GetLocalNow().DateTime, await render());
        db.PublishedPapers.Add(paper);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two readers asked for a new version at once: the other one's copy is the same paper.
            db.ChangeTracker.Clear();
            return await db.PublishedPapers.AsNoTracking().FirstAsync(p => p.Subject == subject && p.Edition == edition && p.Fingerprint == fingerprint, ct);
        }
        return paper;
    }

    /// <summary>Earlier versions of a subject's papers in one edition, newest first.</summary>
    public async Task<IReadOnlyList<(long Id, DateTime GeneratedAt)>> VersionsAsync(string subject, string edition, CancellationToken ct) =>
        (await db.PublishedPapers.AsNoTracking().Where(p => p.Subject == subject && p.Edition == edition).OrderByDescending(p => p.GeneratedAt)
            .Select(p => new { p.Id, p.GeneratedAt }).ToListAsync(ct)).Select(p => (p.Id, p.GeneratedAt)).ToList();
}
