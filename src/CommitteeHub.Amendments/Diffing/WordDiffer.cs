using CommitteeHub.Amendments.Cleanup;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Diffing;

/// <summary>
/// The word-level comparison of two aligned blocks. Tokens are compared by their text, so a change of case is a
/// change and a change of bold is not a change of words. The comparison runs in two passes: first a longest common
/// subsequence of the meaningful words only, which anchors the alignment on what the texts say; then, between
/// anchors, of every token. A single pass over all tokens can prefer matching "and the" over matching "appendix"
/// and then show an unchanged word as deleted and inserted again. The clerk's cleanup follows.
/// </summary>
internal static class WordDiffer
{
    public static WordDiff Diff(IReadOnlyList<Token> a, IReadOnlyList<Token> b) => ScriptCleanup.Apply(Raw(a, b), a, b);

    /// <summary>The comparison before cleanup, for the tests of each cleanup rule.</summary>
    public static List<Segment> Raw(IReadOnlyList<Token> a, IReadOnlyList<Token> b)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var ia = Intern(a, ids);
        var ib = Intern(b, ids);

        var ca = Meaningful(a);
        var cb = Meaningful(b);
        var anchors = Myers.Matches(Select(ia, ca), Select(ib, cb));

        var matches = new List<(int A, int B)>(Math.Min(a.Count, b.Count));
        int pa = 0, pb = 0;
        for (var k = 0; k <= anchors.Count; k++)
        {
            var (ma, mb) = k < anchors.Count ? (ca[anchors[k].A], cb[anchors[k].B]) : (a.Count, b.Count);
            Myers.AddMatches(ia, pa, ma, ib, pb, mb, matches);
            if (k < anchors.Count) matches.Add((ma, mb));
            pa = ma + 1;
            pb = mb + 1;
        }
        return EditScript.FromMatches(matches, a.Count, b.Count);
    }

    private static int[] Select(int[] ids, List<int> indexes)
    {
        var result = new int[indexes.Count];
        for (var i = 0; i < result.Length; i++) result[i] = ids[indexes[i]];
        return result;
    }

    private static List<int> Meaningful(IReadOnlyList<Token> tokens)
    {
        var list = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].IsWordLike && !FunctionWords.IsFunctionWord(tokens[i].Text)) list.Add(i);
        return list;
    }

    private static int[] Intern(IReadOnlyList<Token> tokens, Dictionary<string, int> ids)
    {
        var result = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!ids.TryGetValue(tokens[i].Text, out var id)) ids[tokens[i].Text] = id = ids.Count;
            result[i] = id;
        }
        return result;
    }
}

/// <summary>A cleaned-up word comparison; <see cref="ReplacedWhole"/> when the block is better read as replaced.</summary>
internal sealed record WordDiff(List<Segment> Script, bool ReplacedWhole);
