using System.Text;

namespace CommitteeHub.Amendments.Rendering;

/// <summary>
/// Renders the change tree as plain text, one line per block: list items indented two spaces per level under the
/// first, headings with their '#' level, markers as shown. Inserted text is "[+ text +]", deleted text
/// "[- text -]", a format change "[~ text (bold added) ~]"; moves and changes of block shape are noted in square
/// brackets at the start of the line. Whitespace-only edits show the amended spacing, unmarked.
/// </summary>
internal static class PlainTextRenderer
{
    public static string Render(ChangeTree tree)
    {
        var lines = new List<string>();
        for (var i = 0; i < tree.Blocks.Count; i++) lines.Add(Line(tree, i));
        return string.Join("\n", lines);
    }

    private static string Line(ChangeTree tree, int index)
    {
        var block = tree.Blocks[index];
        var f = block.Format;
        var sb = new StringBuilder();
        if (f.Kind == BlockKind.ListItem) sb.Append(' ', 2 * Math.Max(0, f.Depth - 1));
        else if (f.Depth > 0) sb.Append(' ', 2 * f.Depth);
        if (Notes.Move(tree, index) is { } move) sb.Append('[').Append(move).Append("] ");
        if (block.ShapeChanged) sb.Append('[').Append(Notes.Shape(block)).Append("] ");
        if (f.Kind == BlockKind.Heading) sb.Append('#', Math.Clamp(f.HeadingLevel, 1, 6)).Append(' ');
        if (f.Kind == BlockKind.ListItem) sb.Append(block.Marker).Append(' ');
        foreach (var group in RunGroups.Of(block.Runs)) Group(sb, group);
        return sb.ToString().TrimEnd();
    }

    private static void Group(StringBuilder sb, RunGroup group)
    {
        if (group.Change == RunChange.Equal || group.IsWhitespace)
        {
            foreach (var run in group.Runs)
                if (run.Change != RunChange.Deleted || !run.IsWhitespace) sb.Append(run.Text);
            return;
        }
        sb.Append(group.Leading);
        sb.Append(group.Change switch
        {
            RunChange.Inserted => $"[+ {group.Inner} +]",
            RunChange.Deleted => $"[- {group.Inner} -]",
            _ => $"[~ {group.Inner} ({MarkNames.Describe(group.Runs[0].OldMarks, group.Runs[0].Marks)}) ~]",
        });
        sb.Append(group.Trailing);
    }
}
