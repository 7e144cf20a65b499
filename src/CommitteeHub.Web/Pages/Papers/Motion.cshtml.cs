using CommitteeHub.Documents.Papers;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommitteeHub.Web.Pages.Papers;

/// <summary>A motion with its amendments as tracked changes and the motion as amended, as PDF.</summary>
public sealed class Motion(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var paper = await mediator.Send(new Query(id), ct);
        return paper is null ? NotFound() : Print.Pdf(this, paper);
    }

    public sealed record Query(int MotionId) : IQuery<Data.PublishedPaper?>;

    public sealed class Handler(PaperSources sources, PaperArchive archive, Infrastructure.CouncilTemplates templates) : IQueryHandler<Query, Data.PublishedPaper?>
    {
        public async ValueTask<Data.PublishedPaper?> Handle(Query q, CancellationToken ct)
        {
            if (await sources.MotionAsync(q.MotionId, ct) is not { } found) return null;
            return await archive.KeepAsync($"motion/{q.MotionId}", "public", found.Source.Fingerprint,
                () => Task.FromResult(MotionPaper.Render(found.Source.Input, templates.Papers)), ct);
        }
    }
}
