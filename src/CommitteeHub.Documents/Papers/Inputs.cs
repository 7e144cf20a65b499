namespace CommitteeHub.Documents.Papers;

// The contract between the web app and the papers: plain records the app fills from the database. Nothing here
// knows about EF Core or the web, so the papers can be made, tested and benchmarked alone.

/// <summary>When and where a meeting is held.</summary>
public sealed record MeetingDetails(string Council, string Committee, DateOnly Date, TimeOnly Time, string Venue);

public enum MemberRole { Member, Chairman, ViceChairman }

public sealed record CommitteeMember(string Name, MemberRole Role = MemberRole.Member);

public sealed record ContactOfficer(string Name, string? Telephone, string? Email);

/// <summary>Which readers a paper is for. The public edition leaves out everything exempt under Schedule 12A
/// and says why; the full edition is for members and officers entitled to see it.</summary>
public enum Edition { Public, Full }

/// <summary>A report on an agenda item: its text (Markdown) and its uploaded appendices.</summary>
public sealed record Report(string Title, string Markdown)
{
    public IReadOnlyList<ReportAppendix> Appendices { get; init; } = [];
    /// <summary>The paragraph of Part 1 of Schedule 12A where the report is exempt while its item is not.</summary>
    public int? ExemptParagraph { get; init; }
    /// <summary>A written appendix ("Appendix A: ..."): it starts on a new page, and the report that lists it links
    /// to it.</summary>
    public bool IsAppendix { get; init; }
}

/// <summary>An uploaded PDF appendix (accepted by <see cref="AppendixCheck"/>).</summary>
public sealed record ReportAppendix(string Title, byte[] Pdf)
{
    public int? ExemptParagraph { get; init; }
}

/// <summary>An item of business. <see cref="Number"/> is the council's own: "8(a)", "12A".</summary>
public sealed record AgendaItem(string Number, string Title)
{
    /// <summary>What the committee is asked to do, printed under the title in the list of items (Markdown).</summary>
    public string? Description { get; init; }
    /// <summary>The paragraph of Part 1 of Schedule 12A under which the whole item is exempt.</summary>
    public int? ExemptParagraph { get; init; }
    public IReadOnlyList<Report> Reports { get; init; } = [];
    /// <summary>For a late item: why the Chairman is asked to take it as urgent (s.100B(4)(b)).</summary>
    public string? ReasonForUrgency { get; init; }
    /// <summary>The agenda's own "Exclusion of the press and public" item: when there is one, the pack prints it
    /// as it stands rather than adding the resolution itself.</summary>
    public bool IsExclusion { get; init; }
}

public sealed record AgendaPackInput(MeetingDetails Meeting, IReadOnlyList<CommitteeMember> Membership, string? Quorum,
    ContactOfficer Contact, IReadOnlyList<AgendaItem> Items);

/// <param name="IncludeReports">False for the agenda alone (front sheet and list of items); true for the whole pack.</param>
public sealed record AgendaPackOptions(Edition Edition = Edition.Public, bool IncludeReports = true);

// Minutes

public sealed record Substitution(string Name, string For);

public sealed record OfficerPresent(string Name, string JobTitle);

public sealed record Attendance(IReadOnlyList<CommitteeMember> Present)
{
    public IReadOnlyList<string> Apologies { get; init; } = [];
    /// <summary>Members who neither came nor sent apologies.</summary>
    public IReadOnlyList<string> Absent { get; init; } = [];
    public IReadOnlyList<Substitution> Substitutes { get; init; } = [];
    public IReadOnlyList<OfficerPresent> Officers { get; init; } = [];
    public IReadOnlyList<string> InAttendance { get; init; } = [];
}

/// <param name="Interest">As minuted: "a disclosable pecuniary interest", or with its nature, "a personal interest as a foster carer".</param>
public sealed record DeclarationOfInterest(string Member, string ItemNumber, string Interest)
{
    /// <summary>The nature of the interest, as the clerk wrote it: printed as a sentence of its own.</summary>
    public string? Nature { get; init; }
    public bool LeftTheRoom { get; init; }
    public bool Dispensation { get; init; }
}

public enum VoteOutcome { Carried, Lost }

/// <summary>A vote: counts, or the names recorded for, against and abstaining (a recorded vote).</summary>
public sealed record Vote(VoteOutcome Outcome)
{
    public int? For { get; init; }
    public int? Against { get; init; }
    public int? Abstained { get; init; }
    public IReadOnlyList<string>? NamesFor { get; init; }
    public IReadOnlyList<string>? NamesAgainst { get; init; }
    public IReadOnlyList<string>? NamesAbstaining { get; init; }
}

/// <param name="Preamble">"Resolved that the Committee:".</param>
/// <param name="Points">The numbered points resolved (Markdown each); may be empty when the preamble says it all.</param>
public sealed record Resolution(string Preamble, IReadOnlyList<string> Points)
{
    public Vote? Vote { get; init; }
}

/// <summary>The minutes of one item, numbered in the municipal year's sequence: minute 13 has paragraphs 13.1,
/// 13.2 and so on: first the minute's text, then each resolution.</summary>
public sealed record MinuteItem(string MinuteNumber, string Title)
{
    public string? Markdown { get; init; }
    public IReadOnlyList<Resolution> Resolutions { get; init; } = [];
    public int? ExemptParagraph { get; init; }
    /// <summary>The written summary published instead of an exempt minute (s.100C(2)).</summary>
    public string? PublicSummaryMarkdown { get; init; }
    public string? ReasonForUrgency { get; init; }
}

/// <summary>Who signed the minutes as a correct record (null where the record does not say), and when.</summary>
public sealed record Approval(string? Chairman, DateOnly SignedOn);

public sealed record MinutesInput(MeetingDetails Meeting, Attendance Attendance, IReadOnlyList<DeclarationOfInterest> Declarations,
    IReadOnlyList<MinuteItem> Items)
{
    /// <summary>Null while the minutes are a draft: every page then says DRAFT.</summary>
    public Approval? Approved { get; init; }
}

// Motions

public enum AmendmentOutcome { Pending, Carried, Lost, Withdrawn, Accepted }

/// <param name="AmendedMarkdown">The whole motion as it would read if the amendment were carried.</param>
public sealed record AmendmentInput(string Mover, string? Seconder, string AmendedMarkdown, AmendmentOutcome Outcome = AmendmentOutcome.Pending)
{
    /// <summary>The vote on it, with the names where the vote was recorded.</summary>
    public Vote? Vote { get; init; }
}

public sealed record MotionInput(MeetingDetails Meeting, string ItemNumber, string Title, string Mover, string? Seconder,
    string MotionMarkdown, IReadOnlyList<AmendmentInput> Amendments)
{
    /// <summary>What the meeting resolved on the motion (Markdown), once its minutes are out.</summary>
    public string? ResolutionMarkdown { get; init; }
    public Vote? ResolutionVote { get; init; }
}
