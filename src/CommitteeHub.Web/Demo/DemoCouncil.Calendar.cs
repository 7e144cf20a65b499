using CommitteeHub.Domain;

namespace CommitteeHub.Web.Demo;

public static partial class DemoCouncil
{
    /// <summary>Timing the demo as a real democratic services team would: agendas out five clear days ahead, minutes
    /// a few working days after, and no meetings in the Christmas break.</summary>
    private static class Calendar
    {
        private static readonly WorkingCalendar Days = WorkingCalendar.EnglandAndWales;

        public static bool IsWorkingDay(DateOnly day) => Days.IsWorkingDay(day);

        /// <summary>The last day the agenda can be published with five clear days before the meeting.</summary>
        public static DateOnly AgendaDay(DateOnly meeting) => Days.LatestDayBefore(meeting, 5);

        public static DateOnly AddWorkingDays(DateOnly day, int count)
        {
            while (count > 0)
            {
                day = day.AddDays(1);
                if (IsWorkingDay(day)) count--;
            }
            return day;
        }

        /// <summary>The first working <paramref name="weekday"/> on or after a day, avoiding the Christmas break.</summary>
        public static DateOnly OnOrAfter(DateOnly from, DayOfWeek weekday) => Step(from, weekday, 1);

        public static DateOnly OnOrBefore(DateOnly from, DayOfWeek weekday) => Step(from, weekday, -1);

        private static DateOnly Step(DateOnly from, DayOfWeek weekday, int direction)
        {
            var day = from;
            while (day.DayOfWeek != weekday || !IsWorkingDay(day) || IsChristmasBreak(day)) day = day.AddDays(direction);
            return day;
        }

        private static bool IsChristmasBreak(DateOnly day) =>
            (day.Month == 12 && day.Day >= 20) || (day.Month == 1 && day.Day <= 3);
    }
}
