using CommitteeHub.Data;
using CommitteeHub.Domain;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using CommitteeHub.Web.Infrastructure;

namespace CommitteeHub.Web.Pages.Committees;

[ReadingPage]
public sealed class Index(IMediator mediator) : PageModel
{
    public IReadOnlyList<Line> Committees { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Committees = await mediator.Send(new Query(), ct);

    public sealed record Query : IQuery<IReadOnlyList<Line>>;

    public sealed record Line(string Slug, string Name, CommitteeKind Kind, string Remit, DateTime? NextMeeting);

    public sealed class Handler(CouncilDb db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<Line>>
    {
        public async ValueTask<IReadOnlyList<Line>> Handle(Query query, CancellationToken ct)
        {
            var today = clock.GetLocalNow().Date;
            var committees = await db.Committees.AsNoTracking()
                .Select(c => new Line(c.Slug, c.Name, c.Kind, c.Remit,
                    db.Meetings.Where(m => m.CommitteeId == c.Id && m.StartsAt >= today && m.Status != MeetingStatus.Cancelled)
                        .OrderBy(m => m.StartsAt).Select(m => (DateTime?)m.StartsAt).FirstOrDefault()))
                .ToListAsync(ct);
            // Kinds are stored by name; the council's order (Full Council first) is the enum's, so sort here.
            return committees.OrderBy(c => c.Kind).ThenBy(c => c.Name).ToList();
        }
    }
}
