namespace CommitteeHub.Domain;

public enum DecisionStatus { Published, CalledIn, Scrutinised, Implemented }

/// <summary>What overview and scrutiny decided about a called-in decision.</summary>
public enum CallInOutcome { ReferredBack, NoFurtherAction }

/// <summary>A conflict of interest declared by an executive member consulted on the decision, with any dispensation
/// granted by the head of paid service (SI 2012/2089 reg 13).</summary>
public sealed record DeclaredConflictLine(int PersonId, string Nature, string? Dispensation = null);

/// <summary>
/// The record of an executive decision (SI 2012/2089 regs 12–13): the decision and its date, the reasons, the
/// alternatives rejected, conflicts declared and dispensations granted. Once published it is open for call-in; it is
/// not implemented until the call-in period ends, or, if it is called in, until overview and scrutiny has dealt with
/// it (and, if it was referred back, the decision maker has reconsidered).
/// </summary>
public sealed class Decision : AggregateRoot
{
    private readonly List<DeclaredConflict> _conflicts = [];
    private readonly List<CallInSignatory> _callInSignatories = [];

    private Decision() { }

    public Decision(string decisionMaker, string title, string decisionText, string reasons, DateOnly decidedOn, DateTime publishedAt,
        string? alternativesRejected = null, IEnumerable<DeclaredConflictLine>? conflicts = null, bool urgent = false,
        int? meetingId = null, int? agendaItemId = null, bool isExecutive = true)
    {
        if (DateOnly.FromDateTime(publishedAt) < decidedOn)
            throw new DomainException("A decision cannot be published before the day it was taken.");
        if (agendaItemId is not null && meetingId is null)
            throw new DomainException("A decision taken on an agenda item needs the meeting it was taken at.");
        DecisionMaker = Guard.Required(decisionMaker, "The decision maker", 200);
        Title = Guard.Required(title, "Decision title", 300);
        Text = Guard.Markdown(decisionText, "The decision", 50_000, required: true);
        Reasons = Guard.Markdown(reasons, "The reasons for the decision", 50_000, required: true);
        AlternativesRejected = Guard.Markdown(alternativesRejected, "The alternative options rejected", 20_000);
        foreach (var line in conflicts ?? [])
        {
            if (_conflicts.Any(c => c.PersonId == line.PersonId))
                throw new DomainException("Record each member's conflict of interest once, with all its nature in one entry.");
            _conflicts.Add(new DeclaredConflict(line.PersonId, line.Nature, line.Dispensation));
        }
        DecidedOn = decidedOn;
        PublishedAt = DateTime.SpecifyKind(publishedAt, DateTimeKind.Unspecified);
        IsUrgent = urgent;
        MeetingId = meetingId;
        AgendaItemId = agendaItemId;
        IsExecutive = isExecutive;
        Status = DecisionStatus.Published;
        Raise(new DecisionPublished(Title, DecisionMaker, decidedOn, meetingId));
    }

    public int Id { get; private set; }
    /// <summary>"Cabinet", a named Cabinet Member, or the committee that took the decision at a meeting.</summary>
    public string DecisionMaker { get; private set; } = "";
    public int? MeetingId { get; private set; }
    public int? AgendaItemId { get; private set; }
    public int? ForwardPlanEntryId { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>The decision (Markdown).</summary>
    public string Text { get; private set; } = "";
    public string Reasons { get; private set; } = "";
    /// <summary>Empty when no alternative was considered.</summary>
    public string AlternativesRejected { get; private set; } = "";
    public bool IsKeyDecision { get; private set; }
    /// <summary>Taken by the executive (the Cabinet or a Cabinet Member), so subject to call-in and the Forward Plan;
    /// a committee's decision (the Council's, a regulatory committee's) is neither.</summary>
    public bool IsExecutive { get; private set; }
    /// <summary>Taken under special urgency: not subject to call-in unless the council's rules say otherwise.</summary>
    public bool IsUrgent { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    /// <summary>Local (UK) time the record was published: the call-in period runs from it.</summary>
    public DateTime PublishedAt { get; private set; }
    public DecisionStatus Status { get; private set; }
    public DateTime? CalledInAt { get; private set; }
    public string? CallInReasons { get; private set; }
    public CallInOutcome? ScrutinyOutcome { get; private set; }
    public DateOnly? ScrutinisedOn { get; private set; }
    public string? ScrutinyComments { get; private set; }
    public DateOnly? ReconsideredOn { get; private set; }
    /// <summary>What the decision maker decided on reconsidering a decision referred back (Markdown).</summary>
    public string? Reconsideration { get; private set; }
    public DateTime? ImplementedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<DeclaredConflict> Conflicts => _conflicts;
    public IReadOnlyList<CallInSignatory> CallInSignatories => _callInSignatories;

    public bool IsSubjectToCallIn(ExecutiveRules rules) => Standing.IsSubjectToCallIn(rules);

    /// <summary>What the decision's place in call-in turns on: <see cref="PublicStatus"/> is worked out from it.</summary>
    public CallInStanding Standing => new(Status, IsExecutive, IsUrgent, PublishedAt, ScrutinyOutcome, ReconsideredOn, DecisionMaker);

    public DateTime CallInDeadline(ExecutiveRules rules, WorkingCalendar calendar) => Standing.CallInDeadline(rules, calendar);

    /// <summary>Links the decision to the notice it was taken on, which must allow a decision on the day it was taken.
    /// A key decision exists only this way, so none escapes the Forward Plan.</summary>
    public void TakenOnNotice(ForwardPlanEntry entry, ExecutiveRules rules, WorkingCalendar calendar)
    {
        if (!IsExecutive) throw new DomainException($"Only an executive decision is taken on a Forward Plan notice; this is a decision of the {DecisionMaker}.");
        if (ForwardPlanEntryId is not null) throw new DomainException("This decision is already linked to its Forward Plan entry.");
        if (Status != DecisionStatus.Published || CalledInAt is not null)
            throw new DomainException("Link a decision to its Forward Plan entry before it is called in or implemented.");
        entry.ConfirmDecisionMayBeTakenOn(DecidedOn, rules, calendar);
        entry.Decided(DecidedOn);
        ForwardPlanEntryId = entry.Id;
        IsKeyDecision = entry.IsKeyDecision;
        IsUrgent |= entry.HasSpecialUrgency;
    }

    /// <summary>Councillors call the decision in to overview and scrutiny, before the deadline, with enough signatures.</summary>
    public void CallIn(IReadOnlyCollection<int> signatoryIds, string reasons, DateTime at, ExecutiveRules rules, WorkingCalendar calendar)
    {
        if (!IsExecutive)
            throw new DomainException($"Only an executive decision can be called in; this is a decision of the {DecisionMaker}.");
        if (!IsSubjectToCallIn(rules))
            throw new DomainException("This decision was taken as urgent, so it is not subject to call-in.");
        Require(DecisionStatus.Published, "be called in");
        if (at < PublishedAt) throw new DomainException("A decision cannot be called in before it is published.");
        var deadline = CallInDeadline(rules, calendar);
        if (at > deadline)
            throw new DomainException($"The call-in period for this decision ended at {ExecutiveRules.Describe(deadline)}.");
        if (signatoryIds.Distinct().Count() != signatoryIds.Count)
            throw new DomainException("A councillor can sign a call-in only once.");
        if (signatoryIds.Count < rules.CallInSignatories)
            throw new DomainException($"A call-in needs the signatures of at least {rules.CallInSignatories} councillors; {signatoryIds.Count} signed.");
        CallInReasons = Guard.Markdown(reasons, "The reasons for the call-in", 20_000, required: true);
        _callInSignatories.AddRange(signatoryIds.Select(id => new CallInSignatory(id)));
        CalledInAt = DateTime.SpecifyKind(at, DateTimeKind.Unspecified);
        Status = DecisionStatus.CalledIn;
        Raise(new DecisionCalledIn(Title, signatoryIds.Count, MeetingId));
    }

    public void RecordScrutinyOutcome(CallInOutcome outcome, DateOnly on, string? comments = null)
    {
        Require(DecisionStatus.CalledIn, "have a scrutiny outcome recorded");
        if (on < DateOnly.FromDateTime(CalledInAt!.Value))
            throw new DomainException("Overview and scrutiny cannot deal with a call-in before the decision was called in.");
        ScrutinyComments = Guard.Markdown(comments, "Scrutiny's comments", 20_000, required: outcome == CallInOutcome.ReferredBack);
        ScrutinyOutcome = outcome;
        ScrutinisedOn = on;
        Status = DecisionStatus.Scrutinised;
        Raise(new DecisionScrutinised(Title, outcome, on, MeetingId));
    }

    /// <summary>The decision maker reconsiders a decision referred back, in the light of scrutiny's comments.</summary>
    public void Reconsider(DateOnly on, string outcome)
    {
        if (Status != DecisionStatus.Scrutinised || ScrutinyOutcome != CallInOutcome.ReferredBack)
            throw new DomainException("Only a decision referred back by overview and scrutiny is reconsidered.");
        if (ReconsideredOn is not null) throw new DomainException("The decision maker has already reconsidered this decision.");
        if (on < ScrutinisedOn) throw new DomainException("A decision cannot be reconsidered before it was referred back.");
        Reconsideration = Guard.Markdown(outcome, "The decision on reconsideration", 50_000, required: true);
        ReconsideredOn = on;
        Raise(new DecisionReconsidered(Title, on, MeetingId));
    }

    public void Implement(DateTime at, ExecutiveRules rules, WorkingCalendar calendar)
    {
        switch (Status)
        {
            case DecisionStatus.Published when !IsSubjectToCallIn(rules):
                if (at < PublishedAt) throw new DomainException("A decision cannot be implemented before it is published.");
                break;
            case DecisionStatus.Published:
                var deadline = CallInDeadline(rules, calendar);
                if (at <= deadline)
                    throw new DomainException($"This decision cannot be implemented until its call-in period ends at {ExecutiveRules.Describe(deadline)}.");
                break;
            case DecisionStatus.CalledIn:
                throw new DomainException("This decision has been called in: it cannot be implemented until overview and scrutiny has dealt with it.");
            case DecisionStatus.Scrutinised when ScrutinyOutcome == CallInOutcome.ReferredBack && ReconsideredOn is null:
                throw new DomainException($"This decision was referred back: {DecisionMaker} must reconsider it before it is implemented.");
            case DecisionStatus.Scrutinised:
                if (DateOnly.FromDateTime(at) < (ReconsideredOn ?? ScrutinisedOn))
                    throw new DomainException("A decision cannot be implemented before scrutiny's outcome on it.");
                break;
            default:
                throw new DomainException("This decision has already been implemented.");
        }
        ImplementedAt = DateTime.SpecifyKind(at, DateTimeKind.Unspecified);
        Status = DecisionStatus.Implemented;
        Raise(new DecisionImplemented(Title, MeetingId));
    }

    /// <summary>Where the decision stands, in words for the public.</summary>
    public string PublicStatus(DateTime now, ExecutiveRules rules, WorkingCalendar calendar) => Standing.PublicStatus(now, rules, calendar);

    private void Require(DecisionStatus expected, string action)
    {
        if (Status != expected)
            throw new DomainException($"A decision that is {StatusName(Status).ToLowerInvariant()} cannot {action}.");
    }

    public static string StatusName(DecisionStatus status) => status switch
    {
        DecisionStatus.CalledIn => "Called in",
        DecisionStatus.Scrutinised => "Scrutinised after call-in",
        _ => status.ToString(),
    };
}

/// <summary>A decision's place in call-in, from the few fields it turns on: a register of decisions asks the database
/// for these (and the columns it lists) rather than for each whole decision with its text and reasons.</summary>
public readonly record struct CallInStanding(
    DecisionStatus Status, bool IsExecutive, bool IsUrgent, DateTime PublishedAt, CallInOutcome? ScrutinyOutcome, DateOnly? ReconsideredOn,
    string DecisionMaker)
{
    public bool IsSubjectToCallIn(ExecutiveRules rules) => IsExecutive && (!IsUrgent || rules.CallInAppliesToUrgentDecisions);

    public DateTime CallInDeadline(ExecutiveRules rules, WorkingCalendar calendar) => rules.CallInDeadline(PublishedAt, calendar);

    /// <summary>Where the decision stands, in the words the public register uses.</summary>
    public string PublicStatus(DateTime now, ExecutiveRules rules, WorkingCalendar calendar) => Status switch
    {
        _ when !IsExecutive => "Not subject to call-in (not an executive decision)",
        DecisionStatus.Implemented => "Implemented",
        DecisionStatus.Published when !IsSubjectToCallIn(rules) => "Not subject to call-in (urgent)",
        DecisionStatus.Published when now <= CallInDeadline(rules, calendar) =>
            $"Open for call-in until {ExecutiveRules.Describe(CallInDeadline(rules, calendar))}",
        DecisionStatus.Published => "Not called in",
        DecisionStatus.CalledIn => "Called in",
        _ when ScrutinyOutcome == CallInOutcome.NoFurtherAction => "Called in: no further action",
        _ when ReconsideredOn is null => $"Called in: referred back to {DecisionMaker}",
        _ => $"Called in: reconsidered by {DecisionMaker}",
    };
}

public sealed class DeclaredConflict
{
    private DeclaredConflict() { }

    internal DeclaredConflict(int personId, string nature, string? dispensation)
    {
        PersonId = personId;
        Nature = Guard.Required(nature, "The nature of the conflict of interest", 1_000);
        Dispensation = Guard.Optional(dispensation, "The dispensation granted", 1_000);
    }

    public int Id { get; private set; }
    public int DecisionId { get; private set; }
    public int PersonId { get; private set; }
    public string Nature { get; private set; } = "";
    /// <summary>The dispensation granted by the head of paid service, if any.</summary>
    public string? Dispensation { get; private set; }
}

public sealed class CallInSignatory
{
    private CallInSignatory() { }

    internal CallInSignatory(int personId) => PersonId = personId;

    public int Id { get; private set; }
    public int DecisionId { get; private set; }
    public int PersonId { get; private set; }
}
