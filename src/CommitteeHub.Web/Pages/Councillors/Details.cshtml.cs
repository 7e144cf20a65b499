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

    /// <param name="year">A municipal year whose attendance to show committee by committee (its first calendar year).</param>
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] int? year, CancellationToken ct)
    {
        if (year is < 1900 or > 2200) return NotFound();
        var found = await mediator.Send(new Query(slug, year is { } y ? new MunicipalYear(y) : null), ct);
        if (found is null) return NotFound();
        Councillor = found;
        return Page();
    }

    public sealed record Query(string Slug, MunicipalYear? Year = null) : IQuery<Model?>;

    /// <param name="Attendance">A line a municipal year, newest first, with the whole career's total last.</param>
    /// <param name="YearShown">The year broken down by committee in <paramref name="ByCommittee"/>, if one was asked for.</param>
    public sealed record Model(string Slug, string Name, string FullName, string? Party, string? Ward, string? Email, string? Telephone,
        IReadOnlyList<Seat> Current, IReadOnlyList<Seat> Former, IReadOnlyList<AttendanceRecord> Attendance,
        MunicipalYear? YearShown, IReadOnlyList<AttendanceRecord> ByCommittee)
    {
        /// <summary>For a former councillor (no seat held today), the years served: "2005–2013"; null for a sitting one.</summary>
        public string? Served => Current.Count > 0 || Former.Count == 0 ? null
            : $"{Former.Min(s => s.From).Year}–{Former.Max(s => s.To!.Value).Year}";
    }

    public sealed record Seat(string Slug, string Committee, MembershipRole Role, DateOnly From, DateOnly? To);

    /// <summary>Attendance at meetings that took place (cancelled and postponed meetings do not count), as modern.gov
    /// counts it: a member is expected at their committee's meetings, and was present (in person or remotely), sent
    /// apologies or was absent; sitting as someone's substitute, or in attendance without a seat, is not expected.</summary>
    public sealed record AttendanceRecord(string Label, MunicipalYear? Year, int Present, int AsSubstitute, int Apologies, int Absent)
    {
        public int Expected => Present + Apologies + Absent;

        /// <summary>Present as a share of expected, rounded to the nearest whole per cent; null where none was expected.</summary>
        public int? Percentage => Expected == 0 ? null : (int)Math.Round(100.0 * Present / Expected, MidpointRounding.AwayFromZero);

        public static AttendanceRecord Of(string label, MunicipalYear? year, IEnumerable<(AttendanceKind Kind, int Count)> counts)
        {
            var list = counts.ToList();
            int Sum(params AttendanceKind[] kinds) => list.Where(c => kinds.Contains(c.Kind)).Sum(c => c.Count);
            return new(label, year, Sum(AttendanceKind.Present, AttendanceKind.Virtual), Sum(AttendanceKind.Substitute),
                Sum(AttendanceKind.Apologies), Sum(AttendanceKind.Absent));
        }
    }

    public sealed class Handler(CouncilDb db, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        // The councillor and every seat they have held, in one question compiled once (a profile is among the most
        // visited pages, and its question never changes shape).
        private static readonly Func<CouncilDb, string, Task<Profile?>> Councillor = EF.CompileAsyncQuery((CouncilDb db, string slug) =>
            db.People.AsNoTracking().Where(p => p.Slug == slug && p.Kind == PersonKind.Councillor)
                .Select(p => new Profile(p.Slug, p.DisplayName, p.FirstName, p.LastName, p.Party, p.Ward, p.Email, p.Telephone,
                    db.Memberships.Where(m => m.PersonId == p.Id)
                        .Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new { c.Slug, c.Name, m.Role, m.From, m.To })
                        .OrderBy(s => s.Name).Select(s => new Seat(s.Slug, s.Name, s.Role, s.From, s.To)).ToList()))
                .FirstOrDefault());

        private sealed record Profile(string Slug, string DisplayName, string FirstName, string LastName, string? Party, string? Ward,
            string? Email, string? Telephone, List<Seat> Seats);

        public async ValueTask<Model?> Handle(Query query, CancellationToken ct)
        {
            var person = await Councillor(db, query.Slug);
            if (person is null) return null;
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var seats = person.Seats;
            // Each attendance's own meeting looked up by its key (a LATERAL join, which the Take(1) asks for): joined plainly,
            // PostgreSQL hashes all twenty years of meetings to find a councillor's ninety (2.2 ms on the county; this 0.6 ms).
            // The councillor is found again by their address, not by the number just read: asked by number, PostgreSQL
            // estimates each councillor's attendance from its statistics, finds its plan for "any councillor" dearer,
            // and so plans the statement afresh on every request (0.25 ms of its 0.6 on the county, pg_stat_statements);
            // asked by address, every councillor is one row to it, and it keeps one plan a connection.
            var attended = db.People.Where(p => p.Slug == query.Slug && p.Kind == PersonKind.Councillor)
                .Join(db.Attendance, p => p.Id, a => a.PersonId, (p, a) => a).AsNoTracking()
                .SelectMany(a => db.Meetings.Where(m => m.Id == a.MeetingId && m.Status != MeetingStatus.Cancelled && m.Status != MeetingStatus.Postponed)
                    .Select(m => new { a.Kind, m.StartsAt, m.CommitteeId }).Take(1));
            // Counted by the database, a row a year and kind: five terms of meetings come back as a hundred numbers.
            var byYear = await attended
                .GroupBy(a => new { Year = MunicipalYear.StartYearOf.Compile()(a.StartsAt), a.Kind })
                .Select(g => new { g.Key.Year, g.Key.Kind, Count = g.Count() })
                .Inlined()
                .ToListAsync(ct);
            var years = byYear.GroupBy(c => c.Year).OrderByDescending(g => g.Key)
                .Select(g => AttendanceRecord.Of(new MunicipalYear(g.Key).ToString(), new MunicipalYear(g.Key), g.Select(c => (c.Kind, c.Count))))
                .ToList();
            if (years.Count > 1) years.Add(AttendanceRecord.Of("All years", null, byYear.Select(c => (c.Kind, c.Count))));
            IReadOnlyList<AttendanceRecord> byCommittee = [];
            if (query.Year is { } year)
            {
                var (from, to) = (year.Start, year.End);
                byCommittee = (await attended.Where(a => a.StartsAt >= from && a.StartsAt < to)
                        .Join(db.Committees, a => a.CommitteeId, c => c.Id, (a, c) => new { a.Kind, c.Name })
                        .GroupBy(a => new { a.Name, a.Kind })
                        .Select(g => new { g.Key.Name, g.Key.Kind, Count = g.Count() })
                        .ToListAsync(ct))
                    .GroupBy(c => c.Name).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => AttendanceRecord.Of(g.Key, year, g.Select(c => (c.Kind, c.Count))))
                    .ToList();
            }
            return new Model(person.Slug, person.DisplayName, $"{person.FirstName} {person.LastName}".Trim(), person.Party, person.Ward, person.Email, person.Telephone,
                seats.Where(s => s.From <= today && (s.To is null || s.To >= today)).ToList(),
                seats.Where(s => s.To is { } to && to < today).ToList(),
                years, query.Year, byCommittee);
        }
    }
}
