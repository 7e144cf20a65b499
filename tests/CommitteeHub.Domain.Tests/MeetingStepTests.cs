namespace CommitteeHub.Domain.Tests;

/// <summary>The clerk's steps on a meeting, as the meeting takes them: each raises the event whose summary is the
/// sentence the audit trail records, and the rules the clerk's page used to apply itself are the meeting's own.</summary>
public sealed class MeetingStepTests
{
    private static readonly DateTime Start = AMeeting.Start;

    private static string Said(Meeting meeting) => Assert.IsAssignableFrom<CouncilEvent>(meeting.Events[^1]).Summary;

    // ---------- the status steps raise their events ----------

    [Fact]
    public void Each_step_from_scheduling_to_draft_minutes_raises_its_event_in_the_audit_trails_words()
    {
        var meeting = AMeeting.Scheduled();
        meeting.PublishAgenda(Start.AddDays(-14));
        Assert.Equal("Published the agenda.", Said(meeting));
        meeting.RecordHeld(Start.AddHours(2));
        Assert.Equal("Recorded that the meeting was held.", Said(meeting));
        meeting.Item("1").RecordMinutes("1", "Apologies were received from Cllr Smith.");
        meeting.PublishDraftMinutes(Start.AddDays(3));
        Assert.Equal("Published the draft minutes.", Said(meeting));
        Assert.Equal([typeof(AgendaPublished), typeof(MeetingHeld), typeof(DraftMinutesPublished)], meeting.Events.Select(e => e.GetType()));
    }

    [Fact]
    public void An_agenda_published_late_says_so_with_the_reason()
    {
        var meeting = AMeeting.Scheduled();
        meeting.PublishAgenda(Start.AddDays(-1), "The grant deadline falls before the next meeting.");
        Assert.Equal("Published the agenda late, with the reason: The grant deadline falls before the next meeting.", Said(meeting));
        Assert.Equal("The grant deadline falls before the next meeting.", Assert.IsType<AgendaPublished>(meeting.Events[^1]).LateReason);
    }

    [Fact]
    public void Cancelling_and_postponing_say_why()
    {
        var cancelled = AMeeting.Scheduled();
        cancelled.Cancel("  Insufficient business.  ");
        Assert.Equal("Cancelled the meeting: Insufficient business.", Said(cancelled));
        var postponed = AMeeting.Scheduled();
        postponed.Postpone("The chamber is flooded.");
        Assert.Equal("Postponed the meeting: The chamber is flooded.", Said(postponed));
    }

    [Fact]
    public void A_meeting_moved_says_from_where_and_when_to_where_and_when()
    {
        var meeting = AMeeting.Scheduled();
        meeting.Reschedule(Start.AddDays(1).AddHours(-9), "Committee Room 2", now: Start.AddDays(-20));
        var moved = Assert.IsType<MeetingRescheduled>(meeting.Events[^1]);
        Assert.Equal((Start, "Council Chamber, Town Hall"), (moved.FromStartsAt, moved.FromVenue));
        Assert.Equal("Moved the meeting from Wednesday 12 March 2025, 7pm at Council Chamber, Town Hall to Thursday 13 March 2025, 10am at Committee Room 2.", moved.Summary);
    }

    [Fact]
    public void A_meeting_moved_into_the_past_is_refused_and_raises_nothing()
    {
        var meeting = AMeeting.Scheduled();
        Refused.Because("cannot be moved into the past", () => meeting.Reschedule(Start.AddDays(-30), "Committee Room 2", now: Start.AddDays(-20)));
        Assert.Empty(meeting.Events);
        Assert.Equal(Start, meeting.StartsAt);
    }

    [Fact]
    public void A_meeting_scheduled_begins_its_agenda_with_the_standard_items_numbered_from_one()
    {
        var meeting = Meeting.Schedule(1, Start, "Council Chamber", null, Start.AddDays(-30), standardItems:
            [("Apologies", null, AgendaItemRole.Apologies), ("Declarations of interest", "Members declare interests.", AgendaItemRole.Declarations)]);
        Assert.Equal([("1", AgendaItemRole.Apologies), ("2", AgendaItemRole.Declarations)], meeting.Items.Select(i => (i.Number, i.Role)));
        var scheduled = Assert.IsType<MeetingScheduled>(Assert.Single(meeting.Events));
        Assert.Equal("Scheduled the meeting for Wednesday 12 March 2025, 7pm at Council Chamber, with the standard items.", scheduled.Summary);
    }

    // ---------- the agenda ----------

    [Fact]
    public void An_item_added_while_the_agenda_is_built_goes_on_it_and_one_added_after_publication_goes_into_a_supplement()
    {
        var meeting = AMeeting.Scheduled();
        meeting.AddToAgenda("2", "Planning application 24/0001", null, urgencyReason: null, now: Start.AddDays(-20));
        Assert.Equal("Added item 2, Planning application 24/0001.", Said(meeting));

        meeting.PublishAgenda(Start.AddDays(-14));
        Refused.Because("reason the item is urgent", () => meeting.AddToAgenda("3", "Flood grant", null, urgencyReason: " ", now: Start.AddDays(-2)));
        var late = meeting.AddToAgenda("3", "Flood grant", null, "The grant closes on Friday.", Start.AddDays(-2));
        Assert.NotNull(late.AddedLateAt);
        Assert.Equal(new SupplementPublished("3", "Flood grant", "The grant closes on Friday."), meeting.Events[^1]);
        Assert.Equal("Added late item 3, Flood grant, in a supplement: The grant closes on Friday.", Said(meeting));
    }

    [Fact]
    public void An_item_moved_says_where_it_went_and_one_removed_leaves_the_agenda()
    {
        var meeting = AMeeting.Scheduled();
        var second = meeting.AddItem("2", "Planning application 24/0001");
        meeting.Move(second, up: true);
        Assert.Equal("Moved Planning application 24/0001 up the agenda, to item 1.", Said(meeting));

        meeting.Remove(second);
        Assert.DoesNotContain(second, meeting.Items);
        Assert.Equal("Removed item 1, Planning application 24/0001.", Said(meeting));
    }

    [Fact]
    public void An_item_not_on_the_agenda_is_refused_by_its_id()
    {
        var meeting = AMeeting.Scheduled();
        Refused.Because("not on this agenda", () => meeting.ItemById(987654));
    }

    // ---------- approving the previous meeting's minutes ----------

    /// <summary>The committee's next meeting, four weeks on, with its item "Minutes of the previous meeting", held.</summary>
    private static Meeting NextMeeting(bool held = true, bool withMinutesItem = true)
    {
        var next = new Meeting(1, Start.AddDays(28), "Council Chamber, Town Hall");
        next.AddItem("1", "Apologies for absence");
        if (withMinutesItem) next.AddItem("2", "Minutes of the previous meeting", null, AgendaItemRole.PreviousMinutes);
        next.PublishAgenda(Start.AddDays(14));
        if (held) next.RecordHeld(Start.AddDays(28).AddHours(1));
        return next;
    }

    private static string Resolution(DateTime previous) => $"That the minutes of the meeting held on {previous:d MMMM yyyy} be approved as a correct record.";

    [Fact]
    public void The_previous_meetings_minutes_are_approved_at_the_next_meeting_signed_locked_and_resolved_there()
    {
        var previous = AMeeting.In(MeetingStatus.DraftMinutesPublished);
        var next = NextMeeting();

        next.ApprovePreviousMinutes(previous, "  Cllr Ann Whitfield ", Resolution);

        Assert.Equal(MeetingStatus.MinutesApproved, previous.Status);
        Assert.Equal("Cllr Ann Whitfield", previous.MinutesSignedBy);
        Assert.Equal(DateOnly.FromDateTime(next.StartsAt), previous.MinutesApprovedOn);
        Assert.All(previous.Items, i => Assert.True(i.MinutesSigned));
        Assert.Equal("That the minutes of the meeting held on 12 March 2025 be approved as a correct record.",
            Assert.Single(next.Items.Single(i => i.Role == AgendaItemRole.PreviousMinutes).Resolutions).Text);
        // Each meeting's trail records its side: the approval in the previous meeting's, the resolution in this one's.
        Assert.Equal("Minutes approved as a correct record at the meeting of Wednesday 9 April 2025 and signed by Cllr Ann Whitfield.", Said(previous));
        Assert.Equal("Approved the minutes of the meeting of Wednesday 12 March 2025, signed by Cllr Ann Whitfield.", Said(next));
    }

    [Fact]
    public void The_previous_minutes_are_approved_only_once_this_meeting_is_recorded_as_held()
    {
        var previous = AMeeting.In(MeetingStatus.DraftMinutesPublished);
        Refused.Because("record this meeting as held first", () => NextMeeting(held: false).ApprovePreviousMinutes(previous, "Cllr Ann Whitfield", Resolution));
        Assert.Equal(MeetingStatus.DraftMinutesPublished, previous.Status);
    }

    [Fact]
    public void The_previous_minutes_are_approved_under_the_item_minutes_of_the_previous_meeting()
    {
        var previous = AMeeting.In(MeetingStatus.DraftMinutesPublished);
        Refused.Because("no item \"Minutes of the previous meeting\"", () => NextMeeting(withMinutesItem: false).ApprovePreviousMinutes(previous, "Cllr Ann Whitfield", Resolution));
        Assert.Equal(MeetingStatus.DraftMinutesPublished, previous.Status);
    }

    [Fact]
    public void The_committees_first_meeting_has_no_previous_minutes_to_approve() =>
        Refused.Because("first meeting", () => NextMeeting().ApprovePreviousMinutes(null, "Cllr Ann Whitfield", Resolution));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void The_previous_minutes_are_approved_only_with_the_name_of_who_signs_them(string? signedBy)
    {
        var previous = AMeeting.In(MeetingStatus.DraftMinutesPublished);
        var next = NextMeeting();
        Refused.Because("the person presiding", () => next.ApprovePreviousMinutes(previous, signedBy, Resolution));
        Assert.Equal(MeetingStatus.DraftMinutesPublished, previous.Status);
        Assert.Empty(next.Items.SelectMany(i => i.Resolutions));
    }

    [Fact]
    public void Only_an_earlier_meeting_of_the_same_committee_has_its_minutes_approved_here()
    {
        var other = new Meeting(2, Start, "Council Chamber, Town Hall");
        Refused.Because("earlier meeting of the same committee", () => NextMeeting().ApprovePreviousMinutes(other, "Cllr Ann Whitfield", Resolution));
    }

    [Fact]
    public void Minutes_already_approved_are_not_approved_again()
    {
        var previous = AMeeting.In(MeetingStatus.MinutesApproved);
        Refused.Because("cannot have its minutes approved", () => NextMeeting().ApprovePreviousMinutes(previous, "Cllr Ann Whitfield", Resolution));
    }

    // ---------- numbering the minutes through the municipal year ----------

    [Theory]
    [InlineData("2026-04-30", 2025, "2025/26")]
    [InlineData("2026-05-01", 2026, "2026/27")]
    [InlineData("2026-12-31", 2026, "2026/27")]
    [InlineData("2000-01-15", 1999, "1999/00")]
    public void The_municipal_year_runs_from_May_to_May(string day, int startYear, string written)
    {
        var year = MunicipalYear.Of(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(startYear, year.StartYear);
        Assert.Equal(new DateTime(startYear, 5, 1), year.Start);
        Assert.Equal(new DateTime(startYear + 1, 5, 1), year.End);
        Assert.Equal(written, year.ToString());
    }

    [Fact]
    public void Minutes_are_numbered_in_agenda_order_continuing_from_the_committees_last_number_this_year()
    {
        var meeting = AMeeting.Scheduled();
        meeting.AddItem("10", "Budget monitoring");
        meeting.AddItem("2", "Declarations of interest");
        meeting.AddItem("3", "Minutes of the previous meeting");
        meeting.PublishAgenda(Start.AddDays(-14));
        meeting.RecordHeld(Start.AddHours(2));
        foreach (var number in new[] { "10", "1", "2" }) meeting.Item(number).RecordMinutes(null, $"Minutes of item {number}.");
        meeting.Item("3").Resolve("That the minutes of the last meeting be approved as a correct record.");

        meeting.NumberMinutes(lastNumberThisYear: 41);

        Assert.Equal([("1", "42"), ("2", "43"), ("3", "44"), ("10", "45")], meeting.Items.OrderBy(i => i.SortKey, StringComparer.Ordinal).Select(i => (i.Number, i.MinuteNumber)));
        Assert.Equal("Numbered the minutes 42 to 45.", Said(meeting));
    }

    [Fact]
    public void Minutes_cannot_be_numbered_before_any_are_written()
    {
        var meeting = AMeeting.In(MeetingStatus.AgendaPublished);
        meeting.RecordHeld(Start.AddHours(2));
        Refused.Because("No item has minutes yet: write the minutes first", () => meeting.NumberMinutes(0));
        Assert.Empty(meeting.Events.OfType<MinutesNumbered>());
    }

    [Fact]
    public void Minutes_are_numbered_only_once_every_item_is_minuted_and_the_refusal_names_the_items_left()
    {
        var meeting = AMeeting.Scheduled();
        meeting.AddItem("2", "Declarations of interest");
        meeting.AddItem("3", "Urgent matters");
        meeting.PublishAgenda(Start.AddDays(-14));
        meeting.RecordHeld(Start.AddHours(2));
        meeting.Item("1").RecordMinutes(null, "Apologies were received from Cllr Smith.");

        Refused.Because("Items 2 and 3 have no minutes yet", () => meeting.NumberMinutes(0));
        Assert.All(meeting.Items, i => Assert.Null(i.MinuteNumber));
    }

    [Fact]
    public void Draft_minutes_are_refused_while_any_item_is_unminuted_and_then_until_they_are_numbered()
    {
        var meeting = AMeeting.Scheduled();
        meeting.AddItem("2", "Budget monitoring");
        meeting.PublishAgenda(Start.AddDays(-14));
        meeting.RecordHeld(Start.AddHours(2));
        meeting.Item("1").RecordMinutes(null, "Apologies were received from Cllr Smith.");

        Refused.Because("Item 2 has no minutes yet", () => meeting.PublishDraftMinutes(Start.AddDays(3)));
        meeting.Item("2").Resolve("That the report be noted.");
        Refused.Because("Items 1 and 2 are not numbered yet: choose \"Number the minutes\" first", () => meeting.PublishDraftMinutes(Start.AddDays(3)));
        Assert.Equal(MeetingStatus.Held, meeting.Status);

        meeting.NumberMinutes(6);
        meeting.PublishDraftMinutes(Start.AddDays(3));

        Assert.Equal(MeetingStatus.DraftMinutesPublished, meeting.Status);
        Assert.Equal(["7", "8"], meeting.Items.Select(i => i.MinuteNumber));
    }

    [Fact]
    public void Published_minutes_are_not_renumbered()
    {
        var meeting = AMeeting.In(MeetingStatus.DraftMinutesPublished);
        Refused.Because("cannot have its minutes numbered", () => meeting.NumberMinutes(20));
        Assert.Equal("13", meeting.Item("1").MinuteNumber);
    }

    [Fact]
    public void A_minutes_paragraphs_are_its_text_then_its_resolutions_together_or_one_each_once_any_was_voted_on()
    {
        Assert.Equal("13.2", MinuteParagraphs.Number("13", 2));
        Assert.Equal([1, 2, 3], Assert.Single(MinuteParagraphs.OfResolutions<int>([1, 2, 3], _ => false)));
        Assert.Equal([1, 2], MinuteParagraphs.OfResolutions<int>([1, 2], r => r == 2).Select(g => Assert.Single(g)));
        Assert.Empty(MinuteParagraphs.OfResolutions<int>([], _ => true));
    }

    [Fact]
    public void The_last_minute_number_counts_parts_by_their_minute_and_ignores_what_is_not_a_number()
    {
        Assert.Equal(13, Meeting.LastMinuteNumber(["7", "13.1", null, "A12", "9"]));
        Assert.Equal(0, Meeting.LastMinuteNumber([]));
    }

    // ---------- the register ----------

    [Fact]
    public void Someone_already_on_the_register_is_not_added_again()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);
        meeting.RecordRegister(new Dictionary<int, AttendanceKind?> { [11] = AttendanceKind.Present, [12] = AttendanceKind.Apologies });
        Assert.Equal("Recorded attendance.", Said(meeting));

        Refused.Because("already recorded (present)", () => meeting.AddToRegister(11, AttendanceKind.InAttendance, null));
        meeting.AddToRegister(13, AttendanceKind.Substitute, substituteForPersonId: 12);
        Assert.Equal(new AttendanceRecorded(13), meeting.Events[^1]);

        meeting.RemoveFromRegister(13);
        Assert.DoesNotContain(meeting.Attendance, a => a.PersonId == 13);
        Assert.Equal(3, meeting.Events.OfType<AttendanceRecorded>().Count());
    }

    [Fact]
    public void A_member_leaving_during_an_item_is_recorded_in_the_trail_by_the_items_number()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);
        meeting.RecordAttendance(11, AttendanceKind.Present);
        meeting.RecordLeftDuring(11, " 1 ");
        Assert.Equal("Recorded that a member left during item 1.", Said(meeting));
    }
}
