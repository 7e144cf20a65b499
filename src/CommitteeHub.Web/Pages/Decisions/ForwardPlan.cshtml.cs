using CommitteeHub.Data;
using CommitteeHub.Domain;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using CommitteeHub.Web.Infrastructure;

namespace CommitteeHub.Web.Pages.Decisions;

/// <summary>The Forward Plan (SI 2012/2089 regs 5 and 9–11): the published notices of key decisions, and of decisions
/// to be taken in private, not yet taken, soonest first, with any general exception or special urgency notice.</summary>
[ReadingPage]
public sealed class ForwardPlan(IMediator mediator) : PageModel
{
    public Model Plan { get; private set; } = null!;

    /// <param name="year">A municipal year's notices by their intended date (its first calendar year), decided or not;
    /// by default the plan itself, the notices not yet decided.</param>
    public async Task<IActionResult> OnGetAsync([FromQuery] int? year, CancellationToken ct)
    {
        if (year is < 1900 or > 2200) return NotFound();
        Plan = await mediator.Send(new Query(year is { } y ? new MunicipalYear(y) : null), ct);
        return Page();
    }

    public sealed record Query(MunicipalYear? Year) : IQuery<Model>;

    /// <param name="Years">The municipal years from the earliest notice to the latest, newest first.</param>
    public sealed record Model(MunicipalYear? Year, IReadOnlyList<Line> Entries, IReadOnlyList<MunicipalYear> Years);

    /// <param name="Decided">Whether the decision has been taken (only a year's list shows such notices).</param>
    public sealed record Line(int Id, string Matter, string DecisionMaker, DateOnly IntendedDecisionOn, KeyDecisionReason? KeyDecision,
        string Documents, string HowToMakeRepresentations, int? ExemptParagraph, string? PrivateReasons, DateOnly FirstPublishedOn,
        DateOnly? GeneralExceptionNoticeOn, string? GeneralExceptionReasons, UrgencyAgreedBy? UrgencyAgreedBy, string? UrgencyAgreedByName,
        DateOnly? UrgencyAgreedOn, string? SpecialUrgencyReasons, bool Decided);

    public sealed class Handler(CouncilDb db) : IQueryHandler<Query, Model>
    {
        // Only published notices are the public's; a matter leaves the plan when its decision is recorded, which the
        // notice keeps (DecidedOn), so the plan is read from an index of the open notices alone.
        public async ValueTask<Model> Handle(Query q, CancellationToken ct)
        {
            var published = db.ForwardPlanEntries.AsNoTracking().Where(e => e.FirstPublishedOn != null);
            var shown = published.Where(e => e.DecidedOn == null);
            if (q.Year is { } year)
            {
                var (from, to) = (DateOnly.FromDateTime(year.Start), DateOnly.FromDateTime(year.End));
                shown = published.Where(e => e.IntendedDecisionOn >= from && e.IntendedDecisionOn < to);
            }
            var entries = await shown.OrderBy(e => e.IntendedDecisionOn).ThenBy(e => e.Matter)
                .Select(e => new Line(e.Id, e.Matter, e.DecisionMaker, e.IntendedDecisionOn, e.KeyDecision, e.Documents, e.HowToMakeRepresentations,
                    e.ExemptParagraph, e.PrivateReasons, e.FirstPublishedOn!.Value, e.GeneralExceptionNoticeOn, e.GeneralExceptionReasons,
                    e.UrgencyAgreedBy, e.UrgencyAgreedByName, e.UrgencyAgreedOn, e.SpecialUrgencyReasons, e.DecidedOn != null))
                .ToListAsync(ct);
            // The first and last notices bound the years offered, each found by walking the index by date.
            var first = await published.OrderBy(e => e.IntendedDecisionOn).Select(e => (DateOnly?)e.IntendedDecisionOn).FirstOrDefaultAsync(ct);
            var last = await published.OrderByDescending(e => e.IntendedDecisionOn).Select(e => (DateOnly?)e.IntendedDecisionOn).FirstOrDefaultAsync(ct);
            IReadOnlyList<MunicipalYear> years = first is { } a && last is { } b
                ? Enumerable.Range(0, Of(b).StartYear - Of(a).StartYear + 1).Select(n => new MunicipalYear(Of(b).StartYear - n)).ToList()
                : [];
            return new Model(q.Year, entries, years);
        }

        private static MunicipalYear Of(DateOnly day) => MunicipalYear.Of(day.ToDateTime(TimeOnly.MinValue));
    }
}
