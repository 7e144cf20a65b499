namespace CommitteeHub.Domain.Tests;

/// <summary>The clerk's steps on an item and its papers, taken through the meeting that owns them: the rules the item
/// page used to apply itself, and the event each step raises for the audit trail.</summary>
public sealed class ItemStepsTests
{
    private static readonly ExclusionWording Exclusion = new("Exclusion of the press and public", exempt => $"Exclude the public for {exempt.Count} item(s).");
    private static readonly DateOnly Today = new(2025, 3, 10);

    private static ItemDetails As(AgendaItem item, string? title = null, string? description = null, int? exempt = null, bool budget = false) =>
        new(item.Number, title ?? item.Title, description ?? item.Description, exempt, exempt is null ? null : "Commercial terms of a live tender.", BudgetDecision: budget);

    private static Meeting WithBusiness(MeetingStatus status)
    {
        var meeting = AMeeting.Scheduled();
        meeting.AddItem("2", "Budget monitoring", "To note the forecast.");
        if (status != MeetingStatus.Scheduled) AMeeting.Walk(meeting, status);
        meeting.ClearEvents(); // what the arranging raised is not the step under test
        return meeting;
    }

    [Fact]
    public void Before_the_agenda_is_out_an_items_title_and_description_may_change()
    {
        var meeting = WithBusiness(MeetingStatus.Scheduled);
        var item = meeting.Item("2");

        meeting.ReviseItem(item, As(item, "Budget monitoring: quarter 3", "To note the forecast at quarter 3."), Exclusion);

        Assert.Equal("Budget monitoring: quarter 3", item.Title);
        Assert.Equal("Saved item 2, Budget monitoring: quarter 3.", Assert.Single(meeting.Events).Summary);
    }

    [Fact]
    public void Once_the_agenda_is_out_a_published_items_title_and_description_stay_as_published()
    {
        var meeting = WithBusiness(MeetingStatus.AgendaPublished);
        var item = meeting.Item("2");

        Refused.Because("title and description stay as published", () => meeting.ReviseItem(item, As(item, title: "Renamed"), Exclusion));
        Refused.Because("title and description stay as published", () => meeting.ReviseItem(item, As(item, description: "Reworded."), Exclusion));
        Assert.Equal("Budget monitoring", item.Title);
        Assert.Equal("To note the forecast.", item.Description);
        Assert.Empty(meeting.Events);

        // The rest of the item may still change, with the title and description sent back as they were (Windows line ends too).
        meeting.ReviseItem(item, As(item, description: "To note the forecast.\r\n", budget: true), Exclusion);
        Assert.True(item.IsBudgetDecision);
    }

    [Fact]
    public void A_paper_that_still_has_a_blank_of_the_report_template_is_not_approved()
    {
        var meeting = WithBusiness(MeetingStatus.Scheduled);
        var paper = meeting.WritePaper(meeting.Item("2"), "Budget monitoring report", DocumentKind.Report, null, "## Purpose\n\nReport of the {Director or Head of Service}.");

        Refused.Because("still has the template's placeholder {Director or Head of Service}", () => meeting.ApprovePaper(paper.Id, Today));

        Assert.Equal(ReportStatus.Draft, paper.Status);
        Assert.Equal(["Wrote \"Budget monitoring report\" on item 2 (draft)."], meeting.Events.Select(e => e.Summary));
    }

    [Fact]
    public void Braces_that_are_not_a_template_blank_do_not_stop_approval()
    {
        var meeting = WithBusiness(MeetingStatus.Scheduled);
        var paper = meeting.WritePaper(meeting.Item("2"), "Budget monitoring report", DocumentKind.Report, null, "## Purpose\n\nThe set {a, b} of options.");

        meeting.ApprovePaper(paper.Id, Today);

        Assert.Equal(ReportStatus.Approved, paper.Status);
    }

    [Fact]
    public void A_paper_approved_before_the_agenda_is_out_is_published_with_the_agenda()
    {
        var meeting = WithBusiness(MeetingStatus.Scheduled);
        var paper = meeting.WritePaper(meeting.Item("2"), "Budget monitoring report", DocumentKind.Report, null, "## Purpose\n\nTo note the forecast.");

        meeting.ApprovePaper(paper.Id, Today);

        Assert.Null(paper.PublishedOn);
        Assert.Equal("Approved \"Budget monitoring report\" for publication.", meeting.Events[^1].Summary);
        meeting.PublishAgenda(AMeeting.Start.AddDays(-14));
        Assert.Equal(DateOnly.FromDateTime(AMeeting.Start.AddDays(-14)), paper.PublishedOn);
    }

    [Fact]
    public void A_paper_approved_after_the_agenda_is_out_is_published_at_once_on_the_day_given_as_a_paper_to_follow()
    {
        var meeting = WithBusiness(MeetingStatus.AgendaPublished);
        var paper = meeting.WritePaper(meeting.Item("2"), "Budget monitoring report", DocumentKind.Report, null, "## Purpose\n\nTo note the forecast.");

        meeting.ApprovePaper(paper.Id, Today);

        Assert.Equal(Today, paper.PublishedOn);
        Assert.Equal("Approved \"Budget monitoring report\" for publication and published it.", meeting.Events[^1].Summary);
    }

    [Fact]
    public void Making_an_item_exempt_adds_the_exclusion_item_and_making_it_public_again_takes_it_off()
    {
        var meeting = WithBusiness(MeetingStatus.Scheduled);
        var item = meeting.Item("2");

        meeting.ReviseItem(item, As(item, exempt: 3), Exclusion);

        var exclusion = Assert.Single(meeting.Items, i => i.Role == AgendaItemRole.Exclusion);
        Assert.Equal("Exclude the public for 1 item(s).", exclusion.Description);
        Assert.Equal("3", item.Number); // moved down one to make room for the exclusion before it
        Assert.Equal("Saved item 3, Budget monitoring, exempt under paragraph 3.", meeting.Events[^1].Summary);

        meeting.ReviseItem(item, As(item), Exclusion);

        Assert.False(item.IsExempt);
        Assert.DoesNotContain(meeting.Items, i => i.Role == AgendaItemRole.Exclusion);
    }

    [Fact]
    public void Whether_an_item_is_a_budget_decision_is_set_through_the_meeting_and_stays_once_its_votes_are_recorded_by_name()
    {
        var meeting = WithBusiness(MeetingStatus.Held);
        var item = meeting.Item("2");

        meeting.MarkAsBudgetDecision(item);
        Refused.Because("Record the vote by name", () => meeting.RecordResolution(item, "That the budget be approved.", new Vote(7, 2, 0)));
        meeting.RecordResolution(item, "That the budget be approved.", Vote.Recorded([new RecordedVoteLine(1, VoteChoice.For)]));

        Refused.Because("it stays one", () => meeting.MarkAsBudgetDecision(item, false));
        Assert.True(item.IsBudgetDecision);
        Assert.Equal(["Marked item 2 as a budget decision: every vote on it is recorded by name.", "Recorded resolution 1 on item 2."],
            meeting.Events.Select(e => e.Summary));
    }

    [Fact]
    public void Each_step_on_the_minutes_raises_its_event_in_the_words_of_the_audit_trail()
    {
        var meeting = WithBusiness(MeetingStatus.Held);
        var item = meeting.Item("2");

        meeting.MinuteItem(item, "13", "The Director introduced the report.", "Resolved that the Committee:");
        meeting.DeclareInterest(item, 1, InterestKind.OtherRegistrable, "A governor of a school named in the report.", leftTheRoom: false);
        meeting.RecordResolution(item, "Notes the forecast.", null);
        meeting.RemoveResolution(item, 1);
        meeting.RemoveDeclaration(item, item.Declarations.Single().Id);

        Assert.Equal(
        [
            "Saved the minutes of item 2.", "Recorded a declaration of interest on item 2.", "Recorded resolution 1 on item 2.",
            "Removed resolution 1 recorded in error on item 2.", "Removed a declaration of interest recorded in error on item 2.",
        ], meeting.Events.Select(e => e.Summary));
        Assert.Equal("Resolved that the Committee:", item.ResolutionPreamble);
        Assert.Empty(item.Resolutions);
    }

    [Fact]
    public void A_step_on_an_item_of_another_meeting_is_refused()
    {
        var meeting = WithBusiness(MeetingStatus.Scheduled);
        var stranger = WithBusiness(MeetingStatus.Scheduled).Item("2");

        Refused.Because("not on this meeting's agenda", () => meeting.WritePaper(stranger, "Report", DocumentKind.Report, null, "Text."));
        Assert.Empty(stranger.Documents);
    }
}
