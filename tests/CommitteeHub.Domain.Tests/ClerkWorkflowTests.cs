namespace CommitteeHub.Domain.Tests;

/// <summary>The clerk's cycle: building the agenda, publishing it on time, late items, resolutions and signing.</summary>
public sealed class ClerkWorkflowTests
{
    // Thursday 23 April 2026, 10am: Easter Monday was 6 April, the early May bank holiday is 4 May.
    private static readonly DateTime Thursday = new(2026, 4, 23, 10, 0, 0);

    private static Meeting AgendaOf(DateTime start, params string[] numbers)
    {
        var meeting = new Meeting(1, start, "Council Chamber");
        foreach (var number in numbers) meeting.AddItem(number, $"Item {number}");
        return meeting;
    }

    [Fact]
    public void Five_clear_days_an_agenda_published_with_five_clear_days_is_on_time()
    {
        // Published Thursday 16 April: clear days Fri 17, Mon 20, Tue 21, Wed 22 are four; Wednesday 15th gives five.
        var meeting = AgendaOf(Thursday, "1");
        meeting.PublishAgenda(new DateTime(2026, 4, 15, 16, 0, 0));
        Assert.Equal(MeetingStatus.AgendaPublished, meeting.Status);
        Assert.Null(meeting.LatePublicationReason);
    }

    [Fact]
    public void Five_clear_days_exclude_weekends_the_day_of_publication_and_the_day_of_the_meeting()
    {
        var meeting = AgendaOf(Thursday, "1");
        var refusal = Refused.Because("gives 4 clear days before the meeting; the law requires 5",
            () => meeting.PublishAgenda(new DateTime(2026, 4, 16, 9, 0, 0)));
        Assert.Contains("special circumstances", refusal.Message);
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
    }

    [Fact]
    public void Five_clear_days_exclude_bank_holidays_computed_from_easter()
    {
        // Meeting Friday 10 April 2026. Published Wednesday 1 April: Thu 2, (Good Friday 3), (Easter Monday 6), Tue 7,
        // Wed 8, Thu 9 are four clear days, not six.
        var meeting = AgendaOf(new DateTime(2026, 4, 10, 10, 0, 0), "1");
        Refused.Because("gives 4 clear days", () => meeting.PublishAgenda(new DateTime(2026, 4, 1, 9, 0, 0)));
    }

    [Fact]
    public void Five_clear_days_count_an_extra_bank_holiday_added_as_data()
    {
        var calendar = new WorkingCalendar([new DateOnly(2026, 4, 20)]);
        var meeting = AgendaOf(Thursday, "1");
        Refused.Because("gives 4 clear days", () => meeting.PublishAgenda(new DateTime(2026, 4, 15, 9, 0, 0), calendar: calendar));
    }

    [Fact]
    public void Late_publication_is_possible_only_with_a_reason_for_urgency_which_is_recorded()
    {
        var meeting = AgendaOf(Thursday, "1");
        meeting.PublishAgenda(new DateTime(2026, 4, 20, 9, 0, 0), "  The contract must be let before 1 May.  ");
        Assert.Equal("The contract must be let before 1 May.", meeting.LatePublicationReason);
    }

    [Fact]
    public void A_reason_given_for_an_agenda_published_on_time_is_not_recorded_as_urgency()
    {
        var meeting = AgendaOf(Thursday, "1");
        meeting.PublishAgenda(new DateTime(2026, 4, 1, 9, 0, 0), "Just in case.");
        Assert.Null(meeting.LatePublicationReason);
    }

    [Fact]
    public void A_meeting_cannot_be_scheduled_or_moved_beyond_the_councils_horizon()
    {
        Refused.Because("at most 5 years ahead", () => Meeting.Schedule(1, new DateTime(9999, 12, 31, 10, 0, 0), "Council Chamber", null, Thursday));
        Refused.Because("at most 2 years ahead", () => Meeting.Schedule(1, Thursday.AddYears(2).AddDays(1), "Council Chamber", null, Thursday, horizonYears: 2));
        var meeting = Meeting.Schedule(1, Thursday.AddYears(5).AddDays(-1), "Council Chamber", null, Thursday);
        Refused.Because("can be moved at most 5 years ahead", () => meeting.Reschedule(new DateTime(9999, 12, 31, 10, 0, 0), "Council Chamber", Thursday));
        Refused.Because("cannot be moved into the past", () => meeting.Reschedule(Thursday.AddDays(-1), "Council Chamber", Thursday));
    }

    [Fact]
    public void A_meeting_cannot_be_scheduled_in_the_past() =>
        Refused.Because("cannot be scheduled in the past", () => Meeting.Schedule(1, Thursday, "Council Chamber", null, Thursday.AddMinutes(1)));

    [Fact]
    public void Late_items_after_publication_go_into_a_supplement_with_their_reason()
    {
        var meeting = AgendaOf(Thursday, "1", "2");
        meeting.PublishAgenda(new DateTime(2026, 4, 1, 9, 0, 0));

        Refused.Because("late item", () => meeting.AddItem("3", "Bus service contract"));
        Refused.Because("reason the item is urgent", () => meeting.AddLateItem("3", "Bus service contract", null, " ", Thursday.AddDays(-2)));
        var late = meeting.AddLateItem("3", "Bus service contract", null, "The operator gives notice on 24 April.", Thursday.AddDays(-2));

        Assert.Equal("The operator gives notice on 24 April.", late.UrgencyReason);
        Assert.Equal(Thursday.AddDays(-2), late.AddedLateAt);
        Assert.Same(late, Assert.Single(meeting.SupplementItems));
    }

    [Fact]
    public void A_late_item_cannot_be_added_once_the_meeting_has_started()
    {
        var meeting = AgendaOf(Thursday, "1");
        meeting.PublishAgenda(new DateTime(2026, 4, 1, 9, 0, 0));
        Refused.Because("Urgent matters", () => meeting.AddLateItem("2", "Something", null, "Urgent", Thursday));
    }

    [Fact]
    public void An_item_number_that_clashes_is_refused()
    {
        var meeting = AgendaOf(Thursday, "1", "8", "8(a)");
        Refused.Because("already has an item 8(a)", () => meeting.AddItem("8(a)", "Another"));
        Refused.Because("already has an item 8", () => meeting.Renumber(meeting.Item("1"), "8"));
    }

    [Fact]
    public void Renumbering_an_item_takes_its_parts_with_it()
    {
        var meeting = AgendaOf(Thursday, "1", "8", "8(a)", "8(a)(ii)");
        meeting.Renumber(meeting.Item("8"), "9");
        Assert.Equal(["1", "9", "9(a)", "9(a)(ii)"], meeting.Items.OrderBy(i => i.SortKey, StringComparer.Ordinal).Select(i => i.Number));
    }

    [Fact]
    public void Moving_an_item_exchanges_numbers_with_its_neighbour_at_the_same_level()
    {
        var meeting = AgendaOf(Thursday, "1", "2", "2(a)", "2(b)", "3");
        var b = meeting.Item("2(b)");
        meeting.Move(b, up: true);
        Assert.Equal("2(a)", b.Number);

        meeting.Move(meeting.Item("2"), up: false);
        Assert.Equal(["1", "2", "3", "3(a)", "3(b)"], meeting.Items.OrderBy(i => i.SortKey, StringComparer.Ordinal).Select(i => i.Number));
        Assert.Equal("Item 3", meeting.Item("2").Title);
        Assert.Equal("Item 2(b)", meeting.Item("3(a)").Title);
        Refused.Because("already first", () => meeting.Move(meeting.Item("1"), up: true));
    }

    [Fact]
    public void A_published_agenda_cannot_be_reordered_or_renumbered()
    {
        var meeting = AgendaOf(Thursday, "1", "2");
        meeting.PublishAgenda(new DateTime(2026, 4, 1, 9, 0, 0));
        Refused.Because("published papers stay as they were", () => meeting.Move(meeting.Item("2"), up: true));
        Refused.Because("published papers stay as they were", () => meeting.Renumber(meeting.Item("2"), "3"));
        Refused.Because("published papers stay as they were", () => meeting.Remove(meeting.Item("2")));
    }

    [Fact]
    public void An_item_with_parts_or_papers_is_not_removed_by_accident()
    {
        var meeting = AgendaOf(Thursday, "1", "2", "2(a)");
        Refused.Because("remove them first", () => meeting.Remove(meeting.Item("2")));
        meeting.Item("1").AttachDocument(Document.Written("Report", DocumentKind.Report, null, "Text"));
        Refused.Because("papers attached", () => meeting.Remove(meeting.Item("1")));
        meeting.Remove(meeting.Item("2(a)"));
        Assert.Equal(2, meeting.Items.Count);
    }

    private static string Wording(IReadOnlyList<AgendaItem> exempt) =>
        "Items " + string.Join(", ", exempt.Select(i => $"{i.Number} (paragraph {i.ExemptParagraph})"));

    [Fact]
    public void Exclusion_of_the_press_and_public_is_placed_before_the_first_exempt_item_naming_each_and_its_paragraph()
    {
        var meeting = AgendaOf(Thursday, "1", "2", "3", "3(a)", "4");
        meeting.Item("3").MarkExempt(3, "Commercial terms of a live tender.");
        meeting.Item("4").MarkExempt(1, "Information about a named employee.");

        var exclusion = meeting.ProvideForExclusion("Exclusion of the press and public", Wording)!;

        Assert.Equal("3", exclusion.Number);
        Assert.Equal(AgendaItemRole.Exclusion, exclusion.Role);
        Assert.Equal("Items 4 (paragraph 3), 5 (paragraph 1)", exclusion.Description);
        Assert.Equal(["1", "2", "3", "4", "4(a)", "5"], meeting.Items.OrderBy(i => i.SortKey, StringComparer.Ordinal).Select(i => i.Number));
    }

    [Fact]
    public void Exclusion_wording_follows_later_changes_to_the_exempt_items()
    {
        var meeting = AgendaOf(Thursday, "1", "2");
        meeting.Item("2").MarkExempt(3, "Commercial terms.");
        var exclusion = meeting.ProvideForExclusion("Exclusion of the press and public", Wording)!;
        meeting.Item("3").MarkExempt(5, "Legal advice.");

        meeting.ProvideForExclusion("Exclusion of the press and public", Wording);

        Assert.Equal("Items 3 (paragraph 5)", exclusion.Description);
        Assert.Single(meeting.Items, i => i.Role == AgendaItemRole.Exclusion);
    }

    [Fact]
    public void The_public_may_be_excluded_only_by_a_resolution_so_an_exempt_agenda_needs_the_exclusion_item()
    {
        var meeting = AgendaOf(Thursday, "1", "2");
        meeting.Item("2").MarkExempt(3, "Commercial terms.");
        Refused.Because("Exclusion of the press and public", () => meeting.PublishAgenda(new DateTime(2026, 4, 1, 9, 0, 0)));
        meeting.ProvideForExclusion("Exclusion of the press and public", Wording);
        meeting.PublishAgenda(new DateTime(2026, 4, 1, 9, 0, 0));
    }

    [Fact]
    public void Publishing_the_agenda_publishes_approved_papers_only()
    {
        var meeting = AgendaOf(Thursday, "1");
        var approved = meeting.Item("1").AttachDocument(Document.Written("Report", DocumentKind.Report, null, "Text").Approve());
        var draft = meeting.Item("1").AttachDocument(Document.Written("Appendix", DocumentKind.Appendix, null, "Text"));

        meeting.PublishAgenda(new DateTime(2026, 4, 1, 9, 0, 0));

        Assert.Equal(new DateOnly(2026, 4, 1), approved.PublishedOn);
        Assert.Null(draft.PublishedOn);
    }

    [Fact]
    public void Recorded_votes_a_budget_decision_needs_the_names_of_those_voting()
    {
        var meeting = AgendaOf(Thursday, "1");
        var budget = meeting.Item("1");
        budget.MarkAsBudgetDecision();
        meeting.PublishAgenda(new DateTime(2026, 4, 1, 9, 0, 0));

        Refused.Because("SI 2014/165", () => meeting.Resolve(budget, "That the budget be approved.", new Vote(30, 20, 1)));
        Refused.Because("SI 2014/165", () => meeting.Resolve(budget, "That the budget be approved."));
        var resolution = meeting.Resolve(budget, "That the budget be approved.",
            Vote.Recorded([new(1, VoteChoice.For), new(2, VoteChoice.For), new(3, VoteChoice.Against)]));
        Assert.Equal(3, resolution.RecordedVotes.Count);
    }

    [Fact]
    public void Other_items_may_record_counts_only()
    {
        var meeting = AgendaOf(Thursday, "1");
        meeting.PublishAgenda(new DateTime(2026, 4, 1, 9, 0, 0));
        var resolution = meeting.Resolve(meeting.Item("1"), "That the report be noted.", new Vote(9, 0, 1));
        Assert.Equal(9, resolution.VotesFor);
    }

    [Fact]
    public void Signed_minutes_record_who_presided_and_where()
    {
        var meeting = AMeeting.In(MeetingStatus.DraftMinutesPublished);
        meeting.ApproveMinutes(new DateOnly(2025, 4, 10), "Mrs Nuttall", atMeetingId: 42);
        Assert.Equal("Mrs Nuttall", meeting.MinutesSignedBy);
        Assert.Equal(42, meeting.MinutesApprovedAtMeetingId);
        Assert.True(meeting.Items.All(i => i.MinutesSigned));
        Refused.Because("correction is made by a minute of a later meeting", () => meeting.Item("1").RecordMinutes("13.1", "Changed."));
    }
}

public sealed class AttendanceRegisterTests
{
    [Fact]
    public void The_clerk_corrects_a_members_attendance_before_the_minutes_are_signed()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);
        meeting.SetAttendance(11, AttendanceKind.Apologies);
        meeting.SetAttendance(11, AttendanceKind.Present);
        Assert.Equal(AttendanceKind.Present, Assert.Single(meeting.Attendance).Kind);
        meeting.SetAttendance(11, null);
        Assert.Empty(meeting.Attendance);
    }

    [Fact]
    public void Attendance_in_signed_minutes_cannot_change() =>
        Refused.Because("minutes are signed", () => AMeeting.In(MeetingStatus.MinutesApproved).SetAttendance(11, AttendanceKind.Present));

    [Fact]
    public void A_substitute_is_recorded_with_the_member_they_replace()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);
        Refused.Because("with the member they substitute for", () => meeting.SetAttendance(12, AttendanceKind.Substitute));
        meeting.SetAttendance(12, AttendanceKind.Substitute, substituteForPersonId: 11);
        Assert.Equal(11, Assert.Single(meeting.Attendance).SubstituteForPersonId);
    }
}

public sealed class BudgetAmendmentTests
{
    private const int Item = 5;

    private static Motion AMovedMotionWithAMovedAmendment()
    {
        var motion = new Motion("Revenue budget 2027/28", 1, 2, "That the budget be approved.", new DateOnly(2027, 1, 10));
        motion.PlaceOnAgenda(Item, new DateOnly(2027, 2, 18), new ProcedureRules(), WorkingCalendar.EnglandAndWales);
        motion.Move();
        motion.TableAmendment(3, 4, "That the budget be approved, with £2 million moved to early help.", new DateOnly(2027, 2, 10));
        motion.MoveAmendment(1);
        return motion;
    }

    private static readonly Vote ByName = Vote.Recorded([new(1, VoteChoice.Against), new(3, VoteChoice.For), new(4, VoteChoice.For)]);

    [Fact]
    public void Recorded_votes_every_amendment_to_a_budget_decision_is_voted_on_by_name()
    {
        var motion = AMovedMotionWithAMovedAmendment();
        var budget = AMeeting.Carrying(Item, budgetDecision: true);
        Refused.Because("SI 2014/165", () => motion.CarryAmendment(1, budget, new Vote(2, 1, 0)));
        Refused.Because("SI 2014/165", () => motion.LoseAmendment(1, budget));
        Assert.Equal(AmendmentStatus.Moved, motion.Amendments[0].Status);

        motion.CarryAmendment(1, budget, ByName);

        var amendment = motion.Amendments[0];
        Assert.Equal((2, 1, 0), (amendment.VotesFor!.Value, amendment.VotesAgainst!.Value, amendment.Abstentions!.Value));
        Assert.Equal(3, amendment.RecordedVotes.Count);
    }

    [Fact]
    public void Whether_votes_are_recorded_by_name_is_the_motions_items_budget_mark()
    {
        var motion = AMovedMotionWithAMovedAmendment();
        Assert.True(motion.VotesAreRecordedByName(AMeeting.Carrying(Item, budgetDecision: true)));
        Assert.False(motion.VotesAreRecordedByName(AMeeting.Carrying(Item)));
        Refused.Because("not on this meeting's agenda", () => motion.VotesAreRecordedByName(AMeeting.Carrying(Item + 1, budgetDecision: true)));
    }

    [Fact]
    public void An_amendment_elsewhere_may_be_decided_without_a_vote_or_with_counts()
    {
        var motion = AMovedMotionWithAMovedAmendment();
        motion.LoseAmendment(1, AMeeting.Carrying(Item), new Vote(10, 20, 1));
        Assert.Equal(20, motion.Amendments[0].VotesAgainst);
        Assert.Empty(motion.Amendments[0].RecordedVotes);
    }

    [Fact]
    public void A_vote_whose_names_do_not_add_up_is_refused_and_the_amendment_stays_undecided()
    {
        var motion = AMovedMotionWithAMovedAmendment();
        Refused.Because("do not add up", () => motion.CarryAmendment(1, AMeeting.Carrying(Item), ByName with { For = 5 }));
        Assert.Equal(AmendmentStatus.Moved, motion.Amendments[0].Status);
    }

    [Fact]
    public void Once_the_register_is_taken_only_members_there_vote_on_an_amendment_whoever_records_it()
    {
        var motion = AMovedMotionWithAMovedAmendment();
        var budget = Registered(AMeeting.Carrying(Item, budgetDecision: true));
        var ordinary = Registered(AMeeting.Carrying(Item));

        Refused.Because("1 of the names recorded could not vote", () => motion.CarryAmendment(1, budget, ByName));
        Refused.Because("only 2 members present could vote", () => motion.LoseAmendment(1, ordinary, new Vote(2, 1, 0)));
        Assert.Equal(AmendmentStatus.Moved, motion.Amendments[0].Status);

        motion.CarryAmendment(1, budget, Vote.Recorded([new(1, VoteChoice.Against), new(3, VoteChoice.For)]));
        Assert.Equal(AmendmentStatus.Carried, motion.Amendments[0].Status);

        // Members 1 and 3 there; member 4 sent apologies.
        static Meeting Registered(Meeting meeting)
        {
            meeting.SetAttendance(1, AttendanceKind.Present);
            meeting.SetAttendance(3, AttendanceKind.Present);
            meeting.SetAttendance(4, AttendanceKind.Apologies);
            return meeting;
        }
    }
}

public sealed class LateAmendmentTests
{
    private static readonly DateTime Meeting = new(2027, 2, 18, 10, 0, 0); // a Thursday
    private static readonly ProcedureRules Rules = new();

    private static Motion AMotionOnTheAgenda()
    {
        var motion = new Motion("Revenue budget 2027/28", 1, 2, "That the budget be approved.", new DateOnly(2027, 1, 10));
        motion.PlaceOnAgenda(5, DateOnly.FromDateTime(Meeting), Rules, WorkingCalendar.EnglandAndWales);
        return motion;
    }

    [Theory]
    [InlineData("2027-02-17T11:59", false)]
    [InlineData("2027-02-17T12:00", false)]
    [InlineData("2027-02-17T12:01", true)]
    [InlineData("2027-02-18T09:00", true)]
    public void An_amendment_is_late_when_tabled_after_noon_on_the_working_day_before_the_meeting(string tabledAt, bool late)
    {
        var now = DateTime.Parse(tabledAt, System.Globalization.CultureInfo.InvariantCulture);
        var motion = AMotionOnTheAgenda();
        var amendment = motion.TableAmendment(3, 4, "That the budget be approved, with £2 million moved to early help.", now, Meeting, Rules, WorkingCalendar.EnglandAndWales, meetingId: 9);
        Assert.Equal(late, amendment.IsLate);
        Assert.Equal(late, Motion.IsLateAmendment(now, Meeting, Rules, WorkingCalendar.EnglandAndWales));
        Assert.Equal(DateOnly.FromDateTime(now), amendment.TabledOn);
        var tabled = Assert.IsType<AmendmentTabled>(motion.Events[^1]);
        Assert.Equal(9, tabled.MeetingId);
        Assert.StartsWith("Amendment 1 has been tabled to the motion \"Revenue budget 2027/28\"", tabled.Summary);
        Assert.Equal(late, tabled.Summary.Contains("after the deadline", StringComparison.Ordinal));
    }

    [Fact]
    public void The_deadline_skips_a_weekend_so_notice_for_a_monday_meeting_is_due_on_friday()
    {
        var monday = new DateTime(2027, 2, 22, 10, 0, 0);
        Assert.True(Motion.IsLateAmendment(new DateTime(2027, 2, 20, 9, 0, 0), monday, Rules, WorkingCalendar.EnglandAndWales));
        Assert.False(Motion.IsLateAmendment(new DateTime(2027, 2, 19, 11, 0, 0), monday, Rules, WorkingCalendar.EnglandAndWales));
    }
}

public sealed class MotionEventTests
{
    [Fact]
    public void Carrying_a_motion_raises_the_audit_sentence_with_its_vote_and_its_meeting()
    {
        var motion = new Motion("Libraries", 1, 2, "That this Council supports its libraries.", new DateOnly(2027, 1, 10));
        motion.PlaceOnAgenda(5, new DateOnly(2027, 2, 18), new ProcedureRules(), WorkingCalendar.EnglandAndWales);
        motion.Move(meetingId: 9);
        motion.Carry(new Vote(30, 12, 2), meetingId: 9);

        var carried = Assert.IsType<MotionCarried>(motion.Events[^1]);
        Assert.Equal("Carried the motion \"Libraries\" (for 30, against 12, abstaining 2).", carried.Summary);
        Assert.Equal(9, carried.MeetingId);
        Assert.Equal("Recorded the motion \"Libraries\" as moved and seconded.", motion.Events[^2].Summary);
        Assert.Equal("Received notice of the motion \"Libraries\".", motion.Events[0].Summary);
    }
}

public sealed class ExclusionItemTests
{
    [Fact]
    public void When_no_item_is_exempt_any_longer_the_exclusion_item_goes()
    {
        var meeting = new Meeting(1, new DateTime(2026, 4, 23, 10, 0, 0), "Council Chamber");
        meeting.AddItem("1", "Apologies");
        var contract = meeting.AddItem("2", "Placements contract");
        contract.MarkExempt(3, "Commercial terms of a live tender.");
        meeting.ProvideForExclusion("Exclusion of the press and public", exempt => $"{exempt.Count} exempt");
        Assert.Contains(meeting.Items, i => i.Role == AgendaItemRole.Exclusion);

        contract.MakePublic();
        Assert.Null(meeting.ProvideForExclusion("Exclusion of the press and public", exempt => $"{exempt.Count} exempt"));

        Assert.DoesNotContain(meeting.Items, i => i.Role == AgendaItemRole.Exclusion);
    }
}

public sealed class WhoMayVoteTests
{
    private static (Meeting Meeting, AgendaItem Item) HeldWithRegister()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);
        meeting.SetAttendance(11, AttendanceKind.Present);
        meeting.SetAttendance(12, AttendanceKind.Present);
        meeting.SetAttendance(13, AttendanceKind.Apologies);
        meeting.SetAttendance(14, AttendanceKind.InAttendance);
        meeting.SetAttendance(15, AttendanceKind.Substitute, substituteForPersonId: 13);
        return (meeting, meeting.Item("1"));
    }

    [Fact]
    public void Only_members_present_or_substituting_may_be_recorded_as_voting()
    {
        var (meeting, item) = HeldWithRegister();
        Refused.Because("could not vote", () => meeting.Resolve(item, "That the report be noted.", Vote.Recorded([new(11, VoteChoice.For), new(13, VoteChoice.For)])));
        Refused.Because("could not vote", () => meeting.Resolve(item, "That the report be noted.", Vote.Recorded([new(14, VoteChoice.For)])));
        var resolution = meeting.Resolve(item, "That the report be noted.", Vote.Recorded([new(11, VoteChoice.For), new(12, VoteChoice.Against), new(15, VoteChoice.For)]));
        Assert.Equal(2, resolution.VotesFor);
    }

    [Fact]
    public void A_member_who_left_the_room_for_the_item_cannot_be_recorded_as_voting_on_it()
    {
        var (meeting, item) = HeldWithRegister();
        item.DeclareInterest(11, InterestKind.DisclosablePecuniary, "Owns land next to the site", leftTheRoom: true);
        Refused.Because("out of the room", () => meeting.Resolve(item, "That the scheme be approved.", Vote.Recorded([new(11, VoteChoice.For)])));
    }

    [Fact]
    public void The_counts_cannot_exceed_the_members_there_to_vote() =>
        Refused.Because("only 3 members present", () =>
        {
            var (meeting, item) = HeldWithRegister();
            meeting.Resolve(item, "That the report be noted.", new Vote(40, 0, 0));
        });

    [Fact]
    public void A_substitute_cannot_stand_in_for_a_member_who_is_present()
    {
        var (meeting, _) = HeldWithRegister();
        Refused.Because("recorded as present", () => meeting.SetAttendance(16, AttendanceKind.Substitute, substituteForPersonId: 11));
    }
}

public sealed class CorrectionsTests
{
    [Fact]
    public void An_open_late_item_is_not_placed_after_the_exclusion_of_the_press_and_public()
    {
        var meeting = new Meeting(1, new DateTime(2026, 4, 23, 10, 0, 0), "Council Chamber");
        meeting.AddItem("1", "Apologies");
        meeting.AddItem("2", "Placements contract").MarkExempt(3, "Commercial terms.");
        meeting.ProvideForExclusion("Exclusion of the press and public", _ => "Resolution");
        meeting.PublishAgenda(new DateTime(2026, 4, 1, 9, 0, 0));

        Refused.Because("such as 1A", () => meeting.AddLateItem("4", "Bus contract", null, "Notice expires.", new DateTime(2026, 4, 20, 9, 0, 0)));
        Assert.Equal("1A", meeting.AddLateItem("1A", "Bus contract", null, "Notice expires.", new DateTime(2026, 4, 20, 9, 0, 0)).Number);
    }

    [Fact]
    public void A_declaration_or_resolution_recorded_in_error_is_taken_back_and_later_resolutions_move_up()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);
        var item = meeting.Item("1");
        var declaration = item.DeclareInterest(11, InterestKind.OtherRegistrable, "Governor of a school", leftTheRoom: false);
        meeting.Resolve(item, "First.");
        meeting.Resolve(item, "Second.");
        meeting.Resolve(item, "Third.");

        item.RemoveDeclaration(declaration.Id);
        item.RemoveResolution(2);

        Assert.Empty(item.Declarations);
        Assert.Equal([(1, "First."), (2, "Third.")], item.Resolutions.Select(r => (r.Number, r.Text)));
        Refused.Because("no resolution 5", () => item.RemoveResolution(5));
    }

    [Fact]
    public void Signed_minutes_keep_their_resolutions() =>
        Refused.Because("approved and signed", () => AMeeting.In(MeetingStatus.MinutesApproved).Item("1").RemoveResolution(1));

    [Fact]
    public void Agenda_items_are_numbered_from_one() =>
        Refused.Because("numbered from 1", () => AgendaItemNumber.Normalise("0"));
}
