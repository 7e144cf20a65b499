namespace CommitteeHub.Domain;

// What happens to a meeting as the clerk takes it from scheduling to approved minutes. Each Summary is the sentence
// the meeting's audit trail has always used, and the confirmation the clerk sees.

/// <summary>A meeting was put in the diary, its agenda begun with the committee's standard items.</summary>
public sealed record MeetingScheduled(DateTime StartsAt, string Venue) : CouncilEvent
{
    public override string Summary => $"Scheduled the meeting for {CouncilDates.When(StartsAt)} at {Venue}, with the standard items.";
}

/// <summary>The meeting was moved to another time or place.</summary>
public sealed record MeetingRescheduled(DateTime FromStartsAt, string FromVenue, DateTime ToStartsAt, string ToVenue) : CouncilEvent
{
    public override string Summary => $"Moved the meeting from {CouncilDates.When(FromStartsAt)} at {FromVenue} to {CouncilDates.When(ToStartsAt)} at {ToVenue}.";
}

public sealed record MeetingCancelled(string Reason) : CouncilEvent
{
    public override string Summary => $"Cancelled the meeting: {Reason}";
}

public sealed record MeetingPostponed(string Reason) : CouncilEvent
{
    public override string Summary => $"Postponed the meeting: {Reason}";
}

/// <summary>An item was added to the agenda while it was being built.</summary>
public sealed record ItemAdded(string Number, string Title) : CouncilEvent
{
    public override string Summary => $"Added item {Number}, {Title}.";
}

/// <summary>An item was added after the agenda was published: it is published at once in a supplement, with the
/// reason it is urgent (s.100B(4)(b)).</summary>
public sealed record SupplementPublished(string Number, string Title, string UrgencyReason) : CouncilEvent
{
    public override string Summary => $"Added late item {Number}, {Title}, in a supplement: {UrgencyReason}";
}

/// <summary>An item moved up or down the agenda, taking the number <see cref="Number"/>.</summary>
public sealed record ItemMoved(string Title, bool Up, string Number) : CouncilEvent
{
    public override string Summary => $"Moved {Title} {(Up ? "up" : "down")} the agenda, to item {Number}.";
}

public sealed record ItemRemoved(string Number, string Title) : CouncilEvent
{
    public override string Summary => $"Removed item {Number}, {Title}.";
}

/// <summary>The agenda was published; late, with the special circumstances that make the meeting urgent.</summary>
public sealed record AgendaPublished(DateTime PublishedAt, string? LateReason) : CouncilEvent
{
    public override string Summary => LateReason is null ? "Published the agenda." : $"Published the agenda late, with the reason: {LateReason}";
}

public sealed record MeetingHeld : CouncilEvent
{
    public override string Summary => "Recorded that the meeting was held.";
}

public sealed record DraftMinutesPublished(DateTime PublishedAt) : CouncilEvent
{
    public override string Summary => "Published the draft minutes.";
}

/// <summary>The minuted items were numbered through the municipal year, from <see cref="First"/> to <see cref="Last"/>.</summary>
public sealed record MinutesNumbered(string First, string Last) : CouncilEvent
{
    public override string Summary => $"Numbered the minutes {First} to {Last}.";
}

/// <summary>Raised by the meeting whose minutes were approved and signed as a correct record, normally at the
/// committee's next meeting (<see cref="AtMeetingId"/>).</summary>
public sealed record MinutesApproved(DateOnly ApprovedOn, string? SignedBy, int? AtMeetingId) : CouncilEvent
{
    public override string Summary => $"Minutes approved as a correct record at the meeting of {CouncilDates.Day(ApprovedOn)}{(SignedBy is null ? "" : $" and signed by {SignedBy}")}.";
}

/// <summary>Raised by the meeting at which the previous meeting's minutes were approved.</summary>
public sealed record PreviousMinutesApproved(int PreviousMeetingId, DateTime PreviousStartsAt, string SignedBy) : CouncilEvent
{
    public override string Summary => $"Approved the minutes of the meeting of {CouncilDates.Day(PreviousStartsAt)}, signed by {SignedBy}.";
}

/// <summary>The register was taken or corrected: one person's entry (<see cref="PersonId"/>), or the members' register as a whole.</summary>
public sealed record AttendanceRecorded(int? PersonId) : CouncilEvent
{
    public override string Summary => "Recorded attendance.";
}

/// <summary>Someone present left during an item, as the minutes record.</summary>
public sealed record LeftDuringItem(int PersonId, string ItemNumber) : CouncilEvent
{
    public override string Summary => $"Recorded that a member left during item {ItemNumber}.";
}
