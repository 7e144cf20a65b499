using System.Text.RegularExpressions;

namespace CommitteeHub.Domain;

/// <summary>
/// One item of business on a meeting's agenda, with its papers, the declarations made on it, its minutes and the
/// resolutions the meeting reached. It is public unless exempt under Schedule 12A.
/// </summary>
public sealed partial class AgendaItem
{
    private readonly List<Document> _documents = [];
    private readonly List<Declaration> _declarations = [];
    private readonly List<Resolution> _resolutions = [];

    private AgendaItem() { }

    internal AgendaItem(string number, string title, string? description, AgendaItemRole role = AgendaItemRole.Business)
    {
        Role = role;
        Number = number;
        SortKey = AgendaItemNumber.SortKey(number);
        Title = Guard.Required(title, "Item title", 300);
        Description = Guard.Markdown(description, "Item description", 20_000);
    }

    public int Id { get; private set; }
    public int MeetingId { get; private set; }
    public string Number { get; private set; } = "";
    /// <summary>Business, or one of the committee's standard items (apologies, declarations, previous minutes...).</summary>
    public AgendaItemRole Role { get; private set; }
    /// <summary>The council's budget and council tax: every vote on it, and on every amendment to it, is recorded by
    /// name (Local Authorities (Standing Orders) (England) (Amendment) Regulations 2014, SI 2014/165).</summary>
    public bool IsBudgetDecision { get; private set; }
    /// <summary>When the item was added after the agenda was published, in a supplement.</summary>
    public DateTime? AddedLateAt { get; private set; }
    /// <summary>Why a late item is urgent: the special circumstances, recorded in the minutes (s.100B(4)(b)).</summary>
    public string? UrgencyReason { get; private set; }
    public string SortKey { get; private set; } = "";
    public string Title { get; private set; } = "";
    /// <summary>The item's purpose, as printed under its title on the agenda (Markdown).</summary>
    public string Description { get; private set; } = "";
    public bool IsExempt { get; private set; }
    /// <summary>The Schedule 12A paragraph (1–7) under which the item is exempt.</summary>
    public int? ExemptParagraph { get; private set; }
    /// <summary>The conclusion of the public interest test.</summary>
    public string? PublicInterestStatement { get; private set; }
    public ExemptAccess ExemptAccess { get; private set; }
    /// <summary>The minute's number within the municipal year, such as "13"; its paragraphs are 13.1, 13.2 (see
    /// <see cref="MinuteParagraphs"/>).</summary>
    public string? MinuteNumber { get; private set; }
    /// <summary>The minutes of the item (Markdown).</summary>
    public string? MinutesText { get; private set; }
    /// <summary>The written summary of an exempt item's proceedings, published in place of its minutes (s.100C(2)).</summary>
    public string? PublicSummary { get; private set; }
    /// <summary>Words that introduce the resolutions: "Resolved that the Committee:", "It was agreed:".</summary>
    public string? ResolutionPreamble { get; private set; }

    /// <summary>Set when the meeting's minutes are approved and signed: the item's minutes, declarations and
    /// resolutions are then the record and cannot be edited.</summary>
    public bool MinutesSigned { get; private set; }
    /// <summary>Row version, so that two clerks editing one item never silently overwrite each other.</summary>
    public uint Version { get; private set; }

    /// <summary>Minuted: minutes written, or a resolution recorded (the approval of the previous minutes, say).</summary>
    public bool IsMinuted => !string.IsNullOrWhiteSpace(MinutesText) || _resolutions.Count > 0;

    public IReadOnlyList<Document> Documents => _documents;
    public IReadOnlyList<Declaration> Declarations => _declarations;
    public IReadOnlyList<Resolution> Resolutions => _resolutions;

    internal void Renumber(string number)
    {
        Number = number;
        SortKey = AgendaItemNumber.SortKey(number);
    }

    internal void MarkAsBudgetDecision(bool isBudgetDecision = true)
    {
        RefuseIfSigned();
        if (!isBudgetDecision && _resolutions.Count > 0)
            throw new DomainException("The item's votes were recorded as a budget decision; it stays one.");
        IsBudgetDecision = isBudgetDecision;
    }

    internal void MarkLate(string reason, DateTime at)
    {
        UrgencyReason = reason;
        AddedLateAt = at;
    }

    internal void Describe(string title, string? description)
    {
        Title = Guard.Required(title, "Item title", 300);
        Description = Guard.Markdown(description, "Item description", 20_000);
    }

    /// <summary>Marks the item exempt: the public may be excluded only under a named Schedule 12A paragraph, with the
    /// public interest test stated.</summary>
    internal void MarkExempt(int paragraph, string publicInterestStatement, ExemptAccess access = ExemptAccess.CommitteeMembers)
    {
        if (!Schedule12A.IsParagraph(paragraph))
            throw new DomainException($"Schedule 12A has exempt paragraphs 1 to 7; {paragraph} is not one of them.");
        PublicInterestStatement = Guard.Required(publicInterestStatement,
            "The public interest statement (why the public interest in keeping the information exempt outweighs the interest in disclosing it)", 2_000);
        IsExempt = true;
        ExemptParagraph = paragraph;
        ExemptAccess = access;
    }

    internal void SummariseForThePublic(string summary)
    {
        if (!IsExempt) throw new DomainException("Only an exempt item needs a written summary: its minutes are published in full.");
        PublicSummary = Guard.Markdown(summary, "The written summary", 10_000, required: true);
    }

    internal void MakePublic()
    {
        IsExempt = false;
        ExemptParagraph = null;
        PublicInterestStatement = null;
        PublicSummary = null;
        ExemptAccess = ExemptAccess.CommitteeMembers;
    }

    internal Document AttachDocument(Document document)
    {
        if (_documents.Any(d => string.Equals(d.Title, document.Title, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException($"This item already has a document called \"{document.Title}\".");
        _documents.Add(document);
        return document;
    }

    // A whole number only: the minute's paragraphs are numbered from it (13.1, 13.2) on the page and in print, so a
    // minute numbered "13.1" would print its paragraphs as 13.1.1, 13.1.2.
    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex MinuteNumberPattern();

    internal void SignMinutes() => MinutesSigned = true;

    private void RefuseIfSigned()
    {
        if (MinutesSigned)
            throw new DomainException("These minutes have been approved and signed as a correct record. A correction is made by a minute of a later meeting, not by editing them.");
    }

    internal void RecordMinutes(string? minuteNumber, string minutesText)
    {
        RefuseIfSigned();
        minuteNumber = Guard.Optional(minuteNumber, "Minute number", 10);
        if (minuteNumber is not null && !MinuteNumberPattern().IsMatch(minuteNumber))
            throw new DomainException($"\"{minuteNumber}\" is not a minute number: write the minute's own number, such as 13; its paragraphs are numbered 13.1, 13.2 in the minutes.");
        MinuteNumber = minuteNumber;
        MinutesText = Guard.Markdown(minutesText, "Minutes", 100_000, required: true);
    }

    internal void NumberMinute(int number)
    {
        RefuseIfSigned();
        MinuteNumber = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal Declaration DeclareInterest(int personId, InterestKind kind, string nature, bool leftTheRoom, bool dispensationGranted = false)
    {
        RefuseIfSigned();
        if (_declarations.Any(d => d.PersonId == personId && d.Kind == kind))
            throw new DomainException("That member has already declared an interest of that kind on this item.");
        var declaration = new Declaration(personId, kind, nature, leftTheRoom, dispensationGranted);
        _declarations.Add(declaration);
        return declaration;
    }

    /// <summary>Takes back a declaration recorded in error, before the minutes are signed.</summary>
    internal void RemoveDeclaration(int declarationId)
    {
        RefuseIfSigned();
        var declaration = _declarations.FirstOrDefault(d => d.Id == declarationId) ?? throw new DomainException("That declaration is not recorded on this item.");
        _declarations.Remove(declaration);
    }

    /// <summary>Takes back a resolution recorded in error, before the minutes are signed; the later ones move up a number.</summary>
    internal void RemoveResolution(int number)
    {
        RefuseIfSigned();
        var resolution = _resolutions.FirstOrDefault(r => r.Number == number) ?? throw new DomainException($"This item has no resolution {number}.");
        _resolutions.Remove(resolution);
        foreach (var later in _resolutions.Where(r => r.Number > number)) later.Renumber(later.Number - 1);
    }

    internal void IntroduceResolutionsWith(string? preamble)
    {
        RefuseIfSigned();
        ResolutionPreamble = Guard.Optional(preamble, "Preamble", 300);
    }

    /// <summary>Records a resolution; resolutions on an item are numbered 1, 2, 3 in the order they were made.</summary>
    internal Resolution Resolve(string text, Vote? vote = null)
    {
        RefuseIfSigned();
        var resolution = new Resolution(_resolutions.Count + 1, text, vote);
        _resolutions.Add(resolution);
        return resolution;
    }
}

/// <summary>What an item is for: business, or one of the standard items every agenda of a committee carries.</summary>
public enum AgendaItemRole { Business, Apologies, Declarations, PreviousMinutes, UrgentMatters, Exclusion }

public enum InterestKind { DisclosablePecuniary, OtherRegistrable, NonRegistrable }

/// <summary>A member's declaration of interest in an item, minuted with the item.</summary>
public sealed class Declaration
{
    private Declaration() { }

    internal Declaration(int personId, InterestKind kind, string nature, bool leftTheRoom, bool dispensationGranted)
    {
        if (kind == InterestKind.DisclosablePecuniary && !leftTheRoom && !dispensationGranted)
            throw new DomainException("A member with a disclosable pecuniary interest takes no part in the item: record that they left the room, or the dispensation that lets them stay.");
        PersonId = personId;
        Kind = kind;
        Nature = Guard.Required(nature, "The nature of the interest", 1_000);
        LeftTheRoom = leftTheRoom;
        DispensationGranted = dispensationGranted;
    }

    public int Id { get; private set; }
    public int AgendaItemId { get; private set; }
    public int PersonId { get; private set; }
    public InterestKind Kind { get; private set; }
    public string Nature { get; private set; } = "";
    public bool LeftTheRoom { get; private set; }
    public bool DispensationGranted { get; private set; }

    /// <summary>"a disclosable pecuniary interest", "an other registrable interest": as a minute reads.</summary>
    public static string WithArticle(InterestKind kind)
    {
        var name = KindName(kind).ToLowerInvariant();
        return ("aeiou".Contains(name[0]) ? "an " : "a ") + name;
    }

    public static string KindName(InterestKind kind) => kind switch
    {
        InterestKind.DisclosablePecuniary => "Disclosable pecuniary interest",
        InterestKind.OtherRegistrable => "Other registrable interest",
        _ => "Non-registrable interest",
    };
}
