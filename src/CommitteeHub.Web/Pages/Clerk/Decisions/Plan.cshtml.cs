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

/// <summary>One Forward Plan entry at the clerk's desk: publish it, move its date, and when 28 clear days cannot be
/// given, record the general exception (reg 10) or special urgency (reg 11) with its notice. The page says the first
/// day the notice given so far allows the decision.</summary>
[Authorize(Roles = Clerking.Roles)]
public sealed class Plan(IMediator mediator) : PageModel
{
    public View Model { get; private set; } = null!;
    [BindProperty] public Form Input { get; set; } = new();

    public sealed class Form
    {
        [Display(Name = "intended date of decision")] public DateOnly? IntendedOn { get; set; }
        [Display(Name = "date the scrutiny chairman was notified")] public DateOnly? NotifiedOn { get; set; }
        [Display(Name = "date the notice was published")] public DateOnly? NoticeOn { get; set; }
        [StringLength(2_000)] public string? ExceptionReasons { get; set; }
        [Display(Name = "who agreed")] public UrgencyAgreedBy? AgreedBy { get; set; }
        [StringLength(200)] public string? AgreedByName { get; set; }
        [Display(Name = "date urgency was agreed")] public DateOnly? AgreedOn { get; set; }
        [Display(Name = "date the urgency notice was published")] public DateOnly? UrgencyNoticeOn { get; set; }
        [StringLength(2_000)] public string? UrgencyReasons { get; set; }
        public uint? Version { get; set; }
    }

    public enum Step { Publish, MoveDate, GeneralException, SpecialUrgency }

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
        TempData["Done"] = "Saved.";
        return Redirect($"/clerk/decisions/plan/{id}");
    }

    private async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var view = await mediator.Send(new Query(id), ct);
        if (view is null) return NotFound();
        Model = view;
        return Page();
    }

    public sealed record View(int Id, string Matter, string DecisionMaker, DateOnly IntendedDecisionOn, KeyDecisionReason? KeyDecision, int? ExemptParagraph,
        DateOnly? FirstPublishedOn, DateOnly? GeneralExceptionNoticeOn, DateOnly? UrgencyAgreedOn, DateOnly? EarliestDecisionDay, int? DecisionId,
        uint Version, DateOnly Today);

    public sealed record Query(int Id) : IQuery<View?>;

    public sealed record Command(int Id, Step Step, Form Input) : ICommand<string?>;

    public sealed class Handler(CouncilDb db, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar)
        : IQueryHandler<Query, View?>, ICommandHandler<Command, string?>
    {
        public async ValueTask<View?> Handle(Query q, CancellationToken ct)
        {
            var e = await db.ForwardPlanEntries.AsNoTracking().FirstOrDefaultAsync(x => x.Id == q.Id, ct);
            if (e is null) return null;
            var decisionId = await db.Decisions.Where(d => d.ForwardPlanEntryId == e.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
            return new View(e.Id, e.Matter, e.DecisionMaker, e.IntendedDecisionOn, e.KeyDecision, e.ExemptParagraph, e.FirstPublishedOn,
                e.GeneralExceptionNoticeOn, e.UrgencyAgreedOn, e.EarliestDecisionDay(rules, calendar), decisionId, e.Version,
                DateOnly.FromDateTime(Clerking.Now(clock)));
        }

        public async ValueTask<string?> Handle(Command c, CancellationToken ct)
        {
            var e = await db.ForwardPlanEntries.FirstOrDefaultAsync(x => x.Id == c.Id, ct);
            if (e is null) return null;
            var f = c.Input;
            static DateOnly Required(DateOnly? day, string message) => day ?? throw new DomainException(message);
            try
            {
                switch (c.Step)
                {
                    case Step.Publish:
                        e.Publish(DateOnly.FromDateTime(Clerking.Now(clock)));
                        break;
                    case Step.MoveDate:
                        e.MoveDecisionDate(Required(f.IntendedOn, "Enter the new intended date of decision."));
                        break;
                    case Step.GeneralException:
                        e.UseGeneralException(Required(f.NotifiedOn, "Enter the date the Chairman of the Overview and Scrutiny Committee was notified."),
                            Required(f.NoticeOn, "Enter the date the general exception notice was published."), f.ExceptionReasons!);
                        break;
                    default:
                        if (f.AgreedBy is not { } by) throw new DomainException("Choose who agreed that the decision is urgent.");
                        e.UseSpecialUrgency(by, f.AgreedByName!, Required(f.AgreedOn, "Enter the date urgency was agreed."),
                            Required(f.UrgencyNoticeOn, "Enter the date the special urgency notice was published."), f.UrgencyReasons!);
                        break;
                }
                Clerking.ExpectVersion(db, e, c.Input.Version);
            }
            catch (DomainException ex)
            {
                return ex.Message;
            }
            return await DecisionDesk.SaveAsync(db, ct);
        }
    }
}
