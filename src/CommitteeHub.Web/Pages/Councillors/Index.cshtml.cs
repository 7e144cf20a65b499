using System.Linq.Expressions;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Councillors;

[ReadingPage]
public sealed class Index(IMediator mediator) : PageModel
{
    private static readonly string[] Orders = ["name", "party", "ward"];

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Party { get; set; }
    [BindProperty(SupportsGet = true)] public string? Ward { get; set; }

    public Model List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Sort = string.IsNullOrEmpty(Sort) ? "name" : Sort.ToLowerInvariant();
        if (!Orders.Contains(Sort))
            return BadInputFilter.BadInput(HttpContext, [$"\"{Sort}\" is not a way to sort councillors: use name, party or ward."]);
        if (Party?.Length > 100 || Ward?.Length > 150)
            return BadInputFilter.BadInput(HttpContext, ["The party or ward searched for is too long."]);
        List = await mediator.Send(new Query(Sort, Party, Ward), ct);
        return Page();
    }

    public sealed record Query(string Sort, string? Party, string? Ward) : IQuery<Model>;

    public sealed record Model(IReadOnlyList<Line> Councillors, IReadOnlyList<string> Parties, IReadOnlyList<string> Wards);

    public sealed record Line(string Slug, string Name, string? Party, string? Ward);

    /// <summary>Today's council, as modern.gov lists it: the councillors holding a seat today. Those who served
    /// before are on <see cref="Former"/>'s page, so this one stays the council's size however long its history.</summary>
    public sealed class Handler(CouncilDb db, TimeProvider clock) : IQueryHandler<Query, Model>
    {
        // One question: today's council, by name. The parties and divisions offered, the filter and the other orders
        // are worked out from it here: it is the council's size (80 on a county), and three questions to the database
        // cost more than the one (county: 1.3 ms of PostgreSQL a request against 0.4).
        // Today's date is written into the SQL (Limits.Written), not sent as a parameter, so that PostgreSQL plans the
        // statement once for that date: it then reads only the seats held today, by the index of their end dates (291
        // of 1,825 on twenty years), where a plan for any date read every seat ever held, and a plan for each date sent
        // was made afresh on every request (its estimate for "any date" never looked cheaper). So the question is
        // compiled once a day, for the day: asked uncompiled, EF Core's work on it every request cost more than the
        // database saved.
        private sealed record TodaysCouncil(DateOnly Day, Func<CouncilDb, IAsyncEnumerable<Line>> Ask);

        private static TodaysCouncil? _council;

        private static TodaysCouncil CouncilOn(DateOnly day) => _council is { } known && known.Day == day
            ? known
            : _council = new TodaysCouncil(day, EF.CompileAsyncQuery(Limits.Written(Council, day)));

        private static readonly Expression<Func<CouncilDb, DateOnly, IQueryable<Line>>> Council =
            Seats.Inline<Func<CouncilDb, DateOnly, IQueryable<Line>>>((db, today) => db.People.AsNoTracking()
                .Where(p => p.Kind == PersonKind.Councillor && db.Memberships.Any(s => s.PersonId == p.Id && Seats.IsHeldOn.Compile()(s, today)))
                .OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
                .Select(p => new Line(p.Slug, p.DisplayName, p.Party, p.Ward)));

        public async ValueTask<Model> Handle(Query query, CancellationToken ct)
        {
            var council = await CouncilOn(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).Ask(db).ToListAsync(ct);
            // Ordinal, as the embedded database's C collation orders them; a councillor without a party or division last, as
            // PostgreSQL sorts nulls. OrderBy is stable, so each order keeps surname and first name within it.
            static List<string> Offered(IEnumerable<string?> values) =>
                values.OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            IEnumerable<Line> lines = council;
            if (!string.IsNullOrWhiteSpace(query.Party)) lines = lines.Where(l => l.Party == query.Party);
            if (!string.IsNullOrWhiteSpace(query.Ward)) lines = lines.Where(l => l.Ward == query.Ward);
            lines = query.Sort switch
            {
                "party" => lines.OrderBy(l => l.Party is null).ThenBy(l => l.Party, StringComparer.Ordinal),
                "ward" => lines.OrderBy(l => l.Ward is null).ThenBy(l => l.Ward, StringComparer.Ordinal),
                _ => lines,
            };
            return new Model(lines.ToList(), Offered(council.Select(l => l.Party)), Offered(council.Select(l => l.Ward)));
        }
    }
}
