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

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await Show(id, ct);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => Take(id, new Publish(id, Input), ct);
    public Task<IActionResult> OnPostMoveDateAsync(int id, CancellationToken ct) => Take(id, new MoveDate(id, Input), ct);
    public Task<IActionResult> OnPostGeneralExceptionAsync(int id, CancellationToken ct) => Take(id, new GeneralException(id, Input), ct);
    public Task<IActionResult> OnPostSpecialUrgencyAsync(int id, CancellationToken ct) => Take(id, new SpecialUrgency(id, Input), ct);

    private async Task<IActionResult> Take(int id, Step step, CancellationToken ct)
    {
        if (ModelState["id"]?.Errors.Count > 0) return BadInputFilter.BadInput(HttpContext, ModelState["id"]!.Errors.Select(e => e.ErrorMessage));
        if (!ModelState.IsValid) return await Show(id, ct);
        return await this.AnswerAsync(await mediator.Send(step, ct), $"/clerk/decisions/plan/{id}", fresh =>
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

    public sealed record View(int Id, string Matter, string DecisionMaker, DateOnly IntendedDecisionOn, KeyDecisionReason? KeyDecision, int? ExemptParagraph,
        DateOnly? FirstPublishedOn, DateOnly? GeneralExceptionNoticeOn, DateOnly? UrgencyAgreedOn, DateOnly? EarliestDecisionDay, int? DecisionId,
        uint Version, DateOnly Today);

    public sealed record Query(int Id) : IQuery<View?>;

    public abstract record Step(int Id, Form Input) : ICommand<Outcome>;
    public sealed record Publish(int Id, Form Input) : Step(Id, Input);
    public sealed record MoveDate(int Id, Form Input) : Step(Id, Input);
    public sealed record GeneralException(int Id, Form Input) : Step(Id, Input);
    public sealed record SpecialUrgency(int Id, Form Input) : Step(Id, Input);

    public sealed class Handler(CouncilDb db, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar)
        : IQueryHandler<Query, View?>
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
    }

    public sealed class PublishHandler(CouncilDb db, Recording recording, TimeProvider clock) : StepHandler<Publish>(db, recording)
    {
        protected override void Take(Publish step, ForwardPlanEntry entry) => entry.Publish(DateOnly.FromDateTime(Clerking.Now(clock)));
    }

    public sealed class MoveDateHandler(CouncilDb db, Recording recording) : StepHandler<MoveDate>(db, recording)
    {
        protected override void Take(MoveDate step, ForwardPlanEntry entry) =>
            entry.MoveDecisionDate(Required(step.Input.IntendedOn, "Enter the new intended date of decision."));
    }

    public sealed class GeneralExceptionHandler(CouncilDb db, Recording recording) : StepHandler<GeneralException>(db, recording)
    {
        protected override void Take(GeneralException step, ForwardPlanEntry entry) =>
            entry.UseGeneralException(Required(step.Input.NotifiedOn, "Enter the date the Chairman of the Overview and Scrutiny Committee was notified."),
                Required(step.Input.NoticeOn, "Enter the date the general exception notice was published."), step.Input.ExceptionReasons!);
    }

    public sealed class SpecialUrgencyHandler(CouncilDb db, Recording recording) : StepHandler<SpecialUrgency>(db, recording)
    {
        protected override void Take(SpecialUrgency step, ForwardPlanEntry entry)
        {
            var f = step.Input;
            if (f.AgreedBy is not { } by) throw new DomainException("Choose who agreed that the decision is urgent.");
            entry.UseSpecialUrgency(by, f.AgreedByName!, Required(f.AgreedOn, "Enter the date urgency was agreed."),
                Required(f.UrgencyNoticeOn, "Enter the date the special urgency notice was published."), f.UrgencyReasons!);
        }
    }

    /// <summary>Loads the entry, takes the step on it against the version the form was shown with, and saves it.</summary>
    public abstract class StepHandler<TStep>(CouncilDb db, Recording recording) : ICommandHandler<TStep, Outcome> where TStep : Step
    {
        protected abstract void Take(TStep step, ForwardPlanEntry entry);

        protected static DateOnly Required(DateOnly? day, string message) => day ?? throw new DomainException(message);

        public async ValueTask<Outcome> Handle(TStep step, CancellationToken ct)
        {
            var entry = await db.ForwardPlanEntries.FirstOrDefaultAsync(x => x.Id == step.Id, ct);
            if (entry is null) return Outcome.NotFound;
            Take(step, entry);
            Clerking.ExpectVersion(db, entry, step.Input.Version);
            return await recording.SaveAsync(ct);
        }
    }
}
