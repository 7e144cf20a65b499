using CommitteeHub.Data;
using CommitteeHub.Domain;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using CommitteeHub.Web.Infrastructure;
using CommitteeHub.Web.Pages.Shared;

namespace CommitteeHub.Web.Pages.Councillors;

/// <summary>Former councillors, a municipal year at a time by the year they left (their last seat ended), so that
/// twenty years of elections are a year list and one year's leavers, not every councillor the council ever had.</summary>
[ReadingPage]
public sealed class Former(IMediator mediator) : PageModel
{
    public Model List { get; private set; } = null!;

    /// <param name="year">The municipal year they left (its first calendar year, 2017 for 2017/18); by default the latest.</param>
    public async Task<IActionResult> OnGetAsync([FromQuery] int? year, CancellationToken ct)
    {
        if (year is < 1900 or > 2200) return NotFound();
        List = await mediator.Send(new Query(year is { } y ? new MunicipalYear(y) : null), ct);
        return year is not null && List.Councillors.Count == 0 ? NotFound() : Page();
    }

    public sealed record Query(MunicipalYear? Year) : IQuery<Model>;

    /// <param name="Shown">The year whose leavers are listed; null where no councillor has left.</param>
    public sealed record Model(MunicipalYear? Shown, IReadOnlyList<Line> Councillors, IReadOnlyList<YearCount> Years);

    public sealed record Line(string Slug, string Name, string? Party, string? Ward, DateOnly From, DateOnly To);

    public sealed class Handler(CouncilDb db, TimeProvider clock) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken ct)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            // Each councillor's service, first seat to last, counted by the database; a seat without an end is held still.
            var served = db.Memberships.AsNoTracking().GroupBy(s => s.PersonId)
                .Select(g => new { PersonId = g.Key, From = g.Min(s => s.From), To = g.Max(s => s.To ?? DateOnly.MaxValue) })
                .Where(s => s.To < today)
                .Join(db.People.Where(p => p.Kind == PersonKind.Councillor), s => s.PersonId, p => p.Id, (s, p) => new { s.From, s.To, Person = p });
            var years = await served.GroupBy(s => MunicipalYear.StartYearOfDay.Compile()(s.To))
                .Select(g => new { Start = g.Key, Count = g.Count() })
                .OrderByDescending(g => g.Start)
                .Inlined()
                .ToListAsync(ct);
            if (years.Count == 0) return new Model(null, [], []);
            var shown = query.Year ?? new MunicipalYear(years[0].Start);
            var (from, to) = (DateOnly.FromDateTime(shown.Start), DateOnly.FromDateTime(shown.End));
            var lines = await served.Where(s => s.To >= from && s.To < to)
                .OrderBy(s => s.Person.LastName).ThenBy(s => s.Person.FirstName)
                .Select(s => new Line(s.Person.Slug, s.Person.DisplayName, s.Person.Party, s.Person.Ward, s.From, s.To))
                .ToListAsync(ct);
            return new Model(shown, lines, years.Select(y => new YearCount(new MunicipalYear(y.Start), y.Count)).ToList());
        }
    }
}
