using CommitteeHub.Amendments.Diffing;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Cleanup;

/// <summary>
/// When most of a block has changed, marking it word by word leaves a reader hunting for the few words that stayed.
/// A block is shown as replaced whole when more than 60% of its words changed and no unchanged run of four or more
/// words survives. The second condition keeps a heavily amended paragraph that still has a readable spine inline,
/// as clerks mark it: seed 000's paragraph (d) keeps "oversight, scrutiny and challenge to" and "more robust and
/// independent minded," and is marked in place. One changed word in a long paragraph is never near the threshold.
/// </summary>
internal static class WholeReplacement
{
    private const double ChangedRatio = 0.6;
    private const int SpineWords = 4;

    public static bool Applies(List<Segment> script, IReadOnlyList<Token> a, IReadOnlyList<Token> b)
    {
        if (script.All(s => s.IsEqual)) return false;
        var oldWords = ScriptCleanup.WordCount(a, 0, a.Count);
        var newWords = ScriptCleanup.WordCount(b, 0, b.Count);
        if (oldWords == 0 || newWords == 0) return false; // a pure insertion or deletion is already whole
        var kept = 0;
        var longestKept = 0;
        foreach (var s in script.Where(s => s.IsEqual))
        {
            var words = ScriptCleanup.WordCount(a, s.A, s.ALength);
            kept += words;
            longestKept = Math.Max(longestKept, words);
        }
        var changed = 1.0 - 2.0 * kept / (oldWords + newWords);
        return changed > ChangedRatio && longestKept < SpineWords;
    }
}
