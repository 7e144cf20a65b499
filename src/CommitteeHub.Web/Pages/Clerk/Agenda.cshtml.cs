using System.ComponentModel.DataAnnotations;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Clerk;

/// <summary>
/// The clerk's page for one meeting: builds its agenda (add, reorder, remove items; late items into a supplement),
/// publishes it under the five clear days rule, records it held, publishes the draft minutes, approves the previous
/// meeting's minutes, and shows the audit trail. Each step is a handler of its own, taking one step on the meeting.
/// </summary>
[Authorize(Roles = Clerking.Roles)]
public sealed class Agenda(IMediator mediator) : PageModel
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

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await Show(id, ct);

    public async Task<IActionResult> OnPostAddItemAsync(int id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Input.Title)) ModelState.AddModelError("Input.Title", "Enter the item's title.");
        return await Take(id, new AddItem(id, Input.Number, Input.Title!, Input.Description, Input.Reason), ct, field: "Input.Title");
    }

    public Task<IActionResult> OnPostMoveUpAsync(int id, int? item, CancellationToken ct) => Take(id, new MoveItem(id, item ?? 0, Up: true), ct);

    public Task<IActionResult> OnPostMoveDownAsync(int id, int? item, CancellationToken ct) => Take(id, new MoveItem(id, item ?? 0, Up: false), ct);

    public Task<IActionResult> OnPostRemoveAsync(int id, int? item, CancellationToken ct) => Take(id, new RemoveItem(id, item ?? 0), ct);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => Take(id, new Publish(id, Input.Reason, Input.Version), ct);

    public Task<IActionResult> OnPostHeldAsync(int id, CancellationToken ct) => Take(id, new RecordHeld(id, Input.Version), ct);

    public Task<IActionResult> OnPostPublishMinutesAsync(int id, CancellationToken ct) => Take(id, new PublishMinutes(id, Input.Version), ct);

    public Task<IActionResult> OnPostNumberMinutesAsync(int id, CancellationToken ct) => Take(id, new NumberMinutes(id, Input.Version), ct);

    public Task<IActionResult> OnPostApprovePreviousAsync(int id, CancellationToken ct) => Take(id, new ApprovePrevious(id, Input.SignedBy), ct);

    public Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct) => Take(id, new Cancel(id, Input.Reason, Input.Version), ct);

    public Task<IActionResult> OnPostPostponeAsync(int id, CancellationToken ct) => Take(id, new Postpone(id, Input.Reason, Input.Version), ct);

    public async Task<IActionResult> OnPostRescheduleAsync(int id, CancellationToken ct)
    {
        if (Input.Date is not { } date || Input.Time is not { } time)
        {
            if (Input.Date is null && ModelState.GetFieldValidationState("Input.Date") != ModelValidationState.Invalid)
                ModelState.AddModelError("Input.Date", "Enter the new date.");
            if (Input.Time is null && ModelState.GetFieldValidationState("Input.Time") != ModelValidationState.Invalid)
                ModelState.AddModelError("Input.Time", "Enter the new start time, such as 10:00.");
            return await Show(id, ct);
        }
        return await Take(id, new Reschedule(id, date.ToDateTime(time), Input.Venue, Input.Version), ct);
    }

    /// <summary>Takes the step if the form is valid, and answers as every page does; a refusal goes beside
    /// <paramref name="field"/> when the step has one.</summary>
    private async Task<IActionResult> Take(int id, ICommand<Outcome> step, CancellationToken ct, string? field = null)
    {
        if (!ModelState.IsValid) return await Show(id, ct);
        var outcome = await mediator.Send(step, ct);
        if (outcome.Kind == OutcomeKind.Refused && field is not null) outcome = outcome with { Field = field };
        // The hidden versions are written from the meeting as saved, so after a conflict the page shown is fresh anyway.
        return await this.AnswerAsync(outcome, $"/clerk/meetings/{id}", _ => Show(id, ct));
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

    public sealed class Handler(CouncilDb db, TimeProvider clock, WorkingCalendar calendar) : IQueryHandler<Query, View?>
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
            var previous = await db.Meetings.AsNoTracking().PreviousOf(m).Select(p => new PreviousLine(p.Id, p.StartsAt, p.Status)).FirstOrDefaultAsync(ct);
            var day = DateOnly.FromDateTime(m.StartsAt);
            var now = Clerking.Now(clock);
            var chairman = await db.Memberships.AsNoTracking()
                .SittingOn(m.CommitteeId, day).Where(s => s.Role == MembershipRole.Chairman)
                .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => p.DisplayName).FirstOrDefaultAsync(ct);
            var history = await db.AuditEntries.AsNoTracking().Where(a => a.MeetingId == m.Id).OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .Select(a => new AuditLine(a.At, a.By, a.What)).Take(200).ToListAsync(ct);
            return new View(m.Id, committee, m.CommitteeId, m.StartsAt, m.Venue, m.Title, m.Status, m.Version, m.LatePublicationReason,
                calendar.LatestDayBefore(day, 5), calendar.ClearDaysBetween(DateOnly.FromDateTime(now), day), now >= m.StartsAt,
                items, previous, chairman, history);
        }
    }

    // ---------- the steps: the steps on the meeting itself carry the version their form was shown with; adding, moving
    // or removing an item touches the items, whose numbers' uniqueness is what guards them ----------

    public sealed record AddItem(int MeetingId, string? Number, string Title, string? Description, string? UrgencyReason) : ICommand<Outcome>;

    public sealed class AddItemHandler(CouncilDb db, Recording recording, TimeProvider clock) : ICommandHandler<AddItem, Outcome>
    {
        public ValueTask<Outcome> Handle(AddItem c, CancellationToken ct) => MeetingSteps.TakeAsync(db, recording, c.MeetingId,
            m => m.AddToAgenda(c.Number!, c.Title, c.Description, c.UrgencyReason, Clerking.Now(clock)), ct);
    }

    public sealed record MoveItem(int MeetingId, int ItemId, bool Up) : ICommand<Outcome>;

    public sealed class MoveItemHandler(CouncilDb db, Recording recording) : ICommandHandler<MoveItem, Outcome>
    {
        public ValueTask<Outcome> Handle(MoveItem c, CancellationToken ct) =>
            MeetingSteps.TakeAsync(db, recording, c.MeetingId, m => m.Move(m.ItemById(c.ItemId), c.Up), ct);
    }

    public sealed record RemoveItem(int MeetingId, int ItemId) : ICommand<Outcome>;

    public sealed class RemoveItemHandler(CouncilDb db, Recording recording) : ICommandHandler<RemoveItem, Outcome>
    {
        public ValueTask<Outcome> Handle(RemoveItem c, CancellationToken ct) =>
            MeetingSteps.TakeAsync(db, recording, c.MeetingId, m => m.Remove(m.ItemById(c.ItemId)), ct);
    }

    public sealed record Publish(int MeetingId, string? LateReason, uint? Version) : ICommand<Outcome>;

    public sealed class PublishHandler(CouncilDb db, Recording recording, TimeProvider clock, WorkingCalendar calendar) : ICommandHandler<Publish, Outcome>
    {
        public ValueTask<Outcome> Handle(Publish c, CancellationToken ct) => MeetingSteps.TakeAsync(db, recording, c.MeetingId, c.Version,
            m => m.PublishAgenda(Clerking.Now(clock), c.LateReason, calendar), ct);
    }

    public sealed record RecordHeld(int MeetingId, uint? Version) : ICommand<Outcome>;

    public sealed class RecordHeldHandler(CouncilDb db, Recording recording, TimeProvider clock) : ICommandHandler<RecordHeld, Outcome>
    {
        public ValueTask<Outcome> Handle(RecordHeld c, CancellationToken ct) => MeetingSteps.TakeAsync(db, recording, c.MeetingId, c.Version,
            m => m.RecordHeld(Clerking.Now(clock)), ct);
    }

    public sealed record PublishMinutes(int MeetingId, uint? Version) : ICommand<Outcome>;

    public sealed class PublishMinutesHandler(CouncilDb db, Recording recording, TimeProvider clock) : ICommandHandler<PublishMinutes, Outcome>
    {
        public ValueTask<Outcome> Handle(PublishMinutes c, CancellationToken ct) => MeetingSteps.TakeAsync(db, recording, c.MeetingId, c.Version,
            m => m.PublishDraftMinutes(Clerking.Now(clock)), ct);
    }

    public sealed record NumberMinutes(int MeetingId, uint? Version) : ICommand<Outcome>;

    /// <summary>The meeting's minutes continue from the committee's last number in the meeting's municipal year.</summary>
    public sealed class NumberMinutesHandler(CouncilDb db, Recording recording) : ICommandHandler<NumberMinutes, Outcome>
    {
        public async ValueTask<Outcome> Handle(NumberMinutes c, CancellationToken ct)
        {
            if (await Clerking.LoadMeetingAsync(db, c.MeetingId, ct) is not { } meeting) return Outcome.NotFound;
            var year = MunicipalYear.Of(meeting.StartsAt);
            var earlier = await db.AgendaItems.AsNoTracking()
                .Where(i => i.MinuteNumber != null && db.Meetings.Any(m => m.Id == i.MeetingId && m.CommitteeId == meeting.CommitteeId && m.StartsAt >= year.Start && m.StartsAt < meeting.StartsAt))
                .Select(i => i.MinuteNumber).ToListAsync(ct);
            meeting.NumberMinutes(Meeting.LastMinuteNumber(earlier));
            Clerking.ExpectVersion(db, meeting, c.Version);
            return await recording.SaveAsync(ct);
        }
    }

    public sealed record ApprovePrevious(int MeetingId, string? SignedBy) : ICommand<Outcome>;

    /// <summary>The previous meeting is saved with this one: its minutes approved, signed and locked, in its own trail.</summary>
    public sealed class ApprovePreviousHandler(CouncilDb db, Recording recording, CouncilTemplates templates) : ICommandHandler<ApprovePrevious, Outcome>
    {
        public async ValueTask<Outcome> Handle(ApprovePrevious c, CancellationToken ct)
        {
            if (await Clerking.LoadMeetingAsync(db, c.MeetingId, ct) is not { } meeting) return Outcome.NotFound;
            var previous = await db.Meetings.PreviousOf(meeting).Include(p => p.Items).FirstOrDefaultAsync(ct);
            meeting.ApprovePreviousMinutes(previous, c.SignedBy, templates.PreviousMinutesResolutionFor);
            return await recording.SaveAsync(ct);
        }
    }

    public sealed record Reschedule(int MeetingId, DateTime StartsAt, string? Venue, uint? Version) : ICommand<Outcome>;

    public sealed class RescheduleHandler(CouncilDb db, Recording recording, TimeProvider clock, ProcedureRules rules) : ICommandHandler<Reschedule, Outcome>
    {
        public ValueTask<Outcome> Handle(Reschedule c, CancellationToken ct) => MeetingSteps.TakeAsync(db, recording, c.MeetingId, c.Version,
            m => m.Reschedule(c.StartsAt, c.Venue!, Clerking.Now(clock), rules.SchedulingHorizonYears), ct);
    }

    public sealed record Cancel(int MeetingId, string? Reason, uint? Version) : ICommand<Outcome>;

    public sealed class CancelHandler(CouncilDb db, Recording recording) : ICommandHandler<Cancel, Outcome>
    {
        public ValueTask<Outcome> Handle(Cancel c, CancellationToken ct) => MeetingSteps.TakeAsync(db, recording, c.MeetingId, c.Version,
            m => m.Cancel(c.Reason!), ct);
    }

    public sealed record Postpone(int MeetingId, string? Reason, uint? Version) : ICommand<Outcome>;

    public sealed class PostponeHandler(CouncilDb db, Recording recording) : ICommandHandler<Postpone, Outcome>
    {
        public ValueTask<Outcome> Handle(Postpone c, CancellationToken ct) => MeetingSteps.TakeAsync(db, recording, c.MeetingId, c.Version,
            m => m.Postpone(c.Reason!), ct);
    }
}
