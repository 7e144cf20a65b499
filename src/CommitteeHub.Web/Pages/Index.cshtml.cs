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
        // Compiled once: the home page is the most visited, and its questions never change shape.
        private static readonly Func<CouncilDb, DateTime, IAsyncEnumerable<MeetingLine>> Upcoming = EF.CompileAsyncQuery((CouncilDb db, DateTime from) =>
            db.Meetings.AsNoTracking().Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new { m, c.Name })
                .Where(x => x.m.StartsAt >= from)
                .OrderBy(x => x.m.StartsAt).Take(8)
                .Select(x => new MeetingLine(x.m.Id, x.Name, x.m.StartsAt, x.m.Venue, x.m.Status)));

        private static readonly Func<CouncilDb, IAsyncEnumerable<MeetingLine>> LatestMinutes = EF.CompileAsyncQuery((CouncilDb db) =>
            db.Meetings.AsNoTracking().Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new { m, c.Name })
                .Where(x => x.m.Status == MeetingStatus.DraftMinutesPublished || x.m.Status == MeetingStatus.MinutesApproved)
                .OrderByDescending(x => x.m.StartsAt).Take(6)
                .Select(x => new MeetingLine(x.m.Id, x.Name, x.m.StartsAt, x.m.Venue, x.m.Status)));

        private static readonly Func<CouncilDb, IAsyncEnumerable<KindAndLine>> Committees = EF.CompileAsyncQuery((CouncilDb db) =>
            db.Committees.AsNoTracking().Select(c => new KindAndLine(c.Kind, new CommitteeLine(c.Slug, c.Name))));

        private sealed record KindAndLine(CommitteeKind Kind, CommitteeLine Line);

        public async ValueTask<Model> Handle(Query query, CancellationToken ct)
        {
            var upcoming = await Upcoming(db, clock.GetLocalNow().DateTime.Date).ToListAsync(ct);
            var minutes = await LatestMinutes(db).ToListAsync(ct);
            var committees = (await Committees(db).ToListAsync(ct))
                .OrderBy(c => c.Kind).ThenBy(c => c.Line.Name).Select(c => c.Line).ToList();
            return new Model(upcoming, minutes, committees);
        }
    }
}
