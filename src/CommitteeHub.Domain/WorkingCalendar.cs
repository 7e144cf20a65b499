namespace CommitteeHub.Domain;

/// <summary>
/// Working days in England and Wales: weekdays that are not bank holidays. The regular holidays are computed (with
/// their substitute days and the moves the government has made, such as VE Day in 2020); the occasional extra one
/// (a state funeral, a coronation) is data a council adds. "Clear days" exclude the day of the act, the day of the
/// meeting, weekends and bank holidays (Local Government Act 1972 s.100B, as amended by SI 2002/715).
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>One-off holidays proclaimed in England and Wales since 1999.</summary>
    public static readonly IReadOnlyList<DateOnly> KnownExtraHolidays =
    [
        new(1999, 12, 31), new(2002, 6, 3), new(2002, 6, 4), new(2011, 4, 29), new(2012, 6, 5),
        new(2022, 6, 3), new(2022, 9, 19), new(2023, 5, 8),
    ];

    private readonly HashSet<DateOnly> _extra;

    public WorkingCalendar(IEnumerable<DateOnly>? extraHolidays = null) =>
        _extra = [.. KnownExtraHolidays, .. extraHolidays ?? []];

    public static WorkingCalendar EnglandAndWales { get; } = new();

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(day);

    public bool IsBankHoliday(DateOnly day) => _extra.Contains(day) || RegularHolidays(day.Year).Contains(day);

    /// <summary>The clear working days strictly between two days.</summary>
    public int ClearDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day < to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    /// <summary>The latest working day on which something can be done and still leave <paramref name="clearDays"/>
    /// clear days before <paramref name="meetingDay"/>.</summary>
    public DateOnly LatestDayBefore(DateOnly meetingDay, int clearDays)
    {
        if (clearDays < 0) throw new DomainException("A notice period cannot be negative.");
        var day = meetingDay.AddDays(-1);
        for (var found = 0; found < clearDays; day = day.AddDays(-1))
            if (IsWorkingDay(day)) found++;
        // Papers are published on a working day, when the offices are open to inspect them.
        while (!IsWorkingDay(day)) day = day.AddDays(-1);
        return day;
    }

    public static IReadOnlySet<DateOnly> RegularHolidays(int year)
    {
        var easter = EasterSunday(year);
        var holidays = new HashSet<DateOnly>
        {
            Substitute(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            // VE Day 75 moved the early May holiday in 2020; it is otherwise the first Monday of May.
            year == 2020 ? new DateOnly(2020, 5, 8) : FirstMonday(year, 5),
            // The jubilees of 2002, 2012 and 2022 moved the spring holiday into June.
            year switch { 2002 => new DateOnly(2002, 6, 4), 2012 => new DateOnly(2012, 6, 4), 2022 => new DateOnly(2022, 6, 2), _ => LastMonday(year, 5) },
            LastMonday(year, 8),
        };
        var christmas = new DateOnly(year, 12, 25);
        var boxing = new DateOnly(year, 12, 26);
        switch (christmas.DayOfWeek)
        {
            case DayOfWeek.Friday: holidays.Add(christmas); holidays.Add(new DateOnly(year, 12, 28)); break;
            case DayOfWeek.Saturday: holidays.Add(new DateOnly(year, 12, 27)); holidays.Add(new DateOnly(year, 12, 28)); break;
            case DayOfWeek.Sunday: holidays.Add(new DateOnly(year, 12, 27)); holidays.Add(boxing); break;
            default: holidays.Add(christmas); holidays.Add(boxing); break;
        }
        return holidays;
    }

    private static DateOnly Substitute(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(1);
        return day;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(-1);
        return day;
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
