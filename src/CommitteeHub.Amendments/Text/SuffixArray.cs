using System.Buffers;

namespace CommitteeHub.Amendments.Text;

/// <summary>
/// The suffixes of a sequence of symbols (0 to <c>upper</c>) in sorted order, built in linear time by induced sorting
/// (SA-IS; Nong, Zhang and Chan 2009, in the shape of the AtCoder Library's public-domain version). Prefix doubling
/// would be simpler, but a text that repeats itself down the page needs as many doubling rounds as its longest
/// repeat is long in bits, each a full sort: a paragraph repeated 390 times took longer to index than to word.
/// </summary>
internal static class SuffixArray
{
    // Below this, sorting the suffixes by comparing them is faster than inducing.
    private const int SortedNaively = 16;

    public static int[] Of(ReadOnlySpan<int> s, int upper)
    {
        var n = s.Length;
        if (n < SortedNaively) return Naive(s);

        // The working arrays, as long as the text, are borrowed and given back (the last level's serve the next
        // level and the paragraph's other text): only the result is the caller's. Borrowed arrays hold old values,
        // so each is written in full before it is read.
        var sa = new int[n];
        var ls = ArrayPool<bool>.Shared.Rent(n); // suffix i is S-type: smaller than suffix i + 1
        ls[n - 1] = false;
        for (var i = n - 2; i >= 0; i--) ls[i] = s[i] == s[i + 1] ? ls[i + 1] : s[i] < s[i + 1];
        var sumL = new int[upper + 2];
        var sumS = new int[upper + 2];
        for (var i = 0; i < n; i++)
        {
            if (!ls[i]) sumS[s[i]]++;
            else sumL[s[i] + 1]++;
        }
        for (var i = 0; i <= upper; i++)
        {
            sumS[i] += sumL[i];
            if (i < upper) sumL[i + 1] += sumS[i];
        }

        var lmsMap = ArrayPool<int>.Shared.Rent(n + 1);
        Array.Fill(lmsMap, -1, 0, n + 1);
        var m = 0;
        for (var i = 1; i < n; i++)
            if (!ls[i - 1] && ls[i]) lmsMap[i] = m++;
        var lms = ArrayPool<int>.Shared.Rent(m);
        for (int i = 1, j = 0; i < n; i++)
            if (!ls[i - 1] && ls[i]) lms[j++] = i;

        var buf = new int[upper + 2];
        Induce(s, sa, ls, sumS, sumL, buf, lms.AsSpan(0, m));
        if (m == 0)
        {
            Return(ls, lmsMap, lms);
            return sa;
        }

        var sortedLms = ArrayPool<int>.Shared.Rent(m);
        for (int i = 0, j = 0; i < n; i++)
            if (lmsMap[sa[i]] != -1) sortedLms[j++] = sa[i];
        var rec = ArrayPool<int>.Shared.Rent(m);
        var recUpper = 0;
        rec[lmsMap[sortedLms[0]]] = 0;
        for (var i = 1; i < m; i++)
        {
            int l = sortedLms[i - 1], r = sortedLms[i];
            var endL = lmsMap[l] + 1 < m ? lms[lmsMap[l] + 1] : n;
            var endR = lmsMap[r] + 1 < m ? lms[lmsMap[r] + 1] : n;
            var same = endL - l == endR - r;
            if (same)
            {
                while (l < endL && s[l] == s[r]) { l++; r++; }
                if (l == n || s[l] != s[r]) same = false;
            }
            if (!same) recUpper++;
            rec[lmsMap[sortedLms[i]]] = recUpper;
        }
        var recSa = Of(rec.AsSpan(0, m), recUpper);
        for (var i = 0; i < m; i++) sortedLms[i] = lms[recSa[i]];
        Induce(s, sa, ls, sumS, sumL, buf, sortedLms.AsSpan(0, m));
        Return(ls, lmsMap, lms);
        ArrayPool<int>.Shared.Return(sortedLms);
        ArrayPool<int>.Shared.Return(rec);
        return sa;
    }

    private static void Return(bool[] ls, int[] lmsMap, int[] lms)
    {
        ArrayPool<bool>.Shared.Return(ls);
        ArrayPool<int>.Shared.Return(lmsMap);
        ArrayPool<int>.Shared.Return(lms);
    }

    private static void Induce(ReadOnlySpan<int> s, int[] sa, bool[] ls, int[] sumS, int[] sumL, int[] buf, ReadOnlySpan<int> lms)
    {
        var n = s.Length;
        Array.Fill(sa, -1);
        sumS.CopyTo(buf, 0);
        foreach (var d in lms)
            if (d != n) sa[buf[s[d]]++] = d;
        sumL.CopyTo(buf, 0);
        sa[buf[s[n - 1]]++] = n - 1;
        for (var i = 0; i < n; i++)
        {
            var v = sa[i];
            if (v >= 1 && !ls[v - 1]) sa[buf[s[v - 1]]++] = v - 1;
        }
        sumL.CopyTo(buf, 0);
        for (var i = n - 1; i >= 0; i--)
        {
            var v = sa[i];
            if (v >= 1 && ls[v - 1]) sa[--buf[s[v - 1] + 1]] = v - 1;
        }
    }

    private static int[] Naive(ReadOnlySpan<int> s)
    {
        var copy = s.ToArray();
        var sa = new int[s.Length];
        for (var i = 0; i < sa.Length; i++) sa[i] = i;
        Array.Sort(sa, (a, b) => copy.AsSpan(a).SequenceCompareTo(copy.AsSpan(b)));
        return sa;
    }
}
