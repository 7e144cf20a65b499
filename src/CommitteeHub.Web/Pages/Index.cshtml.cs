using CommitteeHub.Data;
using CommitteeHub.Domain;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using CommitteeHub.Web.Infrastructure;

namespace CommitteeHub.Web.Pages;

[ReadingPage]
public sealed class Index(IMediator mediator) : PageModel
{
    public Model Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Data = await mediator.Send(new Query(), ct);

    public sealed record Query : IQuery<Model>;

    public sealed record Model(IReadOnlyList<MeetingLine> Upcoming, IReadOnlyList<MeetingLine> RecentMinutes, IReadOnlyList<CommitteeLine> Committees);

    public sealed record MeetingLine(int Id, string Committee, DateTime StartsAt, string Venue, MeetingStatus Status);

    public sealed record CommitteeLine(string Slug, string Name);

    public sealed class Handler(CouncilDb db, TimeProvider clock) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken ct)
        {
            var now = clock.GetLocalNow().DateTime;
            var meetings = db.Meetings.AsNoTracking()
                .Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new { m, c.Name });
            var upcoming = await meetings
                .Where(x => x.m.StartsAt >= now.Date)
                .OrderBy(x => x.m.StartsAt).Take(8)
                .Select(x => new MeetingLine(x.m.Id, x.Name, x.m.StartsAt, x.m.Venue, x.m.Status))
                .ToListAsync(ct);
            var minutes = await meetings
                .Where(x => x.m.Status == MeetingStatus.DraftMinutesPublished || x.m.Status == MeetingStatus.MinutesApproved)
                .OrderByDescending(x => x.m.StartsAt).Take(6)
                .Select(x => new MeetingLine(x.m.Id, x.Name, x.m.StartsAt, x.m.Venue, x.m.Status))
                .ToListAsync(ct);
            var committees = (await db.Committees.AsNoTracking().Select(c => new { c.Kind, Line = new CommitteeLine(c.Slug, c.Name) }).ToListAsync(ct))
                .OrderBy(c => c.Kind).ThenBy(c => c.Line.Name).Select(c => c.Line).ToList();
            return new Model(upcoming, minutes, committees);
        }
    }
}
