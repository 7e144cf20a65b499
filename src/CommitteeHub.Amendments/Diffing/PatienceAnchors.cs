namespace CommitteeHub.Amendments.Diffing;

/// <summary>
/// Patience anchoring: items that occur exactly once in each sequence are matched, and the longest run of those
/// matches that keeps its order is kept (a longest increasing subsequence, n log n). Between these anchors Myers
/// finds the rest. In a long motion most paragraphs are unique and most amended ones changed, so Myers alone would
/// cost the number of paragraphs times the number of changed ones; anchored, each gap is small.
/// </summary>
internal static class PatienceAnchors
{
    public static List<(int A, int B)> Matches(int[] a, int[] b)
    {
        var anchors = UniqueCommonInOrder(a, b);
        var matches = new List<(int A, int B)>(anchors.Count);
        int pa = 0, pb = 0;
        foreach (var (ma, mb) in anchors.Append((a.Length, b.Length)))
        {
            Myers.AddMatches(a, pa, ma, b, pb, mb, matches);
            if (ma < a.Length) matches.Add((ma, mb));
            pa = ma + 1;
            pb = mb + 1;
        }
        return matches;
    }

    private static List<(int A, int B)> UniqueCommonInOrder(int[] a, int[] b)
    {
        var countA = new Dictionary<int, (int Count, int Index)>();
        for (var i = 0; i < a.Length; i++) countA[a[i]] = countA.TryGetValue(a[i], out var c) ? (c.Count + 1, c.Index) : (1, i);
        var countB = new Dictionary<int, (int Count, int Index)>();
        for (var j = 0; j < b.Length; j++) countB[b[j]] = countB.TryGetValue(b[j], out var c) ? (c.Count + 1, c.Index) : (1, j);

        var pairs = new List<(int A, int B)>();
        foreach (var (key, ca) in countA)
            if (ca.Count == 1 && countB.TryGetValue(key, out var cb) && cb.Count == 1) pairs.Add((ca.Index, cb.Index));
        pairs.Sort();
        return LongestIncreasing(pairs);
    }

    /// <summary>The longest subsequence of pairs (sorted by A) whose B also increases.</summary>
    private static List<(int A, int B)> LongestIncreasing(List<(int A, int B)> pairs)
    {
        var tails = new List<int>();          // index into pairs of the smallest tail of each length
        var previous = new int[pairs.Count];
        for (var k = 0; k < pairs.Count; k++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (pairs[tails[mid]].B < pairs[k].B) lo = mid + 1; else hi = mid;
            }
            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count) tails.Add(k); else tails[lo] = k;
        }
        var result = new List<(int A, int B)>(tails.Count);
        for (var k = tails.Count > 0 ? tails[^1] : -1; k >= 0; k = previous[k]) result.Add(pairs[k]);
        result.Reverse();
        return result;
    }
}
