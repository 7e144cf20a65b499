namespace CommitteeHub.Domain;

/// <summary>
/// The council's procedure rules on notice: each council sets its own in its constitution, so each is a setting.
/// Defaults are common ones: notice of motion seven clear days before the meeting; notice of amendments by noon on
/// the working day before.
/// </summary>
public sealed class ProcedureRules
{
    public int MotionNoticeClearDays { get; init; } = 7;
    public int AmendmentNoticeWorkingDays { get; init; } = 1;
    public TimeOnly AmendmentNoticeTime { get; init; } = new(12, 0);
    /// <summary>How many years ahead a clerk may schedule or move a meeting.</summary>
    public int SchedulingHorizonYears { get; init; } = Meeting.SchedulingHorizonYears;

    /// <summary>The last day notice of a motion may be received for a meeting.</summary>
    public DateOnly MotionNoticeDeadline(DateOnly meetingDay, WorkingCalendar calendar) =>
        calendar.LatestDayBefore(meetingDay, MotionNoticeClearDays);

    /// <summary>The moment after which an amendment is late and may be moved only at the chair's discretion.</summary>
    public DateTime AmendmentNoticeDeadline(DateTime meetingStart, WorkingCalendar calendar)
    {
        var day = DateOnly.FromDateTime(meetingStart);
        for (var found = 0; found < AmendmentNoticeWorkingDays;)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day)) found++;
        }
        return day.ToDateTime(AmendmentNoticeTime);
    }
}
