
namespace CommitteeHub.Domain;

/// <summary>
/// The council's rules for executive (Cabinet) decisions. Notice periods come from SI 2012/2089; what counts as a
/// key decision and how call-in works are each council's own choice, written in its constitution, so every figure is
/// a setting. Defaults are common ones: 28 clear days' Forward Plan notice (reg 9), 5 clear days under the general
/// exception (reg 10), key decisions from £500,000 or two wards, and call-in until 4pm on the fifth working day
/// after publication, by three councillors, with urgent decisions exempt.
/// </summary>
public sealed class ExecutiveRules
{
    public int ForwardPlanNoticeClearDays { get; init; } = 28;
    public int GeneralExceptionClearDays { get; init; } = 5;
    /// <summary>Spending or saving from this amount (in pounds) is "significant" for a key decision.</summary>
    public decimal KeyDecisionThreshold { get; init; } = 500_000m;
    /// <summary>A decision significantly affecting communities in this many wards or divisions is a key decision.</summary>
    public int KeyDecisionWards { get; init; } = 2;
    public int CallInWorkingDays { get; init; } = 5;
    public TimeOnly CallInCutOff { get; init; } = new(16, 0);
    public int CallInSignatories { get; init; } = 3;
    /// <summary>Most constitutions exempt a decision taken as urgent from call-in, since the delay is what urgency
    /// avoids; a council that does not sets this.</summary>
    public bool CallInAppliesToUrgentDecisions { get; init; }

    /// <summary>Why a decision is a key decision under these thresholds, or null if it is not one.</summary>
    public KeyDecisionReason? KeyDecisionReasonFor(decimal spendingOrSaving, int wardsSignificantlyAffected)
    {
        if (spendingOrSaving < 0) throw new DomainException("Enter the amount spent or saved as a positive number of pounds.");
        if (wardsSignificantlyAffected < 0) throw new DomainException("The number of wards affected cannot be negative.");
        var money = spendingOrSaving >= KeyDecisionThreshold;
        var wards = wardsSignificantlyAffected >= KeyDecisionWards;
        return (money, wards) switch
        {
            (true, true) => KeyDecisionReason.SpendingOrSavingAndCommunities,
            (true, false) => KeyDecisionReason.SpendingOrSaving,
            (false, true) => KeyDecisionReason.CommunitiesInTwoOrMoreWards,
            _ => null,
        };
    }

    /// <summary>The moment the call-in period ends: the cut-off time on the last of its working days, counted from
    /// the first working day after publication (the day of publication never counts, however early it was).</summary>
    public DateTime CallInDeadline(DateTime publishedAt, WorkingCalendar calendar)
    {
        if (CallInWorkingDays < 1) throw new DomainException("The call-in period must be at least one working day.");
        var day = DateOnly.FromDateTime(publishedAt);
        for (var found = 0; found < CallInWorkingDays;)
        {
            day = day.AddDays(1);
            if (calendar.IsWorkingDay(day)) found++;
        }
        return day.ToDateTime(CallInCutOff);
    }

    /// <summary>The first day that leaves <paramref name="clearDays"/> clear days after a notice was published.</summary>
    internal static DateOnly FirstDayAfter(DateOnly notice, int clearDays, WorkingCalendar calendar)
    {
        if (clearDays < 0) throw new DomainException("A notice period cannot be negative.");
        var day = notice;
        for (var found = 0; found < clearDays;)
        {
            day = day.AddDays(1);
            if (calendar.IsWorkingDay(day)) found++;
        }
        return day.AddDays(1);
    }

    /// <summary>"4pm on Monday 30 November 2026", as a notice to the public reads.</summary>
    public static string Describe(DateTime moment) =>
        $"{Describe(TimeOnly.FromDateTime(moment))} on {Describe(DateOnly.FromDateTime(moment))}";

    public static string Describe(DateOnly day) => CouncilDates.Day(day);

    public static string Describe(TimeOnly time) => CouncilDates.Time(time);
}

/// <summary>Why a decision is a key decision (SI 2012/2089 reg 8).</summary>
public enum KeyDecisionReason
{
    /// <summary>Spending or saving significant for the service's or function's budget.</summary>
    SpendingOrSaving,
    /// <summary>Significant effect on communities living or working in two or more wards or electoral divisions.</summary>
    CommunitiesInTwoOrMoreWards,
    SpendingOrSavingAndCommunities,
}
