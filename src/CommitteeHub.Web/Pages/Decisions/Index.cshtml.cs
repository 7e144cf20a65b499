using CommitteeHub.Data;
using CommitteeHub.Domain;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using CommitteeHub.Web.Infrastructure;

namespace CommitteeHub.Web.Pages.Decisions;

/// <summary>The register of decisions, newest first: the Cabinet's and its members' (executive decisions, each with where
/// it stands in its call-in period, so a resident or a councillor can see at a glance what may still be called in) and
/// those of the Council and its committees, taken at their meetings. A decision on an item the reader may not read is
/// not listed.</summary>
[ReadingPage]
public sealed class Index(IMediator mediator) : PageModel
{
    public View Model { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] string? maker, [FromQuery] bool key, CancellationToken ct) =>
        Model = await mediator.Send(new Query(string.IsNullOrWhiteSpace(maker) ? null : maker.Trim(), key), ct);

    public sealed record Query(string? Maker, bool KeyOnly) : IQuery<View>;

    public sealed record View(string? Maker, bool KeyOnly, IReadOnlyList<string> Makers, IReadOnlyList<Line> Decisions);

    public sealed record Line(int Id, string Title, string DecisionMaker, DateOnly DecidedOn, bool IsKeyDecision, string Status, int? AgendaItemId);

    public sealed class Handler(CouncilDb db, Reader reader, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query q, CancellationToken ct)
        {
            var listed = db.Decisions.AsNoTracking().ListedFor(await reader.ScopeAsync(ct));
            var makers = await listed.Select(d => d.DecisionMaker).Distinct().OrderBy(m => m).ToListAsync(ct);
            var found = listed;
            if (q.Maker is not null) found = found.Where(d => d.DecisionMaker == q.Maker);
            if (q.KeyOnly) found = found.Where(d => d.IsKeyDecision);
            // The status is the aggregate's own words, worked out from the whole record and the time now.
            var decisions = await found.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.PublishedAt).Take(500).ToListAsync(ct);
            var now = clock.GetLocalNow().DateTime;
            return new View(q.Maker, q.KeyOnly, makers, decisions
                .Select(d => new Line(d.Id, d.Title, d.DecisionMaker, d.DecidedOn, d.IsKeyDecision, d.PublicStatus(now, rules, calendar), d.AgendaItemId))
                .ToList());
        }
    }
}
