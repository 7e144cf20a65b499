namespace CommitteeHub.Domain;

// The events of an executive decision and of the Forward Plan. A decision taken at a meeting carries the meeting's
// id, so that the step is written into that meeting's audit trail too.

/// <summary>A decision was recorded, and so published: the call-in period runs from now.</summary>
public sealed record DecisionPublished(string Title, string DecisionMaker, DateOnly DecidedOn, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Recorded and published the decision \"{Title}\" taken by {DecisionMaker}.";
    public override int? MeetingId => AtMeeting;
}

public sealed record DecisionCalledIn(string Title, int Signatures, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Recorded the call-in of the decision \"{Title}\", signed by {Signatures} councillors.";
    public override int? MeetingId => AtMeeting;
}

public sealed record DecisionScrutinised(string Title, CallInOutcome Outcome, DateOnly On, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Recorded overview and scrutiny's outcome on the decision \"{Title}\": {(Outcome == CallInOutcome.ReferredBack ? "referred back to the decision maker" : "no further action")}.";
    public override int? MeetingId => AtMeeting;
}

public sealed record DecisionReconsidered(string Title, DateOnly On, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Recorded the decision maker's reconsideration of the decision \"{Title}\".";
    public override int? MeetingId => AtMeeting;
}

public sealed record DecisionImplemented(string Title, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Recorded the decision \"{Title}\" as implemented.";
    public override int? MeetingId => AtMeeting;
}

/// <summary>A matter was added to the Forward Plan, published at once or not.</summary>
public sealed record ForwardPlanEntryAdded(string Matter, bool Published) : CouncilEvent
{
    public override string Summary => $"Added \"{Matter}\" to the Forward Plan{(Published ? " and published it" : "")}.";
}

public sealed record ForwardPlanEntryPublished(string Matter, DateOnly On) : CouncilEvent
{
    public override string Summary => $"Published \"{Matter}\" in the Forward Plan.";
}

/// <summary>The notice of a matter in the Forward Plan changed: its date, or the general exception or special
/// urgency under which it may be taken sooner.</summary>
public sealed record ForwardPlanEntryChanged(string Matter, string Change) : CouncilEvent
{
    public override string Summary => $"{Change} for \"{Matter}\" in the Forward Plan.";
}
