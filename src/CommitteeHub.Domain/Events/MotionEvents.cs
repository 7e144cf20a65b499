namespace CommitteeHub.Domain;

// The events of a motion and its amendments. A motion does not know its meeting (only its agenda item), so the step
// that knows it passes the meeting's id, and the event is written into that meeting's audit trail too.

/// <summary>Notice of a motion was received by the proper officer.</summary>
public sealed record MotionTabled(string Title, DateOnly ReceivedOn) : CouncilEvent
{
    public override string Summary => $"Received notice of the motion \"{Title}\".";
}

public sealed record MotionPlacedOnAgenda(string Title, int AgendaItemId) : CouncilEvent
{
    public override string Summary => $"Placed the motion \"{Title}\" on the agenda.";
}

public sealed record MotionMoved(string Title, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Recorded the motion \"{Title}\" as moved and seconded.";
    public override int? MeetingId => AtMeeting;
}

/// <summary>The motion was carried: its words (as amended) are the item's resolution.</summary>
public sealed record MotionCarried(string Title, int? For, int? Against, int? Abstentions, bool ByName, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Carried the motion \"{Title}\"{Votes.Described(For, Against, Abstentions, ByName)}.";
    public override int? MeetingId => AtMeeting;
}

public sealed record MotionLost(string Title, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Recorded the motion \"{Title}\" as lost.";
    public override int? MeetingId => AtMeeting;
}

public sealed record MotionWithdrawn(string Title, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Recorded the motion \"{Title}\" as withdrawn.";
    public override int? MeetingId => AtMeeting;
}

public sealed record MotionReferred(string Title, string To) : CouncilEvent
{
    public override string Summary => $"Referred the motion \"{Title}\" to {To}.";
}

/// <summary>A councillor tabled an amendment; one tabled after the deadline for notice is late.</summary>
public sealed record AmendmentTabled(string Motion, int Number, bool Late, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Amendment {Number} has been tabled to the motion \"{Motion}\"{(Late ? " after the deadline: the chair will decide whether it may be moved" : "")}.";
    public override int? MeetingId => AtMeeting;
}

public sealed record AmendmentAdmitted(string Motion, int Number, DateOnly On, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Accepted amendment {Number} to the motion \"{Motion}\" onto the agenda.";
    public override int? MeetingId => AtMeeting;
}

public sealed record AmendmentMoved(string Motion, int Number, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Recorded amendment {Number} to the motion \"{Motion}\" as moved and seconded.";
    public override int? MeetingId => AtMeeting;
}

public sealed record AmendmentAccepted(string Motion, int Number, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Recorded amendment {Number} to the motion \"{Motion}\" as accepted by the mover of the motion.";
    public override int? MeetingId => AtMeeting;
}

public sealed record AmendmentCarried(string Motion, int Number, int? For, int? Against, int? Abstentions, bool ByName, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Carried amendment {Number} to the motion \"{Motion}\"{Votes.Described(For, Against, Abstentions, ByName)}.";
    public override int? MeetingId => AtMeeting;
}

public sealed record AmendmentLost(string Motion, int Number, int? For, int? Against, int? Abstentions, bool ByName, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Recorded amendment {Number} to the motion \"{Motion}\" as lost{Votes.Described(For, Against, Abstentions, ByName)}.";
    public override int? MeetingId => AtMeeting;
}

public sealed record AmendmentWithdrawn(string Motion, int Number, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Recorded amendment {Number} to the motion \"{Motion}\" as withdrawn.";
    public override int? MeetingId => AtMeeting;
}

/// <summary>A pending amendment was read against the substantive motion after another was carried or accepted: by a
/// clean merge, or in the clerk's words.</summary>
public sealed record AmendmentReadAgainst(string Motion, int Number, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Amendment {Number} to the motion \"{Motion}\" now reads against the substantive motion.";
    public override int? MeetingId => AtMeeting;
}

/// <summary>A pending amendment collides with the one carried, and waits for the clerk.</summary>
public sealed record AmendmentRebaseConflict(string Motion, int Number, int? AtMeeting) : CouncilEvent
{
    public override string Summary => $"Amendment {Number} to the motion \"{Motion}\" could not be read against the substantive motion: it waits for the clerk.";
    public override int? MeetingId => AtMeeting;
}

internal static class Votes
{
    /// <summary>" (for 30, against 12, abstaining 2)", " (recorded by name: for 30, ...)", or nothing when no vote was given.</summary>
    public static string Described(int? @for, int? against, int? abstentions, bool byName) =>
        @for is null ? "" : $" ({(byName ? "recorded by name: " : "")}for {@for}, against {against}, abstaining {abstentions})";
}
