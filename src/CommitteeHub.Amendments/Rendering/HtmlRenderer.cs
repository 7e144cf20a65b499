using System.Text;

namespace CommitteeHub.Amendments.Rendering;

/// <summary>
/// Renders the change tree as an HTML fragment. Insertions are in &lt;ins&gt; and deletions in &lt;del&gt;; a
/// whole inserted or deleted block has its text inside one. Changes never rely on colour: the site's CSS strikes
/// &lt;del&gt; and underlines and bolds &lt;ins&gt;, moves carry a visible note, and each change is announced to
/// screen readers by visually hidden text ("[insertion start] … [insertion end]"), because aria-label on ins and
/// del is not reliably read (ARIA 1.2 does not allow naming the insertion and deletion roles). Lists keep their
/// markers as text so the numbering shown is the numbering the amendment refers to. Every run renders its own
/// marks, so the output is well nested whatever the input.
/// </summary>
internal sealed class HtmlRenderer
{
    private readonly StringBuilder _sb = new();
    private readonly List<(string Tag, bool ItemOpen)> _lists = [];

    public static string Render(ChangeTree tree)
    {
        var r = new HtmlRenderer();
        r._sb.Append("<div class=\"tracked-changes\">");
        for (var i = 0; i < tree.Blocks.Count; i++) r.Block(tree, i);
        r.CloseLists(0);
        r._sb.Append("</div>");
        return r._sb.ToString();
    }

    private void Block(ChangeTree tree, int index)
    {
        var block = tree.Blocks[index];
        var f = block.Format;
        string tag;
        if (f.Kind == BlockKind.ListItem)
        {
            OpenListItem(f);
            tag = "li";
        }
        else
        {
            var depth = Math.Min(f.InList ? f.Depth : 0, _lists.Count);
            CloseLists(depth);
            if (depth > 0 && !_lists[^1].ItemOpen) { _sb.Append("<li class=\"continuation\">"); _lists[^1] = (_lists[^1].Tag, true); }
            tag = f.Kind == BlockKind.Heading ? "h" + Math.Clamp(f.HeadingLevel, 1, 6) : "p";
        }

        _sb.Append('<').Append(tag);
        if (ClassOf(block) is { } cls) _sb.Append(" class=\"").Append(cls).Append('"');
        _sb.Append('>');
        Content(tree, index);
        if (tag != "li") _sb.Append("</").Append(tag).Append('>');
    }

    private static string? ClassOf(BlockChange b) => b.Change switch
    {
        BlockChangeKind.Inserted => "inserted",
        BlockChangeKind.Deleted => "deleted",
        BlockChangeKind.MovedFrom => "moved-from",
        BlockChangeKind.MovedTo => "moved-to",
        BlockChangeKind.Modified => b.ReplacedWhole ? "modified replaced" : "modified",
        _ => null,
    };

    private void Content(ChangeTree tree, int index)
    {
        var block = tree.Blocks[index];
        if (Notes.Move(tree, index) is { } move) Note("move-note", move);
        if (block.ShapeChanged) Note("format-note", Notes.Shape(block));

        if (block.Change is BlockChangeKind.Inserted or BlockChangeKind.Deleted)
        {
            // The whole block, marker included, is one insertion or deletion.
            var (el, what) = block.Change == BlockChangeKind.Inserted ? ("ins", "insertion") : ("del", "deletion");
            _sb.Append('<').Append(el).Append('>');
            Hidden($"[{what} start] ");
            Marker(block);
            foreach (var run in block.Runs) Marked(run, run.Text);
            Hidden($" [{what} end]");
            _sb.Append("</").Append(el).Append('>');
            return;
        }
        Marker(block);
        foreach (var group in RunGroups.Of(block.Runs)) Group(group);
    }

    private void Marker(BlockChange block)
    {
        if (block.Kind != BlockKind.ListItem || block.Format.ListStyle == ListStyle.Bullet) return;
        _sb.Append("<span class=\"marker\">");
        Html.Text(_sb, block.Marker);
        _sb.Append("</span> ");
    }

    private void Group(RunGroup group)
    {
        if (group.Change == RunChange.Equal || group.IsWhitespace)
        {
            // Whitespace-only edits show the amended spacing and are not marked.
            foreach (var run in group.Runs)
                if (run.Change != RunChange.Deleted || !run.IsWhitespace) Marked(run, run.Text);
            return;
        }
        Html.Text(_sb, group.Leading);
        switch (group.Change)
        {
            case RunChange.Inserted:
                // Punctuation put in place of deleted text joins the word before it: no gap ("possible , and").
                _sb.Append(group.Inner.Length > 0 && !char.IsLetterOrDigit(group.Inner[0]) ? "<ins class=\"joined\">" : "<ins>");
                Hidden("[insertion start] ");
                Inner(group);
                Hidden(" [insertion end]");
                _sb.Append("</ins>");
                break;
            case RunChange.Deleted:
                _sb.Append("<del>");
                Hidden("[deletion start] ");
                Inner(group);
                Hidden(" [deletion end]");
                _sb.Append("</del>");
                break;
            default:
                var what = "formatting changed: " + MarkNames.Describe(group.Runs[0].OldMarks, group.Runs[0].Marks);
                _sb.Append("<span class=\"format-change\" title=\"");
                Html.Attribute(_sb, what);
                _sb.Append("\">");
                Hidden($"[{what}] ");
                Inner(group);
                Hidden(" [end of formatting change]");
                _sb.Append("</span>");
                break;
        }
        Html.Text(_sb, group.Trailing);
    }

    private void Inner(RunGroup group)
    {
        for (var i = 0; i < group.Runs.Count; i++)
        {
            var text = group.Runs[i].Text;
            if (i == 0) text = text.TrimStart();
            if (i == group.Runs.Count - 1) text = text.TrimEnd();
            Marked(group.Runs[i], text);
        }
    }

    /// <summary>Text with its marks, each mark opened and closed around this run alone.</summary>
    private void Marked(InlineRun run, string text)
    {
        if (text.Length == 0) return;
        var m = run.Marks;
        var link = m.Has(Marks.Link) && Html.IsSafeHref(run.Href);
        if (link) { _sb.Append("<a href=\""); Html.Attribute(_sb, run.Href!); _sb.Append("\">"); }
        if (m.Has(Marks.Bold)) _sb.Append("<strong>");
        if (m.Has(Marks.Italic)) _sb.Append("<em>");
        if (m.Has(Marks.Strikethrough)) _sb.Append("<s>");
        if (m.Has(Marks.Code)) _sb.Append("<code>");
        Html.Text(_sb, text);
        if (m.Has(Marks.Code)) _sb.Append("</code>");
        if (m.Has(Marks.Strikethrough)) _sb.Append("</s>");
        if (m.Has(Marks.Italic)) _sb.Append("</em>");
        if (m.Has(Marks.Bold)) _sb.Append("</strong>");
        if (link) _sb.Append("</a>");
    }

    private void Hidden(string text)
    {
        _sb.Append("<span class=\"visually-hidden\">");
        Html.Text(_sb, text);
        _sb.Append("</span>");
    }

    private void Note(string cls, string text)
    {
        _sb.Append("<span class=\"").Append(cls).Append("\">");
        Html.Text(_sb, "(" + text + ")");
        _sb.Append("</span> ");
    }

    private void OpenListItem(BlockFormat f)
    {
        var depth = Math.Max(1, f.Depth);
        var tag = f.ListStyle switch { ListStyle.Bullet => "ul", ListStyle.Lettered => "ol class=\"lettered\"", _ => "ol" };
        CloseLists(depth);
        if (_lists.Count == depth && _lists[^1].Tag != tag) CloseLists(depth - 1);
        while (_lists.Count < depth)
        {
            if (_lists.Count > 0 && !_lists[^1].ItemOpen) { _sb.Append("<li class=\"continuation\">"); _lists[^1] = (_lists[^1].Tag, true); }
            var open = _lists.Count == depth - 1 ? tag : "ul";
            _sb.Append('<').Append(open).Append('>');
            _lists.Add((open, false));
        }
        if (_lists[^1].ItemOpen) _sb.Append("</li>");
        _lists[^1] = (_lists[^1].Tag, true);
    }

    /// <summary>Closes lists (and their open items) until only <paramref name="depth"/> remain.</summary>
    private void CloseLists(int depth)
    {
        while (_lists.Count > depth)
        {
            var (tag, itemOpen) = _lists[^1];
            if (itemOpen) _sb.Append("</li>");
            _sb.Append("</").Append(tag.Split(' ')[0]).Append('>');
            _lists.RemoveAt(_lists.Count - 1);
        }
    }
}
