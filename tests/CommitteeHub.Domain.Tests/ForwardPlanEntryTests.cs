namespace CommitteeHub.Domain.Tests;

/// <summary>Notice of executive decisions: the Forward Plan (SI 2012/2089 reg 9), the general exception (reg 10),
/// special urgency (reg 11) and notice of a private decision (reg 5).</summary>
public sealed class ForwardPlanEntryTests
{
    private static readonly ExecutiveRules Rules = new();
    private static readonly WorkingCalendar Calendar = WorkingCalendar.EnglandAndWales;
    // Thursday 30 April 2026: the 28 clear days before it run back across Easter to Wednesday 18 March.
    private static readonly DateOnly DecisionDay = new(2026, 4, 30);

    private static ForwardPlanEntry AKeyDecision(KeyDecisionReason? key = KeyDecisionReason.SpendingOrSaving) =>
        new("Award of the highways maintenance contract", "Cabinet", DecisionDay, key,
            "Report of the Director of Place; procurement evaluation (exempt)", "Write to democratic.services@example.gov.uk by 27 April 2026.");

    private static ForwardPlanEntry PublishedOn(DateOnly on, KeyDecisionReason? key = KeyDecisionReason.SpendingOrSaving)
    {
        var entry = AKeyDecision(key);
        entry.Publish(on);
        return entry;
    }

    private static void Confirm(ForwardPlanEntry entry, DateOnly day) => entry.ConfirmDecisionMayBeTakenOn(day, Rules, Calendar);

    private static ForwardPlanEntry Notice(KeyDecisionReason? key, int? paragraph = null, string? privateReasons = null, DateOnly? publishOn = null) =>
        ForwardPlanEntry.Notice("Award of the highways maintenance contract", "Cabinet", DecisionDay, key, "Report of the Director of Place",
            "Email the contact officer.", paragraph, privateReasons, publishOn);

    [Fact]
    public void The_forward_plan_lists_only_key_decisions_and_decisions_to_be_taken_in_private()
    {
        Refused.Because("The Forward Plan lists key decisions and decisions to be taken in private", () => Notice(key: null));
        Refused.Because("Choose the Schedule 12A paragraph", () => Notice(KeyDecisionReason.SpendingOrSaving, privateReasons: "Commercial terms."));

        var inPrivate = Notice(key: null, paragraph: 3, privateReasons: "The bids disclose the bidders' financial affairs.");
        Assert.True(inPrivate.IsPrivate);
        Assert.Equal("Added \"Award of the highways maintenance contract\" to the Forward Plan.", Assert.Single(inPrivate.Events).Summary);
    }

    [Fact]
    public void A_matter_given_notice_of_may_be_published_at_once_which_its_event_says()
    {
        var entry = Notice(KeyDecisionReason.SpendingOrSaving, publishOn: new DateOnly(2026, 3, 18));
        Assert.Equal(new DateOnly(2026, 3, 18), entry.FirstPublishedOn);
        Assert.Equal("Added \"Award of the highways maintenance contract\" to the Forward Plan and published it.", Assert.Single(entry.Events).Summary);
        Refused.Because("after the date of its decision", () => Notice(KeyDecisionReason.SpendingOrSaving, publishOn: DecisionDay.AddDays(1)));
    }

    [Fact]
    public void A_forward_plan_entry_names_the_matter_decision_maker_date_documents_and_how_to_make_representations()
    {
        var entry = new ForwardPlanEntry(" Award of the highways maintenance contract ", "Cabinet Member for Highways", DecisionDay,
            KeyDecisionReason.CommunitiesInTwoOrMoreWards, "Report of the Director of Place", "Email the contact officer.");

        Assert.Equal("Award of the highways maintenance contract", entry.Matter);
        Assert.Equal("Cabinet Member for Highways", entry.DecisionMaker);
        Assert.Equal(DecisionDay, entry.IntendedDecisionOn);
        Assert.True(entry.IsKeyDecision);
        Assert.Equal(KeyDecisionReason.CommunitiesInTwoOrMoreWards, entry.KeyDecision);
        Assert.Equal("Report of the Director of Place", entry.Documents);
        Assert.Equal("Email the contact officer.", entry.HowToMakeRepresentations);
        Assert.Null(entry.FirstPublishedOn);
        Assert.False(entry.IsPrivate);
    }

    [Fact]
    public void Reg_9_notice_must_name_the_matter_decision_maker_documents_and_how_to_make_representations()
    {
        Refused.Because("matter to be decided is required", () => new ForwardPlanEntry(" ", "Cabinet", DecisionDay, null, "Report", "Email"));
        Refused.Because("decision maker is required", () => new ForwardPlanEntry("Matter", "", DecisionDay, null, "Report", "Email"));
        Refused.Because("documents to be considered is required", () => new ForwardPlanEntry("Matter", "Cabinet", DecisionDay, null, " ", "Email"));
        Refused.Because("How to make representations is required", () => new ForwardPlanEntry("Matter", "Cabinet", DecisionDay, null, "Report", ""));
    }

    [Fact]
    public void Twenty_eight_clear_days_notice_allows_a_key_decision()
    {
        // 43 calendar days, but only 28 clear days once weekends, Good Friday and Easter Monday are left out.
        var entry = PublishedOn(new DateOnly(2026, 3, 18));

        Confirm(entry, DecisionDay);
        Assert.Equal(DecisionDay, entry.EarliestDecisionDay(Rules, Calendar));
    }

    [Fact]
    public void Twenty_eight_clear_days_exclude_weekends_and_bank_holidays_so_Easter_makes_notice_fall_short()
    {
        var entry = PublishedOn(new DateOnly(2026, 3, 19));

        var refused = Refused.Because("27 clear days before Thursday 30 April 2026", () => Confirm(entry, DecisionDay));
        Assert.Contains("may not be taken before Friday 1 May 2026", refused.Message);
        Assert.Contains("general exception", refused.Message);
        Confirm(entry, new DateOnly(2026, 5, 1));
    }

    [Fact]
    public void A_key_decision_not_in_the_forward_plan_is_refused() =>
        Refused.Because("has not been published in the Forward Plan", () => Confirm(AKeyDecision(), DecisionDay));

    [Fact]
    public void A_decision_that_is_neither_key_nor_private_needs_no_forward_plan_notice()
    {
        var entry = AKeyDecision(key: null);
        Confirm(entry, DecisionDay);
        Assert.Null(entry.EarliestDecisionDay(Rules, Calendar));
    }

    [Fact]
    public void A_council_with_a_longer_notice_period_needs_notice_sooner()
    {
        var entry = PublishedOn(new DateOnly(2026, 3, 18));
        Refused.Because("needs 30 clear days", () => entry.ConfirmDecisionMayBeTakenOn(DecisionDay, new ExecutiveRules { ForwardPlanNoticeClearDays = 30 }, Calendar));
    }

    [Fact]
    public void A_matter_is_published_once_and_not_after_its_decision_date()
    {
        var entry = PublishedOn(new DateOnly(2026, 3, 18));
        Refused.Because("already published in the Forward Plan on Wednesday 18 March 2026", () => entry.Publish(new DateOnly(2026, 3, 19)));
        Refused.Because("after the date of its decision", () => AKeyDecision().Publish(DecisionDay.AddDays(1)));
    }

    [Fact]
    public void Moving_the_decision_earlier_can_leave_too_little_notice()
    {
        var entry = PublishedOn(new DateOnly(2026, 3, 18));
        entry.MoveDecisionDate(new DateOnly(2026, 4, 23));
        Assert.Equal(new DateOnly(2026, 4, 23), entry.IntendedDecisionOn);
        Refused.Because("23 clear days", () => Confirm(entry, entry.IntendedDecisionOn));
    }

    [Fact]
    public void General_exception_allows_a_key_decision_five_clear_days_after_the_notice_and_the_scrutiny_chair_is_told()
    {
        // Notice on Wednesday 1 April 2026: Thursday 2, Tuesday 7 to Friday 10 April are the five clear days.
        var entry = PublishedOn(new DateOnly(2026, 4, 1));
        entry.UseGeneralException(scrutinyChairNotifiedOn: new DateOnly(2026, 3, 31), noticePublishedOn: new DateOnly(2026, 4, 1),
            "The contractor's tender expires on 15 April.");

        Assert.True(entry.HasGeneralException);
        Refused.Because("may not be taken before Saturday 11 April 2026", () => Confirm(entry, new DateOnly(2026, 4, 10)));
        Confirm(entry, new DateOnly(2026, 4, 13));
        Assert.Equal(new DateOnly(2026, 4, 11), entry.EarliestDecisionDay(Rules, Calendar));
    }

    [Fact]
    public void General_exception_five_clear_days_run_from_the_later_of_the_notice_and_telling_the_scrutiny_chair()
    {
        var entry = PublishedOn(new DateOnly(2026, 4, 1));
        entry.UseGeneralException(scrutinyChairNotifiedOn: new DateOnly(2026, 4, 13), noticePublishedOn: new DateOnly(2026, 4, 1), "Tender expiry.");

        Refused.Because("5 clear days", () => Confirm(entry, new DateOnly(2026, 4, 20)));
        Confirm(entry, new DateOnly(2026, 4, 21));
    }

    [Fact]
    public void General_exception_needs_its_reasons_and_is_for_key_decisions_only()
    {
        Refused.Because("impracticable is required", () => AKeyDecision().UseGeneralException(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1), " "));
        Refused.Because("for key decisions", () => AKeyDecision(key: null).UseGeneralException(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1), "Tender expiry."));
    }

    [Fact]
    public void Special_urgency_allows_a_key_decision_once_a_chair_agrees_it_is_urgent()
    {
        var entry = AKeyDecision();
        entry.UseSpecialUrgency(UrgencyAgreedBy.ScrutinyChair, "Cllr Ann Patel", new DateOnly(2026, 4, 28), new DateOnly(2026, 4, 28),
            "The grant offer lapses on 1 May.");

        Confirm(entry, new DateOnly(2026, 4, 28));
        Refused.Because("agreed this decision was urgent on Tuesday 28 April 2026", () => Confirm(entry, new DateOnly(2026, 4, 27)));
        Assert.Equal(UrgencyAgreedBy.ScrutinyChair, entry.UrgencyAgreedBy);
        Assert.Equal("Cllr Ann Patel", entry.UrgencyAgreedByName);
        Assert.Equal(new DateOnly(2026, 4, 28), entry.SpecialUrgencyNoticeOn);
        Assert.True(entry.MustBeReportedToCouncil);
    }

    [Theory]
    [InlineData(UrgencyAgreedBy.CouncilChair)]
    [InlineData(UrgencyAgreedBy.CouncilViceChair)]
    public void Special_urgency_may_be_agreed_by_the_council_chair_or_vice_chair(UrgencyAgreedBy chair)
    {
        var entry = AKeyDecision();
        entry.UseSpecialUrgency(chair, "Cllr Bob Evans", new DateOnly(2026, 4, 28), new DateOnly(2026, 4, 29), "Grant lapses.");
        Confirm(entry, DecisionDay);
    }

    [Fact]
    public void Special_urgency_needs_an_agreeing_chair_by_name_the_reasons_and_a_notice_after_the_agreement()
    {
        Refused.Because("name of the chair who agreed", () =>
            AKeyDecision().UseSpecialUrgency(UrgencyAgreedBy.ScrutinyChair, " ", new DateOnly(2026, 4, 28), new DateOnly(2026, 4, 28), "Grant lapses."));
        Refused.Because("urgent and cannot reasonably be deferred is required", () =>
            AKeyDecision().UseSpecialUrgency(UrgencyAgreedBy.ScrutinyChair, "Cllr Ann Patel", new DateOnly(2026, 4, 28), new DateOnly(2026, 4, 28), ""));
        Refused.Because("published after the chair agrees", () =>
            AKeyDecision().UseSpecialUrgency(UrgencyAgreedBy.ScrutinyChair, "Cllr Ann Patel", new DateOnly(2026, 4, 28), new DateOnly(2026, 4, 27), "Grant lapses."));
    }

    [Fact]
    public void A_key_decision_without_an_exception_is_not_reported_to_council() =>
        Assert.False(PublishedOn(new DateOnly(2026, 3, 18)).MustBeReportedToCouncil);

    [Fact]
    public void Reg_5_a_private_decision_gives_its_exempt_paragraph_and_reasons()
    {
        var entry = AKeyDecision();
        entry.TakeInPrivate(3, "The report contains the tenderers' prices.");
        Assert.True(entry.IsPrivate);
        Assert.Equal(3, entry.ExemptParagraph);
        Assert.Equal("The report contains the tenderers' prices.", entry.PrivateReasons);

        entry.TakeInPublic();
        Assert.False(entry.IsPrivate);
        Assert.Null(entry.PrivateReasons);

        Refused.Because("paragraphs 1 to 7", () => entry.TakeInPrivate(8, "Reasons."));
        Refused.Because("reasons for taking the decision in private is required", () => entry.TakeInPrivate(3, " "));
    }

    [Fact]
    public void Reg_5_a_private_decision_that_is_not_key_still_needs_twenty_eight_clear_days()
    {
        var entry = PublishedOn(new DateOnly(2026, 3, 19), key: null);
        entry.TakeInPrivate(1, "Information about an individual tenant.");

        Refused.Because("A decision to be taken in private needs 28 clear days", () => Confirm(entry, DecisionDay));
        Confirm(entry, new DateOnly(2026, 5, 1));
    }

    [Fact]
    public void Reg_5_the_general_exception_does_not_cure_short_notice_of_a_private_decision_but_special_urgency_does()
    {
        var entry = PublishedOn(new DateOnly(2026, 4, 1));
        entry.TakeInPrivate(3, "Tenderers' prices.");
        entry.UseGeneralException(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1), "Tender expiry.");

        Refused.Because("must agree that it is urgent", () => Confirm(entry, new DateOnly(2026, 4, 20)));
        Assert.Equal(new DateOnly(2026, 5, 15), entry.EarliestDecisionDay(Rules, Calendar));

        entry.UseSpecialUrgency(UrgencyAgreedBy.ScrutinyChair, "Cllr Ann Patel", new DateOnly(2026, 4, 17), new DateOnly(2026, 4, 17), "Tender expiry.");
        Confirm(entry, new DateOnly(2026, 4, 20));
    }
}
