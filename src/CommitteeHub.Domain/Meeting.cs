namespace CommitteeHub.Domain;

public enum MeetingStatus { Scheduled, AgendaPublished, Held, DraftMinutesPublished, MinutesApproved, Cancelled, Postponed }

/// <summary>
/// A meeting of a committee: when and where, its status from scheduling to approved minutes, who attended, and its
/// agenda. Items, their documents, declarations and resolutions live inside it.
/// </summary>
public sealed class Meeting
{
    private readonly List<AgendaItem> _items = [];
    private readonly List<Attendance> _attendance = [];

    private Meeting() { }

    public Meeting(int committeeId, DateTime startsAt, string venue, string? title = null)
    {
        CommitteeId = committeeId;
        StartsAt = DateTime.SpecifyKind(startsAt, DateTimeKind.Unspecified);
        Venue = Guard.Required(venue, "Venue", 300);
        Title = Guard.Optional(title, "Meeting title", 200);
        Status = MeetingStatus.Scheduled;
    }

    public int Id { get; private set; }
    public int CommitteeId { get; private set; }
    /// <summary>Local (UK) time of the start.</summary>
    public DateTime StartsAt { get; private set; }
    public string Venue { get; private set; } = "";
    /// <summary>Set for an extraordinary or special meeting, such as "Budget meeting".</summary>
    public string? Title { get; private set; }
    public MeetingStatus Status { get; private set; }
    /// <summary>Why the meeting was cancelled or postponed.</summary>
    public string? StatusReason { get; private set; }
    public DateTime? AgendaPublishedAt { get; private set; }
    public DateTime? DraftMinutesPublishedAt { get; private set; }
    public DateOnly? MinutesApprovedOn { get; private set; }
    public string? WebcastUrl { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<AgendaItem> Items => _items;
    public IReadOnlyList<Attendance> Attendance => _attendance;

    public bool IsCancelledOrPostponed => Status is MeetingStatus.Cancelled or MeetingStatus.Postponed;
    public bool MinutesArePublished => Status is MeetingStatus.DraftMinutesPublished or MeetingStatus.MinutesApproved;
    public bool MinutesAreDraft => Status == MeetingStatus.DraftMinutesPublished;

    public void Webcast(string? url)
    {
        url = Guard.Optional(url, "Webcast address", 400);
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            throw new DomainException("The webcast address must be a full web address starting https://.");
        WebcastUrl = url;
    }

    public void Reschedule(DateTime startsAt, string venue)
    {
        if (Status is not (MeetingStatus.Scheduled or MeetingStatus.AgendaPublished or MeetingStatus.Postponed))
            throw new DomainException($"A meeting that is {StatusName(Status).ToLowerInvariant()} cannot be rescheduled.");
        StartsAt = DateTime.SpecifyKind(startsAt, DateTimeKind.Unspecified);
        Venue = Guard.Required(venue, "Venue", 300);
        if (Status == MeetingStatus.Postponed) { Status = MeetingStatus.Scheduled; StatusReason = null; }
    }

    public void PublishAgenda(DateTime publishedAt)
    {
        Require(MeetingStatus.Scheduled, "publish its agenda");
        if (_items.Count == 0) throw new DomainException("An agenda needs at least one item before it is published.");
        if (publishedAt >= StartsAt) throw new DomainException("An agenda must be published before the meeting starts.");
        AgendaPublishedAt = publishedAt;
        Status = MeetingStatus.AgendaPublished;
    }

    public void RecordHeld(DateTime now)
    {
        Require(MeetingStatus.AgendaPublished, "be recorded as held");
        if (now < StartsAt) throw new DomainException("A meeting cannot be recorded as held before it starts.");
        Status = MeetingStatus.Held;
    }

    public void PublishDraftMinutes(DateTime publishedAt)
    {
        Require(MeetingStatus.Held, "have draft minutes published");
        if (publishedAt < StartsAt) throw new DomainException("Minutes cannot be published before the meeting they record.");
        if (!_items.Any(i => !string.IsNullOrWhiteSpace(i.MinutesText) || i.Resolutions.Count > 0))
            throw new DomainException("There are no minutes to publish: minute at least one item first.");
        DraftMinutesPublishedAt = publishedAt;
        Status = MeetingStatus.DraftMinutesPublished;
    }

    /// <summary>Minutes are approved (signed as a correct record) at the same or the next suitable meeting.</summary>
    public void ApproveMinutes(DateOnly approvedOn)
    {
        Require(MeetingStatus.DraftMinutesPublished, "have its minutes approved");
        if (approvedOn < DateOnly.FromDateTime(StartsAt))
            throw new DomainException("Minutes cannot be approved before the meeting they record.");
        if (DraftMinutesPublishedAt is { } published && approvedOn < DateOnly.FromDateTime(published))
            throw new DomainException("Minutes cannot be approved before their draft was published.");
        MinutesApprovedOn = approvedOn;
        // Signed minutes are the record: from now on a correction is itself minuted, never an edit.
        foreach (var item in _items) item.SignMinutes();
        Status = MeetingStatus.MinutesApproved;
    }

    public void Cancel(string reason) => StopBeforeItIsHeld(MeetingStatus.Cancelled, reason, "cancelled");

    public void Postpone(string reason) => StopBeforeItIsHeld(MeetingStatus.Postponed, reason, "postponed");

    private void StopBeforeItIsHeld(MeetingStatus status, string reason, string verb)
    {
        if (Status is not (MeetingStatus.Scheduled or MeetingStatus.AgendaPublished))
            throw new DomainException($"A meeting that is {StatusName(Status).ToLowerInvariant()} cannot be {verb}.");
        StatusReason = Guard.Required(reason, $"The reason the meeting is {verb}", 500);
        Status = status;
    }

    public AgendaItem AddItem(string number, string title, string? description = null)
    {
        if (Status is MeetingStatus.MinutesApproved or MeetingStatus.Cancelled)
            throw new DomainException($"Items cannot be added to a meeting that is {StatusName(Status).ToLowerInvariant()}.");
        number = AgendaItemNumber.Normalise(number);
        if (_items.Any(i => string.Equals(i.Number, number, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException($"This agenda already has an item {number}.");
        var item = new AgendaItem(number, title, description);
        _items.Add(item);
        return item;
    }

    public AgendaItem Item(string number) =>
        _items.FirstOrDefault(i => string.Equals(i.Number, AgendaItemNumber.Normalise(number), StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainException($"This agenda has no item {number}.");

    public Attendance RecordAttendance(int personId, AttendanceKind kind, int? substituteForPersonId = null, string? note = null)
    {
        if (Status is MeetingStatus.Cancelled or MeetingStatus.Postponed)
            throw new DomainException("Attendance is not recorded for a meeting that did not take place.");
        if (_attendance.Any(a => a.PersonId == personId))
            throw new DomainException("That person's attendance is already recorded for this meeting.");
        if (kind == AttendanceKind.Substitute && substituteForPersonId is null)
            throw new DomainException("A substitute must be recorded with the member they substitute for.");
        if (kind != AttendanceKind.Substitute && substituteForPersonId is not null)
            throw new DomainException("Only a substitute substitutes for another member.");
        if (substituteForPersonId == personId)
            throw new DomainException("A member cannot substitute for themselves.");
        var record = new Attendance(personId, kind, substituteForPersonId, note);
        _attendance.Add(record);
        return record;
    }

    public void RecordLeftDuring(int personId, string itemNumber)
    {
        var record = _attendance.FirstOrDefault(a => a.PersonId == personId && a.WasThere)
            ?? throw new DomainException("Only someone recorded as present can leave the meeting.");
        var item = Item(itemNumber);
        record.LeftDuring(item.Number);
    }

    private void Require(MeetingStatus expected, string action)
    {
        if (Status != expected)
            throw new DomainException($"A meeting that is {StatusName(Status).ToLowerInvariant()} cannot {action}.");
    }

    public static string StatusName(MeetingStatus status) => status switch
    {
        MeetingStatus.Scheduled => "Scheduled",
        MeetingStatus.AgendaPublished => "Agenda published",
        MeetingStatus.Held => "Held",
        MeetingStatus.DraftMinutesPublished => "Draft minutes published",
        MeetingStatus.MinutesApproved => "Minutes approved",
        MeetingStatus.Cancelled => "Cancelled",
        _ => "Postponed",
    };
}

public enum AttendanceKind { Present, Virtual, Apologies, Absent, Substitute, InAttendance }

public sealed class Attendance
{
    private Attendance() { }

    internal Attendance(int personId, AttendanceKind kind, int? substituteForPersonId, string? note)
    {
        PersonId = personId;
        Kind = kind;
        SubstituteForPersonId = substituteForPersonId;
        Note = Guard.Optional(note, "Attendance note", 300);
    }

    public int Id { get; private set; }
    public int MeetingId { get; private set; }
    public int PersonId { get; private set; }
    public AttendanceKind Kind { get; private set; }
    public int? SubstituteForPersonId { get; private set; }
    public string? LeftDuringItem { get; private set; }
    public string? Note { get; private set; }

    public bool WasThere => Kind is AttendanceKind.Present or AttendanceKind.Virtual or AttendanceKind.Substitute or AttendanceKind.InAttendance;

    internal void LeftDuring(string itemNumber) => LeftDuringItem = itemNumber;
}
