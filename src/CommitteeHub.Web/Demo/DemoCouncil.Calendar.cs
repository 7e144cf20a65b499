namespace CommitteeHub.Web.Demo;

public static partial class DemoCouncil
{
    /// <summary>Working days in England, so that demo agendas go out five clear days ahead and minutes a week after,
    /// as a real democratic services team would time them.</summary>
    private static class Calendar
    {
        // Bank holidays moved or added by proclamation; the regular ones are computed below.
        private static readonly DateOnly[] Occasional =
        [
            new(2020, 5, 8), new(2022, 6, 2), new(2022, 6, 3), new(2022, 9, 19), new(2023, 5, 8),
        ];
        private static readonly DateOnly[] Displaced = [new(2020, 5, 4), new(2022, 5, 30)];

        public static bool IsWorkingDay(DateOnly day) =>
            day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(day);

        public static bool IsBankHoliday(DateOnly day)
        {
            if (Occasional.Contains(day)) return true;
            if (Displaced.Contains(day)) return false;
            var easter = EasterSunday(day.Year);
            return day == easter.AddDays(-2) || day == easter.AddDays(1)
                || day == Substitute(new DateOnly(day.Year, 1, 1))
                || day == FirstMonday(day.Year, 5)
                || day == LastMonday(day.Year, 5)
                || day == LastMonday(day.Year, 8)
                || ChristmasHolidays(day.Year).Contains(day);
        }

        /// <summary>The last day the agenda can be published with five clear days before the meeting: the day of
        /// publication, the day of the meeting, weekends and bank holidays do not count.</summary>
        public static DateOnly AgendaDay(DateOnly meeting)
        {
            var day = meeting.AddDays(-1);
            for (var clear = 0; clear < 5; day = day.AddDays(-1))
                if (IsWorkingDay(day)) clear++;
            while (!IsWorkingDay(day)) day = day.AddDays(-1);
            return day;
        }

        public static DateOnly AddWorkingDays(DateOnly day, int count)
        {
            while (count > 0)
            {
                day = day.AddDays(1);
                if (IsWorkingDay(day)) count--;
            }
            return day;
        }

        /// <summary>The first working <paramref name="weekday"/> on or after a day, avoiding the Christmas break when
        /// councils do not meet.</summary>
        public static DateOnly OnOrAfter(DateOnly from, DayOfWeek weekday)
        {
            var day = from;
            while (day.DayOfWeek != weekday || !IsWorkingDay(day) || IsChristmasBreak(day)) day = day.AddDays(1);
            return day;
        }

        public static DateOnly OnOrBefore(DateOnly from, DayOfWeek weekday)
        {
            var day = from;
            while (day.DayOfWeek != weekday || !IsWorkingDay(day) || IsChristmasBreak(day)) day = day.AddDays(-1);
            return day;
        }

        private static bool IsChristmasBreak(DateOnly day) =>
            (day.Month == 12 && day.Day >= 20) || (day.Month == 1 && day.Day <= 3);

        private static DateOnly Substitute(DateOnly day) => day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(2),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };

        private static DateOnly[] ChristmasHolidays(int year)
        {
            var christmas = new DateOnly(year, 12, 25);
            return christmas.DayOfWeek switch
            {
                DayOfWeek.Friday => [christmas, new(year, 12, 28)],
                DayOfWeek.Saturday => [new(year, 12, 27), new(year, 12, 28)],
                DayOfWeek.Sunday => [new(year, 12, 26), new(year, 12, 27)],
                _ => [christmas, new(year, 12, 26)],
            };
        }

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

        // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
        private static DateOnly EasterSunday(int year)
        {
            int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
            int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
            int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31, dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
            return new DateOnly(year, month, dayOfMonth);
        }
    }
}
