using CommitteeHub.Data;
using CommitteeHub.Domain;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using CommitteeHub.Web.Infrastructure;

namespace CommitteeHub.Web.Pages.Decisions;

/// <summary>The Forward Plan (SI 2012/2089 regs 5 and 9–11): the published notices of key decisions, and of decisions
/// to be taken in private, not yet taken, soonest first, with any general exception or special urgency notice.</summary>
[ReadingPage]
public sealed class ForwardPlan(IMediator mediator) : PageModel
{
    public IReadOnlyList<Line> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Entries = await mediator.Send(new Query(), ct);

    public sealed record Query : IQuery<IReadOnlyList<Line>>;

    public sealed record Line(int Id, string Matter, string DecisionMaker, DateOnly IntendedDecisionOn, KeyDecisionReason? KeyDecision,
        string Documents, string HowToMakeRepresentations, int? ExemptParagraph, string? PrivateReasons, DateOnly FirstPublishedOn,
        DateOnly? GeneralExceptionNoticeOn, string? GeneralExceptionReasons, UrgencyAgreedBy? UrgencyAgreedBy, string? UrgencyAgreedByName,
        DateOnly? UrgencyAgreedOn, string? SpecialUrgencyReasons);

    public sealed class Handler(CouncilDb db) : IQueryHandler<Query, IReadOnlyList<Line>>
    {
        // Only published notices are the public's; a matter leaves the plan when its decision is recorded.
        public async ValueTask<IReadOnlyList<Line>> Handle(Query q, CancellationToken ct) =>
            await db.ForwardPlanEntries.AsNoTracking()
                .Where(e => e.FirstPublishedOn != null && !db.Decisions.Any(d => d.ForwardPlanEntryId == e.Id))
                .OrderBy(e => e.IntendedDecisionOn).ThenBy(e => e.Matter)
                .Select(e => new Line(e.Id, e.Matter, e.DecisionMaker, e.IntendedDecisionOn, e.KeyDecision, e.Documents, e.HowToMakeRepresentations,
                    e.ExemptParagraph, e.PrivateReasons, e.FirstPublishedOn!.Value, e.GeneralExceptionNoticeOn, e.GeneralExceptionReasons,
                    e.UrgencyAgreedBy, e.UrgencyAgreedByName, e.UrgencyAgreedOn, e.SpecialUrgencyReasons))
                .ToListAsync(ct);
    }
}
