using System.Text;
using CommitteeHub.Amendments.Parsing;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Merging;

/// <summary>A document flattened for merging: each block is a separator unit (its shape) followed by its tokens, so
/// that block-level and word-level edits are edits of one sequence.</summary>
/// <param name="Block">The shape, for a separator.</param>
/// <param name="Token">The word, for a token.</param>
/// <param name="BeganBlock">The token was the first of its block in its own version, so it has no space before it
/// there; if the merge puts another word before it, it needs one.</param>
internal readonly record struct Unit(BlockFormat? Block, Token? Token, bool BeganBlock = false)
{
    public static IEnumerable<Unit> Of(DocBlock block) =>
        block.Tokens.Select((t, i) => new Unit(null, t, i == 0)).Prepend(new Unit(block.Format, null));

    public bool IsSeparator => Block is not null;

    /// <summary>Same shape (markers aside, since relettering is not a change) or same word with the same marks.</summary>
    public bool SameAs(Unit other) =>
        IsSeparator ? other.IsSeparator && Block!.SameShapeAs(other.Block!) : !other.IsSeparator && Token!.Value.SameContentAs(other.Token!.Value);
}

internal sealed class FlatDocument
{
    public FlatDocument(Document doc)
    {
        Document = doc;
        Starts = new int[doc.Blocks.Count + 1];
        foreach (var (block, i) in doc.Blocks.Select((b, i) => (b, i)))
        {
            Starts[i] = Units.Count;
            Units.AddRange(Unit.Of(block));
        }
        Starts[doc.Blocks.Count] = Units.Count;
    }

    public Document Document { get; }
    public List<Unit> Units { get; } = [];

    /// <summary>Where each block starts; the last entry is the end of the document.</summary>
    public int[] Starts { get; }

    /// <summary>The block that contains unit <paramref name="position"/> (the last block for the end).</summary>
    public int BlockAt(int position)
    {
        var i = Array.BinarySearch(Starts, position);
        var block = i >= 0 ? i : ~i - 1;
        return Math.Clamp(block, 0, Math.Max(0, Document.Blocks.Count - 1));
    }

    public static string Text(IEnumerable<Unit> units)
    {
        var sb = new StringBuilder();
        foreach (var u in units)
        {
            if (u.IsSeparator)
            {
                if (sb.Length > 0) sb.Append(" / ");
                if (u.Block!.ListStyle == ListStyle.Lettered) sb.Append(u.Block.Marker).Append(' ');
                continue;
            }
            if (sb.Length > 0 && sb[^1] != ' ' && Reassembler.SpaceBefore(u)) sb.Append(' ');
            sb.Append(u.Token!.Value.Text);
        }
        return sb.ToString().Trim();
    }
}
