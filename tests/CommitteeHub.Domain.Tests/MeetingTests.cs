namespace CommitteeHub.Domain.Tests;

public class MeetingTests
{
    private static readonly DateTime Start = AMeeting.Start;

    private sealed record Step(Action<Meeting> Take, MeetingStatus[] AllowedFrom, Func<MeetingStatus, MeetingStatus> Leads, string RefusedWords);

    private static readonly Dictionary<string, Step> Steps = new()
    {
        ["publish the agenda"] = new(m => m.PublishAgenda(Start.AddDays(-14)),
            [MeetingStatus.Scheduled], _ => MeetingStatus.AgendaPublished, "cannot publish its agenda"),
        ["record it as held"] = new(m => m.RecordHeld(Start.AddHours(3)),
            [MeetingStatus.AgendaPublished], _ => MeetingStatus.Held, "cannot be recorded as held"),
        ["publish draft minutes"] = new(m => m.PublishDraftMinutes(Start.AddDays(2)),
            [MeetingStatus.Held], _ => MeetingStatus.DraftMinutesPublished, "cannot have draft minutes published"),
        ["approve the minutes"] = new(m => m.ApproveMinutes(DateOnly.FromDateTime(Start.AddDays(40))),
            [MeetingStatus.DraftMinutesPublished], _ => MeetingStatus.MinutesApproved, "cannot have its minutes approved"),
        ["cancel it"] = new(m => m.Cancel("The chairman is unwell."),
            [MeetingStatus.Scheduled, MeetingStatus.AgendaPublished], _ => MeetingStatus.Cancelled, "cannot be cancelled"),
        ["postpone it"] = new(m => m.Postpone("The chamber is flooded."),
            [MeetingStatus.Scheduled, MeetingStatus.AgendaPublished], _ => MeetingStatus.Postponed, "cannot be postponed"),
        ["reschedule it"] = new(m => m.Reschedule(Start.AddDays(7), "Committee Room 1"),
            [MeetingStatus.Scheduled, MeetingStatus.AgendaPublished, MeetingStatus.Postponed],
            from => from == MeetingStatus.Postponed ? MeetingStatus.Scheduled : from, "cannot be rescheduled"),
    };

    private static readonly Dictionary<MeetingStatus, string> StatusWords = new()
    {
        [MeetingStatus.Scheduled] = "scheduled",
        [MeetingStatus.AgendaPublished] = "agenda published",
        [MeetingStatus.Held] = "held",
        [MeetingStatus.DraftMinutesPublished] = "draft minutes published",
        [MeetingStatus.MinutesApproved] = "minutes approved",
        [MeetingStatus.Cancelled] = "cancelled",
        [MeetingStatus.Postponed] = "postponed",
    };

    public static TheoryData<string, MeetingStatus> AllowedSteps()
    {
        var data = new TheoryData<string, MeetingStatus>();
        foreach (var (name, step) in Steps)
            foreach (var from in step.AllowedFrom) data.Add(name, from);
        return data;
    }

    public static TheoryData<string, MeetingStatus> RefusedSteps()
    {
        var data = new TheoryData<string, MeetingStatus>();
        foreach (var (name, step) in Steps)
            foreach (var from in Enum.GetValues<MeetingStatus>().Except(step.AllowedFrom)) data.Add(name, from);
        return data;
    }

    [Fact]
    public void A_new_meeting_is_scheduled_with_its_venue_and_start()
    {
        var meeting = new Meeting(7, Start, "  Council Chamber  ", "Budget meeting");

        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.Equal(7, meeting.CommitteeId);
        Assert.Equal(Start, meeting.StartsAt);
        Assert.Equal("Council Chamber", meeting.Venue);
        Assert.Equal("Budget meeting", meeting.Title);
        Assert.Empty(meeting.Items);
        Assert.Empty(meeting.Attendance);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_meeting_needs_a_venue(string venue) =>
        Refused.Because("Venue is required", () => new Meeting(1, Start, venue));

    [Theory]
    [MemberData(nameof(AllowedSteps))]
    public void Each_step_of_the_status_machine_is_allowed_from_its_proper_status(string stepName, MeetingStatus from)
    {
        var meeting = AMeeting.In(from);
        var step = Steps[stepName];

        step.Take(meeting);

        Assert.Equal(step.Leads(from), meeting.Status);
    }

    [Theory]
    [MemberData(nameof(RefusedSteps))]
    public void Each_step_of_the_status_machine_is_refused_from_any_other_status(string stepName, MeetingStatus from)
    {
        var meeting = AMeeting.In(from);
        var step = Steps[stepName];

        var refusal = Refused.Because(step.RefusedWords, () => step.Take(meeting));

        Assert.Contains($"A meeting that is {StatusWords[from]}", refusal.Message);
        Assert.Equal(from, meeting.Status);
    }

    [Fact]
    public void Publishing_the_agenda_records_when_it_was_published()
    {
        var meeting = AMeeting.Scheduled();
        var publishedAt = Start.AddDays(-8);

        meeting.PublishAgenda(publishedAt);

        Assert.Equal(MeetingStatus.AgendaPublished, meeting.Status);
        Assert.Equal(publishedAt, meeting.AgendaPublishedAt);
    }

    [Fact]
    public void An_empty_agenda_cannot_be_published()
    {
        var meeting = AMeeting.Scheduled(withItem: false);

        Refused.Because("at least one item", () => meeting.PublishAgenda(Start.AddDays(-14)));
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.Null(meeting.AgendaPublishedAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(60 * 24)]
    public void An_agenda_cannot_be_published_once_the_meeting_has_started(int minutesAfterStart)
    {
        var meeting = AMeeting.Scheduled();

        Refused.Because("before the meeting starts", () => meeting.PublishAgenda(Start.AddMinutes(minutesAfterStart)));
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
    }

    [Fact]
    public void An_agenda_can_be_published_a_minute_before_the_start()
    {
        var meeting = AMeeting.Scheduled();

        meeting.PublishAgenda(Start.AddMinutes(-1), "The chair agreed the meeting is urgent: the grant deadline falls before the next meeting.");

        Assert.Equal(MeetingStatus.AgendaPublished, meeting.Status);
    }

    [Fact]
    public void A_meeting_cannot_be_recorded_as_held_before_it_starts()
    {
        var meeting = AMeeting.In(MeetingStatus.AgendaPublished);

        Refused.Because("held before it starts", () => meeting.RecordHeld(Start.AddMinutes(-1)));
        Assert.Equal(MeetingStatus.AgendaPublished, meeting.Status);
    }

    [Fact]
    public void A_meeting_can_be_recorded_as_held_from_the_moment_it_starts()
    {
        var meeting = AMeeting.In(MeetingStatus.AgendaPublished);

        meeting.RecordHeld(Start);

        Assert.Equal(MeetingStatus.Held, meeting.Status);
    }

    [Fact]
    public void Draft_minutes_cannot_be_published_when_no_item_has_been_minuted()
    {
        var meeting = AMeeting.Scheduled();
        meeting.PublishAgenda(Start.AddDays(-14));
        meeting.RecordHeld(Start.AddHours(2));

        Refused.Because("No item has minutes yet: write the minutes first", () => meeting.PublishDraftMinutes(Start.AddDays(1)));
        Assert.Equal(MeetingStatus.Held, meeting.Status);
    }

    [Fact]
    public void Draft_minutes_can_be_published_when_an_item_has_only_a_resolution()
    {
        var meeting = AMeeting.Scheduled();
        meeting.PublishAgenda(Start.AddDays(-14));
        meeting.RecordHeld(Start.AddHours(2));
        meeting.Item("1").Resolve("That the apologies be noted.");
        meeting.NumberMinutes(0);

        meeting.PublishDraftMinutes(Start.AddDays(1));

        Assert.Equal(MeetingStatus.DraftMinutesPublished, meeting.Status);
        Assert.Equal(Start.AddDays(1), meeting.DraftMinutesPublishedAt);
        Assert.True(meeting.MinutesAreDraft);
        Assert.True(meeting.MinutesArePublished);
    }

    [Fact]
    public void Minutes_cannot_be_approved_on_a_day_before_the_meeting()
    {
        var meeting = AMeeting.In(MeetingStatus.DraftMinutesPublished);

        Refused.Because("before the meeting they record", () => meeting.ApproveMinutes(DateOnly.FromDateTime(Start).AddDays(-1)));
        Assert.Equal(MeetingStatus.DraftMinutesPublished, meeting.Status);
        Assert.Null(meeting.MinutesApprovedOn);
    }

    [Fact]
    public void Minutes_can_be_approved_at_the_same_meeting()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);
        meeting.PublishDraftMinutes(Start.AddHours(2));
        var sameDay = DateOnly.FromDateTime(Start);

        meeting.ApproveMinutes(sameDay);

        Assert.Equal(MeetingStatus.MinutesApproved, meeting.Status);
        Assert.Equal(sameDay, meeting.MinutesApprovedOn);
        Assert.False(meeting.MinutesAreDraft);
        Assert.True(meeting.MinutesArePublished);
    }

    [Fact]
    public void Minutes_cannot_be_approved_before_their_draft_was_published()
    {
        var meeting = AMeeting.In(MeetingStatus.DraftMinutesPublished);

        Refused.Because("before their draft was published", () => meeting.ApproveMinutes(DateOnly.FromDateTime(Start)));
    }

    [Theory]
    [InlineData(MeetingStatus.Scheduled)]
    [InlineData(MeetingStatus.AgendaPublished)]
    public void A_cancelled_meeting_keeps_the_reason(MeetingStatus from)
    {
        var meeting = AMeeting.In(from);

        meeting.Cancel("  Insufficient business.  ");

        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
        Assert.Equal("Insufficient business.", meeting.StatusReason);
        Assert.True(meeting.IsCancelledOrPostponed);
    }

    [Theory]
    [InlineData(MeetingStatus.Scheduled)]
    [InlineData(MeetingStatus.AgendaPublished)]
    public void A_postponed_meeting_keeps_the_reason(MeetingStatus from)
    {
        var meeting = AMeeting.In(from);

        meeting.Postpone("The chamber is flooded.");

        Assert.Equal(MeetingStatus.Postponed, meeting.Status);
        Assert.Equal("The chamber is flooded.", meeting.StatusReason);
        Assert.True(meeting.IsCancelledOrPostponed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_meeting_cannot_be_cancelled_without_a_reason(string? reason)
    {
        var meeting = AMeeting.Scheduled();

        Refused.Because("reason the meeting is cancelled is required", () => meeting.Cancel(reason!));
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.Null(meeting.StatusReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_meeting_cannot_be_postponed_without_a_reason(string? reason)
    {
        var meeting = AMeeting.In(MeetingStatus.AgendaPublished);

        Refused.Because("reason the meeting is postponed is required", () => meeting.Postpone(reason!));
        Assert.Equal(MeetingStatus.AgendaPublished, meeting.Status);
        Assert.Null(meeting.StatusReason);
    }

    [Fact]
    public void Rescheduling_a_postponed_meeting_schedules_it_again_and_clears_the_reason()
    {
        var meeting = AMeeting.In(MeetingStatus.Postponed);
        var newStart = Start.AddDays(14);

        meeting.Reschedule(newStart, "Committee Room 2");

        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.Null(meeting.StatusReason);
        Assert.False(meeting.IsCancelledOrPostponed);
        Assert.Equal(newStart, meeting.StartsAt);
        Assert.Equal("Committee Room 2", meeting.Venue);
    }

    [Fact]
    public void Rescheduling_needs_a_venue()
    {
        var meeting = AMeeting.Scheduled();

        Refused.Because("Venue is required", () => meeting.Reschedule(Start.AddDays(1), " "));
        Assert.Equal("Council Chamber, Town Hall", meeting.Venue);
    }

    [Theory]
    [InlineData(MeetingStatus.Scheduled)]
    [InlineData(MeetingStatus.Postponed)]
    public void Items_can_be_added_while_the_agenda_is_being_built(MeetingStatus status)
    {
        var meeting = AMeeting.In(status);

        var item = meeting.AddItem("2", "Minutes of the previous meeting");

        Assert.Equal("2", item.Number);
        Assert.Contains(item, meeting.Items);
    }

    [Theory]
    [InlineData(MeetingStatus.AgendaPublished, "The agenda is published: a new item is a late item")]
    [InlineData(MeetingStatus.Held, "Items cannot be added to a meeting that is held")]
    [InlineData(MeetingStatus.DraftMinutesPublished, "Items cannot be added to a meeting that is draft minutes published")]
    [InlineData(MeetingStatus.Cancelled, "Items cannot be added to a meeting that is cancelled")]
    [InlineData(MeetingStatus.MinutesApproved, "Items cannot be added to a meeting that is minutes approved")]
    public void Items_are_added_freely_only_before_the_agenda_is_published(MeetingStatus status, string words)
    {
        var meeting = AMeeting.In(status);

        Refused.Because(words, () => meeting.AddItem("2", "Late item"));
        Assert.Single(meeting.Items);
    }

    [Theory]
    [InlineData("1")]
    [InlineData(" 1 ")]
    public void Two_items_on_one_agenda_cannot_share_a_number(string number)
    {
        var meeting = AMeeting.Scheduled();

        Refused.Because("already has an item 1", () => meeting.AddItem(number, "Another item"));
        Assert.Single(meeting.Items);
    }

    [Fact]
    public void Numbers_that_differ_only_in_spacing_or_case_are_the_same_item()
    {
        var meeting = AMeeting.Scheduled();
        meeting.AddItem("8(a)", "Planning application 24/0001");
        meeting.AddItem("12A", "Exempt appendix");

        Refused.Because("already has an item 8(a)", () => meeting.AddItem("8 (a)", "Duplicate"));
        Refused.Because("already has an item", () => meeting.AddItem("12a", "Duplicate"));
        Assert.Equal(3, meeting.Items.Count);
    }

    [Fact]
    public void An_item_number_that_is_not_one_is_refused_when_adding_an_item()
    {
        var meeting = AMeeting.Scheduled();

        Refused.Because("is not an item number", () => meeting.AddItem("(a)8", "Oddly numbered"));
        Assert.Single(meeting.Items);
    }

    [Fact]
    public void An_item_is_found_by_its_number_written_with_spaces()
    {
        var meeting = AMeeting.Scheduled();
        var item = meeting.AddItem("8(a)", "Planning application 24/0001");

        Assert.Same(item, meeting.Item("8 (a)"));
    }

    [Fact]
    public void An_item_is_found_by_its_number_in_either_case_as_duplicates_are()
    {
        var meeting = AMeeting.Scheduled();
        var item = meeting.AddItem("12A", "Exempt appendix");

        Assert.Same(item, meeting.Item("12a"));
    }

    [Fact]
    public void Asking_for_an_item_the_agenda_does_not_have_is_refused() =>
        Refused.Because("has no item 9", () => AMeeting.Scheduled().Item("9"));

    [Theory]
    [InlineData("https://webcast.example.gov.uk/planning/2025-03-12")]
    [InlineData("http://example.org/live")]
    public void A_webcast_address_is_kept(string url)
    {
        var meeting = AMeeting.Scheduled();

        meeting.Webcast(url);

        Assert.Equal(url, meeting.WebcastUrl);
    }

    [Theory]
    [InlineData("webcast.example.gov.uk")]
    [InlineData("ftp://example.org/live")]
    [InlineData("javascript:alert(1)")]
    public void A_webcast_address_must_be_a_full_web_address(string url)
    {
        var meeting = AMeeting.Scheduled();

        Refused.Because("full web address", () => meeting.Webcast(url));
        Assert.Null(meeting.WebcastUrl);
    }

    [Fact]
    public void A_blank_webcast_address_removes_the_webcast()
    {
        var meeting = AMeeting.Scheduled();
        meeting.Webcast("https://example.org/live");

        meeting.Webcast("  ");

        Assert.Null(meeting.WebcastUrl);
    }

    [Theory]
    [InlineData(AttendanceKind.Present, true)]
    [InlineData(AttendanceKind.Virtual, true)]
    [InlineData(AttendanceKind.InAttendance, true)]
    [InlineData(AttendanceKind.Apologies, false)]
    [InlineData(AttendanceKind.Absent, false)]
    public void Attendance_is_recorded_once_per_person(AttendanceKind kind, bool wasThere)
    {
        var meeting = AMeeting.In(MeetingStatus.Held);

        var record = meeting.RecordAttendance(11, kind, note: " Arrived at 7.15pm ");

        Assert.Equal(11, record.PersonId);
        Assert.Equal(kind, record.Kind);
        Assert.Equal(wasThere, record.WasThere);
        Assert.Equal("Arrived at 7.15pm", record.Note);
        Assert.Single(meeting.Attendance);
    }

    [Fact]
    public void A_persons_attendance_cannot_be_recorded_twice()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);
        meeting.RecordAttendance(11, AttendanceKind.Apologies);

        Refused.Because("already recorded", () => meeting.RecordAttendance(11, AttendanceKind.Present));
        Assert.Equal(AttendanceKind.Apologies, Assert.Single(meeting.Attendance).Kind);
    }

    [Fact]
    public void A_substitute_is_recorded_with_the_member_they_substitute_for()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);

        var record = meeting.RecordAttendance(12, AttendanceKind.Substitute, substituteForPersonId: 11);

        Assert.Equal(11, record.SubstituteForPersonId);
        Assert.True(record.WasThere);
    }

    [Fact]
    public void A_substitute_without_the_member_they_substitute_for_is_refused()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);

        Refused.Because("member they substitute for", () => meeting.RecordAttendance(12, AttendanceKind.Substitute));
        Assert.Empty(meeting.Attendance);
    }

    [Fact]
    public void Only_a_substitute_is_recorded_as_substituting_for_someone()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);

        Refused.Because("Only a substitute", () => meeting.RecordAttendance(12, AttendanceKind.Present, substituteForPersonId: 11));
        Assert.Empty(meeting.Attendance);
    }

    [Fact]
    public void A_member_cannot_substitute_for_themselves()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);

        Refused.Because("cannot substitute for themselves", () => meeting.RecordAttendance(12, AttendanceKind.Substitute, substituteForPersonId: 12));
        Assert.Empty(meeting.Attendance);
    }

    [Theory]
    [InlineData(MeetingStatus.Cancelled)]
    [InlineData(MeetingStatus.Postponed)]
    public void Attendance_is_not_recorded_for_a_meeting_that_did_not_take_place(MeetingStatus status)
    {
        var meeting = AMeeting.In(status);

        Refused.Because("did not take place", () => meeting.RecordAttendance(11, AttendanceKind.Apologies));
        Assert.Empty(meeting.Attendance);
    }

    [Fact]
    public void A_member_present_can_be_recorded_as_leaving_during_an_item()
    {
        var meeting = AMeeting.Scheduled();
        meeting.AddItem("8(a)", "Planning application 24/0001");
        meeting.PublishAgenda(Start.AddDays(-14));
        meeting.RecordHeld(Start.AddHours(2));
        var record = meeting.RecordAttendance(11, AttendanceKind.Present);

        meeting.RecordLeftDuring(11, "8 (a)");

        Assert.Equal("8(a)", record.LeftDuringItem);
    }

    [Theory]
    [InlineData(AttendanceKind.Apologies)]
    [InlineData(AttendanceKind.Absent)]
    public void Someone_who_was_not_there_cannot_leave_the_meeting(AttendanceKind kind)
    {
        var meeting = AMeeting.In(MeetingStatus.Held);
        var record = meeting.RecordAttendance(11, kind);

        Refused.Because("recorded as present", () => meeting.RecordLeftDuring(11, "1"));
        Assert.Null(record.LeftDuringItem);
    }

    [Fact]
    public void Someone_with_no_attendance_recorded_cannot_leave_the_meeting()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);

        Refused.Because("recorded as present", () => meeting.RecordLeftDuring(99, "1"));
    }

    [Fact]
    public void Leaving_during_an_item_the_agenda_does_not_have_is_refused()
    {
        var meeting = AMeeting.In(MeetingStatus.Held);
        var record = meeting.RecordAttendance(11, AttendanceKind.Present);

        Refused.Because("has no item 42", () => meeting.RecordLeftDuring(11, "42"));
        Assert.Null(record.LeftDuringItem);
    }

    [Fact]
    public void The_signed_minutes_of_an_item_cannot_be_edited_once_approved()
    {
        // LGA 1972 Sch 12 para 41(1): a correction to signed minutes is itself minuted, never an edit of the record.
        var meeting = AMeeting.In(MeetingStatus.MinutesApproved);
        var item = meeting.Item("1");

        Assert.Throws<DomainException>(() => item.RecordMinutes("13.1", "Rewritten after signing."));
        Assert.Equal("Apologies were received from Cllr Smith.", item.MinutesText);
    }
}
