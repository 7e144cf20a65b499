using CommitteeHub.Amendments.Diffing;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Cleanup;

/// <summary>
/// A pure insertion or deletion bordered by repeated words can stand in several places with the same meaning:
/// deleting "It thanks staff. It" from "... report. It thanks staff. It asks ..." is the same edit as deleting
/// "It thanks staff." Of the places it can stand, this rule chooses the one whose edges are the best boundaries
/// (<see cref="BoundaryScore"/>), and above all one that touches a neighbouring change, so that an insertion that
/// reads continuously is shown as one insertion.
/// </summary>
internal static class SlideToBoundaries
{
    private const int JoinBonus = 100;

    public static List<Segment> Apply(List<Segment> script, IReadOnlyList<Token> a, IReadOnlyList<Token> b)
    {
        script = EditScript.Normalise(script);
        for (var i = 0; i < script.Count; i++)
        {
            var s = script[i];
            if (!s.IsPureDeletion && !s.IsPureInsertion) continue;
            var shift = BestShift(script, i, s.IsPureDeletion ? a : b, s.IsPureDeletion);
            if (shift == 0) continue;
            Shift(script, i, shift);
            script = EditScript.Normalise(script);
            i = Math.Max(-1, i - 2); // neighbours may have merged; look again from just before
        }
        return script;
    }

    private static int BestShift(List<Segment> script, int i, IReadOnlyList<Token> seq, bool deletion)
    {
        var s = script[i];
        var start = deletion ? s.A : s.B;
        var length = deletion ? s.ALength : s.BLength;
        var prevEqual = i > 0 && script[i - 1].IsEqual ? script[i - 1].ALength : 0;
        var nextEqual = i + 1 < script.Count && script[i + 1].IsEqual ? script[i + 1].ALength : 0;

        var left = 0;
        while (left < prevEqual && seq[start - left - 1].Text == seq[start + length - left - 1].Text) left++;
        var right = 0;
        while (right < nextEqual && seq[start + right].Text == seq[start + length + right].Text) right++;
        if (left == 0 && right == 0) return 0;

        var best = 0;
        var bestScore = int.MinValue;
        for (var shift = -left; shift <= right; shift++)
        {
            var score = BoundaryScore.ForSpan(seq, start + shift, start + shift + length);
            if (shift == -prevEqual && i >= 2) score += JoinBonus;
            if (shift == nextEqual && i + 2 < script.Count) score += JoinBonus;
            if (score > bestScore) { bestScore = score; best = shift; }
        }
        return best;
    }

    /// <summary>Moves the change at <paramref name="i"/> by <paramref name="shift"/> tokens. The equal tokens it
    /// passes over move to its other side: one neighbouring equal segment shrinks and the other grows (or is
    /// created, at the edge of the block). Both sequences move together because equal segments pair tokens.</summary>
    private static void Shift(List<Segment> script, int i, int shift)
    {
        var s = script[i];
        script[i] = s with { A = s.A + shift, B = s.B + shift };
        if (shift < 0)
        {
            var p = script[i - 1];
            script[i - 1] = p with { ALength = p.ALength + shift, BLength = p.BLength + shift };
            if (i + 1 < script.Count)
            {
                var n = script[i + 1];
                script[i + 1] = n with { A = n.A + shift, ALength = n.ALength - shift, B = n.B + shift, BLength = n.BLength - shift };
            }
            else script.Add(Segment.Equal(s.A + s.ALength + shift, s.B + s.BLength + shift, -shift));
        }
        else
        {
            var n = script[i + 1];
            script[i + 1] = n with { A = n.A + shift, ALength = n.ALength - shift, B = n.B + shift, BLength = n.BLength - shift };
            if (i > 0)
            {
                var p = script[i - 1];
                script[i - 1] = p with { ALength = p.ALength + shift, BLength = p.BLength + shift };
            }
            else script.Insert(0, Segment.Equal(s.A, s.B, shift));
        }
    }
}
