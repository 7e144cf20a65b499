using System.ComponentModel.DataAnnotations;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Clerk.Decisions;

/// <summary>
/// The clerk's decisions desk: the Forward Plan entries and the decision register as staff see them, a form to give
/// notice of a matter in the Forward Plan, and a form to record a decision, on its notice if it is key or private
/// (the notice must allow it on the day it was taken, which the entry itself judges).
/// </summary>
[Authorize(Roles = Clerking.Roles)]
public sealed class Index(IMediator mediator) : PageModel
{
    public View Model { get; private set; } = null!;
    [BindProperty] public EntryForm Entry { get; set; } = new();
    [BindProperty] public DecisionForm Record { get; set; } = new();

    public sealed class EntryForm
    {
        [StringLength(300, ErrorMessage = "The matter must be 300 characters or fewer.")] public string? Matter { get; set; }
        [StringLength(200, ErrorMessage = "The decision maker must be 200 characters or fewer.")] public string? DecisionMaker { get; set; }
        [Display(Name = "intended date of decision")] public DateOnly? IntendedOn { get; set; }
        [Display(Name = "reason it is a key decision")] public KeyDecisionReason? KeyReason { get; set; }
        [StringLength(5_000)] public string? Documents { get; set; }
        [StringLength(5_000)] public string? Representations { get; set; }
        [Display(Name = "Schedule 12A paragraph")] public int? ExemptParagraph { get; set; }
        [StringLength(2_000)] public string? PrivateReasons { get; set; }
        public bool PublishNow { get; set; }
    }

    public sealed class DecisionForm
    {
        [Display(Name = "Forward Plan entry")] public int? EntryId { get; set; }
        [StringLength(300, ErrorMessage = "The title must be 300 characters or fewer.")] public string? Title { get; set; }
        [StringLength(200, ErrorMessage = "The decision maker must be 200 characters or fewer.")] public string? DecisionMaker { get; set; }
        [Display(Name = "date of the decision")] public DateOnly? DecidedOn { get; set; }
        [StringLength(50_000)] public string? Text { get; set; }
        [StringLength(50_000)] public string? Reasons { get; set; }
        [StringLength(20_000)] public string? Alternatives { get; set; }
        [Display(Name = "member declaring a conflict")] public int? ConflictPersonId { get; set; }
        [StringLength(1_000)] public string? ConflictNature { get; set; }
        [StringLength(1_000)] public string? Dispensation { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Show(ct);

    public Task<IActionResult> OnPostAddEntryAsync(CancellationToken ct) => Take(new AddEntry(Entry), ct);

    public Task<IActionResult> OnPostRecordDecisionAsync(CancellationToken ct) => Take(new RecordDecision(Record), ct);

    private async Task<IActionResult> Take(ICommand<Outcome> step, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await Show(ct);
        return await this.AnswerAsync(await mediator.Send(step, ct), "/clerk/decisions", _ => Show(ct));
    }

    private async Task<IActionResult> Show(CancellationToken ct)
    {
        Model = await mediator.Send(new Query(), ct);
        return Page();
    }

    public sealed record View(IReadOnlyList<EntryLine> Entries, IReadOnlyList<DecisionLine> Decisions, IReadOnlyList<DecisionDesk.PersonOption> Councillors);

    public sealed record EntryLine(int Id, string Matter, string DecisionMaker, DateOnly IntendedDecisionOn, bool IsKey, int? ExemptParagraph,
        DateOnly? FirstPublishedOn, int? DecisionId);

    public sealed record DecisionLine(int Id, string Title, string DecisionMaker, DateOnly DecidedOn, string Status);

    public sealed record Query : IQuery<View>;

    public sealed record AddEntry(EntryForm Entry) : ICommand<Outcome>;

    public sealed record RecordDecision(DecisionForm Record) : ICommand<Outcome>;

    public sealed class Handler(CouncilDb db, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar)
        : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query q, CancellationToken ct)
        {
            var entries = await db.ForwardPlanEntries.AsNoTracking().OrderByDescending(e => e.IntendedDecisionOn).Take(200)
                .Select(e => new EntryLine(e.Id, e.Matter, e.DecisionMaker, e.IntendedDecisionOn, e.KeyDecision != null, e.ExemptParagraph, e.FirstPublishedOn,
                    db.Decisions.Where(d => d.ForwardPlanEntryId == e.Id).Select(d => (int?)d.Id).FirstOrDefault()))
                .ToListAsync(ct);
            var now = Clerking.Now(clock);
            var decisions = (await db.Decisions.AsNoTracking().OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.PublishedAt).Take(200).ToListAsync(ct))
                .Select(d => new DecisionLine(d.Id, d.Title, d.DecisionMaker, d.DecidedOn, d.PublicStatus(now, rules, calendar))).ToList();
            return new View(entries, decisions, await DecisionDesk.CouncillorsAsync(db, ct));
        }
    }

    /// <summary>Gives notice of a matter in the Forward Plan, published today if the clerk says so.</summary>
    public sealed class AddEntryHandler(CouncilDb db, Recording recording, TimeProvider clock) : ICommandHandler<AddEntry, Outcome>
    {
        public async ValueTask<Outcome> Handle(AddEntry c, CancellationToken ct)
        {
            var f = c.Entry;
            if (f.IntendedOn is not { } intended) return Outcome.Refused("Enter the date the decision is intended to be taken.");
            db.ForwardPlanEntries.Add(ForwardPlanEntry.Notice(f.Matter!, f.DecisionMaker!, intended, f.KeyReason, f.Documents!, f.Representations!,
                f.ExemptParagraph, f.PrivateReasons, f.PublishNow ? DateOnly.FromDateTime(Clerking.Now(clock)) : null));
            return await recording.SaveAsync(ct);
        }
    }

    /// <summary>Records a decision and so publishes it; a key or private one on its Forward Plan entry, whose notice
    /// must allow it on the day it was taken.</summary>
    public sealed class RecordDecisionHandler(CouncilDb db, Recording recording, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar)
        : ICommandHandler<RecordDecision, Outcome>
    {
        public async ValueTask<Outcome> Handle(RecordDecision c, CancellationToken ct)
        {
            var f = c.Record;
            ForwardPlanEntry? entry = null;
            if (f.EntryId is { } entryId)
            {
                entry = await db.ForwardPlanEntries.FirstOrDefaultAsync(e => e.Id == entryId, ct)
                    ?? throw new DomainException("That Forward Plan entry no longer exists: choose another.");
                if (await db.Decisions.AnyAsync(d => d.ForwardPlanEntryId == entryId, ct))
                    throw new DomainException($"A decision has already been recorded on the Forward Plan entry \"{entry.Matter}\".");
            }
            if (f.DecidedOn is not { } decidedOn) throw new DomainException("Enter the date the decision was taken.");
            var now = Clerking.Now(clock);
            if (decidedOn > DateOnly.FromDateTime(now)) throw new DomainException("A decision is recorded once it has been taken: the date cannot be in the future.");
            var conflicts = new List<DeclaredConflictLine>();
            if (f.ConflictPersonId is { } personId)
            {
                if (!await db.People.AnyAsync(p => p.Id == personId && p.Kind == PersonKind.Councillor, ct))
                    throw new DomainException("Choose the member who declared the conflict of interest from the list.");
                conflicts.Add(new DeclaredConflictLine(personId, f.ConflictNature!, DecisionDesk.Trimmed(f.Dispensation)));
            }
            else if (!string.IsNullOrWhiteSpace(f.ConflictNature)) throw new DomainException("Choose the member who declared the conflict of interest.");
            var decision = new Domain.Decision(DecisionDesk.Trimmed(f.DecisionMaker) ?? entry?.DecisionMaker!, DecisionDesk.Trimmed(f.Title) ?? entry?.Matter!,
                f.Text!, f.Reasons!, decidedOn, now, f.Alternatives, conflicts);
            // Urgency comes only from a special urgency notice on the entry, agreed by the scrutiny chair (reg 11).
            if (entry is not null) decision.TakenOnNotice(entry, rules, calendar);
            db.Decisions.Add(decision);
            return await recording.SaveAsync(ct);
        }
    }
}
