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
        var result = await mediator.Send(new Query(id), ct);
        return result.Refusal ?? Print.Pdf(this, result.Paper!);
    }

    public sealed record Query(int MotionId) : IQuery<Print.Served>;

    public sealed class Handler(PaperSources sources, PaperArchive archive, Infrastructure.CouncilTemplates templates, IHttpContextAccessor http)
        : IQueryHandler<Query, Print.Served>
    {
        public async ValueTask<Print.Served> Handle(Query q, CancellationToken ct)
        {
            if (await sources.MotionAsync(q.MotionId, ct) is not { } found) return new(null, new NotFoundResult());
            var subject = $"motion/{q.MotionId}";
            var meeting = found.Meeting.Meeting;
            Task<byte[]> Render(DateTimeOffset at) => Task.FromResult(MotionPaper.Render(found.Source.Input, templates.Papers, at));
            if (meeting.Status == Domain.MeetingStatus.Scheduled) return new(await archive.PreviewAsync(subject, meeting.Id, Render), null);
            var paper = await archive.KeepAsync(subject, meeting.Id, PaperArchive.Public, found.Source, Render, ct);
            return new(paper, await archive.RefusalAsync(paper, http.HttpContext!, ct));
        }
    }
}
