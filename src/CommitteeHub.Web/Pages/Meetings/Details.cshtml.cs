using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Meetings;

[ReadingPage]
public sealed class Details(IMediator mediator) : PageModel
{
    public Model Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var found = await mediator.Send(new Query(id), ct);
        if (found is null) return NotFound();
        Meeting = found;
        return Page();
    }

    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Model(
        int Id, string Committee, string CommitteeSlug, DateTime StartsAt, string Venue, string? Title, MeetingStatus Status,
        string? StatusReason, DateTime? AgendaPublishedAt, DateOnly? MinutesApprovedOn, string? WebcastUrl,
        IReadOnlyList<AttendanceLine> Attendance, IReadOnlyList<AgendaItemView> Items, string? LatePublicationReason, bool MayReadFullPapers, bool IsStaff)
    {
        public bool HasSupplement => Items.Any(i => i.UrgencyReason is not null);
        public bool MinutesPublished => Status is MeetingStatus.DraftMinutesPublished or MeetingStatus.MinutesApproved;
        public bool AgendaPublished => Status != MeetingStatus.Scheduled && AgendaPublishedAt is not null;
    }

    public sealed record AttendanceLine(string Slug, string Name, PersonKind Kind, string? JobTitle, AttendanceKind Attended, string? SubstituteFor, string? LeftDuringItem, string? Note);

    public sealed class Handler(CouncilDb db, Reader reader) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken ct)
        {
            var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == query.Id, ct);
            if (meeting is null) return null;
            var committee = await db.Committees.AsNoTracking().Where(c => c.Id == meeting.CommitteeId)
                .Select(c => new { c.Name, c.Slug }).FirstAsync(ct);
            var attendance = await db.Attendance.AsNoTracking().Where(a => a.MeetingId == meeting.Id)
                .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new { a, p })
                .OrderBy(x => x.p.LastName).ThenBy(x => x.p.FirstName)
                .Select(x => new AttendanceLine(x.p.Slug, x.p.DisplayName, x.p.Kind, x.p.JobTitle, x.a.Kind,
                    db.People.Where(s => s.Id == x.a.SubstituteForPersonId).Select(s => s.DisplayName).FirstOrDefault(),
                    x.a.LeftDuringItem, x.a.Note))
                .ToListAsync(ct);
            // Items are not shown before the agenda is published, except to staff preparing it.
            var scope = await reader.ScopeAsync(ct);
            var items = scope.MaySeeAgenda(meeting.Status)
                ? await AgendaItemViews.LoadAsync(db, scope, meeting, null, ct)
                : [];
            var mayReadFull = reader.IsSignedIn && scope.MayReadExempt(Sitting.Of(meeting));
            return new Model(meeting.Id, committee.Name, committee.Slug, meeting.StartsAt, meeting.Venue, meeting.Title, meeting.Status,
                meeting.StatusReason, meeting.AgendaPublishedAt, meeting.MinutesApprovedOn, meeting.WebcastUrl, attendance, items,
                meeting.LatePublicationReason, mayReadFull, reader.IsStaff);
        }
    }
}
