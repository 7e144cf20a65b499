using CommitteeHub.Data;
using CommitteeHub.Domain;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using CommitteeHub.Web.Infrastructure;
using CommitteeHub.Web.Pages.Shared;

namespace CommitteeHub.Web.Pages.Committees;

[ReadingPage]
public sealed class Details(IMediator mediator) : PageModel
{
    public Model Committee { get; private set; } = null!;

    /// <summary>A municipal year's past meetings (its first calendar year, 2019 for 2019/20); by default this year's
    /// and last year's, so the page stays one screen however long the committee's history.</summary>
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] int? year, CancellationToken ct)
    {
        if (year is < 1900 or > 2200) return NotFound();
        var found = await mediator.Send(new Query(slug, year), ct);
        if (found is null) return NotFound();
        Committee = found;
        return Page();
    }

    public sealed record Query(string Slug, int? Year = null) : IQuery<Model?>;

    public sealed record Model(string Name, string Slug, CommitteeKind Kind, string Remit, int? Quorum, string? ContactOfficer,
        IReadOnlyList<Member> Members, IReadOnlyList<MeetingLine> Upcoming, IReadOnlyList<MeetingLine> Past,
        IReadOnlyList<MunicipalYear> PastShown, IReadOnlyList<YearCount> Years);

    public sealed record Member(string Slug, string Name, string? Party, MembershipRole Role, PersonKind Kind);

    public sealed record MeetingLine(int Id, DateTime StartsAt, string? Title, MeetingStatus Status);

    public sealed class Handler(CouncilDb db, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken ct)
        {
            var committee = await db.Committees.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == query.Slug, ct);
            if (committee is null) return null;
            var now = clock.GetLocalNow().DateTime;
            var today = DateOnly.FromDateTime(now);
            var members = await db.Memberships.AsNoTracking()
                .SittingOn(committee.Id, today)
                .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => new { m.Role, p.LastName, p.FirstName, Member = new Member(p.Slug, p.DisplayName, p.Party, m.Role, p.Kind) })
                .ToListAsync(ct);
            // Roles are stored by name; Chairman, Vice-Chairman, members, co-optees, substitutes is the enum's order.
            var thisYear = MunicipalYear.Of(now);
            MunicipalYear[] shown = query.Year is { } y ? [new(y)] : [thisYear, new(thisYear.StartYear - 1)];
            var (from, to) = (shown.Min(x => x.Start), shown.Max(x => x.End));
            var meetings = await db.Meetings.AsNoTracking()
                .Where(m => m.CommitteeId == committee.Id && (m.StartsAt >= now.Date || (m.StartsAt >= from && m.StartsAt < to)))
                .OrderBy(m => m.StartsAt)
                .Select(m => new MeetingLine(m.Id, m.StartsAt, m.Title, m.Status))
                .ToListAsync(ct);
            // Every year of the committee's history, counted by the database: a row a year, however many meetings.
            var starts = await db.Meetings.AsNoTracking().Where(m => m.CommitteeId == committee.Id && m.StartsAt < now.Date)
                .GroupBy(m => MunicipalYear.StartYearOf.Compile()(m.StartsAt))
                .Select(g => new { Start = g.Key, Count = g.Count() })
                .OrderByDescending(g => g.Start)
                .Inlined()
                .ToListAsync(ct);
            return new Model(committee.Name, committee.Slug, committee.Kind, committee.Remit, committee.Quorum, committee.ContactOfficer,
                members.OrderBy(x => x.Role).ThenBy(x => x.LastName).ThenBy(x => x.FirstName).Select(x => x.Member).ToList(),
                meetings.Where(m => m.StartsAt >= now.Date).ToList(),
                meetings.Where(m => m.StartsAt < now.Date && m.StartsAt >= from && m.StartsAt < to).OrderByDescending(m => m.StartsAt).ToList(),
                shown, starts.Select(g => new YearCount(new MunicipalYear(g.Start), g.Count)).ToList());
        }
    }
}
