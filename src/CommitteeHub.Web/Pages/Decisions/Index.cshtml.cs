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
/// not listed. Twenty years of decisions are offered as the most recent and then a municipal year at a time, the
/// filters kept from one to the next, so the page stays one screen however long the register.</summary>
[ReadingPage]
public sealed class Index(IMediator mediator) : PageModel
{
    /// <summary>How many decisions the register shows before the reader picks a year.</summary>
    public const int Recent = 50;

    public View Model { get; private set; } = null!;

    /// <param name="year">A municipal year's decisions (its first calendar year, 2019 for 2019/20); by default the most recent.</param>
    public async Task<IActionResult> OnGetAsync([FromQuery] string? maker, [FromQuery] bool key, [FromQuery] int? year, CancellationToken ct)
    {
        if (year is < 1900 or > 2200) return NotFound();
        Model = await mediator.Send(new Query(string.IsNullOrWhiteSpace(maker) ? null : maker.Trim(), key, year is { } y ? new MunicipalYear(y) : null), ct);
        return Page();
    }

    /// <summary>The register's address with the reader's filters, for the given year (null: the most recent).</summary>
    public string Link(MunicipalYear? year) => "/decisions" + QueryString.Create(new Dictionary<string, string?>
    {
        ["maker"] = Model.Maker, ["key"] = Model.KeyOnly ? "true" : null, ["year"] = year?.StartYear.ToString(),
    }.Where(p => p.Value is not null));

    public sealed record Query(string? Maker, bool KeyOnly, MunicipalYear? Year = null) : IQuery<View>;

    /// <param name="More">Whether there are decisions beyond those shown (in the most recent view).</param>
    /// <param name="Years">The municipal years from the earliest matching decision to the latest, newest first.</param>
    public sealed record View(string? Maker, bool KeyOnly, MunicipalYear? Year, IReadOnlyList<string> Makers, IReadOnlyList<Line> Decisions,
        bool More, IReadOnlyList<MunicipalYear> Years);

    public sealed record Line(int Id, string Title, string DecisionMaker, DateOnly DecidedOn, bool IsKeyDecision, string Status, int? AgendaItemId);

    public sealed class Handler(CouncilDb db, Reader reader, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query q, CancellationToken ct)
        {
            var listed = db.Decisions.AsNoTracking().ListedFor(await reader.ScopeAsync(ct));
            // Each decision maker once (GROUP BY ... HAVING), kept if the reader may see any one of its decisions: the
            // database walks the index of makers and stops at each one's first listed decision, where counting what the
            // reader may see would read the whole register through the access rule (5 ms on twenty years; this 0.4 ms).
            var makers = await db.Decisions.AsNoTracking().GroupBy(d => d.DecisionMaker)
                .Where(g => listed.Any(d => d.DecisionMaker == g.Key)).Select(g => g.Key).OrderBy(m => m).ToListAsync(ct);
            var found = listed;
            if (q.Maker is not null) found = found.Where(d => d.DecisionMaker == q.Maker);
            if (q.KeyOnly) found = found.Where(d => d.IsKeyDecision);
            // The first and last matching decisions bound the years offered, each found by walking the index by date,
            // asked together (UNION ALL): one round trip to the database where two cost twice its fixed part.
            // Each LIMIT written into the SQL (Limits.TakeWritten), so that PostgreSQL plans the statement once.
            var bounds = await found.OrderBy(d => d.DecidedOn).Select(d => d.DecidedOn).TakeWritten(1)
                .Concat(found.OrderByDescending(d => d.DecidedOn).Select(d => d.DecidedOn).TakeWritten(1))
                .ToListAsync(ct);
            DateOnly? first = bounds.Count > 0 ? bounds.Min() : null, last = bounds.Count > 0 ? bounds.Max() : null;
            var shown = found;
            if (q.Year is { } year)
            {
                var (from, to) = (DateOnly.FromDateTime(year.Start), DateOnly.FromDateTime(year.End));
                shown = shown.Where(d => d.DecidedOn >= from && d.DecidedOn < to);
            }
            shown = shown.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id);
            // The columns listed and what the status turns on (CallInStanding), not each whole decision with its text,
            // reasons and alternatives: a year of a county's register is hundreds of them.
            var decisions = await (q.Year is null ? shown.TakeWritten(Recent + 1) : shown)
                .Select(d => new
                {
                    d.Id, d.Title, d.DecisionMaker, d.DecidedOn, d.IsKeyDecision, d.AgendaItemId,
                    Standing = new CallInStanding(d.Status, d.IsExecutive, d.IsUrgent, d.PublishedAt, d.ScrutinyOutcome, d.ReconsideredOn, d.DecisionMaker),
                })
                .ToListAsync(ct);
            var now = clock.GetLocalNow().DateTime;
            IReadOnlyList<MunicipalYear> years = first is { } a && last is { } b
                ? Enumerable.Range(0, Of(b).StartYear - Of(a).StartYear + 1).Select(n => new MunicipalYear(Of(b).StartYear - n)).ToList()
                : [];
            return new View(q.Maker, q.KeyOnly, q.Year, makers,
                decisions.Take(q.Year is null ? Recent : decisions.Count)
                    // The status is the aggregate's own words, worked out from the record and the time now.
                    .Select(d => new Line(d.Id, d.Title, d.DecisionMaker, d.DecidedOn, d.IsKeyDecision, d.Standing.PublicStatus(now, rules, calendar), d.AgendaItemId)).ToList(),
                q.Year is null && decisions.Count > Recent, years);
        }

        private static MunicipalYear Of(DateOnly day) => MunicipalYear.Of(day.ToDateTime(TimeOnly.MinValue));
    }
}
