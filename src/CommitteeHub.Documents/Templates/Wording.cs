using System.Text.RegularExpressions;

namespace CommitteeHub.Documents.Templates;

/// <summary>The boilerplate wording of <c>wording.json</c>. Placeholders in braces ("{paragraph}") are filled by
/// <see cref="WordingText.Fill"/>; each property's documentation names the ones it may use.</summary>
public sealed record Wording
{
    public required AgendaWording Agenda { get; init; }
    public required MinutesWording Minutes { get; init; }
    public required MotionWording Motion { get; init; }
}

public sealed record AgendaWording
{
    public required string MembershipHeading { get; init; }
    public required string QuorumLabel { get; init; }
    public required string ContactHeading { get; init; }
    /// <summary>{name}, {telephone}, {email}.</summary>
    public required string ContactText { get; init; }
    public required string PublicAccessHeading { get; init; }
    public required string PublicAccess { get; init; }
    public required string WebcastingHeading { get; init; }
    public required string Webcasting { get; init; }
    public required string ExemptItemsHeading { get; init; }
    public required string ExemptItems { get; init; }
    public required string ItemsHeading { get; init; }
    public required string ItemNumberColumn { get; init; }
    public required string ItemTitleColumn { get; init; }
    public required string ItemPageColumn { get; init; }
    /// <summary>{paragraph}.</summary>
    public required string ExemptNotice { get; init; }
    public required string ExclusionHeading { get; init; }
    /// <summary>{items}, {paragraphs}: the exempt items and the paragraphs of Schedule 12A they fall under.</summary>
    public required string ExclusionResolution { get; init; }
    public required string ReportsHeading { get; init; }
    public required string PublicEdition { get; init; }
    public required string FullEdition { get; init; }
    /// <summary>The label of a full edition that holds no exempt information (there is no exempt business).</summary>
    public string FullEditionWithoutExempt { get; init; } = "Full edition";
    /// <summary>Printed across every page of the full edition.</summary>
    public required string FullEditionMarking { get; init; }
    public required string SupplementTitle { get; init; }
    public required string SupplementIntro { get; init; }
    public required string ReasonForUrgencyLabel { get; init; }
    public required string NoPapers { get; init; }
    public required string ChairmanCaption { get; init; }
    public required string ViceChairmanCaption { get; init; }
}

public sealed record MinutesWording
{
    public required string PresentHeading { get; init; }
    public required string ApologiesHeading { get; init; }
    public required string AbsentHeading { get; init; }
    public required string SubstitutesHeading { get; init; }
    /// <summary>{name}, {for}.</summary>
    public required string SubstituteFor { get; init; }
    public required string OfficersHeading { get; init; }
    public required string InAttendanceHeading { get; init; }
    public required string DeclarationsHeading { get; init; }
    public required string NoDeclarations { get; init; }
    /// <summary>{member}, {item}, {interest}.</summary>
    public required string Declaration { get; init; }
    /// <summary>{member}, {item}: after the declaration of a member who left the room.</summary>
    public required string LeftTheRoom { get; init; }
    public required string Dispensation { get; init; }
    public required string DraftMarking { get; init; }
    public required string DraftNotice { get; init; }
    public required string SignatureLabel { get; init; }
    public required string ChairmanCaption { get; init; }
    public required string DateLabel { get; init; }
    /// <summary>{date}, {chairman}.</summary>
    public required string ApprovedNotice { get; init; }
    /// <summary>{date}: for minutes whose record does not say who signed them.</summary>
    public required string ApprovedNoticeUnnamed { get; init; }
    /// <summary>{for}, {against}, {abstained}.</summary>
    public required string VoteCounts { get; init; }
    public required string VotedFor { get; init; }
    public required string VotedAgainst { get; init; }
    public required string Abstained { get; init; }
    public required string ExemptSummaryNote { get; init; }
    /// <summary>{reason}.</summary>
    public required string Urgency { get; init; }
    public required string Carried { get; init; }
    public required string Lost { get; init; }
}

public sealed record MotionWording
{
    /// <summary>{mover}.</summary>
    public required string MotionHeading { get; init; }
    public required string ProposedBy { get; init; }
    public required string SecondedBy { get; init; }
    /// <summary>{number}, {mover}.</summary>
    public required string AmendmentHeading { get; init; }
    public required string ChangesKey { get; init; }
    public required string MotionToRead { get; init; }
    public required string AsAmendedHeading { get; init; }
    public required string OutcomeLabel { get; init; }
    public required IReadOnlyDictionary<string, string> Outcomes { get; init; }
    // Defaults, so a council's wording.json written before these were printed still loads.
    public string InstructionsHeading { get; init; } = "As moved";
    public string VoteLabel { get; init; } = "Vote";
    public string ResolutionHeading { get; init; } = "Resolution";
}

public static partial class WordingText
{
    /// <summary>Fills "{name}" placeholders; a placeholder with no value is left out rather than printed.</summary>
    public static string Fill(string template, params (string Name, string? Value)[] values) =>
        Placeholder().Replace(template, m =>
        {
            foreach (var (name, value) in values)
                if (string.Equals(name, m.Groups[1].Value, StringComparison.OrdinalIgnoreCase)) return value ?? "";
            return "";
        });

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();
}
