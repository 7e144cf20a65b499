namespace CommitteeHub.Amendments.Rendering;

/// <summary>The visible notes for block-level changes that text marking cannot show, worded once for every
/// renderer.</summary>
internal static class Notes
{
    public static string? Move(ChangeTree tree, int index)
    {
        var b = tree.Blocks[index];
        var partner = b.MovePartner;
        return b.Change switch
        {
            BlockChangeKind.MovedFrom => partner > index ? "moved below" : "moved above",
            BlockChangeKind.MovedTo => partner < index ? "moved from above" : "moved from below",
            _ => null,
        };
    }

    public static string Shape(BlockChange b) => $"was {b.OldFormat!.Describe()}, now {b.NewFormat!.Describe()}";
}
