namespace CommitteeHub.Domain.Tests;

/// <summary>The executive decision record (SI 2012/2089 regs 12–13) and call-in (Local Government Act 2000 s.9F and
/// the council's own rules).</summary>
public sealed class DecisionTests
{
    private static readonly ExecutiveRules Rules = new();
    private static readonly WorkingCalendar Calendar = WorkingCalendar.EnglandAndWales;
    // Published Monday 23 November 2026: call-in runs until 4pm on Monday 30 November.
    private static readonly DateOnly DecidedOn = new(2026, 11, 19);
    private static readonly DateTime PublishedAt = new(2026, 11, 23, 10, 0, 0);
    private static readonly DateTime Deadline = new(2026, 11, 30, 16, 0, 0);
    private static readonly int[] ThreeCouncillors = [11, 12, 13];

    private static Decision ADecision(bool urgent = false, DateTime? publishedAt = null) =>
        new("Cabinet", "Highways maintenance contract", "To award the contract to Roadworks Ltd.",
            "The most economically advantageous tender.", publishedAt is { } at ? DateOnly.FromDateTime(at) : DecidedOn, publishedAt ?? PublishedAt,
            alternativesRejected: "Bringing the service in house: higher cost.", urgent: urgent, meetingId: 7, agendaItemId: 70);

    private static Decision CalledIn()
    {
        var decision = ADecision();
        decision.CallIn(ThreeCouncillors, "Insufficient consultation.", new DateTime(2026, 11, 25, 12, 0, 0), Rules, Calendar);
        return decision;
    }

    private static string Status(Decision decision, DateTime now) => decision.PublicStatus(now, Rules, Calendar);

    [Fact]
    public void A_decision_record_holds_the_decision_its_date_reasons_alternatives_and_conflicts()
    {
        var decision = new Decision("Cabinet Member for Housing", " Tenancy strategy ", "To adopt the tenancy strategy.\r\n",
            "It meets the duty in the Localism Act.", DecidedOn, PublishedAt, "Keeping the current strategy.",
            [new DeclaredConflictLine(21, "Her son is a council tenant.", "Granted by the Chief Executive on 1 November 2026.")]);

        Assert.Equal("Cabinet Member for Housing", decision.DecisionMaker);
        Assert.Equal("Tenancy strategy", decision.Title);
        Assert.Equal("To adopt the tenancy strategy.", decision.Text);
        Assert.Equal("It meets the duty in the Localism Act.", decision.Reasons);
        Assert.Equal("Keeping the current strategy.", decision.AlternativesRejected);
        Assert.Equal(DecidedOn, decision.DecidedOn);
        Assert.Equal(PublishedAt, decision.PublishedAt);
        var conflict = Assert.Single(decision.Conflicts);
        Assert.Equal(21, conflict.PersonId);
        Assert.Equal("Her son is a council tenant.", conflict.Nature);
        Assert.Equal("Granted by the Chief Executive on 1 November 2026.", conflict.Dispensation);
        Assert.Equal(DecisionStatus.Published, decision.Status);
        Assert.False(decision.IsKeyDecision);
        Assert.Null(decision.MeetingId);
    }

    [Fact]
    public void Regs_12_and_13_a_decision_record_requires_the_decision_text_and_the_reasons()
    {
        Refused.Because("The decision is required", () => new Decision("Cabinet", "Title", " ", "Reasons", DecidedOn, PublishedAt));
        Refused.Because("reasons for the decision is required", () => new Decision("Cabinet", "Title", "Decision", "", DecidedOn, PublishedAt));
        Refused.Because("decision maker is required", () => new Decision(" ", "Title", "Decision", "Reasons", DecidedOn, PublishedAt));
        Refused.Because("Decision title is required", () => new Decision("Cabinet", "", "Decision", "Reasons", DecidedOn, PublishedAt));
    }

    [Fact]
    public void A_decision_record_needs_the_nature_of_each_conflict_once_per_member()
    {
        Refused.Because("nature of the conflict of interest is required", () =>
            new Decision("Cabinet", "Title", "Decision", "Reasons", DecidedOn, PublishedAt, conflicts: [new DeclaredConflictLine(21, " ")]));
        Refused.Because("once", () =>
            new Decision("Cabinet", "Title", "Decision", "Reasons", DecidedOn, PublishedAt, conflicts: [new(21, "Tenant."), new(21, "Landlord.")]));
    }

    [Fact]
    public void A_decision_cannot_be_published_before_it_was_taken_nor_name_an_item_without_its_meeting()
    {
        Refused.Because("published before the day it was taken", () =>
            new Decision("Cabinet", "Title", "Decision", "Reasons", DecidedOn, DecidedOn.AddDays(-1).ToDateTime(new TimeOnly(9, 0))));
        Refused.Because("needs the meeting", () =>
            new Decision("Cabinet", "Title", "Decision", "Reasons", DecidedOn, PublishedAt, agendaItemId: 70));
    }

    [Fact]
    public void The_call_in_deadline_is_4pm_on_the_fifth_working_day_after_publication()
    {
        Assert.Equal(Deadline, ADecision().CallInDeadline(Rules, Calendar));
        Assert.Equal("Open for call-in until 4pm on Monday 30 November 2026", Status(ADecision(), PublishedAt));
        Assert.Equal("Open for call-in until 4pm on Monday 30 November 2026", Status(ADecision(), Deadline));
    }

    [Fact]
    public void The_call_in_deadline_runs_across_a_bank_holiday_weekend()
    {
        // Published on Maundy Thursday 2026: Good Friday and Easter Monday are not working days.
        var decision = ADecision(publishedAt: new DateTime(2026, 4, 2, 15, 0, 0));
        Assert.Equal(new DateTime(2026, 4, 13, 16, 0, 0), decision.CallInDeadline(Rules, Calendar));
        decision.CallIn(ThreeCouncillors, "Reasons.", new DateTime(2026, 4, 13, 15, 59, 0), Rules, Calendar);
        Assert.Equal(DecisionStatus.CalledIn, decision.Status);
    }

    [Fact]
    public void Three_councillors_call_a_decision_in_before_the_deadline_with_their_reasons()
    {
        var decision = ADecision();
        decision.CallIn([11, 12, 13, 14], "Insufficient consultation with residents.", Deadline, Rules, Calendar);

        Assert.Equal(DecisionStatus.CalledIn, decision.Status);
        Assert.Equal([11, 12, 13, 14], decision.CallInSignatories.Select(s => s.PersonId));
        Assert.Equal("Insufficient consultation with residents.", decision.CallInReasons);
        Assert.Equal(Deadline, decision.CalledInAt);
        Assert.Equal("Called in", Status(decision, Deadline));
    }

    [Fact]
    public void A_call_in_after_the_deadline_is_refused()
    {
        var decision = ADecision();
        Refused.Because("call-in period for this decision ended at 4pm on Monday 30 November 2026", () =>
            decision.CallIn(ThreeCouncillors, "Reasons.", Deadline.AddMinutes(1), Rules, Calendar));
        Assert.Equal(DecisionStatus.Published, decision.Status);
        Assert.Equal("Not called in", Status(decision, Deadline.AddMinutes(1)));
    }

    [Fact]
    public void A_call_in_with_too_few_signatories_is_refused()
    {
        var decision = ADecision();
        Refused.Because("at least 3 councillors; 2 signed", () => decision.CallIn([11, 12], "Reasons.", PublishedAt.AddHours(1), Rules, Calendar));
        Refused.Because("sign a call-in only once", () => decision.CallIn([11, 12, 12], "Reasons.", PublishedAt.AddHours(1), Rules, Calendar));
        Assert.Empty(decision.CallInSignatories);
    }

    [Fact]
    public void A_call_in_needs_reasons_and_cannot_come_before_publication_or_twice()
    {
        Refused.Because("reasons for the call-in is required", () => ADecision().CallIn(ThreeCouncillors, " ", PublishedAt, Rules, Calendar));
        Refused.Because("before it is published", () => ADecision().CallIn(ThreeCouncillors, "Reasons.", PublishedAt.AddMinutes(-1), Rules, Calendar));
        Refused.Because("A decision that is called in cannot be called in", () =>
            CalledIn().CallIn(ThreeCouncillors, "Again.", PublishedAt.AddDays(1), Rules, Calendar));
    }

    [Fact]
    public void A_council_may_allow_call_in_until_noon_on_the_third_working_day_with_two_signatures()
    {
        var rules = new ExecutiveRules { CallInWorkingDays = 3, CallInCutOff = new TimeOnly(12, 0), CallInSignatories = 2 };
        var decision = ADecision();
        Assert.Equal("Open for call-in until noon on Thursday 26 November 2026", decision.PublicStatus(PublishedAt, rules, Calendar));
        Refused.Because("ended at noon on Thursday 26 November 2026", () => decision.CallIn([11, 12], "Reasons.", new DateTime(2026, 11, 26, 12, 1, 0), rules, Calendar));
        decision.CallIn([11, 12], "Reasons.", new DateTime(2026, 11, 26, 11, 0, 0), rules, Calendar);
    }

    [Fact]
    public void Implementing_before_the_call_in_deadline_is_refused()
    {
        var decision = ADecision();
        Refused.Because("cannot be implemented until its call-in period ends at 4pm on Monday 30 November 2026", () =>
            decision.Implement(Deadline, Rules, Calendar));
        Assert.Equal(DecisionStatus.Published, decision.Status);
    }

    [Fact]
    public void A_decision_not_called_in_is_implemented_once_the_deadline_passes()
    {
        var decision = ADecision();
        decision.Implement(Deadline.AddMinutes(1), Rules, Calendar);

        Assert.Equal(DecisionStatus.Implemented, decision.Status);
        Assert.Equal(Deadline.AddMinutes(1), decision.ImplementedAt);
        Assert.Equal("Implemented", Status(decision, Deadline.AddDays(1)));
        Refused.Because("already been implemented", () => decision.Implement(Deadline.AddDays(1), Rules, Calendar));
        Refused.Because("cannot be called in", () => decision.CallIn(ThreeCouncillors, "Late.", Deadline, Rules, Calendar));
    }

    [Fact]
    public void A_called_in_decision_waits_for_scrutiny_and_is_implemented_after_no_further_action()
    {
        var decision = CalledIn();
        Refused.Because("has been called in", () => decision.Implement(Deadline.AddDays(1), Rules, Calendar));

        decision.RecordScrutinyOutcome(CallInOutcome.NoFurtherAction, new DateOnly(2026, 12, 3));
        Assert.Equal(DecisionStatus.Scrutinised, decision.Status);
        Assert.Equal("Called in: no further action", Status(decision, Deadline.AddDays(3)));
        Refused.Because("before scrutiny's outcome", () => decision.Implement(new DateTime(2026, 12, 2, 9, 0, 0), Rules, Calendar));

        decision.Implement(new DateTime(2026, 12, 3, 17, 0, 0), Rules, Calendar);
        Assert.Equal(DecisionStatus.Implemented, decision.Status);
    }

    [Fact]
    public void A_decision_referred_back_is_implemented_only_after_the_decision_maker_reconsiders_it()
    {
        var decision = CalledIn();
        Refused.Because("comments is required", () => decision.RecordScrutinyOutcome(CallInOutcome.ReferredBack, new DateOnly(2026, 12, 3)));
        decision.RecordScrutinyOutcome(CallInOutcome.ReferredBack, new DateOnly(2026, 12, 3), "Consult the affected parishes.");
        Assert.Equal("Called in: referred back to Cabinet", Status(decision, Deadline.AddDays(3)));
        Refused.Because("Cabinet must reconsider it", () => decision.Implement(new DateTime(2026, 12, 4, 9, 0, 0), Rules, Calendar));

        Refused.Because("before it was referred back", () => decision.Reconsider(new DateOnly(2026, 12, 2), "Confirmed."));
        decision.Reconsider(new DateOnly(2026, 12, 10), "The decision is confirmed after consulting the parishes.");
        Refused.Because("already reconsidered", () => decision.Reconsider(new DateOnly(2026, 12, 11), "Again."));
        Assert.Equal("Called in: reconsidered by Cabinet", Status(decision, Deadline.AddDays(11)));

        decision.Implement(new DateTime(2026, 12, 10, 17, 0, 0), Rules, Calendar);
        Assert.Equal(DecisionStatus.Implemented, decision.Status);
        Assert.Equal(CallInOutcome.ReferredBack, decision.ScrutinyOutcome);
    }

    [Fact]
    public void Only_a_decision_referred_back_is_reconsidered_and_only_a_called_in_one_is_scrutinised()
    {
        Refused.Because("Only a decision referred back", () => ADecision().Reconsider(new DateOnly(2026, 12, 10), "Confirmed."));
        Refused.Because("A decision that is published cannot have a scrutiny outcome recorded", () =>
            ADecision().RecordScrutinyOutcome(CallInOutcome.NoFurtherAction, new DateOnly(2026, 12, 3)));
        Refused.Because("before the decision was called in", () =>
            CalledIn().RecordScrutinyOutcome(CallInOutcome.NoFurtherAction, new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public void An_urgent_decision_is_not_subject_to_call_in_and_may_be_implemented_at_once()
    {
        var decision = ADecision(urgent: true);

        Assert.False(decision.IsSubjectToCallIn(Rules));
        Assert.Equal("Not subject to call-in (urgent)", Status(decision, PublishedAt));
        Refused.Because("not subject to call-in", () => decision.CallIn(ThreeCouncillors, "Reasons.", PublishedAt.AddHours(1), Rules, Calendar));
        Refused.Because("before it is published", () => decision.Implement(PublishedAt.AddMinutes(-1), Rules, Calendar));
        decision.Implement(PublishedAt, Rules, Calendar);
        Assert.Equal(DecisionStatus.Implemented, decision.Status);
    }

    [Fact]
    public void A_council_whose_rules_allow_it_may_call_in_an_urgent_decision()
    {
        var rules = new ExecutiveRules { CallInAppliesToUrgentDecisions = true };
        var decision = ADecision(urgent: true);
        Assert.True(decision.IsSubjectToCallIn(rules));
        Refused.Because("call-in period ends", () => decision.Implement(PublishedAt, rules, Calendar));
        decision.CallIn(ThreeCouncillors, "Reasons.", PublishedAt.AddHours(1), rules, Calendar);
    }

    [Fact]
    public void A_key_decision_is_linked_to_the_forward_plan_notice_it_was_taken_on()
    {
        var entry = new ForwardPlanEntry("Highways maintenance contract", "Cabinet", DecidedOn, KeyDecisionReason.SpendingOrSaving, "Report", "Email");
        entry.Publish(new DateOnly(2026, 10, 1));
        var decision = ADecision();

        Assert.Null(entry.DecidedOn);
        decision.TakenOnNotice(entry, Rules, Calendar);

        Assert.True(decision.IsKeyDecision);
        Assert.False(decision.IsUrgent);
        Assert.Equal(DecidedOn, entry.DecidedOn); // which takes the matter off the Forward Plan
        Refused.Because("already linked", () => decision.TakenOnNotice(entry, Rules, Calendar));
    }

    [Fact]
    public void A_key_decision_taken_on_short_notice_is_refused_its_link_to_the_forward_plan()
    {
        var entry = new ForwardPlanEntry("Highways maintenance contract", "Cabinet", DecidedOn, KeyDecisionReason.SpendingOrSaving, "Report", "Email");
        entry.Publish(new DateOnly(2026, 11, 2));
        var decision = ADecision();

        Refused.Because("needs 28 clear days' notice", () => decision.TakenOnNotice(entry, Rules, Calendar));
        Assert.False(decision.IsKeyDecision);
        Assert.Null(decision.ForwardPlanEntryId);
    }

    [Fact]
    public void A_decision_taken_under_special_urgency_is_urgent_and_so_not_subject_to_call_in()
    {
        var entry = new ForwardPlanEntry("Flood recovery grant", "Leader of the Council", DecidedOn, KeyDecisionReason.CommunitiesInTwoOrMoreWards, "Report", "Email");
        entry.UseSpecialUrgency(UrgencyAgreedBy.CouncilChair, "Cllr Ruth Okafor", DecidedOn, DecidedOn, "The grant must be claimed by 30 November.");
        var decision = ADecision();

        decision.TakenOnNotice(entry, Rules, Calendar);

        Assert.True(decision.IsUrgent);
        Assert.Equal("Not subject to call-in (urgent)", Status(decision, PublishedAt));
    }

    [Fact]
    public void A_decision_is_linked_to_its_notice_before_it_is_called_in()
    {
        var entry = new ForwardPlanEntry("Highways maintenance contract", "Cabinet", DecidedOn, KeyDecisionReason.SpendingOrSaving, "Report", "Email");
        entry.Publish(new DateOnly(2026, 10, 1));
        Refused.Because("before it is called in", () => CalledIn().TakenOnNotice(entry, Rules, Calendar));
    }

    [Fact]
    public void Decision_statuses_read_in_words() =>
        Assert.Equal(["Published", "Called in", "Scrutinised after call-in", "Implemented"], Enum.GetValues<DecisionStatus>().Select(Decision.StatusName));
}
