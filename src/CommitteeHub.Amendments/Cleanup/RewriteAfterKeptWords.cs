using CommitteeHub.Amendments.Diffing;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Cleanup;

/// <summary>
/// "Delete all after 'This Council' and insert ...": an amendment that rewrites a paragraph but keeps its opening
/// words (or its closing words) is shown as those words unmarked and the rest as one deletion and one insertion. The
/// minimal diff instead threads the rewrite through the common words the two texts happen to share ("the",
/// "Council", "to"), or <see cref="WholeReplacement"/> strikes the kept words and inserts them again. So when what lies
/// after the kept opening (or before the kept closing) is mostly rewritten (by <see cref="WholeReplacement"/>'s
/// measure: more than 60% changed, no unchanged run of four words) and at least eight words long, it becomes one
/// change. Kept words count only when they include a meaningful word: an opening "The" is not what a clerk keeps. A
/// closing full stop is rewritten with the rest, so that the change runs to the end and reads as "delete all after".
/// A block that keeps both its opening and its closing words is left to the other rules: in "how [the political and
/// corporate leadership enabled] services [were able] to decline" the kept "services" is meaningful.
/// </summary>
internal static class RewriteAfterKeptWords
{
    // A short stretch after kept words is an ordinary replacement, marked word by word: "report progress [quarterly;
    // and][monthly;]" keeps its semicolon.
    private const int MinRewriteWords = 8;

    /// <summary>The script with the rewritten middle as one change (unchanged when the middle is not mostly
    /// rewritten), or null when the block keeps no meaningful opening or closing words. A block that keeps them is
    /// never shown as replaced whole: the kept words stay unmarked.</summary>
    public static List<Segment>? Apply(List<Segment> script, IReadOnlyList<Token> a, IReadOnlyList<Token> b)
    {
        script = EditScript.Normalise(script);
        var opening = script.Count > 1 && Kept(script[0], a);
        var closing = script.Count > 1 && Kept(script[^1], a);
        if (opening == closing) return null;
        var (first, last) = opening ? (1, script.Count) : (0, script.Count - 1);
        var middle = script.GetRange(first, last - first);
        if (middle.Count(s => !s.IsEqual) == 0) return script;

        var (a0, b0) = (middle[0].A, middle[0].B);
        var (a1, b1) = (middle[^1].A + middle[^1].ALength, middle[^1].B + middle[^1].BLength);
        var rebased = middle.Select(s => s with { A = s.A - a0, B = s.B - b0 }).ToList();
        var (oldPart, newPart) = (Slice(a, a0, a1), Slice(b, b0, b1));
        var words = Math.Max(ScriptCleanup.WordCount(oldPart, 0, oldPart.Length), ScriptCleanup.WordCount(newPart, 0, newPart.Length));
        if (words < MinRewriteWords) return script;
        if (middle.Count(s => !s.IsEqual) > 1 && !WholeReplacement.Applies(rebased, oldPart, newPart)) return script;

        var result = script.Take(first).ToList();
        result.Add(Segment.Change(a0, a1 - a0, b0, b1 - b0));
        result.AddRange(script.Skip(last));
        return result;
    }

    private static bool Kept(Segment s, IReadOnlyList<Token> a)
    {
        if (!s.IsEqual) return false;
        for (var k = s.A; k < s.A + s.ALength; k++)
            if (a[k].IsWordLike && !FunctionWords.IsFunctionWord(a[k].Text)) return true;
        return false;
    }

    private static Token[] Slice(IReadOnlyList<Token> tokens, int start, int end)
    {
        var slice = new Token[end - start];
        for (var k = start; k < end; k++) slice[k - start] = tokens[k];
        return slice;
    }
}
