using CommitteeHub.Amendments.Diffing;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Cleanup;

/// <summary>
/// The clerk's cleanup of a minimal word diff, one rule per class, applied in this order:
/// <list type="number">
/// <item><see cref="SlideToBoundaries"/>: a pure insertion or deletion that could stand in several places is moved
/// to where it reads best: onto whole sentences, or against a neighbouring change so that one continuous insertion
/// is not split.</item>
/// <item><see cref="AbsorbWeakEqualities"/>: an unchanged "to", "the", "of" or comma between two changes joins them
/// into one deletion and one insertion.</item>
/// <item><see cref="AbsorbIsolatedMatches"/>: a meaningful word or two left unchanged by coincidence inside a long
/// rewrite joins it too; a word with a short change on either side stays unmarked.</item>
/// <item><see cref="RewriteAfterKeptWords"/>: a block rewritten after its kept opening words (or before its kept
/// closing words) shows them unmarked and the rest as one deletion and one insertion.</item>
/// <item><see cref="WholeReplacement"/>: otherwise, a block mostly rewritten, with nothing left of it but scattered
/// words, is shown as replaced whole.</item>
/// </list>
/// </summary>
internal static class ScriptCleanup
{
    public static WordDiff Apply(List<Segment> script, IReadOnlyList<Token> a, IReadOnlyList<Token> b)
    {
        script = SlideToBoundaries.Apply(script, a, b);
        script = AbsorbWeakEqualities.Apply(script, a);
        script = AbsorbIsolatedMatches.Apply(script, a, b);
        script = AbsorbWeakEqualities.Apply(script, a);
        if (RewriteAfterKeptWords.Apply(script, a, b) is { } rewritten) return new WordDiff(rewritten, false);
        if (WholeReplacement.Applies(script, a, b))
            return new WordDiff([Segment.Change(0, a.Count, 0, b.Count)], true);
        return new WordDiff(script, false);
    }

    /// <summary>Joins the change before and after the equal segment at <paramref name="index"/> into one change.</summary>
    public static void JoinAround(List<Segment> script, int index)
    {
        var prev = script[index - 1];
        var next = script[index + 1];
        var joined = Segment.Change(prev.A, next.A + next.ALength - prev.A, prev.B, next.B + next.BLength - prev.B);
        script.RemoveRange(index - 1, 3);
        script.Insert(index - 1, joined);
    }

    public static int WordCount(IReadOnlyList<Token> tokens, int start, int length)
    {
        var n = 0;
        for (var i = start; i < start + length; i++) if (tokens[i].IsWordLike) n++;
        return n;
    }

    /// <summary>The size of a change as a reader sees it: the longer of what goes and what comes, in words.</summary>
    public static int ChangeSize(Segment change, IReadOnlyList<Token> a, IReadOnlyList<Token> b) =>
        Math.Max(WordCount(a, change.A, change.ALength), WordCount(b, change.B, change.BLength));
}
