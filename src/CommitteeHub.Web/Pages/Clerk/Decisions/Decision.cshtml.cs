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

/// <summary>One decision at the clerk's desk, through its call-in: recording a call-in signed by councillors before the
/// deadline, overview and scrutiny's outcome, the decision maker's reconsideration of a decision referred back, and
/// implementation once nothing stands in the way. Each refusal is the decision's own reason.</summary>
[Authorize(Roles = Clerking.Roles)]
public sealed class Decision(IMediator mediator) : PageModel
{
    public View Model { get; private set; } = null!;
    [BindProperty] public Form Input { get; set; } = new();

    public sealed class Form
    {
        public List<int> Signatories { get; set; } = [];
        [StringLength(20_000)] public string? CallInReasons { get; set; }
        [Display(Name = "outcome")] public CallInOutcome? Outcome { get; set; }
        [Display(Name = "date of the scrutiny meeting")] public DateOnly? ScrutinisedOn { get; set; }
        [StringLength(20_000)] public string? Comments { get; set; }
        [Display(Name = "date of reconsideration")] public DateOnly? ReconsideredOn { get; set; }
        [StringLength(50_000)] public string? Reconsideration { get; set; }
        public uint? Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await Show(id, ct);

    public Task<IActionResult> OnPostCallInAsync(int id, CancellationToken ct) => Take(id, new CallIn(id, Input), ct);
    public Task<IActionResult> OnPostScrutinyAsync(int id, CancellationToken ct) => Take(id, new Scrutiny(id, Input), ct);
    public Task<IActionResult> OnPostReconsiderAsync(int id, CancellationToken ct) => Take(id, new Reconsider(id, Input), ct);
    public Task<IActionResult> OnPostImplementAsync(int id, CancellationToken ct) => Take(id, new Implement(id, Input), ct);

    private async Task<IActionResult> Take(int id, Step step, CancellationToken ct)
    {
        if (ModelState["id"]?.Errors.Count > 0) return BadInputFilter.BadInput(HttpContext, ModelState["id"]!.Errors.Select(e => e.ErrorMessage));
        if (!ModelState.IsValid) return await Show(id, ct);
        return await this.AnswerAsync(await mediator.Send(step, ct), $"/clerk/decisions/{id}", fresh =>
        {
            if (fresh) Input = new();
            return Show(id, ct);
        });
    }

    private async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var view = await mediator.Send(new Query(id), ct);
        if (view is null) return NotFound();
        Model = view;
        return Page();
    }

    public sealed record View(int Id, string Title, string DecisionMaker, DateOnly DecidedOn, DateTime PublishedAt, DecisionStatus Status,
        string PublicStatus, bool SubjectToCallIn, DateTime? CallInDeadline, int SignaturesNeeded, CallInOutcome? Outcome, DateOnly? ReconsideredOn,
        IReadOnlyList<string> Signatories, uint Version, IReadOnlyList<DecisionDesk.PersonOption> Councillors, DateOnly Today);

    public sealed record Query(int Id) : IQuery<View?>;

    public abstract record Step(int Id, Form Input) : ICommand<Outcome>;
    public sealed record CallIn(int Id, Form Input) : Step(Id, Input);
    public sealed record Scrutiny(int Id, Form Input) : Step(Id, Input);
    public sealed record Reconsider(int Id, Form Input) : Step(Id, Input);
    public sealed record Implement(int Id, Form Input) : Step(Id, Input);

    public sealed class Handler(CouncilDb db, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar)
        : IQueryHandler<Query, View?>
    {
        public async ValueTask<View?> Handle(Query q, CancellationToken ct)
        {
            var d = await db.Decisions.AsNoTracking().Include(x => x.CallInSignatories).FirstOrDefaultAsync(x => x.Id == q.Id, ct);
            if (d is null) return null;
            var councillors = await DecisionDesk.CouncillorsAsync(db, ct);
            var signed = d.CallInSignatories.Select(s => s.PersonId).ToHashSet();
            var now = Clerking.Now(clock);
            return new View(d.Id, d.Title, d.DecisionMaker, d.DecidedOn, d.PublishedAt, d.Status, d.PublicStatus(now, rules, calendar),
                d.IsSubjectToCallIn(rules), d.IsSubjectToCallIn(rules) ? d.CallInDeadline(rules, calendar) : null, rules.CallInSignatories,
                d.ScrutinyOutcome, d.ReconsideredOn, councillors.Where(c => signed.Contains(c.Id)).Select(c => c.Name).ToList(), d.Version,
                councillors, DateOnly.FromDateTime(now));
        }
    }

    /// <summary>Councillors call the decision in: only councillors sign, enough of them, before the deadline.</summary>
    public sealed class CallInHandler(CouncilDb db, Recording recording, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar) : StepHandler<CallIn>(db, recording)
    {
        protected override async Task Take(CallIn step, Domain.Decision decision, CancellationToken ct)
        {
            var ids = step.Input.Signatories.Distinct().ToList();
            if (await Db.People.CountAsync(p => ids.Contains(p.Id) && p.Kind == PersonKind.Councillor, ct) != ids.Count)
                throw new DomainException("Only councillors may sign a call-in: choose them from the list.");
            decision.CallIn(step.Input.Signatories, step.Input.CallInReasons!, Clerking.Now(clock), rules, calendar);
        }
    }

    public sealed class ScrutinyHandler(CouncilDb db, Recording recording) : StepHandler<Scrutiny>(db, recording)
    {
        protected override Task Take(Scrutiny step, Domain.Decision decision, CancellationToken ct)
        {
            var f = step.Input;
            if (f.Outcome is not { } outcome) throw new DomainException("Choose what overview and scrutiny decided.");
            decision.RecordScrutinyOutcome(outcome, f.ScrutinisedOn ?? throw new DomainException("Enter the date overview and scrutiny dealt with the call-in."), DecisionDesk.Trimmed(f.Comments));
            return Task.CompletedTask;
        }
    }

    public sealed class ReconsiderHandler(CouncilDb db, Recording recording) : StepHandler<Reconsider>(db, recording)
    {
        protected override Task Take(Reconsider step, Domain.Decision decision, CancellationToken ct)
        {
            decision.Reconsider(step.Input.ReconsideredOn ?? throw new DomainException("Enter the date the decision maker reconsidered the decision."), step.Input.Reconsideration!);
            return Task.CompletedTask;
        }
    }

    public sealed class ImplementHandler(CouncilDb db, Recording recording, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar) : StepHandler<Implement>(db, recording)
    {
        protected override Task Take(Implement step, Domain.Decision decision, CancellationToken ct)
        {
            decision.Implement(Clerking.Now(clock), rules, calendar);
            return Task.CompletedTask;
        }
    }

    /// <summary>Loads the decision, takes the step on it against the version the form was shown with, and saves it.</summary>
    public abstract class StepHandler<TStep>(CouncilDb db, Recording recording) : ICommandHandler<TStep, Outcome> where TStep : Step
    {
        protected CouncilDb Db => db;

        protected abstract Task Take(TStep step, Domain.Decision decision, CancellationToken ct);

        public async ValueTask<Outcome> Handle(TStep step, CancellationToken ct)
        {
            var decision = await db.Decisions.Include(x => x.CallInSignatories).FirstOrDefaultAsync(x => x.Id == step.Id, ct);
            if (decision is null) return Outcome.NotFound;
            await Take(step, decision, ct);
            Clerking.ExpectVersion(db, decision, step.Input.Version);
            return await recording.SaveAsync(ct);
        }
    }
}
