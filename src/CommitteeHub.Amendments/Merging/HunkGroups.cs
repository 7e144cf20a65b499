namespace CommitteeHub.Amendments.Merging;

/// <summary>A stretch of the base touched by one or both sides, with each side's hunks in it.</summary>
internal sealed record HunkGroup(int Start, int End, List<Hunk> First, List<Hunk> Second)
{
    public bool BothSides => First.Count > 0 && Second.Count > 0;
}

/// <summary>
/// Groups the hunks of two sides into stretches that must be decided together. Two hunks belong together when
/// their ranges overlap, when both insert at the same point, or when one inserts strictly inside the other's range.
/// Hunks that only touch (one ends where the other begins) are independent: changing adjacent words is not a
/// conflict.
/// </summary>
internal static class HunkGroups
{
    public static List<HunkGroup> Group(List<Hunk> first, List<Hunk> second)
    {
        var all = first.Select(h => (h, side: 0)).Concat(second.Select(h => (h, side: 1)))
            .OrderBy(x => x.h.Start).ThenBy(x => x.h.End).ThenBy(x => x.side).ToList();
        var groups = new List<HunkGroup>();
        HunkGroup? current = null;
        foreach (var (h, side) in all)
        {
            if (current is not null && Overlaps(current, h))
            {
                (side == 0 ? current.First : current.Second).Add(h);
                current = current with { Start = Math.Min(current.Start, h.Start), End = Math.Max(current.End, h.End) };
                groups[^1] = current;
                continue;
            }
            current = new HunkGroup(h.Start, h.End, side == 0 ? [h] : [], side == 1 ? [h] : []);
            groups.Add(current);
        }
        return groups;
    }

    private static bool Overlaps(HunkGroup g, Hunk h) =>
        (h.Start < g.End && h.End > g.Start) ||
        (h.Start == h.End && g.Start == g.End && h.Start == g.Start);

    /// <summary>The base stretch of a group with one side's hunks applied.</summary>
    public static List<Unit> Apply(List<Unit> @base, HunkGroup group, List<Hunk> hunks)
    {
        var result = new List<Unit>();
        var p = group.Start;
        foreach (var h in hunks.OrderBy(h => h.Start).ThenBy(h => h.End))
        {
            result.AddRange(@base.GetRange(p, h.Start - p));
            result.AddRange(h.Replacement);
            p = h.End;
        }
        result.AddRange(@base.GetRange(p, group.End - p));
        return result;
    }

    public static bool Same(List<Unit> x, List<Unit> y) => x.Count == y.Count && x.Zip(y).All(p => p.First.SameAs(p.Second));
}
