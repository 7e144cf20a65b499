using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Papers;

/// <summary>A kept version of a printed paper, at its own address, for whoever may read that edition of it.</summary>
public sealed class Earlier(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var result = await mediator.Send(new Query(id), ct);
        return result.Refusal ?? Print.Pdf(this, result.Paper!);
    }

    public sealed record Query(long Id) : IQuery<Print.Served>;

    public sealed class Handler(CouncilDb db, PaperSources sources, Reader reader) : IQueryHandler<Query, Print.Served>
    {
        public async ValueTask<Print.Served> Handle(Query q, CancellationToken ct)
        {
            var paper = await db.PublishedPapers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == q.Id, ct);
            if (paper is null) return new(null, new NotFoundResult());
            var parts = paper.Subject.Split('/');
            int meetingId;
            if (parts[0] == "motion")
            {
                if (await sources.MotionAsync(int.Parse(parts[1]), ct) is not { } motion) return new(null, new NotFoundResult());
                meetingId = motion.MeetingId;
            }
            else meetingId = int.Parse(parts[1]);
            var f = await sources.MeetingAsync(meetingId, ct);
            if (f is null || (parts is [_, _, "minutes"] && !f.Meeting.MinutesArePublished && !reader.IsStaff)) return new(null, new NotFoundResult());
            var entitled = paper.Edition switch
            {
                "public" => true,
                "members" => await reader.MayReadExemptAsync(f.Committee.Id, f.Meeting.StartsAt, ExemptAccess.CommitteeMembers, ct),
                _ => reader.IsStaff,
            };
            if (!entitled) return new(null, reader.IsSignedIn ? new ForbidResult() : new ChallengeResult());
            return new(paper, null);
        }
    }
}
