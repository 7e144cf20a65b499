namespace CommitteeHub.Amendments;

/// <summary>What happened to a run of text.</summary>
public enum RunChange
{
    /// <summary>In both versions, with the same formatting.</summary>
    Equal,
    /// <summary>Only in the amended version.</summary>
    Inserted,
    /// <summary>Only in the original.</summary>
    Deleted,
    /// <summary>The same words with different formatting (bold added, say): <see cref="InlineRun.OldMarks"/> before,
    /// <see cref="InlineRun.Marks"/> after.</summary>
    FormatChanged,
}

/// <summary>A stretch of a block's text with one change and one set of marks. Spaces are part of the text. A run
/// whose text is only whitespace and that is inserted or deleted records a whitespace-only edit: renderers show the
/// amended spacing and do not mark it as a change.</summary>
public sealed record InlineRun(string Text, RunChange Change, Marks Marks, Marks OldMarks, string? Href, string? OldHref)
{
    /// <summary>True when the run is only spaces.</summary>
    public bool IsWhitespace => Text.All(char.IsWhiteSpace);

    /// <summary>True for runs a reader should see marked: insertions, deletions and format changes that are more
    /// than whitespace.</summary>
    public bool IsVisibleChange => Change != RunChange.Equal && !IsWhitespace;

    /// <summary>Present in the text once every change is accepted.</summary>
    public bool InAmended => Change != RunChange.Deleted;

    /// <summary>Present in the text once every change is rejected.</summary>
    public bool InOriginal => Change != RunChange.Inserted;
}
