using CommitteeHub.Amendments.Diffing;
using CommitteeHub.Amendments.Parsing;
using CommitteeHub.Amendments.Rendering;

namespace CommitteeHub.Amendments.Merging;

/// <summary>Finds, for every pair of amendments to one motion, the places where both change the same words and
/// disagree. Amendments that touch different words, or make the same change, do not collide.</summary>
internal static class CollisionFinder
{
    public static List<Collision> Find(Document @base, IReadOnlyList<Document> amendments)
    {
        var flat = new FlatDocument(@base);
        var edits = amendments.Select(a => HunkExtractor.ExtractWithKept(DocumentDiffer.Diff(@base, a), flat)).ToList();
        var collisions = new List<Collision>();
        for (var i = 0; i < edits.Count; i++)
            for (var j = i + 1; j < edits.Count; j++)
            {
                var units = ThreeWayMerge.Unchanged(flat.Units, edits[i].Kept, edits[j].Kept);
                foreach (var g in HunkGroups.Group(edits[i].Hunks, edits[j].Hunks).Where(g => g.BothSides))
                {
                    var first = HunkGroups.Apply(units, g, g.First);
                    var second = HunkGroups.Apply(units, g, g.Second);
                    if (HunkGroups.Same(first, second)) continue;
                    collisions.Add(new Collision(i, j, BlockNames.Location(flat, g.Start),
                        FlatDocument.Text(units.GetRange(g.Start, g.End - g.Start)), FlatDocument.Text(first), FlatDocument.Text(second)));
                }
            }
        return collisions;
    }
}
