using CommitteeHub.Amendments.Diffing;
using CommitteeHub.Amendments.Parsing;

namespace CommitteeHub.Amendments.Merging;

/// <summary>An edit of the flattened base: units [Start, End) replaced by <see cref="Replacement"/>. An insertion has
/// Start == End.</summary>
internal sealed record Hunk(int Start, int End, List<Unit> Replacement);

/// <summary>Turns a cleaned-up comparison of the base with an amended text into hunks over the base. The cleanup
/// matters here too: "it has failed to provide ... to prevent" → "the Council needs to address" is one hunk, so a
/// second amendment touching "to" there collides with it instead of merging into nonsense.</summary>
internal static class HunkExtractor
{
    /// <summary>The hunks, and the amended text's own version of every base unit it left unchanged: the same word
    /// with the amended spacing, the same block with the amended marker (null where the unit is in a hunk).</summary>
    public static (List<Hunk> Hunks, Unit?[] Kept) ExtractWithKept(DocumentDiff diff, FlatDocument @base)
    {
        var kept = new Unit?[@base.Units.Count];
        return (Extract(diff, @base, kept), kept);
    }

    private static List<Hunk> Extract(DocumentDiff diff, FlatDocument @base, Unit?[] kept)
    {
        var hunks = new List<Hunk>();
        var insertAt = 0;
        foreach (var d in diff.Blocks)
        {
            switch (d.Kind)
            {
                case AlignKind.Deleted or AlignKind.MovedFrom:
                    hunks.Add(new Hunk(@base.Starts[d.OldIndex], @base.Starts[d.OldIndex + 1], []));
                    insertAt = @base.Starts[d.OldIndex + 1];
                    break;
                case AlignKind.Inserted or AlignKind.MovedTo:
                    var units = Block(d.New!);
                    if (hunks.Count > 0 && hunks[^1] is { Start: var s, End: var e } last && s == insertAt && e == insertAt)
                        last.Replacement.AddRange(units);
                    else hunks.Add(new Hunk(insertAt, insertAt, units));
                    break;
                default:
                    AddBlockEdits(hunks, d, @base.Starts[d.OldIndex], kept);
                    insertAt = @base.Starts[d.OldIndex + 1];
                    break;
            }
        }
        return hunks;
    }

    private static List<Unit> Block(DocBlock block) => Unit.Of(block).ToList();

    private static void AddBlockEdits(List<Hunk> hunks, BlockDiff d, int start, Unit?[] kept)
    {
        var (a, b) = (d.Old!.Tokens, d.New!.Tokens);
        if (!d.Old.Format.SameShapeAs(d.New.Format)) hunks.Add(new Hunk(start, start + 1, [new Unit(d.New.Format, null)]));
        else kept[start] = new Unit(d.New.Format, null);
        var first = start + 1;
        foreach (var seg in d.Words!.Script)
        {
            if (!seg.IsEqual)
            {
                hunks.Add(new Hunk(first + seg.A, first + seg.A + seg.ALength,
                    b.Skip(seg.B).Take(seg.BLength).Select((t, i) => new Unit(null, t, seg.B + i == 0)).ToList()));
                continue;
            }
            for (var k = 0; k < seg.ALength; k++)
            {
                var unit = new Unit(null, b[seg.B + k], seg.B + k == 0);
                if (!a[seg.A + k].SameContentAs(b[seg.B + k])) hunks.Add(new Hunk(first + seg.A + k, first + seg.A + k + 1, [unit]));
                else kept[first + seg.A + k] = unit;
            }
        }
    }
}
