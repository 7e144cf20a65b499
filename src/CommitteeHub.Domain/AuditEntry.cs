namespace CommitteeHub.Domain;

/// <summary>
/// One step in a meeting's business as the clerk took it: who, when and what. Published material is never silently
/// changed, so the trail is kept beside it and shown to staff.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(int meetingId, string by, DateTime at, string what)
    {
        MeetingId = meetingId;
        By = Guard.Required(by, "Who took the step", 200);
        At = at;
        What = Guard.Required(what, "What was done", 2_000);
    }

    public long Id { get; private set; }
    public int MeetingId { get; private set; }
    public string By { get; private set; } = "";
    /// <summary>Local (UK) time.</summary>
    public DateTime At { get; private set; }
    public string What { get; private set; } = "";
}
