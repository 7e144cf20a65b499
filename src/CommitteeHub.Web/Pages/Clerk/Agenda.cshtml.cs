using System.ComponentModel.DataAnnotations;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Clerk;

/// <summary>
/// The clerk's page for one meeting: builds its agenda (add, reorder, remove items; late items into a supplement),
/// publishes it under the five clear days rule, records it held, publishes the draft minutes, approves the previous
/// meeting's minutes, and shows the audit trail.
/// </summary>
[Authorize(Roles = Clerking.Roles)]
public sealed class Agenda(IMediator mediator, Reader reader) : PageModel
{
    public View Model { get; private set; } = null!;
    [BindProperty] public Form Input { get; set; } = new();

    public sealed class Form
    {
        [StringLength(20)] public string? Number { get; set; }
        [StringLength(300, ErrorMessage = "The title must be 300 characters or fewer.")] public string? Title { get; set; }
        [StringLength(20_000)] public string? Description { get; set; }
        [StringLength(1_000, ErrorMessage = "The reason must be 1,000 characters or fewer.")] public string? Reason { get; set; }
        [StringLength(200)] public string? SignedBy { get; set; }
        public DateOnly? Date { get; set; }
        public TimeOnly? Time { get; set; }
        [StringLength(300, ErrorMessage = "The venue must be 300 characters or fewer.")] public string? Venue { get; set; }
        public uint? Version { get; set; }
    }

    public enum Step { AddItem, MoveUp, MoveDown, Remove, Publish, Held, PublishMinutes, Cancel, Postpone, ApprovePrevious, NumberMinutes, Reschedule }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await Show(id, ct);

    public async Task<IActionResult> OnPostAsync(int id, string? step, int? item, CancellationToken ct)
    {
        if (!Enum.TryParse<Step>(step, ignoreCase: true, out var s) || int.TryParse(step, out _))
            ModelState.AddModelError(string.Empty, string.IsNullOrWhiteSpace(step) ? "Choose a step." : $"\"{step}\" is not a step the clerk can take here.");
        if (!ModelState.IsValid) return await Show(id, ct);
        var error = await mediator.Send(new Command(id, s, item, Input), ct);
        if (error is null) return NotFound();
        if (error.Length > 0)
        {
            ModelState.AddModelError(s is Step.AddItem ? "Input.Title" : string.Empty, error);
            return await Show(id, ct);
        }
        TempData["Done"] = reader.Done ?? "Done.";
        return Redirect($"/clerk/meetings/{id}");
    }

    private async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var view = await mediator.Send(new Query(id), ct);
        if (view is null) return NotFound();
        Model = view;
        return Page();
    }

    public sealed record View(int Id, string Committee, int CommitteeId, DateTime StartsAt, string Venue, string? Title, MeetingStatus Status,
        uint Version, string? LatePublicationReason, DateOnly PublishBy, int ClearDaysIfPublishedNow, bool HasStarted,
        IReadOnlyList<ItemLine> Items, PreviousLine? Previous, string? Chairman, IReadOnlyList<AuditLine> History);

    public sealed record ItemLine(int Id, string Number, string Title, AgendaItemRole Role, bool IsExempt, int? ExemptParagraph, bool IsLate,
        int Papers, int PapersPublished, bool HasMinutes, string? MinuteNumber);

    public sealed record PreviousLine(int Id, DateTime StartsAt, MeetingStatus Status);

    public sealed record AuditLine(DateTime At, string By, string What);

    public sealed record Query(int Id) : IQuery<View?>;

    public sealed record Command(int MeetingId, Step Step, int? ItemId, Form Input) : ICommand<string?>;

    public sealed class Handler(CouncilDb db, TimeProvider clock, WorkingCalendar calendar, Reader reader, CouncilTemplates templates, ProcedureRules rules)
        : IQueryHandler<Query, View?>, ICommandHandler<Command, string?>
    {
        public async ValueTask<View?> Handle(Query q, CancellationToken ct)
        {
            var m = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(x => x.Id == q.Id, ct);
            if (m is null) return null;
            var committee = await db.Committees.AsNoTracking().Where(c => c.Id == m.CommitteeId).Select(c => c.Name).FirstAsync(ct);
            var items = (await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == m.Id)
                .Select(i => new ItemLine(i.Id, i.Number, i.Title, i.Role, i.IsExempt, i.ExemptParagraph, i.AddedLateAt != null,
                    i.Documents.Count, i.Documents.Count(d => d.PublishedOn != null), i.MinutesText != null || i.Resolutions.Any(), i.MinuteNumber))
                .ToListAsync(ct)).OrderBy(i => AgendaItemNumber.SortKey(i.Number), StringComparer.Ordinal).ToList();
            var previous = await PreviousMeeting(m, ct);
            var day = DateOnly.FromDateTime(m.StartsAt);
            var now = Clerking.Now(clock);
            var chairman = await db.Memberships.AsNoTracking()
                .SittingOn(m.CommitteeId, day).Where(s => s.Role == MembershipRole.Chairman)
                .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => p.DisplayName).FirstOrDefaultAsync(ct);
            var history = await db.AuditEntries.AsNoTracking().Where(a => a.MeetingId == m.Id).OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .Select(a => new AuditLine(a.At, a.By, a.What)).Take(200).ToListAsync(ct);
            return new View(m.Id, committee, m.CommitteeId, m.StartsAt, m.Venue, m.Title, m.Status, m.Version, m.LatePublicationReason,
                calendar.LatestDayBefore(day, 5), calendar.ClearDaysBetween(DateOnly.FromDateTime(now), day), now >= m.StartsAt,
                items, previous is null ? null : new PreviousLine(previous.Id, previous.StartsAt, previous.Status), chairman, history);
        }

        private Task<Meeting?> PreviousMeeting(Meeting m, CancellationToken ct) =>
            db.Meetings.Where(p => p.CommitteeId == m.CommitteeId && p.StartsAt < m.StartsAt && p.Status != MeetingStatus.Cancelled && p.Status != MeetingStatus.Postponed)
                .OrderByDescending(p => p.StartsAt).FirstOrDefaultAsync(ct);

        public async ValueTask<string?> Handle(Command c, CancellationToken ct)
        {
            var meeting = await Clerking.LoadMeetingAsync(db, c.MeetingId, ct);
            if (meeting is null) return null;
            var now = Clerking.Now(clock);
            AgendaItem Item() => meeting.Items.FirstOrDefault(i => i.Id == c.ItemId) ?? throw new DomainException("That item is not on this agenda.");
            string what;
            try
            {
                switch (c.Step)
                {
                    case Step.AddItem:
                        if (string.IsNullOrWhiteSpace(c.Input.Title)) throw new DomainException("Enter the item's title.");
                        var added = meeting.Status == MeetingStatus.AgendaPublished
                            ? meeting.AddLateItem(c.Input.Number!, c.Input.Title, c.Input.Description, c.Input.Reason!, now)
                            : meeting.AddItem(c.Input.Number!, c.Input.Title, c.Input.Description);
                        what = added.AddedLateAt is null ? $"Added item {added.Number}, {added.Title}." : $"Added late item {added.Number}, {added.Title}, in a supplement: {added.UrgencyReason}";
                        break;
                    case Step.MoveUp or Step.MoveDown:
                        var moving = Item();
                        meeting.Move(moving, up: c.Step == Step.MoveUp);
                        what = $"Moved {moving.Title} {(c.Step == Step.MoveUp ? "up" : "down")} the agenda, to item {moving.Number}.";
                        break;
                    case Step.Remove:
                        var removed = Item();
                        meeting.Remove(removed);
                        db.AgendaItems.Remove(removed);
                        what = $"Removed item {removed.Number}, {removed.Title}.";
                        break;
                    case Step.Publish:
                        meeting.PublishAgenda(now, c.Input.Reason, calendar);
                        what = meeting.LatePublicationReason is null ? "Published the agenda." : $"Published the agenda late, with the reason: {meeting.LatePublicationReason}";
                        break;
                    case Step.Held:
                        meeting.RecordHeld(now);
                        what = "Recorded that the meeting was held.";
                        break;
                    case Step.PublishMinutes:
                        meeting.PublishDraftMinutes(now);
                        what = "Published the draft minutes.";
                        break;
                    case Step.Reschedule:
                        if (c.Input.Date is not { } date || c.Input.Time is not { } time) throw new DomainException("Enter the new date and start time.");
                        var startsAt = date.ToDateTime(time);
                        var was = $"{Format.When(meeting.StartsAt)} at {meeting.Venue}";
                        meeting.Reschedule(startsAt, c.Input.Venue!, now, rules.SchedulingHorizonYears);
                        what = $"Moved the meeting from {was} to {Format.When(meeting.StartsAt)} at {meeting.Venue}.";
                        break;
                    case Step.Cancel:
                        meeting.Cancel(c.Input.Reason!);
                        what = $"Cancelled the meeting: {meeting.StatusReason}";
                        break;
                    case Step.Postpone:
                        meeting.Postpone(c.Input.Reason!);
                        what = $"Postponed the meeting: {meeting.StatusReason}";
                        break;
                    case Step.ApprovePrevious:
                        what = await ApprovePrevious(meeting, c.Input.SignedBy, ct);
                        break;
                    case Step.NumberMinutes:
                        what = await NumberMinutes(meeting, ct);
                        break;
                    default:
                        throw new DomainException("That is not a step the clerk can take here.");
                }
                // The steps on the meeting itself carry the version their form was shown with; adding, moving or
                // removing an item touches the item, whose number's uniqueness is what guards it.
                if (c.Step is not (Step.AddItem or Step.MoveUp or Step.MoveDown or Step.Remove or Step.ApprovePrevious))
                    Clerking.ExpectVersion(db, meeting, c.Input.Version);
            }
            catch (DomainException e)
            {
                return e.Message;
            }
            return await Clerking.SaveAsync(db, meeting.Id, reader, clock, what, ct);
        }

        /// <summary>At the next meeting the "Minutes of the previous meeting" item approves them; the person presiding
        /// signs them, and from then on they are the record (LGA 1972 Sch 12 para 41(1)).</summary>
        private async Task<string> ApprovePrevious(Meeting meeting, string? signedBy, CancellationToken ct)
        {
            if (meeting.Status is not (MeetingStatus.Held or MeetingStatus.DraftMinutesPublished))
                throw new DomainException("The previous meeting's minutes are approved at this meeting: record this meeting as held first.");
            var item = meeting.Items.FirstOrDefault(i => i.Role == AgendaItemRole.PreviousMinutes)
                ?? throw new DomainException("This agenda has no item \"Minutes of the previous meeting\".");
            var previous = await PreviousMeeting(meeting, ct) ?? throw new DomainException("This is the committee's first meeting: there are no earlier minutes to approve.");
            await db.Entry(previous).Collection(p => p.Items).LoadAsync(ct);
            if (string.IsNullOrWhiteSpace(signedBy)) throw new DomainException("Enter the name of the person presiding, who signs the minutes.");
            previous.ApproveMinutes(DateOnly.FromDateTime(meeting.StartsAt), signedBy, meeting.Id);
            meeting.Resolve(item, templates.PreviousMinutesResolutionFor(previous.StartsAt));
            db.AuditEntries.Add(new AuditEntry(nameof(Meeting), previous.Id, previous.Id, reader.Name, Clerking.Now(clock), $"Minutes approved as a correct record at the meeting of {Format.Day(meeting.StartsAt)} and signed by {signedBy.Trim()}."));
            return $"Approved the minutes of the meeting of {Format.Day(previous.StartsAt)}, signed by {signedBy.Trim()}.";
        }

        /// <summary>Minutes are numbered through the municipal year (May to May): this meeting's minuted items
        /// continue from the committee's last number that year.</summary>
        private async Task<string> NumberMinutes(Meeting meeting, CancellationToken ct)
        {
            var start = meeting.StartsAt.Month >= 5 ? new DateTime(meeting.StartsAt.Year, 5, 1) : new DateTime(meeting.StartsAt.Year - 1, 5, 1);
            var earlier = await db.AgendaItems.AsNoTracking()
                .Where(i => i.MinuteNumber != null && db.Meetings.Any(m => m.Id == i.MeetingId && m.CommitteeId == meeting.CommitteeId && m.StartsAt >= start && m.StartsAt < meeting.StartsAt))
                .Select(i => i.MinuteNumber!).ToListAsync(ct);
            var last = earlier.Select(n => int.Parse(n.Split('.')[0])).DefaultIfEmpty(0).Max();
            var minuted = meeting.Items.Where(i => !string.IsNullOrWhiteSpace(i.MinutesText)).OrderBy(i => i.SortKey, StringComparer.Ordinal).ToList();
            if (minuted.Count == 0) throw new DomainException("No item has minutes yet: write the minutes first.");
            foreach (var item in minuted) item.RecordMinutes((++last).ToString(), item.MinutesText!);
            return $"Numbered the minutes {minuted[0].MinuteNumber} to {minuted[^1].MinuteNumber}.";
        }
    }
}
