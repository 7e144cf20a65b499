using CommitteeHub.Data;
using CommitteeHub.Domain;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using CommitteeHub.Web.Infrastructure;

namespace CommitteeHub.Web.Pages.Committees;

[ReadingPage]
public sealed class Details(IMediator mediator) : PageModel
{
    public Model Committee { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var found = await mediator.Send(new Query(slug), ct);
        if (found is null) return NotFound();
        Committee = found;
        return Page();
    }

    public sealed record Query(string Slug) : IQuery<Model?>;

    public sealed record Model(string Name, string Slug, CommitteeKind Kind, string Remit, int? Quorum, string? ContactOfficer,
        IReadOnlyList<Member> Members, IReadOnlyList<MeetingLine> Upcoming, IReadOnlyList<MeetingLine> Past);

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
            var meetings = await db.Meetings.AsNoTracking().Where(m => m.CommitteeId == committee.Id)
                .OrderBy(m => m.StartsAt)
                .Select(m => new MeetingLine(m.Id, m.StartsAt, m.Title, m.Status))
                .ToListAsync(ct);
            return new Model(committee.Name, committee.Slug, committee.Kind, committee.Remit, committee.Quorum, committee.ContactOfficer,
                members.OrderBy(x => x.Role).ThenBy(x => x.LastName).ThenBy(x => x.FirstName).Select(x => x.Member).ToList(),
                meetings.Where(m => m.StartsAt >= now.Date).ToList(),
                meetings.Where(m => m.StartsAt < now.Date).OrderByDescending(m => m.StartsAt).ToList());
        }
    }
}
