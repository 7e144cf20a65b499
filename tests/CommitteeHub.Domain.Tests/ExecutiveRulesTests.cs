namespace CommitteeHub.Domain.Tests;

/// <summary>The council's settings for executive decisions: key decision thresholds and the call-in deadline.</summary>
public sealed class ExecutiveRulesTests
{
    private static readonly ExecutiveRules Rules = new();
    private static readonly WorkingCalendar Calendar = WorkingCalendar.EnglandAndWales;

    [Fact]
    public void The_defaults_are_the_common_ones()
    {
        Assert.Equal(28, Rules.ForwardPlanNoticeClearDays);
        Assert.Equal(5, Rules.GeneralExceptionClearDays);
        Assert.Equal(500_000m, Rules.KeyDecisionThreshold);
        Assert.Equal(2, Rules.KeyDecisionWards);
        Assert.Equal(5, Rules.CallInWorkingDays);
        Assert.Equal(new TimeOnly(16, 0), Rules.CallInCutOff);
        Assert.Equal(3, Rules.CallInSignatories);
        Assert.False(Rules.CallInAppliesToUrgentDecisions);
    }

    [Theory]
    [InlineData(499_999.99, 1, null)]
    [InlineData(500_000, 0, KeyDecisionReason.SpendingOrSaving)]
    [InlineData(0, 2, KeyDecisionReason.CommunitiesInTwoOrMoreWards)]
    [InlineData(2_000_000, 3, KeyDecisionReason.SpendingOrSavingAndCommunities)]
    public void A_key_decision_spends_or_saves_the_threshold_or_affects_two_or_more_wards(double pounds, int wards, KeyDecisionReason? expected) =>
        Assert.Equal(expected, Rules.KeyDecisionReasonFor((decimal)pounds, wards));

    [Fact]
    public void A_council_sets_its_own_key_decision_threshold() =>
        Assert.Equal(KeyDecisionReason.SpendingOrSaving, new ExecutiveRules { KeyDecisionThreshold = 250_000m }.KeyDecisionReasonFor(300_000m, 1));

    [Fact]
    public void A_negative_amount_or_ward_count_is_refused()
    {
        Refused.Because("positive number of pounds", () => Rules.KeyDecisionReasonFor(-1m, 0));
        Refused.Because("cannot be negative", () => Rules.KeyDecisionReasonFor(0m, -1));
    }

    [Fact]
    public void Call_in_ends_at_4pm_on_the_fifth_working_day_after_publication() =>
        // Published Monday 23 November 2026: Tuesday to Friday, then Monday 30 November.
        Assert.Equal(new DateTime(2026, 11, 30, 16, 0, 0), Rules.CallInDeadline(new DateTime(2026, 11, 23, 9, 30, 0), Calendar));

    [Theory]
    [InlineData("2026-04-02 17:00", "2026-04-13 16:00")] // Good Friday and Easter Monday are not working days
    [InlineData("2026-05-22 10:00", "2026-06-01 16:00")] // nor the spring bank holiday on Monday 25 May
    [InlineData("2026-12-23 12:00", "2027-01-04 16:00")] // Christmas, the substitute Boxing Day and New Year's Day
    [InlineData("2026-11-21 11:00", "2026-11-27 16:00")] // published on a Saturday: Monday is the first working day
    public void The_call_in_period_skips_weekends_and_bank_holidays(string published, string deadline) =>
        Assert.Equal(DateTime.Parse(deadline), Rules.CallInDeadline(DateTime.Parse(published), Calendar));

    [Fact]
    public void A_council_may_allow_call_in_until_noon_on_the_third_working_day()
    {
        var rules = new ExecutiveRules { CallInWorkingDays = 3, CallInCutOff = new TimeOnly(12, 0) };
        Assert.Equal(new DateTime(2026, 4, 9, 12, 0, 0), rules.CallInDeadline(new DateTime(2026, 4, 2, 9, 0, 0), Calendar));
    }

    [Fact]
    public void A_call_in_period_of_no_working_days_is_refused() =>
        Refused.Because("at least one working day", () => new ExecutiveRules { CallInWorkingDays = 0 }.CallInDeadline(new DateTime(2026, 4, 2, 9, 0, 0), Calendar));

    [Theory]
    [InlineData(16, 0, "4pm")]
    [InlineData(12, 0, "noon")]
    [InlineData(9, 30, "9.30am")]
    [InlineData(17, 5, "5.05pm")]
    [InlineData(0, 0, "midnight")]
    public void Times_read_as_a_public_notice_prints_them(int hour, int minute, string words) =>
        Assert.Equal(words, ExecutiveRules.Describe(new TimeOnly(hour, minute)));

    [Fact]
    public void A_moment_reads_with_its_weekday() =>
        Assert.Equal("4pm on Monday 30 November 2026", ExecutiveRules.Describe(new DateTime(2026, 11, 30, 16, 0, 0)));
}
