using CommitteeHub.Data;
using CommitteeHub.Domain;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using CommitteeHub.Web.Infrastructure;

namespace CommitteeHub.Web.Pages.Councillors;

[ReadingPage]
public sealed class Details(IMediator mediator) : PageModel
{
    public Model Councillor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var found = await mediator.Send(new Query(slug), ct);
        if (found is null) return NotFound();
        Councillor = found;
        return Page();
    }

    public sealed record Query(string Slug) : IQuery<Model?>;

    public sealed record Model(string Name, string FullName, string? Party, string? Ward, string? Email, string? Telephone,
        IReadOnlyList<Seat> Current, IReadOnlyList<Seat> Former, IReadOnlyList<AttendanceRecord> Attendance);

    public sealed record Seat(string Slug, string Committee, MembershipRole Role, DateOnly From, DateOnly? To);

    /// <summary>Attendance per committee at meetings that took place: cancelled and postponed meetings do not count.</summary>
    public sealed record AttendanceRecord(string Committee, int Expected, int Present, int AsSubstitute, int Apologies, int Absent);

    public sealed class Handler(CouncilDb db, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken ct)
        {
            var person = await db.People.AsNoTracking()
                .FirstOrDefaultAsync(p => p.Slug == query.Slug && p.Kind == PersonKind.Councillor, ct);
            if (person is null) return null;
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var seats = await db.Memberships.AsNoTracking().Where(m => m.PersonId == person.Id)
                .Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new { c.Slug, c.Name, m.Role, m.From, m.To })
                .OrderBy(s => s.Name)
                .Select(s => new Seat(s.Slug, s.Name, s.Role, s.From, s.To))
                .ToListAsync(ct);
            var attendance = await db.Attendance.AsNoTracking().Where(a => a.PersonId == person.Id)
                .Join(db.Meetings.Where(m => m.Status != MeetingStatus.Cancelled && m.Status != MeetingStatus.Postponed),
                    a => a.MeetingId, m => m.Id, (a, m) => new { a.Kind, m.CommitteeId })
                .Join(db.Committees, x => x.CommitteeId, c => c.Id, (x, c) => new { x.Kind, c.Name })
                .ToListAsync(ct);
            var records = attendance.GroupBy(a => a.Name).OrderBy(g => g.Key).Select(g => new AttendanceRecord(g.Key,
                    g.Count(a => a.Kind != AttendanceKind.Substitute),
                    g.Count(a => a.Kind is AttendanceKind.Present or AttendanceKind.Virtual),
                    g.Count(a => a.Kind == AttendanceKind.Substitute),
                    g.Count(a => a.Kind == AttendanceKind.Apologies),
                    g.Count(a => a.Kind == AttendanceKind.Absent)))
                .ToList();
            return new Model(person.DisplayName, $"{person.FirstName} {person.LastName}".Trim(), person.Party, person.Ward, person.Email, person.Telephone,
                seats.Where(s => s.From <= today && (s.To is null || s.To >= today)).ToList(),
                seats.Where(s => s.To is { } to && to < today).ToList(),
                records);
        }
    }
}
