namespace CommitteeHub.Amendments.Diffing;

/// <summary>
/// Myers' O(ND) difference algorithm in linear space (middle-snake bisection), over sequences of integers. Common
/// prefixes and suffixes are trimmed at every level of the recursion, so a long paragraph with one change costs
/// little more than reading it. A work budget bounds pathological inputs (two long, wholly different texts): past
/// it, the rest of a sub-problem is reported as one replacement, which is also what a clerk would show.
/// </summary>
internal sealed class Myers
{
    private readonly int[] _a;
    private readonly int[] _b;
    private readonly List<(int A, int B)> _matches;
    private long _budget;

    // The two frontier arrays, allocated once for the whole comparison and reused by every bisection (each uses a
    // prefix no longer than its own sub-problem), so that a long comparison does not allocate per step.
    private int[] _v1 = [];
    private int[] _v2 = [];

    private Myers(int[] a, int[] b, List<(int A, int B)> matches, long budget)
    {
        _a = a;
        _b = b;
        _matches = matches;
        _budget = budget;
    }

    /// <summary>The matched index pairs of a longest common subsequence (or close to one once the budget is spent),
    /// in increasing order.</summary>
    public static List<(int A, int B)> Matches(int[] a, int[] b, long budget = 4_000_000)
    {
        var matches = new List<(int A, int B)>();
        AddMatches(a, 0, a.Length, b, 0, b.Length, matches, budget);
        return matches;
    }

    /// <summary>Appends to <paramref name="matches"/> the matched pairs between a[aLo..aHi) and b[bLo..bHi).</summary>
    public static void AddMatches(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, List<(int A, int B)> matches,
        long budget = 4_000_000)
    {
        if (aLo >= aHi || bLo >= bHi) return;
        if (aHi - aLo == 1 && bHi - bLo == 1)
        {
            if (a[aLo] == b[bLo]) matches.Add((aLo, bLo));
            return;
        }
        new Myers(a, b, matches, budget).Diff(aLo, aHi, bLo, bHi);
    }

    private void Diff(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && _a[aLo] == _b[bLo]) _matches.Add((aLo++, bLo++));
        var suffix = 0;
        while (aLo < aHi - suffix && bLo < bHi - suffix && _a[aHi - 1 - suffix] == _b[bHi - 1 - suffix]) suffix++;

        if (aLo < aHi - suffix && bLo < bHi - suffix)
        {
            var split = Bisect(aLo, aHi - suffix, bLo, bHi - suffix);
            if (split is var (x, y))
            {
                Diff(aLo, x, bLo, y);
                Diff(x, aHi - suffix, y, bHi - suffix);
            }
        }
        for (var k = suffix; k > 0; k--) _matches.Add((aHi - k, bHi - k));
    }

    /// <summary>Finds the middle snake and returns where to split, or null when the sequences share nothing (or the
    /// budget is spent).</summary>
    private (int, int)? Bisect(int aLo, int aHi, int bLo, int bHi)
    {
        int n = aHi - aLo, m = bHi - bLo;
        var maxD = (n + m + 1) / 2;
        var offset = maxD;
        var length = 2 * maxD + 2;
        if (_v1.Length < length)
        {
            _v1 = new int[length];
            _v2 = new int[length];
        }
        var v1 = _v1;
        var v2 = _v2;
        Array.Fill(v1, -1, 0, length);
        Array.Fill(v2, -1, 0, length);
        v1[offset + 1] = 0;
        v2[offset + 1] = 0;
        var delta = n - m;
        var front = (delta & 1) != 0;
        int k1Start = 0, k1End = 0, k2Start = 0, k2End = 0;

        for (var d = 0; d < maxD; d++)
        {
            _budget -= 2L * d + 2;
            if (_budget < 0) return null;

            for (var k1 = -d + k1Start; k1 <= d - k1End; k1 += 2)
            {
                var k1Offset = offset + k1;
                var x1 = k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1]) ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1;
                var y1 = x1 - k1;
                while (x1 < n && y1 < m && _a[aLo + x1] == _b[bLo + y1]) { x1++; y1++; }
                v1[k1Offset] = x1;
                if (x1 > n) k1End += 2;
                else if (y1 > m) k1Start += 2;
                else if (front)
                {
                    var k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && v2[k2Offset] != -1 && x1 >= n - v2[k2Offset])
                        return (aLo + x1, bLo + y1);
                }
            }

            for (var k2 = -d + k2Start; k2 <= d - k2End; k2 += 2)
            {
                var k2Offset = offset + k2;
                var x2 = k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1]) ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1;
                var y2 = x2 - k2;
                while (x2 < n && y2 < m && _a[aHi - 1 - x2] == _b[bHi - 1 - y2]) { x2++; y2++; }
                v2[k2Offset] = x2;
                if (x2 > n) k2End += 2;
                else if (y2 > m) k2Start += 2;
                else if (!front)
                {
                    var k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && v1[k1Offset] != -1)
                    {
                        var x1 = v1[k1Offset];
                        var y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) return (aLo + x1, bLo + y1);
                    }
                }
            }
        }
        return null;
    }
}
