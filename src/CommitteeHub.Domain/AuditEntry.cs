namespace CommitteeHub.Domain;

/// <summary>
/// One step in the council's business as someone took it: who, when and what, and the record it changed (a meeting, a
/// motion, an executive decision, a Forward Plan entry). Published material is never silently changed, so the trail is
/// kept beside it and shown to staff. Written from the step's events, once per step, by the one path that saves.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(string subject, int subjectId, int? meetingId, string by, DateTime at, string what)
    {
        Subject = Guard.Required(subject, "What record the step changed", 40);
        SubjectId = subjectId;
        MeetingId = meetingId;
        By = Guard.Required(by, "Who took the step", 200);
        At = at;
        What = Guard.Required(what.Length > 2_000 ? what[..1_999] + "…" : what, "What was done", 2_000);
    }

    public long Id { get; private set; }
    /// <summary>The kind of record: "Meeting", "Motion", "Decision", "ForwardPlanEntry".</summary>
    public string Subject { get; private set; } = "";
    public int SubjectId { get; private set; }
    /// <summary>The meeting whose trail shows the step, when it was taken on or at a meeting.</summary>
    public int? MeetingId { get; private set; }
    public string By { get; private set; } = "";
    /// <summary>Local (UK) time.</summary>
    public DateTime At { get; private set; }
    public string What { get; private set; } = "";
}
