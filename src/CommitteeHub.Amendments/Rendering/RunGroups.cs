namespace CommitteeHub.Amendments.Rendering;

/// <summary>Consecutive runs with the same change, rendered as one insertion, deletion or format change (the
/// runs inside may differ in marks). Leading and trailing spaces are taken outside the markup, so a deletion is
/// struck word to word and the spacing between words stays readable.</summary>
internal sealed record RunGroup(RunChange Change, IReadOnlyList<InlineRun> Runs)
{
    public bool IsWhitespace => Runs.All(r => r.IsWhitespace);

    /// <summary>Joined once: a renderer asks for it three or four times a group (leading, inner, trailing).</summary>
    public string Text => _text ??= RunText.Join(Runs, RunText.All);

    private string? _text;
    public string Leading => Text[..(Text.Length - Text.TrimStart().Length)];
    public string Trailing => Text[Text.TrimEnd().Length..];
    public string Inner => Text.Trim();
}

internal static class RunGroups
{
    public static List<RunGroup> Of(IReadOnlyList<InlineRun> runs)
    {
        var groups = new List<RunGroup>();
        var current = new List<InlineRun>();
        foreach (var run in runs)
        {
            if (current.Count > 0 && !SameGroup(current[^1], run))
            {
                groups.Add(new RunGroup(current[0].Change, current));
                current = [];
            }
            current.Add(run);
        }
        if (current.Count > 0) groups.Add(new RunGroup(current[0].Change, current));
        return groups;
    }

    // Format changes join only when they are the same change; insertions and deletions join whatever their marks.
    private static bool SameGroup(InlineRun a, InlineRun b) =>
        a.Change == b.Change && (a.Change != RunChange.FormatChanged || (a.Marks == b.Marks && a.OldMarks == b.OldMarks));
}
