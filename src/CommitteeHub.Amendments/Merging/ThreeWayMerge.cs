using CommitteeHub.Amendments.Diffing;
using CommitteeHub.Amendments.Parsing;
using CommitteeHub.Amendments.Rendering;
using CommitteeHub.Amendments.Writing;

namespace CommitteeHub.Amendments.Merging;

/// <summary>Rebases a pending amendment onto the substantive motion: both amendments are compared with the motion
/// they were written against, and their hunks applied together where they do not collide. Text neither changed is
/// taken as the substantive motion has it (its spacing, its lettering), so that a pending amendment that changes
/// nothing gives back the substantive motion exactly.</summary>
internal static class ThreeWayMerge
{
    public static MergeResult Merge(Document @base, Document carried, Document pending)
    {
        var flat = new FlatDocument(@base);
        var (carriedHunks, carriedKept) = HunkExtractor.ExtractWithKept(DocumentDiffer.Diff(@base, carried), flat);
        var (pendingHunks, pendingKept) = HunkExtractor.ExtractWithKept(DocumentDiffer.Diff(@base, pending), flat);
        var units = Unchanged(flat.Units, carriedKept, pendingKept);

        var output = new List<Unit>();
        var conflicts = new List<Conflict>();
        var pos = 0;
        foreach (var g in HunkGroups.Group(carriedHunks, pendingHunks))
        {
            output.AddRange(units.GetRange(pos, g.Start - pos));
            var mine = HunkGroups.Apply(units, g, g.First);
            if (g.BothSides)
            {
                var theirs = HunkGroups.Apply(units, g, g.Second);
                if (!HunkGroups.Same(mine, theirs))
                    conflicts.Add(new Conflict(BlockNames.Location(flat, g.Start),
                        FlatDocument.Text(units.GetRange(g.Start, g.End - g.Start)), FlatDocument.Text(mine), FlatDocument.Text(theirs)));
            }
            else if (g.Second.Count > 0) mine = HunkGroups.Apply(units, g, g.Second);
            output.AddRange(mine);
            pos = g.End;
        }
        output.AddRange(units.GetRange(pos, units.Count - pos));

        // Each side's lettering is right for its own paragraphs (and Unchanged took the side that reletters); only
        // when both added or removed paragraphs can the merged lettering clash.
        var blocks = Reassembler.Blocks(output);
        if (Structural(carriedHunks, flat) && Structural(pendingHunks, flat)) blocks = Reletterer.Apply(blocks);
        return new MergeResult(MarkdownWriter.Write(blocks), conflicts);
    }

    private static bool Structural(List<Hunk> hunks, FlatDocument flat) =>
        hunks.Any(h => h.Replacement.Any(u => u.IsSeparator) || flat.Units.GetRange(h.Start, h.End - h.Start).Any(u => u.IsSeparator));

    /// <summary>
    /// The base as both sides left it. Markers and spacing are not edits (relettering is not a change), but each
    /// side may have its own; as in any three-way merge, a unit takes the version of the side that changed it,
    /// the substantive motion's when both did.
    /// </summary>
    public static List<Unit> Unchanged(List<Unit> @base, Unit?[] carried, Unit?[] pending)
    {
        var units = new List<Unit>(@base.Count);
        for (var i = 0; i < @base.Count; i++)
        {
            var (b, c, p) = (@base[i], carried[i], pending[i]);
            units.Add(c is { } cu && Differs(b, cu) ? cu : p is { } pu && Differs(b, pu) ? pu : c ?? b);
        }
        return units;
    }

    private static bool Differs(Unit a, Unit b) =>
        a.IsSeparator ? a.Block!.Marker != b.Block!.Marker : a.Token!.Value.SpaceBefore != b.Token!.Value.SpaceBefore;
}
