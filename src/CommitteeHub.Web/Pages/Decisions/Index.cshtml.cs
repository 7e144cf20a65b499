using CommitteeHub.Data;
using CommitteeHub.Domain;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using CommitteeHub.Web.Infrastructure;
using CommitteeHub.Web.Pages.Shared;

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

    /// <param name="Matching">How many decisions in all match the filters, in every year.</param>
    public sealed record View(string? Maker, bool KeyOnly, MunicipalYear? Year, IReadOnlyList<string> Makers, IReadOnlyList<Line> Decisions,
        int Matching, IReadOnlyList<YearCount> Years);

    public sealed record Line(int Id, string Title, string DecisionMaker, DateOnly DecidedOn, bool IsKeyDecision, string Status, int? AgendaItemId);

    private sealed record Tally(string Maker, int Year, bool IsKey, int Count);

    public sealed class Handler(CouncilDb db, Reader reader, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query q, CancellationToken ct)
        {
            var listed = db.Decisions.AsNoTracking().ListedFor(await reader.ScopeAsync(ct));
            // One row per decision maker, municipal year and kind, counted by the database: the filter's choices and each
            // year's count from one small answer, however many decisions the register holds.
            var tallies = await listed
                .GroupBy(d => new { d.DecisionMaker, Year = d.DecidedOn.Month >= 5 ? d.DecidedOn.Year : d.DecidedOn.Year - 1, d.IsKeyDecision })
                .Select(g => new Tally(g.Key.DecisionMaker, g.Key.Year, g.Key.IsKeyDecision, g.Count()))
                .ToListAsync(ct);
            var matching = tallies.Where(t => (q.Maker is null || t.Maker == q.Maker) && (!q.KeyOnly || t.IsKey)).ToList();
            var found = listed;
            if (q.Maker is not null) found = found.Where(d => d.DecisionMaker == q.Maker);
            if (q.KeyOnly) found = found.Where(d => d.IsKeyDecision);
            if (q.Year is { } year)
            {
                var (from, to) = (DateOnly.FromDateTime(year.Start), DateOnly.FromDateTime(year.End));
                found = found.Where(d => d.DecidedOn >= from && d.DecidedOn < to);
            }
            found = found.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id);
            // The status is the aggregate's own words, worked out from the whole record and the time now.
            var decisions = await (q.Year is null ? found.Take(Recent) : found).ToListAsync(ct);
            var now = clock.GetLocalNow().DateTime;
            return new View(q.Maker, q.KeyOnly, q.Year,
                tallies.Select(t => t.Maker).Distinct().Order(StringComparer.Ordinal).ToList(),
                decisions.Select(d => new Line(d.Id, d.Title, d.DecisionMaker, d.DecidedOn, d.IsKeyDecision, d.PublicStatus(now, rules, calendar), d.AgendaItemId)).ToList(),
                matching.Sum(t => t.Count),
                matching.GroupBy(t => t.Year).OrderByDescending(g => g.Key).Select(g => new YearCount(new MunicipalYear(g.Key), g.Sum(t => t.Count))).ToList());
        }
    }
}
