using CommitteeHub.Data;
using CommitteeHub.Domain;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Clerk;

/// <summary>The clerk's desk: meetings coming up and just held, each with what is due next.</summary>
[Authorize(Roles = Clerking.Roles)]
public sealed class Index(IMediator mediator) : PageModel
{
    public IReadOnlyList<Line> Meetings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Meetings = await mediator.Send(new Query(), ct);

    public sealed record Line(int Id, string Committee, DateTime StartsAt, string? Title, MeetingStatus Status, int Items, DateOnly PublishBy, string Next);

    public sealed record Query : IQuery<IReadOnlyList<Line>>;

    public sealed class Handler(CouncilDb db, TimeProvider clock, WorkingCalendar calendar) : IQueryHandler<Query, IReadOnlyList<Line>>
    {
        public async ValueTask<IReadOnlyList<Line>> Handle(Query query, CancellationToken ct)
        {
            var now = Clerking.Now(clock);
            var from = now.Date.AddDays(-90);
            var to = now.Date.AddDays(180);
            var rows = await db.Meetings.AsNoTracking().Where(m => m.StartsAt >= from && m.StartsAt < to)
                .Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new { m.Id, Committee = c.Name, m.StartsAt, m.Title, m.Status, Items = m.Items.Count })
                .OrderBy(m => m.StartsAt).ToListAsync(ct);
            return rows.Select(r =>
            {
                var publishBy = calendar.LatestDayBefore(DateOnly.FromDateTime(r.StartsAt), 5);
                var next = r.Status switch
                {
                    MeetingStatus.Scheduled => $"Publish the agenda by {publishBy:d MMMM}",
                    MeetingStatus.AgendaPublished when r.StartsAt <= now => "Record that the meeting was held",
                    MeetingStatus.AgendaPublished => "Agenda out; late items go into a supplement",
                    MeetingStatus.Held => "Write and publish the draft minutes",
                    MeetingStatus.DraftMinutesPublished => "Minutes to be approved at the next meeting",
                    _ => "",
                };
                return new Line(r.Id, r.Committee, r.StartsAt, r.Title, r.Status, r.Items, publishBy, next);
            }).ToList();
        }
    }
}
