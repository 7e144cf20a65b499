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
        public async ValueTask<Model> Handle(Query query, CancellationToken ct)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var councillors = db.People.AsNoTracking().Where(p => p.Kind == PersonKind.Councillor)
                .Where(Seats.Inline<Func<Person, bool>>(p => db.Memberships.Any(s => s.PersonId == p.Id && Seats.IsHeldOn.Compile()(s, today))));
            var parties = await councillors.Where(p => p.Party != null).Select(p => p.Party!).Distinct().OrderBy(p => p).ToListAsync(ct);
            var wards = await councillors.Where(p => p.Ward != null).Select(p => p.Ward!).Distinct().OrderBy(w => w).ToListAsync(ct);
            if (!string.IsNullOrWhiteSpace(query.Party)) councillors = councillors.Where(p => p.Party == query.Party);
            if (!string.IsNullOrWhiteSpace(query.Ward)) councillors = councillors.Where(p => p.Ward == query.Ward);
            councillors = query.Sort switch
            {
                "party" => councillors.OrderBy(p => p.Party).ThenBy(p => p.LastName).ThenBy(p => p.FirstName),
                "ward" => councillors.OrderBy(p => p.Ward).ThenBy(p => p.LastName),
                _ => councillors.OrderBy(p => p.LastName).ThenBy(p => p.FirstName),
            };
            var lines = await councillors.Select(p => new Line(p.Slug, p.DisplayName, p.Party, p.Ward)).ToListAsync(ct);
            return new Model(lines, parties, wards);
        }
    }
}
