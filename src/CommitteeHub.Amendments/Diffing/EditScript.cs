namespace CommitteeHub.Amendments.Diffing;

/// <summary>One stretch of a word-level comparison: either equal (the same words at A and at B) or a change (the
/// words A..A+ALength left out, the words B..B+BLength put in; either may be empty).</summary>
internal readonly record struct Segment(bool IsEqual, int A, int ALength, int B, int BLength)
{
    public static Segment Equal(int a, int b, int length) => new(true, a, length, b, length);
    public static Segment Change(int a, int aLength, int b, int bLength) => new(false, a, aLength, b, bLength);

    public bool IsPureDeletion => !IsEqual && BLength == 0 && ALength > 0;
    public bool IsPureInsertion => !IsEqual && ALength == 0 && BLength > 0;
}

internal static class EditScript
{
    /// <summary>Builds segments from matched index pairs.</summary>
    /// <remarks>A match that follows an equal segment directly lengthens it, so the script comes out as
    /// <see cref="Normalise"/> would leave it without a segment per matched word first (a paragraph's worth of
    /// segments for each pair of blocks).</remarks>
    public static List<Segment> FromMatches(List<(int A, int B)> matches, int aLength, int bLength)
    {
        var script = new List<Segment>();
        int a = 0, b = 0;
        foreach (var (ma, mb) in matches)
        {
            if (ma > a || mb > b) script.Add(Segment.Change(a, ma - a, b, mb - b));
            else if (script.Count > 0 && script[^1].IsEqual)
            {
                var p = script[^1];
                script[^1] = p with { ALength = p.ALength + 1, BLength = p.BLength + 1 };
                (a, b) = (ma + 1, mb + 1);
                continue;
            }
            script.Add(Segment.Equal(ma, mb, 1));
            a = ma + 1;
            b = mb + 1;
        }
        if (aLength > a || bLength > b) script.Add(Segment.Change(a, aLength - a, b, bLength - b));
        return script;
    }

    /// <summary>Merges neighbouring segments of the same sort and drops empty ones, so that equal and change segments
    /// alternate.</summary>
    public static List<Segment> Normalise(List<Segment> script)
    {
        var result = new List<Segment>(script.Count);
        foreach (var s in script)
        {
            if (s.ALength == 0 && s.BLength == 0) continue;
            if (result.Count > 0 && result[^1].IsEqual == s.IsEqual)
            {
                var p = result[^1];
                result[^1] = p with { ALength = p.ALength + s.ALength, BLength = p.BLength + s.BLength };
            }
            else result.Add(s);
        }
        return result;
    }
}
