using CommitteeHub.Amendments;

namespace CommitteeHub.Documents.Layout;

/// <summary>
/// An amendment's change tree to the document model: inserted words as <see cref="RunStyle.Inserted"/>, deleted
/// words as <see cref="RunStyle.Deleted"/>, lettered and nested items as lists with the markers the amendment refers
/// to. Every rendering of an amendment is made from the same tree, so the printed paper agrees with the screen.
/// </summary>
public static class ChangeBlocks
{
    public static IReadOnlyList<Block> Convert(ChangeTree tree)
    {
        var root = new List<object>();
        var stack = new List<ListFrame>();
        foreach (var block in tree.Blocks)
        {
            var content = Content(block);
            if (block.Kind == BlockKind.ListItem)
            {
                var depth = Math.Max(1, block.Depth);
                while (stack.Count > 0 && stack[^1].Depth > depth) stack.RemoveAt(stack.Count - 1);
                var kind = block.Format.ListStyle switch
                {
                    ListStyle.Bullet => ListKind.Bulleted,
                    ListStyle.Ordered => ListKind.Numbered,
                    _ => ListKind.Lettered,
                };
                if (stack.Count == 0 || stack[^1].Depth < depth || stack[^1].Kind != kind)
                {
                    if (stack.Count > 0 && stack[^1].Depth == depth) stack.RemoveAt(stack.Count - 1);
                    var frame = new ListFrame(depth, kind);
                    (stack.Count > 0 && stack[^1].Items.Count > 0 ? stack[^1].Items[^1].Blocks : root).Add(frame);
                    stack.Add(frame);
                }
                var marker = block.Format.ListStyle == ListStyle.Bullet ? null : block.Marker;
                stack[^1].Items.Add(new ItemBuilder(marker, [content]));
            }
            else if (block.Depth > 0 && stack.Count > 0)
            {
                while (stack.Count > 1 && stack[^1].Depth > block.Depth) stack.RemoveAt(stack.Count - 1);
                if (stack[^1].Items.Count > 0) stack[^1].Items[^1].Blocks.Add(content);
                else root.Add(content);
            }
            else
            {
                stack.Clear();
                root.Add(content);
            }
        }
        return Materialise(root);
    }

    private sealed record ListFrame(int Depth, ListKind Kind)
    {
        public List<ItemBuilder> Items { get; } = [];
    }

    private sealed record ItemBuilder(string? Marker, List<object> Blocks);

    private static List<Block> Materialise(List<object> items) => items.Select(o => o switch
    {
        ListFrame f => new ListBlock(f.Kind, f.Items.Select(i => new ListItem(Materialise(i.Blocks), i.Marker)).ToList()),
        Block b => b,
        _ => throw new InvalidOperationException(),
    }).ToList();

    private static Block Content(BlockChange block)
    {
        var runs = Runs(block);
        if (block.Change == BlockChangeKind.MovedFrom) runs.Add(new Run(" (moved below)", RunStyle.Italic));
        if (block.Change == BlockChangeKind.MovedTo) runs.Add(new Run(" (moved from above)", RunStyle.Italic));
        if (block.Kind == BlockKind.Heading)
        {
            if (block.Change == BlockChangeKind.Equal) return new Heading(block.HeadingLevel, string.Concat(runs.Select(r => r.Text))) { Bookmark = false };
            return new Paragraph(runs.Select(r => r with { Style = r.Style | RunStyle.Bold }).ToList());
        }
        return new Paragraph(runs);
    }

    internal static List<Run> Runs(BlockChange block)
    {
        // A whitespace-only edit is shown as the amended spacing, not as a change.
        var parts = block.Runs.Where(r => !(r.IsWhitespace && r.Change == RunChange.Deleted))
            .Select(r => (r.Text, Marks: Marks(r.Marks), Change: r.IsWhitespace || r.Change == RunChange.FormatChanged ? RunChange.Equal : r.Change))
            .ToList();
        // The spaces inside one insertion or deletion belong to it, so that it is one change, read as one.
        for (var i = 1; i < parts.Count - 1; i++)
            if (parts[i].Change == RunChange.Equal && string.IsNullOrWhiteSpace(parts[i].Text) &&
                parts[i - 1].Change is RunChange.Inserted or RunChange.Deleted && parts[i + 1].Change == parts[i - 1].Change)
                parts[i] = parts[i] with { Change = parts[i - 1].Change };
        var runs = new List<Run>();
        void Add(string text, RunStyle style)
        {
            if (text.Length == 0) return;
            if (runs.Count > 0 && runs[^1].Style == style) runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
            else runs.Add(new Run(text, style));
        }
        var previous = RunChange.Equal;
        foreach (var (text, marks, change) in parts)
        {
            if (change == RunChange.Equal)
            {
                Add(text, marks);
                previous = change;
                continue;
            }
            // The spaces either side of a change are the text's, not the change's: nothing is underlined or struck
            // through but words.
            var inner = text.Trim();
            Add(text[..(text.Length - text.TrimStart().Length)], marks);
            // Words left out and words put in their place are separate words to a reader: a space between them
            // keeps "all elements" and "the overall effectiveness" from running together; but punctuation put in
            // place of punctuation (", and" for ".") follows the word before it directly.
            if (previous == RunChange.Deleted && change == RunChange.Inserted && runs.Count > 0 && !runs[^1].Text.EndsWith(' ') &&
                inner.Length > 0 && char.IsLetterOrDigit(inner[0]))
                runs.Add(new Run(" ", marks));
            Add(inner, marks | (change == RunChange.Inserted ? RunStyle.Inserted : RunStyle.Deleted));
            Add(text[(text.TrimEnd().Length)..], marks);
            previous = inner.Length > 0 ? change : previous;
        }
        return runs;
    }

    private static RunStyle Marks(Marks marks) =>
        (marks.HasFlag(CommitteeHub.Amendments.Marks.Bold) ? RunStyle.Bold : RunStyle.None) |
        (marks.HasFlag(CommitteeHub.Amendments.Marks.Italic) ? RunStyle.Italic : RunStyle.None);
}
