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

/// <summary>The text of a list of runs as one version reads it, measured or built without a LINQ iterator or a
/// builder: the order-paper wording joins a long paragraph's runs for each of its changes, and a run of iterators and
/// a growing buffer for each was a tenth of what wording a repeated 100,000-word paragraph allocated.</summary>
internal static class RunText
{
    /// <summary>Which runs are read: the amended version's, the original's, all, or those of one change (the words a
    /// hunk deletes or inserts). Static, so that choosing one allocates nothing.</summary>
    public static readonly Func<InlineRun, bool> Amended = r => r.InAmended;
    public static readonly Func<InlineRun, bool> Original = r => r.InOriginal;
    public static readonly Func<InlineRun, bool> All = _ => true;
    public static readonly Func<InlineRun, bool> Deleted = r => r.Change == RunChange.Deleted;
    public static readonly Func<InlineRun, bool> Inserted = r => r.Change == RunChange.Inserted;

    public static int Length(IReadOnlyList<InlineRun> runs, Func<InlineRun, bool> read)
    {
        var n = 0;
        for (var i = 0; i < runs.Count; i++)
            if (read(runs[i])) n += runs[i].Text.Length;
        return n;
    }

    public static string Join(IReadOnlyList<InlineRun> runs, Func<InlineRun, bool> read)
    {
        // A block of one run (most blocks of a long motion are unchanged) reads as that run's text: no copy.
        string? only = null;
        var length = 0;
        var parts = 0;
        for (var i = 0; i < runs.Count; i++)
            if (read(runs[i]) && runs[i].Text.Length > 0) (only, length, parts) = (runs[i].Text, length + runs[i].Text.Length, parts + 1);
        if (parts <= 1) return only ?? "";
        return string.Create(length, (runs, read), static (span, state) =>
        {
            var at = 0;
            foreach (var run in state.runs)
                if (state.read(run))
                {
                    run.Text.CopyTo(span[at..]);
                    at += run.Text.Length;
                }
        });
    }
}
