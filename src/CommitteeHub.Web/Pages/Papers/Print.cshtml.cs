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

    /// <summary>A printed paper as a PDF. Caches must ask again before each use (no-cache with an ETag), so a paper
    /// withdrawn since is never served from a copy on the way.</summary>
    public static IActionResult Pdf(PageModel page, PublishedPaper paper)
    {
        page.Response.Headers.CacheControl = paper.Edition == PaperArchive.Public && page.User.Identity?.IsAuthenticated != true ? "public, no-cache" : "private, no-store";
        var name = paper.Subject.Replace('/', '-') + (paper.Edition == PaperArchive.Public ? "" : "-" + paper.Edition) + ".pdf";
        page.Response.Headers.ContentDisposition = $"inline; filename=\"{name}\"";
        return new FileContentResult(paper.Content, "application/pdf")
        {
            EntityTag = paper.Fingerprint.Length > 0 ? new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{paper.Fingerprint}\"") : null,
        };
    }

    public sealed record Query(int MeetingId, Paper Paper, Edition Edition) : IQuery<Served>;

    public sealed record Served(PublishedPaper? Paper, IActionResult? Refusal);

    public sealed class Handler(PaperSources sources, PaperArchive archive, Reader reader, CouncilTemplates templates, IHttpContextAccessor http) : IQueryHandler<Query, Served>
    {
        public async ValueTask<Served> Handle(Query q, CancellationToken ct)
        {
            var f = await sources.MeetingAsync(q.MeetingId, ct);
            if (f is null) return new Served(null, new NotFoundResult());
            if (q.Edition == Edition.Full && !(await reader.ScopeAsync(ct)).MayReadExempt(Sitting.Of(f.Meeting)))
                return new Served(null, reader.IsSignedIn ? new ForbidResult() : new ChallengeResult());
            var edition = q.Edition == Edition.Public ? PaperArchive.Public : reader.IsStaff ? "full" : "members";
            var subject = $"meeting/{f.Meeting.Id}/{q.Paper.ToString().ToLowerInvariant()}";
            var t = templates.Papers;
            PaperSources.Source<object>? source;
            Func<DateTimeOffset, Task<byte[]>> render;
            var published = f.Meeting.Status != MeetingStatus.Scheduled;
            switch (q.Paper)
            {
                case Paper.Minutes:
                    if (!f.Meeting.MinutesArePublished && !reader.IsStaff) return new Served(null, new NotFoundResult());
                    published &= f.Meeting.MinutesArePublished;
                    var minutes = await sources.MinutesAsync(f, q.Edition, ct);
                    source = new(minutes.Input, minutes.Fingerprint, minutes.Contents);
                    render = at => Task.FromResult(MinutesPaper.Render(minutes.Input, q.Edition, t, at));
                    break;
                default:
                    var supplement = q.Paper == Paper.Supplement;
                    var agenda = await sources.AgendaAsync(f, q.Edition, supplement, withContent: false, ct);
                    if (supplement && agenda.Input.Items.Count == 0) return new Served(null, new NotFoundResult());
                    source = new(agenda.Input, agenda.Fingerprint, agenda.Contents);
                    render = async at =>
                    {
                        var full = (await sources.AgendaAsync(f, q.Edition, supplement, withContent: true, ct)).Input;
                        return supplement ? AgendaPack.Supplement(full, q.Edition, t, at)
                            : AgendaPack.Render(full, new AgendaPackOptions(q.Edition, IncludeReports: q.Paper == Paper.Pack), t, at);
                    };
                    break;
            }
            // Staff print an agenda or minutes before publication to check them: such a preview is never kept, so it
            // cannot be served to anyone once the papers are published (and what was previewed may have changed).
            if (!published) return new Served(await archive.PreviewAsync(subject, f.Meeting.Id, render), null);
            var paper = await archive.KeepAsync(subject, f.Meeting.Id, edition, source, render, ct);
            return new Served(paper, await archive.RefusalAsync(paper, http.HttpContext!, ct));
        }
    }
}
