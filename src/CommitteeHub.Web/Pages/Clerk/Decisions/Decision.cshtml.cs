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

    public enum Step { CallIn, Scrutiny, Reconsider, Implement }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await Show(id, ct);

    public async Task<IActionResult> OnPostAsync(int id, string? step, CancellationToken ct)
    {
        if (ModelState["id"]?.Errors.Count > 0) return BadInputFilter.BadInput(HttpContext, ModelState["id"]!.Errors.Select(e => e.ErrorMessage));
        if (!DecisionDesk.TryStep<Step>(step, ModelState, out var s) || !ModelState.IsValid) return await Show(id, ct);
        var error = await mediator.Send(new Command(id, s, Input), ct);
        if (error is null) return NotFound();
        if (error.Length > 0)
        {
            ModelState.AddModelError(string.Empty, error);
            return await Show(id, ct);
        }
        TempData["Done"] = s switch
        {
            Step.CallIn => "The call-in was recorded.",
            Step.Scrutiny => "Overview and scrutiny's outcome was recorded.",
            Step.Reconsider => "The reconsideration was recorded.",
            _ => "The decision was recorded as implemented.",
        };
        return Redirect($"/clerk/decisions/{id}");
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

    public sealed record Command(int Id, Step Step, Form Input) : ICommand<string?>;

    public sealed class Handler(CouncilDb db, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar)
        : IQueryHandler<Query, View?>, ICommandHandler<Command, string?>
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

        public async ValueTask<string?> Handle(Command c, CancellationToken ct)
        {
            var d = await db.Decisions.Include(x => x.CallInSignatories).FirstOrDefaultAsync(x => x.Id == c.Id, ct);
            if (d is null) return null;
            var now = Clerking.Now(clock);
            var f = c.Input;
            try
            {
                switch (c.Step)
                {
                    case Step.CallIn:
                        var ids = f.Signatories.Distinct().ToList();
                        if (await db.People.CountAsync(p => ids.Contains(p.Id) && p.Kind == PersonKind.Councillor, ct) != ids.Count)
                            throw new DomainException("Only councillors may sign a call-in: choose them from the list.");
                        d.CallIn(f.Signatories, f.CallInReasons!, now, rules, calendar);
                        break;
                    case Step.Scrutiny:
                        if (f.Outcome is not { } outcome) throw new DomainException("Choose what overview and scrutiny decided.");
                        d.RecordScrutinyOutcome(outcome, f.ScrutinisedOn ?? throw new DomainException("Enter the date overview and scrutiny dealt with the call-in."), DecisionDesk.Trimmed(f.Comments));
                        break;
                    case Step.Reconsider:
                        d.Reconsider(f.ReconsideredOn ?? throw new DomainException("Enter the date the decision maker reconsidered the decision."), f.Reconsideration!);
                        break;
                    default:
                        d.Implement(now, rules, calendar);
                        break;
                }
                Clerking.ExpectVersion(db, d, c.Input.Version);
            }
            catch (DomainException e)
            {
                return e.Message;
            }
            return await DecisionDesk.SaveAsync(db, ct);
        }
    }
}
