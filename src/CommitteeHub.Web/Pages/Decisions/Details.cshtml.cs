using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Decisions;

/// <summary>The record of one decision: for an executive decision, SI 2012/2089 regs 12–13: the decision, its reasons, the options
/// rejected, conflicts and dispensations, the notice it was taken on, and its call-in. A decision taken in private
/// names its Schedule 12A paragraph; its reasons and alternatives, which may carry the exempt information, are shown
/// only to those entitled to read it.</summary>
[ReadingPage]
public sealed class Details(IMediator mediator) : PageModel
{
    public View Model { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var found = await mediator.Send(new Query(id), ct);
        if (found is null) return NotFound();
        Model = found;
        return Page();
    }

    public sealed record Query(int Id) : IQuery<View?>;

    public sealed record View(int Id, string Title, string DecisionMaker, DateOnly DecidedOn, DateTime PublishedAt, string Text,
        string? Reasons, string? AlternativesRejected, bool IsKeyDecision, bool IsExecutive, bool IsUrgent, bool ReasonsWithheld, string Status,
        DateTime? CallInDeadline, IReadOnlyList<ConflictLine> Conflicts, NoticeLine? Notice, MeetingLine? Meeting,
        DateTime? CalledInAt, string? CallInReasons, IReadOnlyList<string> Signatories, CallInOutcome? ScrutinyOutcome,
        DateOnly? ScrutinisedOn, string? ScrutinyComments, DateOnly? ReconsideredOn, string? Reconsideration, DateTime? ImplementedAt);

    public sealed record ConflictLine(string Member, string Nature, string? Dispensation);

    public sealed record NoticeLine(string Matter, KeyDecisionReason? KeyDecision, DateOnly? FirstPublishedOn, int? ExemptParagraph,
        string? PrivateReasons, DateOnly? GeneralExceptionNoticeOn, string? GeneralExceptionReasons, UrgencyAgreedBy? UrgencyAgreedBy,
        string? UrgencyAgreedByName, DateOnly? UrgencyAgreedOn, string? SpecialUrgencyReasons);

    public sealed record MeetingLine(int Id, string Committee, DateTime StartsAt, int? ItemId, string? ItemNumber);

    public sealed class Handler(CouncilDb db, Reader reader, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar)
        : IQueryHandler<Query, View?>
    {
        public async ValueTask<View?> Handle(Query q, CancellationToken ct)
        {
            var scope = await reader.ScopeAsync(ct);
            // A decision on an item the reader may not read is not theirs to see at all, as if there were none.
            var d = await db.Decisions.AsNoTracking().ListedFor(scope).Include(x => x.Conflicts).Include(x => x.CallInSignatories).AsSplitQuery()
                .FirstOrDefaultAsync(x => x.Id == q.Id, ct);
            if (d is null) return null;
            var ids = d.Conflicts.Select(c => c.PersonId).Concat(d.CallInSignatories.Select(s => s.PersonId)).ToList();
            var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
            var notice = d.ForwardPlanEntryId is { } entryId
                ? await db.ForwardPlanEntries.AsNoTracking().Where(e => e.Id == entryId)
                    .Select(e => new NoticeLine(e.Matter, e.KeyDecision, e.FirstPublishedOn, e.ExemptParagraph, e.PrivateReasons,
                        e.GeneralExceptionNoticeOn, e.GeneralExceptionReasons, e.UrgencyAgreedBy, e.UrgencyAgreedByName, e.UrgencyAgreedOn, e.SpecialUrgencyReasons))
                    .FirstAsync(ct)
                : null;
            var meeting = d.MeetingId is { } meetingId
                ? await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
                    .Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new MeetingLine(m.Id, c.Name, m.StartsAt, d.AgendaItemId,
                        db.AgendaItems.Where(i => i.Id == d.AgendaItemId).Select(i => i.Number).FirstOrDefault())).FirstAsync(ct)
                : null;
            // The one decision, through the same filter as any list of them.
            var withheld = !await db.Decisions.Where(x => x.Id == d.Id).ReadableBy(scope).AnyAsync(ct);
            return new View(d.Id, d.Title, d.DecisionMaker, d.DecidedOn, d.PublishedAt, d.Text,
                withheld ? null : d.Reasons, withheld ? null : d.AlternativesRejected, d.IsKeyDecision, d.IsExecutive, d.IsUrgent, withheld,
                d.PublicStatus(clock.GetLocalNow().DateTime, rules, calendar),
                d.IsSubjectToCallIn(rules) ? d.CallInDeadline(rules, calendar) : null,
                d.Conflicts.Select(c => new ConflictLine(names.GetValueOrDefault(c.PersonId, "A member"), c.Nature, c.Dispensation)).ToList(),
                notice, meeting, d.CalledInAt, d.CallInReasons,
                d.CallInSignatories.Select(s => names.GetValueOrDefault(s.PersonId, "A councillor")).Order().ToList(),
                d.ScrutinyOutcome, d.ScrutinisedOn, d.ScrutinyComments, d.ReconsideredOn, d.Reconsideration, d.ImplementedAt);
        }
    }
}
