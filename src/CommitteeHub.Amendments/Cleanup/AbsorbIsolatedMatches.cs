using CommitteeHub.Amendments.Diffing;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Cleanup;

/// <summary>
/// Inside a long rewrite the minimal diff may keep a meaningful word that happens to occur in both texts ("scrutiny"
/// in a replaced clause about scrutiny). Left unmarked, it cuts one replacement into two. An unchanged stretch of one
/// or two words is taken into the changes around it when each of those changes is at least four times as long. The
/// ratio keeps words that the amendment really keeps: in "how [the political and corporate leadership enabled]
/// services [were able] to decline", "services" has a two-word change after it and stays unmarked.
/// </summary>
internal static class AbsorbIsolatedMatches
{
    private const int MaxWords = 2;
    private const int Ratio = 4;

    public static List<Segment> Apply(List<Segment> script, IReadOnlyList<Token> a, IReadOnlyList<Token> b)
    {
        script = EditScript.Normalise(script);
        for (var i = 1; i + 1 < script.Count; i++)
        {
            var s = script[i];
            if (!s.IsEqual || script[i - 1].IsEqual || script[i + 1].IsEqual) continue;
            if (EndsSentence(a, s.A, s.ALength)) continue;
            var words = ScriptCleanup.WordCount(a, s.A, s.ALength);
            if (words > MaxWords) continue;
            var shorter = Math.Min(ScriptCleanup.ChangeSize(script[i - 1], a, b), ScriptCleanup.ChangeSize(script[i + 1], a, b));
            if (shorter < Ratio * Math.Max(1, words)) continue;
            ScriptCleanup.JoinAround(script, i);
            i = Math.Max(0, i - 2);
        }
        return script;
    }

    private static bool EndsSentence(IReadOnlyList<Token> a, int start, int length)
    {
        for (var k = start; k < start + length; k++)
            if (a[k].Text is "." or "!" or "?" or ";" or ":") return true;
        return false;
    }
}
