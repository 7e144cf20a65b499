using CommitteeHub.Amendments.Diffing;

namespace CommitteeHub.Amendments.Tree;

/// <summary>Builds the public change tree from a document comparison.</summary>
internal static class TreeBuilder
{
    public static ChangeTree Build(DocumentDiff diff)
    {
        var blocks = new List<BlockChange>(diff.Blocks.Count);
        foreach (var d in diff.Blocks) blocks.Add(Convert(d));
        LinkMoves(blocks);
        DisplayNumbering.Apply(blocks);
        return new ChangeTree(blocks);
    }

    private static BlockChange Convert(BlockDiff d)
    {
        switch (d.Kind)
        {
            case AlignKind.Deleted:
                return new BlockChange(BlockChangeKind.Deleted, d.Old!.Format, null, RunBuilder.Whole(d.Old.Tokens, RunChange.Deleted), false, d.OldIndex, -1);
            case AlignKind.MovedFrom:
                return new BlockChange(BlockChangeKind.MovedFrom, d.Old!.Format, null, RunBuilder.Whole(d.Old.Tokens, RunChange.Deleted), false, d.OldIndex, d.NewIndex);
            case AlignKind.Inserted:
                return new BlockChange(BlockChangeKind.Inserted, null, d.New!.Format, RunBuilder.Whole(d.New.Tokens, RunChange.Inserted), false, -1, d.NewIndex);
            case AlignKind.MovedTo:
                return new BlockChange(BlockChangeKind.MovedTo, null, d.New!.Format,
                    RunBuilder.Build(d.Old!.Tokens, d.New.Tokens, d.Words!.Script), d.Words.ReplacedWhole, d.OldIndex, d.NewIndex);
            default:
                var runs = RunBuilder.Build(d.Old!.Tokens, d.New!.Tokens, d.Words!.Script);
                var changed = !d.Old.Format.SameShapeAs(d.New.Format) || runs.Any(r => r.IsVisibleChange);
                return new BlockChange(changed ? BlockChangeKind.Modified : BlockChangeKind.Equal, d.Old.Format, d.New.Format,
                    runs, d.Words.ReplacedWhole, d.OldIndex, d.NewIndex);
        }
    }

    private static void LinkMoves(List<BlockChange> blocks)
    {
        var from = new Dictionary<int, int>();
        for (var i = 0; i < blocks.Count; i++)
            if (blocks[i].Change == BlockChangeKind.MovedFrom) from[blocks[i].OldIndex] = i;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Change != BlockChangeKind.MovedTo || !from.TryGetValue(blocks[i].OldIndex, out var partner)) continue;
            blocks[i].MovePartner = partner;
            blocks[partner].MovePartner = i;
        }
    }
}
