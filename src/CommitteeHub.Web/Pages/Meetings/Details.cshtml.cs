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
        private static readonly Func<CouncilDb, int, IAsyncEnumerable<AttendanceLine>> AttendanceAt = EF.CompileAsyncQuery((CouncilDb db, int meetingId) =>
            db.Attendance.AsNoTracking().Where(a => a.MeetingId == meetingId)
                .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new { a, p })
                .OrderBy(x => x.p.LastName).ThenBy(x => x.p.FirstName)
                .Select(x => new AttendanceLine(x.p.Slug, x.p.DisplayName, x.p.Kind, x.p.JobTitle, x.a.Kind,
                    db.People.Where(s => s.Id == x.a.SubstituteForPersonId).Select(s => s.DisplayName).FirstOrDefault(),
                    x.a.LeftDuringItem, x.a.Note)));

        public async ValueTask<Model?> Handle(Query query, CancellationToken ct)
        {
            if (await AgendaItemViews.MeetingById(db, query.Id) is not (var meeting, var committee, var committeeSlug)) return null;
            var attendance = await AttendanceAt(db, meeting.Id).ToListAsync(ct);
            // Items are not shown before the agenda is published, except to staff preparing it.
            var scope = await reader.ScopeAsync(ct);
            var items = scope.MaySeeAgenda(meeting.Status)
                ? await AgendaItemViews.LoadAsync(db, scope, meeting, null, ct)
                : [];
            var mayReadFull = reader.IsSignedIn && scope.MayReadExempt(Sitting.Of(meeting));
            return new Model(meeting.Id, committee, committeeSlug, meeting.StartsAt, meeting.Venue, meeting.Title, meeting.Status,
                meeting.StatusReason, meeting.AgendaPublishedAt, meeting.MinutesApprovedOn, meeting.WebcastUrl, attendance, items,
                meeting.LatePublicationReason, mayReadFull, reader.IsStaff);
        }
    }
}
