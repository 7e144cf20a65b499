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
    }

    public void Move()
    {
        Require(MotionStatus.OnAgenda, "be moved");
        Status = MotionStatus.Moved;
    }

    /// <summary>Tables an amendment, written as the whole motion as it would read if carried. One tabled after the
    /// council's deadline is marked late: it may be moved only at the chair's discretion.</summary>
    public Amendment TableAmendment(int moverId, int? seconderId, string amendedText, DateOnly tabledOn, bool late = false)
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
    public void MoveAmendment(int number)
    {
        Require(MotionStatus.Moved, "have an amendment moved");
        if (_amendments.Any(a => a.Status == AmendmentStatus.Moved))
            throw new DomainException("Another amendment is being debated: decide it first.");
        var amendment = Amendment(number);
        RequireReadsAgainstCurrentText(amendment);
        amendment.Move();
    }

    /// <summary>Records an amendment carried, with its vote; on a budget decision the vote must be by name.</summary>
    public void CarryAmendment(int number, Vote? vote = null, bool budgetDecision = false)
    {
        var amendment = UndecidedMotionsAmendment(number);
        RequireReadsAgainstCurrentText(amendment);
        if (budgetDecision) Vote.RequireNames(vote, $"Amendment {number}");
        amendment.Carry(vote);
        SubstantiveText = amendment.Text;
    }

    /// <summary>The mover of the motion accepts the amendment, with the meeting's consent.</summary>
    public void AcceptAmendment(int number)
    {
        var amendment = UndecidedMotionsAmendment(number);
        RequireReadsAgainstCurrentText(amendment);
        amendment.AcceptByMover();
        SubstantiveText = amendment.Text;
    }

    /// <summary>The proper officer accepts a tabled amendment onto the agenda (it is relevant, and only leaves out,
    /// adds, or leaves out and inserts words).</summary>
    public void AdmitAmendment(int number, DateOnly on) => UndecidedMotionsAmendment(number).Admit(on);

    /// <summary>Re-reads a pending amendment against the substantive motion after another was carried: the clerk (or
    /// a clean three-way merge) supplies the amendment's words as they now apply.</summary>
    public void RebaseAmendment(int number, string textAgainstSubstantiveMotion)
    {
        var amendment = UndecidedMotionsAmendment(number);
        if (!amendment.IsPending) throw new DomainException($"Amendment {number} is {Domain.Amendment.StatusName(amendment.Status).ToLowerInvariant()}: only a pending amendment is re-read.");
        var text = Guard.Markdown(textAgainstSubstantiveMotion, "The motion as amended", 50_000, required: true);
        amendment.ReadAgainst(CurrentText, text);
    }

    /// <summary>Records that a pending amendment collides with the carried one and needs the clerk's attention.</summary>
    public void FlagRebaseConflict(int number, string explanation) =>
        UndecidedMotionsAmendment(number).FlagConflict(Guard.Required(explanation, "The conflict", 2_000));

    public void LoseAmendment(int number, Vote? vote = null, bool budgetDecision = false)
    {
        if (budgetDecision) Vote.RequireNames(vote, $"Amendment {number}");
        UndecidedMotionsAmendment(number).Lose(vote);
    }

    public void WithdrawAmendment(int number) => UndecidedMotionsAmendment(number).Withdraw();

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

    public void Carry() => Decide(MotionStatus.Carried);

    public void Lose() => Decide(MotionStatus.Lost);

    public void Withdraw()
    {
        if (IsDecided) throw new DomainException($"A motion that is {StatusName(Status).ToLowerInvariant()} cannot be withdrawn.");
        Status = MotionStatus.Withdrawn;
    }

    public void Refer(string to)
    {
        if (Status is not (MotionStatus.OnAgenda or MotionStatus.Moved))
            throw new DomainException($"A motion that is {StatusName(Status).ToLowerInvariant()} cannot be referred.");
        ReferredTo = Guard.Required(to, "The body the motion is referred to", 200);
        Status = MotionStatus.Referred;
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
