namespace CommitteeHub.Domain.Tests;

/// <summary>A meeting's decision for the register: made from a business item's resolutions once the meeting is held;
/// the Cabinet's is an executive decision open to call-in, any other committee's is not.</summary>
public sealed class MeetingDecisionTests
{
    private static Committee Body(CommitteeKind kind, string name)
    {
        var body = new Committee(name, kind, "Decides things.");
        typeof(Committee).GetProperty(nameof(Committee.Id))!.SetValue(body, 1);
        return body;
    }

    private static (Meeting Meeting, AgendaItem Item) HeldWithBusiness(bool resolved = true)
    {
        var meeting = AMeeting.Scheduled();
        meeting.AddItem("2", "Minutes of the last meeting", null, AgendaItemRole.PreviousMinutes);
        var item = meeting.AddItem("4", "Disposal of surplus land");
        AMeeting.Walk(meeting, MeetingStatus.Held);
        if (resolved)
        {
            meeting.IntroduceResolutions(item, "Resolved that the Cabinet:");
            meeting.RecordResolution(item, "Declares the land surplus.", null);
            meeting.RecordResolution(item, "Agrees to sell it.", null);
        }
        return (meeting, item);
    }

    [Fact]
    public void The_Cabinets_decision_on_an_item_is_executive_and_carries_its_resolutions_under_their_preamble()
    {
        var (meeting, item) = HeldWithBusiness();
        var decision = meeting.PublishDecision(Body(CommitteeKind.Executive, "Cabinet"), item, null, AMeeting.Start.AddDays(2));

        Assert.True(decision.IsExecutive);
        Assert.Equal("Cabinet", decision.DecisionMaker);
        Assert.Equal(item.Title, decision.Title);
        Assert.Equal("Resolved that the Cabinet:\n\n1. Declares the land surplus.\n\n2. Agrees to sell it.", decision.Text);
        Assert.Equal(DateOnly.FromDateTime(AMeeting.Start), decision.DecidedOn);
        Assert.True(decision.IsSubjectToCallIn(new ExecutiveRules()));
    }

    [Fact]
    public void The_decision_carries_the_reasons_and_alternatives_given_and_each_members_interests_declared_on_the_item_once()
    {
        var (meeting, item) = HeldWithBusiness();
        meeting.DeclareInterest(item, 7, InterestKind.OtherRegistrable, "A governor of Fenbury Primary School.", leftTheRoom: false);
        meeting.DeclareInterest(item, 7, InterestKind.DisclosablePecuniary, "Owns land next to the site.", leftTheRoom: true, dispensationGranted: true);
        meeting.DeclareInterest(item, 9, InterestKind.NonRegistrable, "A neighbour of a bidder.", leftTheRoom: false);
        var decision = meeting.PublishDecision(Body(CommitteeKind.Executive, "Cabinet"), item, "The land is no longer needed.", AMeeting.Start.AddDays(2),
            "Keeping the land: it costs £40,000 a year to secure.");

        Assert.Equal("The land is no longer needed.", decision.Reasons);
        Assert.Equal("Keeping the land: it costs £40,000 a year to secure.", decision.AlternativesRejected);
        Assert.Equal([7, 9], decision.Conflicts.Select(c => c.PersonId));
        Assert.Equal("Other registrable interest: A governor of Fenbury Primary School. Disclosable pecuniary interest: Owns land next to the site.", decision.Conflicts[0].Nature);
        Assert.Equal("A dispensation was granted.", decision.Conflicts[0].Dispensation);
        Assert.Null(decision.Conflicts[1].Dispensation);
    }

    [Fact]
    public void A_committees_decision_is_not_subject_to_call_in_nor_taken_on_a_Forward_Plan_notice()
    {
        var (meeting, item) = HeldWithBusiness();
        var decision = meeting.PublishDecision(Body(CommitteeKind.Regulatory, "Planning Committee"), item, null, AMeeting.Start.AddDays(2));
        var rules = new ExecutiveRules();

        Assert.False(decision.IsExecutive);
        Assert.False(decision.IsSubjectToCallIn(rules));
        Assert.Equal("Not subject to call-in (not an executive decision)", decision.PublicStatus(AMeeting.Start.AddDays(3), rules, WorkingCalendar.EnglandAndWales));
        Refused.Because("Only an executive decision can be called in", () => decision.CallIn([1, 2, 3], "Reasons.", AMeeting.Start.AddDays(3), rules, WorkingCalendar.EnglandAndWales));
        var notice = new ForwardPlanEntry("Land", "Cabinet", DateOnly.FromDateTime(AMeeting.Start), null, "Report.", "Write to us.");
        Refused.Because("Only an executive decision is taken on a Forward Plan notice", () => decision.TakenOnNotice(notice, rules, WorkingCalendar.EnglandAndWales));
    }

    [Fact]
    public void No_decision_comes_from_a_procedural_item_an_unresolved_item_a_meeting_not_yet_held_or_another_committee()
    {
        var cabinet = Body(CommitteeKind.Executive, "Cabinet");
        var (meeting, item) = HeldWithBusiness();
        Refused.Because("is procedural", () => meeting.PublishDecision(cabinet, meeting.Item("2"), null, AMeeting.Start.AddDays(2)));
        var other = Body(CommitteeKind.Regulatory, "Planning Committee");
        typeof(Committee).GetProperty(nameof(Committee.Id))!.SetValue(other, 2);
        Refused.Because("the committee that met", () => meeting.PublishDecision(other, item, null, AMeeting.Start.AddDays(2)));

        var (unresolved, bare) = HeldWithBusiness(resolved: false);
        Refused.Because("has no resolution", () => unresolved.PublishDecision(cabinet, bare, null, AMeeting.Start.AddDays(2)));

        var published = AMeeting.Scheduled();
        var business = published.AddItem("4", "Budget");
        AMeeting.Walk(published, MeetingStatus.AgendaPublished);
        Refused.Because("once it has been held", () => published.PublishDecision(cabinet, business, null, AMeeting.Start));
    }
}
