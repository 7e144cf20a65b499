using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Meetings;

[ReadingPage]
public sealed class Calendar(IMediator mediator, TimeProvider clock) : PageModel
{
    public Model Month { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? year, int? month, CancellationToken ct)
    {
        var today = clock.GetLocalNow();
        if (year is not null && year is < 1900 or > 2200)
            return BadInputFilter.BadInput(HttpContext, [$"{year} is not a year the calendar shows: choose one between 1900 and 2200."]);
        if (month is not null && month is < 1 or > 12)
            return BadInputFilter.BadInput(HttpContext, [$"{month} is not a month: months are numbered 1 to 12."]);
        if (year is null && month is not null)
            return BadInputFilter.BadInput(HttpContext, ["Give the year as well as the month."]);
        if (year is not null && month is null)
        {
            Year = await mediator.Send(new YearQuery(year.Value), ct);
            return Page();
        }
        Month = await mediator.Send(new Query(year ?? today.Year, month ?? today.Month), ct);
        return Page();
    }

    /// <summary>Set when a whole year was asked for: its months, with how many meetings each holds.</summary>
    public YearModel? Year { get; private set; }

    public sealed record YearQuery(int Year) : IQuery<YearModel>;

    public sealed record YearModel(int Year, IReadOnlyList<(int Month, int Meetings)> Months);

    public sealed class YearHandler(CouncilDb db) : IQueryHandler<YearQuery, YearModel>
    {
        public async ValueTask<YearModel> Handle(YearQuery query, CancellationToken ct)
        {
            var from = new DateTime(query.Year, 1, 1);
            var counts = await db.Meetings.AsNoTracking().Where(m => m.StartsAt >= from && m.StartsAt < from.AddYears(1))
                .GroupBy(m => m.StartsAt.Month).Select(g => new { Month = g.Key, Count = g.Count() }).ToListAsync(ct);
            return new YearModel(query.Year, Enumerable.Range(1, 12)
                .Select(month => (month, counts.FirstOrDefault(c => c.Month == month)?.Count ?? 0)).ToList());
        }
    }

    public sealed record Query(int Year, int Month) : IQuery<Model>;

    public sealed record Model(int Year, int Month, IReadOnlyList<MeetingLine> Meetings)
    {
        public DateOnly First => new(Year, Month, 1);
    }

    public sealed record MeetingLine(int Id, string Committee, DateTime StartsAt, MeetingStatus Status);

    public sealed class Handler(CouncilDb db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken ct)
        {
            var from = new DateTime(query.Year, query.Month, 1);
            var to = from.AddMonths(1);
            var meetings = await db.Meetings.AsNoTracking()
                .Where(m => m.StartsAt >= from && m.StartsAt < to)
                .OrderBy(m => m.StartsAt)
                .Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new MeetingLine(m.Id, c.Name, m.StartsAt, m.Status))
                .ToListAsync(ct);
            return new Model(query.Year, query.Month, meetings);
        }
    }
}
