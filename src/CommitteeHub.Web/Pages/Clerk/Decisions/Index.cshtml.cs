using System.ComponentModel.DataAnnotations;
using CommitteeHub.Data;
using CommitteeHub.Domain;
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

    public enum Step { AddEntry, RecordDecision }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Show(ct);

    public async Task<IActionResult> OnPostAsync(string? step, CancellationToken ct)
    {
        if (!DecisionDesk.TryStep<Step>(step, ModelState, out var s) || !ModelState.IsValid) return await Show(ct);
        var error = await mediator.Send(new Command(s, Entry, Record), ct);
        if (!string.IsNullOrEmpty(error))
        {
            ModelState.AddModelError(string.Empty, error);
            return await Show(ct);
        }
        TempData["Done"] = s == Step.AddEntry ? "The matter was added to the Forward Plan." : "The decision was recorded and published.";
        return Redirect("/clerk/decisions");
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

    public sealed record Command(Step Step, EntryForm Entry, DecisionForm Record) : ICommand<string?>;

    public sealed class Handler(CouncilDb db, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar)
        : IQueryHandler<Query, View>, ICommandHandler<Command, string?>
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

        public async ValueTask<string?> Handle(Command c, CancellationToken ct)
        {
            try
            {
                if (c.Step == Step.AddEntry) AddEntry(c.Entry);
                else await RecordDecision(c.Record, ct);
            }
            catch (DomainException e)
            {
                return e.Message;
            }
            return await DecisionDesk.SaveAsync(db, ct);
        }

        private void AddEntry(EntryForm f)
        {
            if (f.IntendedOn is not { } intended) throw new DomainException("Enter the date the decision is intended to be taken.");
            var entry = new ForwardPlanEntry(f.Matter!, f.DecisionMaker!, intended, f.KeyReason, f.Documents!, f.Representations!);
            if (f.ExemptParagraph is { } paragraph) entry.TakeInPrivate(paragraph, f.PrivateReasons!);
            else if (!string.IsNullOrWhiteSpace(f.PrivateReasons)) throw new DomainException("Choose the Schedule 12A paragraph under which the decision will be taken in private, or leave the reasons blank.");
            if (!entry.IsKeyDecision && !entry.IsPrivate)
                throw new DomainException("The Forward Plan lists key decisions and decisions to be taken in private: choose why this matter is a key decision, or the paragraph under which it will be taken in private.");
            if (f.PublishNow) entry.Publish(DateOnly.FromDateTime(Clerking.Now(clock)));
            db.ForwardPlanEntries.Add(entry);
        }

        private async Task RecordDecision(DecisionForm f, CancellationToken ct)
        {
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
        }
    }
}
