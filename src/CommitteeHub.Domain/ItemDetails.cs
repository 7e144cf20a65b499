using System.Text.RegularExpressions;

namespace CommitteeHub.Domain;

/// <summary>What the clerk sets on an item: its number, title and description as the agenda prints them, whether it
/// is exempt (the Schedule 12A paragraph, the public interest test and who may read it) and whether it is a budget
/// decision. A paragraph of null or 0 means open to the public; a blank number keeps the item's number.</summary>
public sealed record ItemDetails(string? Number, string Title, string? Description, int? ExemptParagraph = null,
    string? PublicInterest = null, ExemptAccess Access = ExemptAccess.CommitteeMembers, bool BudgetDecision = false);

/// <summary>The council's wording of the item "Exclusion of the press and public": its title, and its resolution
/// naming the exempt items and their paragraphs (s.100A(4)).</summary>
public sealed record ExclusionWording(string Title, Func<IReadOnlyList<AgendaItem>, string> Resolution);

/// <summary>The blanks of the council's report template, such as {Name} or {Director or Head of Service}: a paper
/// that still has one is not ready to publish.</summary>
internal static partial class TemplateBlanks
{
    [GeneratedRegex(@"\{[A-Z][^{}\n]{0,80}\}")]
    private static partial Regex Blank();

    /// <summary>The first blank left in the text, or null.</summary>
    public static string? FirstIn(string? text) => text is not null && Blank().Match(text) is { Success: true } blank ? blank.Value : null;
}
