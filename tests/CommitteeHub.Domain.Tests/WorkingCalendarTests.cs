namespace CommitteeHub.Domain.Tests;

/// <summary>Bank holidays in England and Wales as published on GOV.UK, and the "clear days" rule built on them.</summary>
public sealed class WorkingCalendarTests
{
    public static TheoryData<int, string[]> PublishedHolidays => new()
    {
        { 2019, ["2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"] },
        { 2020, ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"] },
        { 2021, ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"] },
        { 2022, ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"] },
        { 2023, ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"] },
        { 2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"] },
    };

    [Theory]
    [MemberData(nameof(PublishedHolidays))]
    public void The_bank_holidays_of_a_year_are_exactly_those_published(int year, string[] expected)
    {
        var calendar = WorkingCalendar.EnglandAndWales;
        var actual = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
            .Select(d => new DateOnly(year, 1, 1).AddDays(d))
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && calendar.IsBankHoliday(d))
            .Select(d => d.ToString("yyyy-MM-dd"));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("2019-06-07", 5, "2019-05-30")] // Friday meeting: Thu, Wed, Tue, Mon, Fri are the five clear days
    [InlineData("2019-05-28", 5, "2019-05-17")] // the spring bank holiday on Monday 27 May is not a clear day
    [InlineData("2019-07-17", 5, "2019-07-09")]
    [InlineData("2019-12-30", 5, "2019-12-18")] // Christmas and Boxing Day are not clear days
    public void The_latest_publication_day_leaves_the_clear_days_before_the_meeting(string meeting, int clearDays, string latest)
    {
        var calendar = WorkingCalendar.EnglandAndWales;
        var day = calendar.LatestDayBefore(DateOnly.Parse(meeting), clearDays);
        Assert.Equal(DateOnly.Parse(latest), day);
        Assert.Equal(clearDays, calendar.ClearDaysBetween(day, DateOnly.Parse(meeting)));
        var nextWorkingDay = day.AddDays(1);
        while (!calendar.IsWorkingDay(nextWorkingDay)) nextWorkingDay = nextWorkingDay.AddDays(1);
        Assert.True(calendar.ClearDaysBetween(nextWorkingDay, DateOnly.Parse(meeting)) < clearDays, "the next working day would be too late");
    }

    [Fact]
    public void A_council_can_add_an_extra_holiday_as_data()
    {
        var extra = new DateOnly(2027, 6, 4);
        Assert.True(WorkingCalendar.EnglandAndWales.IsWorkingDay(extra));
        Assert.False(new WorkingCalendar([extra]).IsWorkingDay(extra));
    }

    [Fact]
    public void Neither_the_day_of_publication_nor_the_day_of_the_meeting_is_a_clear_day()
    {
        Assert.Equal(0, WorkingCalendar.EnglandAndWales.ClearDaysBetween(new DateOnly(2019, 6, 6), new DateOnly(2019, 6, 7)));
        Assert.Equal(1, WorkingCalendar.EnglandAndWales.ClearDaysBetween(new DateOnly(2019, 6, 5), new DateOnly(2019, 6, 7)));
    }

    [Fact]
    public void A_negative_notice_period_is_refused() =>
        Refused.Because("cannot be negative", () => WorkingCalendar.EnglandAndWales.LatestDayBefore(new DateOnly(2019, 6, 7), -1));

    [Theory]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2038, "2038-04-25")]
    public void Easter_Sunday_is_computed(int year, string easter) =>
        Assert.Equal(DateOnly.Parse(easter), WorkingCalendar.EasterSunday(year));
}
