using System.Diagnostics;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Demo;

/// <summary>
/// Years of a county's history around the demo council (<c>CommitteeHub:SyntheticCouncilYears</c>), to try the system
/// at the size of a real county: about 18 committees over the years (some renamed, merged or dissolved), 80 councillors
/// a term with an election every four years, about 250 meetings a year with their agendas, papers, attendance,
/// minutes, resolutions and votes, exempt items, motions with amendments, executive decisions and the Forward Plan.
/// Everything is built through the aggregates, so every record has passed the rules a clerk's step would (five clear
/// days' notice, votes within attendance, exempt items with their paragraph, minutes numbered through the municipal
/// year and approved at the next meeting), and saved a municipal year at a time in batches. The same seed and the
/// same "today" give the same records.
/// </summary>
public static partial class SyntheticCounty
{
    /// <summary>The fixed seed: the county's history is the same on every machine.</summary>
    public const int Seed = 20_061;

    /// <summary>The demo's own municipal year (2019/20), whose meetings of the demo's committees the demo seeds.</summary>
    private const int DemoYear = 2019;

    private static readonly WorkingCalendar Days = WorkingCalendar.EnglandAndWales;
    private static readonly ProcedureRules Procedure = new();
    private static readonly ExecutiveRules Executive = new();

    /// <summary>Seeds <paramref name="years"/> municipal years of history, ending with the one before today's, into a
    /// database holding the demo council and nothing else.</summary>
    public static async Task SeedAsync(CouncilDb db, CouncilTemplates templates, int years, DateOnly today,
        ILogger logger, CancellationToken ct = default)
    {
        if (years <= 0) return;
        var watch = Stopwatch.StartNew();
        var lastYear = MunicipalYear.Of(today.ToDateTime(TimeOnly.MinValue)).StartYear - 1;
        var county = new County(db, templates, new Random(Seed), lastYear - years + 1, lastYear);
        await county.FoundAsync(ct);
        for (var year = county.FirstYear; year <= lastYear; year++)
        {
            await county.YearAsync(year, ct);
            logger.LogInformation("Synthetic county: {Year}/{Next:00} written ({Elapsed:F0} s)", year, (year + 1) % 100, watch.Elapsed.TotalSeconds);
        }
        await county.HandOverToDemoAsync(ct);
        logger.LogInformation("Synthetic county: {Years} years written in {Elapsed:F0} s", years, watch.Elapsed.TotalSeconds);
    }

    /// <summary>First Thursday of May: county elections in England fall every four years (2005, 2009, ... 2025).</summary>
    private static DateOnly ElectionDay(int year)
    {
        var day = new DateOnly(year, 5, 1);
        while (day.DayOfWeek != DayOfWeek.Thursday) day = day.AddDays(1);
        return day;
    }

    private static bool IsElectionYear(int year) => year % 4 == 1;

    private static int ElectionBefore(int year) => year - ((year - 1) % 4 + 4) % 4;

    /// <summary>The clerk's timing: agendas out five clear days ahead, draft minutes a few working days after.</summary>
    private static DateOnly AgendaDay(DateOnly meeting) => Days.LatestDayBefore(meeting, 5);

    private static DateOnly AddWorkingDays(DateOnly day, int count)
    {
        while (count > 0) { day = day.AddDays(1); if (Days.IsWorkingDay(day)) count--; }
        return day;
    }

    private static bool IsBreak(DateOnly day) =>
        (day.Month == 12 && day.Day >= 20) || (day.Month == 1 && day.Day <= 3) || (day.Month == 8 && day.Day <= 25);

    private static DateOnly OnOrAfter(DateOnly from, DayOfWeek weekday)
    {
        var day = from;
        while (day.DayOfWeek != weekday || !Days.IsWorkingDay(day) || IsBreak(day)) day = day.AddDays(1);
        return day;
    }

    private static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static bool Chance(this Random random, double probability) => random.NextDouble() < probability;
}
