using CommitteeHub.Data;
using CommitteeHub.Domain;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using CommitteeHub.Web.Infrastructure;

namespace CommitteeHub.Web.Pages.Committees;

/// <summary>Today's committees first, as modern.gov lists them; those renamed, merged or dissolved over the years in
/// one short section of names after them, each still a link to its page and history.</summary>
[ReadingPage]
public sealed class Index(IMediator mediator) : PageModel
{
    public Model List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => List = await mediator.Send(new Query(), ct);

    public sealed record Query : IQuery<Model>;

    public sealed record Model(IReadOnlyList<Line> Current, IReadOnlyList<FormerLine> Former);

    public sealed record Line(string Slug, string Name, CommitteeKind Kind, string Remit, DateTime? NextMeeting);

    /// <param name="LastMet">The day of its last meeting held, if it ever met.</param>
    public sealed record FormerLine(string Slug, string Name, DateTime? LastMet);

    public sealed class Handler(CouncilDb db, TimeProvider clock) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken ct)
        {
            var now = clock.GetLocalNow().DateTime;
            var (today, day) = (now.Date, DateOnly.FromDateTime(now));
            // One query, a row a committee: each of its three questions a walk of an index to one row, not a count of
            // its history. A committee is today's while anyone sits on it or it has a meeting ahead.
            var committees = await db.Committees.AsNoTracking()
                .Select(c => new
                {
                    Line = new Line(c.Slug, c.Name, c.Kind, c.Remit,
                        db.Meetings.Where(m => m.CommitteeId == c.Id && m.StartsAt >= today && m.Status != MeetingStatus.Cancelled)
                            .OrderBy(m => m.StartsAt).Select(m => (DateTime?)m.StartsAt).FirstOrDefault()),
                    Sitting = db.Memberships.Any(s => s.CommitteeId == c.Id && Seats.IsHeldOn.Compile()(s, day)),
                    LastMet = db.Meetings.Where(m => m.CommitteeId == c.Id && m.StartsAt < today && m.Status != MeetingStatus.Cancelled && m.Status != MeetingStatus.Postponed)
                        .OrderByDescending(m => m.StartsAt).Select(m => (DateTime?)m.StartsAt).FirstOrDefault(),
                })
                .Inlined()
                .ToListAsync(ct);
            // Kinds are stored by name; the council's order (Full Council first) is the enum's, so sort here.
            return new Model(
                committees.Where(c => c.Sitting || c.Line.NextMeeting is not null).Select(c => c.Line).OrderBy(c => c.Kind).ThenBy(c => c.Name).ToList(),
                committees.Where(c => !c.Sitting && c.Line.NextMeeting is null).OrderBy(c => c.Line.Name)
                    .Select(c => new FormerLine(c.Line.Slug, c.Line.Name, c.LastMet)).ToList());
        }
    }
}
