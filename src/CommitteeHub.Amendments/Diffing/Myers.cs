namespace CommitteeHub.Amendments.Diffing;

/// <summary>
/// Myers' O(ND) difference algorithm in linear space (middle-snake bisection), over sequences of integers. Common
/// prefixes and suffixes are trimmed at every level of the recursion, so a long paragraph with one change costs
/// little more than reading it. A bisection that has spent <see cref="Cap"/> edits without finding the middle snake
/// splits at the furthest point either end has reached (GNU diff's heuristic for costly inputs), so no input costs
/// more than its length times <see cref="Cap"/>: two long texts that repeat themselves and differ everywhere (a
/// budget's lines, "the the the") are still compared word for word, not given up and shown replaced whole.
/// </summary>
internal sealed class Myers
{
    // Each bisection costs at most about Cap² steps and then advances at least Cap tokens along the texts, so a
    // comparison costs at most its length times Cap. Below it (up to 2 × Cap edits in a stretch) the result is a
    // longest common subsequence; above it, one very close to it.
    internal const int Cap = 256;

    private readonly int[] _a;
    private readonly int[] _b;
    private readonly List<(int A, int B)> _matches;

    // The two frontier arrays, allocated once for the whole comparison and reused by every bisection (each uses a
    // prefix no longer than its own sub-problem), so that a long comparison does not allocate per step.
    private int[] _v1 = [];
    private int[] _v2 = [];

    private Myers(int[] a, int[] b, List<(int A, int B)> matches)
    {
        _a = a;
        _b = b;
        _matches = matches;
    }

    /// <summary>The matched index pairs of a longest common subsequence (or close to one where stretches differ by
    /// more than <see cref="Cap"/> edits), in increasing order.</summary>
    public static List<(int A, int B)> Matches(int[] a, int[] b)
    {
        var matches = new List<(int A, int B)>();
        AddMatches(a, 0, a.Length, b, 0, b.Length, matches);
        return matches;
    }

    /// <summary>Appends to <paramref name="matches"/> the matched pairs between a[aLo..aHi) and b[bLo..bHi).</summary>
    public static void AddMatches(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, List<(int A, int B)> matches)
    {
        if (aLo >= aHi || bLo >= bHi) return;
        if (aHi - aLo == 1 && bHi - bLo == 1)
        {
            if (a[aLo] == b[bLo]) matches.Add((aLo, bLo));
            return;
        }
        new Myers(a, b, matches).Diff(aLo, aHi, bLo, bHi);
    }

    /// <summary>Recurses on the part before each split and loops on the part after it, so that a long text split
    /// many times by the heuristic does not recurse once per split; each level's common suffix is added once the
    /// parts before it are.</summary>
    private void Diff(int aLo, int aHi, int bLo, int bHi)
    {
        List<(int AHi, int BHi, int Suffix)>? suffixes = null;
        while (true)
        {
            while (aLo < aHi && bLo < bHi && _a[aLo] == _b[bLo]) _matches.Add((aLo++, bLo++));
            var suffix = 0;
            while (aLo < aHi - suffix && bLo < bHi - suffix && _a[aHi - 1 - suffix] == _b[bHi - 1 - suffix]) suffix++;
            if (suffix > 0) (suffixes ??= []).Add((aHi, bHi, suffix));
            (aHi, bHi) = (aHi - suffix, bHi - suffix);
            if (aLo >= aHi || bLo >= bHi || Bisect(aLo, aHi, bLo, bHi) is not var (x, y)) break;
            Diff(aLo, x, bLo, y);
            (aLo, bLo) = (x, y);
        }
        for (var s = (suffixes?.Count ?? 0) - 1; s >= 0; s--)
        {
            var (hiA, hiB, n) = suffixes![s];
            for (var k = n; k > 0; k--) _matches.Add((hiA - k, hiB - k));
        }
    }

    /// <summary>Finds the middle snake and returns where to split, or null when the sequences share nothing.</summary>
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
            if (d == Cap && Furthest(v1, v2, offset, d - 1, n, m, k1Start, k1End, k2Start, k2End) is var (fx, fy)) return (aLo + fx, bLo + fy);

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

    /// <summary>The point furthest along the texts that either frontier has reached after <paramref name="d"/> edits
    /// (as an offset from the sub-problem's start), or null when neither is strictly inside it.</summary>
    private static (int, int)? Furthest(int[] v1, int[] v2, int offset, int d, int n, int m, int k1Start, int k1End, int k2Start, int k2End)
    {
        (int X, int Y)? best = null;
        var bestReach = 0;
        for (var k = -d + k1Start; k <= d - k1End; k += 2)
        {
            var x = v1[offset + k];
            var y = x - k;
            if (x < 0 || x > n || y < 0 || y > m || x + y <= bestReach || x + y >= n + m) continue;
            (best, bestReach) = ((x, y), x + y);
        }
        for (var k = -d + k2Start; k <= d - k2End; k += 2)
        {
            var x = v2[offset + k];
            var y = x - k;
            if (x < 0 || x > n || y < 0 || y > m || x + y <= bestReach || x + y >= n + m) continue;
            (best, bestReach) = ((n - x, m - y), x + y);
        }
        return best;
    }
}
