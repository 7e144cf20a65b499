using CommitteeHub.Amendments.Merging;
using CommitteeHub.Amendments.Parsing;

namespace CommitteeHub.Amendments.Rendering;

/// <summary>A block as the order paper refers to it: "paragraph (a)", "paragraph (a)(ii)", "paragraph 3",
/// "the heading 'Recommendations'", "the paragraph beginning 'In light of the'".</summary>
internal static class BlockNames
{
    private const int OpeningWords = 4;

    public readonly record struct Named(BlockFormat Format, string Text);

    public static string Reference(IReadOnlyList<Named> blocks, int index)
    {
        var block = blocks[index];
        var f = block.Format;
        if (f.Kind == BlockKind.Heading) return $"the heading '{Words.Shorten(block.Text, 10)}'";
        if (f.Kind == BlockKind.ListItem && f.Ordered && Citation(blocks, index) is { } citation) return "paragraph " + citation;
        var noun = f.Kind == BlockKind.ListItem && f.ListStyle == ListStyle.Bullet ? "bullet point" : "paragraph";
        return block.Text.Length == 0 ? $"the empty {noun}" : $"the {noun} beginning '{Words.Opening(block.Text, OpeningWords)}'";
    }

    /// <summary>How a new block is announced: "paragraph (d)", "bullet point", "heading".</summary>
    public static string NewBlock(BlockFormat f) => f.Kind switch
    {
        BlockKind.Heading => "heading",
        BlockKind.ListItem when f.Ordered => "paragraph " + Strip(f.Marker),
        BlockKind.ListItem => "bullet point",
        _ => "paragraph",
    };

    /// <summary>"(a)(ii)" for item (ii) nested in item (a); null when an ancestor is a bullet.</summary>
    private static string? Citation(IReadOnlyList<Named> blocks, int index)
    {
        var parts = new List<string> { Strip(blocks[index].Format.Marker) };
        var depth = blocks[index].Format.Depth;
        for (var i = index - 1; i >= 0 && depth > 1; i--)
        {
            var f = blocks[i].Format;
            if (f.Kind != BlockKind.ListItem || f.Depth >= depth) continue;
            if (!f.Ordered) return null;
            parts.Insert(0, Strip(f.Marker));
            depth = f.Depth;
        }
        return string.Concat(parts);
    }

    /// <summary>"(a)" stays "(a)"; Markdown's "3." and "3)" are cited as "3".</summary>
    private static string Strip(string marker) => marker.StartsWith('(') ? marker : marker.TrimEnd('.', ')');

    /// <summary>The block of the base that contains a merge position.</summary>
    public static string Location(FlatDocument flat, int position)
    {
        if (flat.Document.Blocks.Count == 0) return "the motion";
        var named = flat.Document.Blocks.Select(b => new Named(b.Format, b.PlainText)).ToList();
        if (position >= flat.Units.Count) return "after " + Reference(named, named.Count - 1);
        return Reference(named, flat.BlockAt(position));
    }
}
