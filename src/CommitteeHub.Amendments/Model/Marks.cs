namespace CommitteeHub.Amendments;

/// <summary>Inline formatting carried by a run of text. Marks are attributes of the words, not tokens of their own,
/// so adding bold to a phrase is a format change of that phrase rather than a deletion and an insertion.</summary>
[Flags]
public enum Marks
{
    /// <summary>Plain text.</summary>
    None = 0,
    /// <summary>Strong emphasis, Markdown **bold**.</summary>
    Bold = 1,
    /// <summary>Emphasis, Markdown *italic*.</summary>
    Italic = 2,
    /// <summary>Strike-through as formatting, Markdown ~~struck~~ (not a deletion).</summary>
    Strikethrough = 4,
    /// <summary>Code, Markdown `code`.</summary>
    Code = 8,
    /// <summary>Part of a link; the target is the run's Href.</summary>
    Link = 16,
}

internal static class MarksExtensions
{
    /// <summary>As <see cref="Enum.HasFlag"/>, which boxes the marks wherever the method is not fully optimised: the
    /// HTML of a long amendment tests each run's marks eight times, and boxing them was a third of what it allocated.</summary>
    public static bool Has(this Marks marks, Marks flag) => (marks & flag) == flag;
}

/// <summary>Words for marks, shared by the renderers so that screen, plain text and instructions agree.</summary>
public static class MarkNames
{
    private static readonly (Marks Mark, string Name)[] Names =
    [
        (Marks.Bold, "bold"), (Marks.Italic, "italic"), (Marks.Strikethrough, "strike-through"),
        (Marks.Code, "code"), (Marks.Link, "link"),
    ];

    /// <summary>"bold added, italic removed": how the marks changed from <paramref name="before"/> to
    /// <paramref name="after"/>.</summary>
    public static string Describe(Marks before, Marks after)
    {
        var parts = new List<string>();
        foreach (var (mark, name) in Names)
        {
            if (after.Has(mark) && !before.Has(mark)) parts.Add(name + " added");
            else if (before.Has(mark) && !after.Has(mark)) parts.Add(name + " removed");
        }
        return parts.Count == 0 ? "link changed" : string.Join(", ", parts);
    }
}
