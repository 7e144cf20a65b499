namespace CommitteeHub.Domain;

/// <summary>Who agreed that a decision is urgent and cannot reasonably be deferred (SI 2012/2089 reg 11): the chair
/// of overview and scrutiny; if there is none or they cannot act, the chair of the council; failing them, the
/// vice-chair.</summary>
public enum UrgencyAgreedBy { ScrutinyChair, CouncilChair, CouncilViceChair }

/// <summary>
/// A matter in the Forward Plan: notice that the executive intends to take a decision, naming the matter, the
/// decision maker, the date, the documents and how to make representations (SI 2012/2089 reg 9), and whether it will
/// be taken in private (reg 5). Notice short of 28 clear days is cured only by the general exception (reg 10) or
/// special urgency (reg 11), each recorded here with its notice, so the entry can answer whether the decision may be
/// taken on a given day.
/// </summary>
public sealed class ForwardPlanEntry : AggregateRoot
{
    private ForwardPlanEntry() { }

    public ForwardPlanEntry(string matter, string decisionMaker, DateOnly intendedDecisionOn, KeyDecisionReason? keyDecision,
        string documents, string howToMakeRepresentations)
    {
        Matter = Guard.Required(matter, "The matter to be decided", 300);
        DecisionMaker = Guard.Required(decisionMaker, "The decision maker", 200);
        IntendedDecisionOn = intendedDecisionOn;
        KeyDecision = keyDecision;
        Documents = Guard.Markdown(documents, "The documents to be considered", 5_000, required: true);
        HowToMakeRepresentations = Guard.Markdown(howToMakeRepresentations, "How to make representations", 5_000, required: true);
    }

    public int Id { get; private set; }
    public string Matter { get; private set; } = "";
    /// <summary>"Cabinet", or a named Cabinet Member.</summary>
    public string DecisionMaker { get; private set; } = "";
    public DateOnly IntendedDecisionOn { get; private set; }
    /// <summary>Null when the matter is not a key decision (it may still be listed because it is to be taken in private).</summary>
    public KeyDecisionReason? KeyDecision { get; private set; }
    public string Documents { get; private set; } = "";
    public string HowToMakeRepresentations { get; private set; } = "";
    /// <summary>The Schedule 12A paragraph under which the decision will be taken in private.</summary>
    public int? ExemptParagraph { get; private set; }
    public string? PrivateReasons { get; private set; }
    public DateOnly? FirstPublishedOn { get; private set; }
    /// <summary>The day the decision was taken on this notice, which takes the matter off the plan; kept here (by
    /// <see cref="Decision.TakenOnNotice"/>) so the plan reads its few open notices by an index, not twenty years.</summary>
    public DateOnly? DecidedOn { get; private set; }

    public DateOnly? ScrutinyChairNotifiedOn { get; private set; }
    public DateOnly? GeneralExceptionNoticeOn { get; private set; }
    /// <summary>Why 28 clear days' notice was impracticable.</summary>
    public string? GeneralExceptionReasons { get; private set; }

    public UrgencyAgreedBy? UrgencyAgreedBy { get; private set; }
    public string? UrgencyAgreedByName { get; private set; }
    public DateOnly? UrgencyAgreedOn { get; private set; }
    public DateOnly? SpecialUrgencyNoticeOn { get; private set; }
    /// <summary>Why the decision is urgent and cannot reasonably be deferred.</summary>
    public string? SpecialUrgencyReasons { get; private set; }
    public uint Version { get; private set; }

    public bool IsKeyDecision => KeyDecision is not null;
    public bool IsPrivate => ExemptParagraph is not null;
    public bool HasGeneralException => GeneralExceptionNoticeOn is not null;
    public bool HasSpecialUrgency => UrgencyAgreedOn is not null;
    /// <summary>Decisions taken under special urgency are reported to the council (reg 19).</summary>
    public bool MustBeReportedToCouncil => HasSpecialUrgency;

    /// <summary>Gives notice of a matter: the Forward Plan lists key decisions and decisions to be taken in private
    /// (reg 9), so a matter that is neither is refused; published at once when <paramref name="publishOn"/> is given.</summary>
    public static ForwardPlanEntry Notice(string matter, string decisionMaker, DateOnly intendedDecisionOn, KeyDecisionReason? keyDecision,
        string documents, string howToMakeRepresentations, int? exemptParagraph, string? privateReasons, DateOnly? publishOn)
    {
        var entry = new ForwardPlanEntry(matter, decisionMaker, intendedDecisionOn, keyDecision, documents, howToMakeRepresentations);
        if (exemptParagraph is { } paragraph) entry.TakeInPrivate(paragraph, privateReasons!);
        else if (!string.IsNullOrWhiteSpace(privateReasons)) throw new DomainException("Choose the Schedule 12A paragraph under which the decision will be taken in private, or leave the reasons blank.");
        if (!entry.IsKeyDecision && !entry.IsPrivate)
            throw new DomainException("The Forward Plan lists key decisions and decisions to be taken in private: choose why this matter is a key decision, or the paragraph under which it will be taken in private.");
        if (publishOn is { } on) entry.PublishOn(on);
        entry.Raise(new ForwardPlanEntryAdded(entry.Matter, publishOn is not null));
        return entry;
    }

    public void Publish(DateOnly on)
    {
        PublishOn(on);
        Raise(new ForwardPlanEntryPublished(Matter, on));
    }

    private void PublishOn(DateOnly on)
    {
        if (FirstPublishedOn is { } first)
            throw new DomainException($"This matter was already published in the Forward Plan on {ExecutiveRules.Describe(first)}.");
        if (on > IntendedDecisionOn)
            throw new DomainException("A matter cannot be published in the Forward Plan after the date of its decision.");
        FirstPublishedOn = on;
    }

    /// <summary>Notice runs from first publication, so a later date needs no fresh notice; an earlier one may fall short.</summary>
    public void MoveDecisionDate(DateOnly to)
    {
        IntendedDecisionOn = to;
        Raise(new ForwardPlanEntryChanged(Matter, $"Moved the intended date of decision to {ExecutiveRules.Describe(to)}"));
    }

    /// <summary>Gives notice that the decision will be taken in private, with the reasons (reg 5).</summary>
    public void TakeInPrivate(int exemptParagraph, string reasons)
    {
        Schedule12A.Describe(exemptParagraph);
        ExemptParagraph = exemptParagraph;
        PrivateReasons = Guard.Markdown(reasons, "The reasons for taking the decision in private", 2_000, required: true);
    }

    public void TakeInPublic()
    {
        ExemptParagraph = null;
        PrivateReasons = null;
    }

    /// <summary>Reg 10: the chair of overview and scrutiny is told in writing and a notice is published; the decision
    /// waits until the set clear days have passed after both.</summary>
    public void UseGeneralException(DateOnly scrutinyChairNotifiedOn, DateOnly noticePublishedOn, string reasons)
    {
        if (!IsKeyDecision) throw new DomainException("The general exception is for key decisions; this matter is not one.");
        GeneralExceptionReasons = Guard.Markdown(reasons, "Why 28 clear days' notice is impracticable", 2_000, required: true);
        ScrutinyChairNotifiedOn = scrutinyChairNotifiedOn;
        GeneralExceptionNoticeOn = noticePublishedOn;
        Raise(new ForwardPlanEntryChanged(Matter, "Recorded the general exception"));
    }

    /// <summary>Reg 11 (and reg 5(6) for a private decision): the named chair agreed the decision is urgent and cannot
    /// reasonably be deferred, and a notice giving the reasons was published.</summary>
    public void UseSpecialUrgency(UrgencyAgreedBy agreedBy, string agreedByName, DateOnly agreedOn, DateOnly noticePublishedOn, string reasons)
    {
        if (noticePublishedOn < agreedOn)
            throw new DomainException("The special urgency notice is published after the chair agrees the decision is urgent, not before.");
        UrgencyAgreedByName = Guard.Required(agreedByName, "The name of the chair who agreed the decision is urgent", 200);
        SpecialUrgencyReasons = Guard.Markdown(reasons, "Why the decision is urgent and cannot reasonably be deferred", 2_000, required: true);
        UrgencyAgreedBy = agreedBy;
        UrgencyAgreedOn = agreedOn;
        SpecialUrgencyNoticeOn = noticePublishedOn;
        Raise(new ForwardPlanEntryChanged(Matter, "Recorded special urgency"));
    }

    /// <summary>The first day the decision may be taken on the notice given so far, or null if none allows it yet.</summary>
    public DateOnly? EarliestDecisionDay(ExecutiveRules rules, WorkingCalendar calendar)
    {
        if (!IsKeyDecision && !IsPrivate) return null;
        DateOnly? earliest = null;
        void Consider(DateOnly? day) { if (day is { } d && (earliest is null || d < earliest)) earliest = d; }
        if (FirstPublishedOn is { } published)
            Consider(ExecutiveRules.FirstDayAfter(published, rules.ForwardPlanNoticeClearDays, calendar));
        if (HasSpecialUrgency) Consider(UrgencyAgreedOn);
        // The general exception cures a key decision's notice, not the 28 days' notice of a private meeting (reg 5).
        if (HasGeneralException && !IsPrivate) Consider(GeneralExceptionDay(rules, calendar));
        return earliest;
    }

    /// <summary>Refuses, with the reason a clerk can act on, a decision the notice does not allow on that day.</summary>
    internal void Decided(DateOnly day) => DecidedOn = day;

    public void ConfirmDecisionMayBeTakenOn(DateOnly day, ExecutiveRules rules, WorkingCalendar calendar)
    {
        // A matter that is neither key nor private needs no notice under the regulations.
        if (!IsKeyDecision && !IsPrivate) return;
        if (HasSpecialUrgency && UrgencyAgreedOn <= day) return;
        if (FirstPublishedOn is { } published && calendar.ClearDaysBetween(published, day) >= rules.ForwardPlanNoticeClearDays) return;

        var what = IsKeyDecision ? "A key decision" : "A decision to be taken in private";
        var shortfall = FirstPublishedOn is { } first
            ? $"This matter was published in the Forward Plan on {ExecutiveRules.Describe(first)}, {calendar.ClearDaysBetween(first, day)} clear days before {ExecutiveRules.Describe(day)}. {what} needs {rules.ForwardPlanNoticeClearDays} clear days' notice, so it may not be taken before {ExecutiveRules.Describe(ExecutiveRules.FirstDayAfter(first, rules.ForwardPlanNoticeClearDays, calendar))}"
            : $"This matter has not been published in the Forward Plan. {what} needs {rules.ForwardPlanNoticeClearDays} clear days' notice";

        if (IsPrivate)
            throw new DomainException($"{shortfall}. To take it in private sooner, the chair of overview and scrutiny (or the chair or vice-chair of the council) must agree that it is urgent and cannot reasonably be deferred.");
        if (HasGeneralException)
        {
            var earliest = GeneralExceptionDay(rules, calendar);
            if (day >= earliest) return;
            throw new DomainException($"Under the general exception the decision waits {rules.GeneralExceptionClearDays} clear days after the scrutiny chair is notified and the notice is published, so it may not be taken before {ExecutiveRules.Describe(earliest)}.");
        }
        if (HasSpecialUrgency)
            throw new DomainException($"The chair agreed this decision was urgent on {ExecutiveRules.Describe(UrgencyAgreedOn!.Value)}; it cannot be taken before then.");
        throw new DomainException($"{shortfall}. Otherwise use the general exception (notify the chair of overview and scrutiny and publish a notice {rules.GeneralExceptionClearDays} clear days ahead) or special urgency.");
    }

    private DateOnly GeneralExceptionDay(ExecutiveRules rules, WorkingCalendar calendar)
    {
        var last = ScrutinyChairNotifiedOn!.Value > GeneralExceptionNoticeOn!.Value ? ScrutinyChairNotifiedOn.Value : GeneralExceptionNoticeOn.Value;
        return ExecutiveRules.FirstDayAfter(last, rules.GeneralExceptionClearDays, calendar);
    }
}
