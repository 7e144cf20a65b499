namespace CommitteeHub.Domain;

public enum MotionStatus { Received, OnAgenda, Moved, Carried, Lost, Withdrawn, Referred }

public enum AmendmentStatus { Tabled, Moved, AcceptedByMover, Carried, Lost, Withdrawn }

/// <summary>
/// A notice of motion: signed by its mover (and usually a seconder), received by the proper officer, placed on an
/// agenda, moved, amended and finally carried, lost, withdrawn or referred. When an amendment is carried or accepted,
/// the motion as amended becomes the substantive motion, and later amendments are read against it.
/// </summary>
public sealed class Motion : AggregateRoot
{
    private readonly List<Amendment> _amendments = [];

    private Motion() { }

    public Motion(string title, int moverId, int? seconderId, string text, DateOnly receivedOn)
    {
        if (seconderId == moverId) throw new DomainException("A motion cannot be seconded by its mover.");
        Title = Guard.Required(title, "Motion title", 300);
        MoverId = moverId;
        SeconderId = seconderId;
        Text = Guard.Markdown(text, "Motion text", 50_000, required: true);
        ReceivedOn = receivedOn;
        Status = MotionStatus.Received;
        Raise(new MotionTabled(Title, receivedOn));
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public int MoverId { get; private set; }
    public int? SeconderId { get; private set; }
    /// <summary>The motion as notice was given of it (Markdown).</summary>
    public string Text { get; private set; } = "";
    /// <summary>The motion as amended, once an amendment has been carried or accepted.</summary>
    public string? SubstantiveText { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public MotionStatus Status { get; private set; }
    public int? AgendaItemId { get; private set; }
    public string? ReferredTo { get; private set; }
    public uint Version { get; private set; }
    public IReadOnlyList<Amendment> Amendments => _amendments;

    /// <summary>The words now before the meeting.</summary>
    public string CurrentText => SubstantiveText ?? Text;
    public bool IsDecided => IsDecidedStatus(Status);

    public static bool IsDecidedStatus(MotionStatus status) =>
        status is MotionStatus.Carried or MotionStatus.Lost or MotionStatus.Withdrawn or MotionStatus.Referred;

    /// <summary>Places the motion on a meeting's agenda, if its notice arrived in time under the procedure rules.</summary>
    public void PlaceOnAgenda(int agendaItemId, DateOnly meetingDay, ProcedureRules rules, WorkingCalendar calendar)
    {
        var deadline = rules.MotionNoticeDeadline(meetingDay, calendar);
        if (ReceivedOn > deadline)
            throw new DomainException($"Notice of this motion was received on {ReceivedOn:d MMMM yyyy}. For a meeting on {meetingDay:d MMMM yyyy} notice was needed by {deadline:d MMMM yyyy} ({rules.MotionNoticeClearDays} clear days before).");
        if (meetingDay < ReceivedOn)
            throw new DomainException("A motion cannot be placed on the agenda of a meeting held before its notice was received.");
        Require(MotionStatus.Received, "be placed on an agenda");
        AgendaItemId = agendaItemId;
        Status = MotionStatus.OnAgenda;
        Raise(new MotionPlacedOnAgenda(Title, agendaItemId));
    }

    /// <param name="meetingId">The meeting at which it happens, when known: the step is written into its audit trail.</param>
    public void Move(int? meetingId = null)
    {
        Require(MotionStatus.OnAgenda, "be moved");
        Status = MotionStatus.Moved;
        Raise(new MotionMoved(Title, meetingId));
    }

    /// <summary>Tables an amendment, written as the whole motion as it would read if carried, at <paramref name="now"/>.
    /// One tabled after the council's deadline for notice of amendments to the meeting is marked late: it may be moved
    /// only at the chair's discretion.</summary>
    public Amendment TableAmendment(int moverId, int? seconderId, string amendedText, DateTime now, DateTime meetingStartsAt,
        ProcedureRules rules, WorkingCalendar calendar, int? meetingId = null)
    {
        var amendment = TableAmendment(moverId, seconderId, amendedText, DateOnly.FromDateTime(now), IsLateAmendment(now, meetingStartsAt, rules, calendar));
        Raise(new AmendmentTabled(Title, amendment.Number, amendment.IsLate, meetingId));
        return amendment;
    }

    /// <summary>Whether an amendment tabled at <paramref name="now"/> is late for a meeting starting then: tabled after
    /// the deadline for notice of amendments set by the procedure rules.</summary>
    public static bool IsLateAmendment(DateTime now, DateTime meetingStartsAt, ProcedureRules rules, WorkingCalendar calendar) =>
        now > rules.AmendmentNoticeDeadline(meetingStartsAt, calendar);

    /// <summary>Tables an amendment on a given day, late or not as the caller says: for arranging tests.</summary>
    internal Amendment TableAmendment(int moverId, int? seconderId, string amendedText, DateOnly tabledOn, bool late = false)
    {
        if (IsDecided) throw new DomainException($"A motion that is {StatusName(Status).ToLowerInvariant()} cannot be amended.");
        if (seconderId == moverId) throw new DomainException("An amendment cannot be seconded by its mover.");
        var text = Guard.Markdown(amendedText, "The motion as amended", 50_000, required: true);
        if (text == CurrentText) throw new DomainException("The amendment leaves the motion unchanged: edit its words.");
        if (_amendments.Any(a => a.IsPending && a.MoverId == moverId && a.Text == text))
            throw new DomainException("This amendment has already been tabled.");
        var amendment = new Amendment(_amendments.Count + 1, moverId, seconderId, CurrentText, text, tabledOn, late);
        _amendments.Add(amendment);
        return amendment;
    }

    /// <summary>Only one amendment is debated at a time, and only once the motion has been moved.</summary>
    public void MoveAmendment(int number, int? meetingId = null)
    {
        Require(MotionStatus.Moved, "have an amendment moved");
        if (_amendments.Any(a => a.Status == AmendmentStatus.Moved))
            throw new DomainException("Another amendment is being debated: decide it first.");
        var amendment = Amendment(number);
        RequireReadsAgainstCurrentText(amendment);
        amendment.Move();
        Raise(new AmendmentMoved(Title, number, meetingId));
    }

    /// <summary>Records an amendment carried at <paramref name="at"/>, with its vote, checked as every vote on the
    /// motion is (<see cref="CheckVote"/>).</summary>
    public void CarryAmendment(int number, Meeting at, Vote? vote = null)
    {
        var amendment = UndecidedMotionsAmendment(number);
        RequireReadsAgainstCurrentText(amendment);
        CheckVote(at, vote, $"Amendment {number}");
        amendment.Carry(vote);
        SubstantiveText = amendment.Text;
        Raise(new AmendmentCarried(Title, number, vote?.For, vote?.Against, vote?.Abstentions, vote?.IsRecorded == true, at.Id));
    }

    /// <summary>The mover of the motion accepts the amendment, with the meeting's consent.</summary>
    public void AcceptAmendment(int number, int? meetingId = null)
    {
        var amendment = UndecidedMotionsAmendment(number);
        RequireReadsAgainstCurrentText(amendment);
        amendment.AcceptByMover();
        SubstantiveText = amendment.Text;
        Raise(new AmendmentAccepted(Title, number, meetingId));
    }

    /// <summary>The proper officer accepts a tabled amendment onto the agenda (it is relevant, and only leaves out,
    /// adds, or leaves out and inserts words).</summary>
    public void AdmitAmendment(int number, DateOnly on, int? meetingId = null)
    {
        UndecidedMotionsAmendment(number).Admit(on);
        Raise(new AmendmentAdmitted(Title, number, on, meetingId));
    }

    /// <summary>Re-reads a pending amendment against the substantive motion after another was carried: the clerk (or
    /// a clean three-way merge) supplies the amendment's words as they now apply.</summary>
    public void RebaseAmendment(int number, string textAgainstSubstantiveMotion, int? meetingId = null)
    {
        var amendment = UndecidedMotionsAmendment(number);
        if (!amendment.IsPending) throw new DomainException($"Amendment {number} is {Domain.Amendment.StatusName(amendment.Status).ToLowerInvariant()}: only a pending amendment is re-read.");
        var text = Guard.Markdown(textAgainstSubstantiveMotion, "The motion as amended", 50_000, required: true);
        amendment.ReadAgainst(CurrentText, text);
        Raise(new AmendmentReadAgainst(Title, number, meetingId));
    }

    /// <summary>Records that a pending amendment collides with the carried one and needs the clerk's attention.</summary>
    public void FlagRebaseConflict(int number, string explanation, int? meetingId = null)
    {
        UndecidedMotionsAmendment(number).FlagConflict(Guard.Required(explanation, "The conflict", 2_000));
        Raise(new AmendmentRebaseConflict(Title, number, meetingId));
    }

    public void LoseAmendment(int number, Meeting at, Vote? vote = null)
    {
        var amendment = UndecidedMotionsAmendment(number);
        CheckVote(at, vote, $"Amendment {number}");
        amendment.Lose(vote);
        Raise(new AmendmentLost(Title, number, vote?.For, vote?.Against, vote?.Abstentions, vote?.IsRecorded == true, at.Id));
    }

    public void WithdrawAmendment(int number, int? meetingId = null)
    {
        UndecidedMotionsAmendment(number).Withdraw();
        Raise(new AmendmentWithdrawn(Title, number, meetingId));
    }

    /// <summary>Whether the votes on this motion and its amendments are recorded by name: when its item is the
    /// council's budget decision (Local Authorities (Standing Orders) (England) (Amendment) Regulations 2014,
    /// SI 2014/165). The item says so, explicitly, as the clerk marked it.</summary>
    public bool VotesAreRecordedByName(Meeting at) => ItemAt(at).IsBudgetDecision;

    /// <summary>A vote on the motion or an amendment, at the meeting whose agenda carries it: by name on a budget
    /// decision, and cast only by members there (once the register is taken).</summary>
    private void CheckVote(Meeting at, Vote? vote, string what)
    {
        var item = ItemAt(at);
        if (VotesAreRecordedByName(at)) Vote.RequireNames(vote, what);
        if (vote is not null) at.CheckVoters(item, vote);
    }

    private AgendaItem ItemAt(Meeting at) =>
        at.Items.FirstOrDefault(i => AgendaItemId is { } id && i.Id == id)
        ?? throw new DomainException("The motion is not on this meeting's agenda, so there is no item to record its vote on.");

    private Amendment UndecidedMotionsAmendment(int number)
    {
        if (IsDecided)
            throw new DomainException($"The motion is {StatusName(Status).ToLowerInvariant()}: its amendments can no longer change.");
        return Amendment(number);
    }

    /// <summary>An amendment tabled before another was carried was written against words that are no longer before
    /// the meeting; carrying it as it stands would silently undo the first. It must be re-tabled against the
    /// substantive motion.</summary>
    private void RequireReadsAgainstCurrentText(Amendment amendment)
    {
        if (amendment.BasedOnText != CurrentText)
            throw new DomainException($"Amendment {amendment.Number} was tabled against the motion's earlier wording. Since then an amendment has been carried, so it must be re-tabled against the substantive motion.");
    }

    /// <summary>Carries the motion, with its vote (the meeting checks the vote when it records the motion's words as
    /// the item's resolution, <see cref="Meeting.Resolve"/>).</summary>
    public void Carry(Vote? vote = null, int? meetingId = null)
    {
        Decide(MotionStatus.Carried);
        Raise(new MotionCarried(Title, vote?.For, vote?.Against, vote?.Abstentions, vote?.IsRecorded == true, meetingId));
    }

    public void Lose(int? meetingId = null)
    {
        Decide(MotionStatus.Lost);
        Raise(new MotionLost(Title, meetingId));
    }

    public void Withdraw(int? meetingId = null)
    {
        if (IsDecided) throw new DomainException($"A motion that is {StatusName(Status).ToLowerInvariant()} cannot be withdrawn.");
        Status = MotionStatus.Withdrawn;
        Raise(new MotionWithdrawn(Title, meetingId));
    }

    public void Refer(string to)
    {
        if (Status is not (MotionStatus.OnAgenda or MotionStatus.Moved))
            throw new DomainException($"A motion that is {StatusName(Status).ToLowerInvariant()} cannot be referred.");
        ReferredTo = Guard.Required(to, "The body the motion is referred to", 200);
        Status = MotionStatus.Referred;
        Raise(new MotionReferred(Title, ReferredTo));
    }

    private void Decide(MotionStatus outcome)
    {
        Require(MotionStatus.Moved, outcome == MotionStatus.Carried ? "be carried" : "be lost");
        if (_amendments.Any(a => a.Status == AmendmentStatus.Moved))
            throw new DomainException("An amendment is still being debated: decide it before the motion.");
        Status = outcome;
    }

    private Amendment Amendment(int number) =>
        _amendments.FirstOrDefault(a => a.Number == number) ?? throw new DomainException($"This motion has no amendment {number}.");

    private void Require(MotionStatus expected, string action)
    {
        if (Status != expected)
            throw new DomainException($"A motion that is {StatusName(Status).ToLowerInvariant()} cannot {action}.");
    }

    public static string StatusName(MotionStatus status) => status switch
    {
        MotionStatus.OnAgenda => "On the agenda",
        _ => status.ToString(),
    };
}

/// <summary>An amendment to a motion, held as the full text of the motion as it would read if carried.</summary>
public sealed class Amendment
{
    private readonly List<AmendmentVote> _recordedVotes = [];

    private Amendment() { }

    internal Amendment(int number, int moverId, int? seconderId, string basedOn, string text, DateOnly tabledOn, bool late)
    {
        IsLate = late;
        Number = number;
        MoverId = moverId;
        SeconderId = seconderId;
        BasedOnText = basedOn;
        Text = text;
        TabledOn = tabledOn;
        Status = AmendmentStatus.Tabled;
    }

    public int Id { get; private set; }
    public int MotionId { get; private set; }
    public int Number { get; private set; }
    public int MoverId { get; private set; }
    public int? SeconderId { get; private set; }
    /// <summary>The motion's words when the amendment was tabled: what its tracked changes are read against.</summary>
    public string BasedOnText { get; private set; } = "";
    /// <summary>The motion as it would read if the amendment were carried.</summary>
    public string Text { get; private set; } = "";
    public DateOnly TabledOn { get; private set; }
    /// <summary>Tabled after the council's deadline for notice of amendments: moved only at the chair's discretion.</summary>
    public bool IsLate { get; private set; }
    /// <summary>When the proper officer accepted the amendment onto the agenda.</summary>
    public DateOnly? AdmittedOn { get; private set; }
    /// <summary>Why the amendment could not be re-read against the substantive motion automatically.</summary>
    public string? RebaseConflict { get; private set; }
    public AmendmentStatus Status { get; private set; }
    public int? VotesFor { get; private set; }
    public int? VotesAgainst { get; private set; }
    public int? Abstentions { get; private set; }
    /// <summary>Who voted which way, where the vote was recorded (always on a budget decision).</summary>
    public IReadOnlyList<AmendmentVote> RecordedVotes => _recordedVotes;

    public bool IsPending => Status is AmendmentStatus.Tabled;

    internal void Admit(DateOnly on)
    {
        if (Status != AmendmentStatus.Tabled) throw new DomainException($"An amendment that is {StatusName(Status).ToLowerInvariant()} cannot be accepted onto the agenda.");
        if (AdmittedOn is not null) throw new DomainException("This amendment is already on the agenda.");
        if (on < TabledOn) throw new DomainException("An amendment cannot be accepted onto the agenda before it was tabled.");
        AdmittedOn = on;
    }

    internal void ReadAgainst(string basedOn, string text)
    {
        if (text == basedOn) throw new DomainException("Read against the substantive motion, this amendment no longer changes anything: withdraw it instead.");
        BasedOnText = basedOn;
        Text = text;
        RebaseConflict = null;
    }

    internal void FlagConflict(string explanation) => RebaseConflict = explanation;

    internal void Move() => Step(AmendmentStatus.Tabled, AmendmentStatus.Moved, "be moved");
    internal void Carry(Vote? vote)
    {
        vote?.Check();
        Step(AmendmentStatus.Moved, AmendmentStatus.Carried, "be carried");
        RecordVote(vote);
    }

    internal void Lose(Vote? vote)
    {
        vote?.Check();
        Step(AmendmentStatus.Moved, AmendmentStatus.Lost, "be lost");
        RecordVote(vote);
    }

    private void RecordVote(Vote? vote)
    {
        if (vote is null) return;
        (VotesFor, VotesAgainst, Abstentions) = (vote.For, vote.Against, vote.Abstentions);
        _recordedVotes.AddRange((vote.Names ?? []).Select(n => new AmendmentVote(n.PersonId, n.Choice)));
    }

    internal void AcceptByMover()
    {
        if (Status is not (AmendmentStatus.Tabled or AmendmentStatus.Moved))
            throw new DomainException($"An amendment that is {StatusName(Status).ToLowerInvariant()} cannot be accepted.");
        Status = AmendmentStatus.AcceptedByMover;
    }

    internal void Withdraw()
    {
        if (Status is not (AmendmentStatus.Tabled or AmendmentStatus.Moved))
            throw new DomainException($"An amendment that is {StatusName(Status).ToLowerInvariant()} cannot be withdrawn.");
        Status = AmendmentStatus.Withdrawn;
    }

    private void Step(AmendmentStatus from, AmendmentStatus to, string action)
    {
        if (Status != from)
            throw new DomainException($"An amendment that is {StatusName(Status).ToLowerInvariant()} cannot {action}.");
        Status = to;
    }

    public static string StatusName(AmendmentStatus status) => status switch
    {
        AmendmentStatus.AcceptedByMover => "Accepted by the mover",
        _ => status.ToString(),
    };
}

public sealed class AmendmentVote
{
    private AmendmentVote() { }

    internal AmendmentVote(int personId, VoteChoice choice)
    {
        PersonId = personId;
        Choice = choice;
    }

    public int Id { get; private set; }
    public int AmendmentId { get; private set; }
    public int PersonId { get; private set; }
    public VoteChoice Choice { get; private set; }
}
