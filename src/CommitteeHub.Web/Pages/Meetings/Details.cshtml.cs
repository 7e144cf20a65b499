using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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

    public sealed class Handler(CouncilDb db, Reader reader) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken ct)
        {
            if (await AgendaItemViews.MeetingById(db, query.Id) is not (var meeting, var committee, var committeeSlug)) return null;
            // Items are not shown before the agenda is published, except to staff preparing it.
            var scope = await reader.ScopeAsync(ct);
            var (attendance, items) = await AgendaItemViews.LoadMeetingAsync(db, scope, meeting, ct);
            var mayReadFull = reader.IsSignedIn && scope.MayReadExempt(Sitting.Of(meeting));
            return new Model(meeting.Id, committee, committeeSlug, meeting.StartsAt, meeting.Venue, meeting.Title, meeting.Status,
                meeting.StatusReason, meeting.AgendaPublishedAt, meeting.MinutesApprovedOn, meeting.WebcastUrl, attendance, items,
                meeting.LatePublicationReason, mayReadFull, reader.IsStaff);
        }
    }
}
