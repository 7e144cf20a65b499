using System.Text;
using CommitteeHub.Amendments.Parsing;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Writing;

/// <summary>
/// Writes blocks as the engine's canonical Markdown. The canonical form of a text is what this writer produces from
/// the text's parsed blocks:
/// <list type="bullet">
/// <item>one line per block, blocks separated by a blank line; whitespace collapsed to single spaces and line breaks
/// inside a paragraph written as spaces;</item>
/// <item>ATX headings ("## Title"); bullets as "- "; numbered items numbered on from their list's first number;
/// lettered paragraphs as "(a) text", or "- (a) text" when they were written as list items; nested items and further
/// paragraphs of an item indented under it;</item>
/// <item>bold as **, italic as *, strike-through as ~~, code in backticks, links as [text](url); characters that
/// Markdown would read as syntax escaped with a backslash.</item>
/// </list>
/// Accepting every change of a comparison gives exactly the canonical form of the amended text, and rejecting every
/// change gives exactly the canonical form of the original.
/// </summary>
internal static class MarkdownWriter
{
    public static string Write(IEnumerable<(BlockFormat Format, IReadOnlyList<Token> Tokens)> blocks) =>
        AvoidThematicBreaks(WriteBlocks(blocks));

    /// <summary>Empty items nested in empty items write as "- - -", which Markdown reads as a horizontal rule; the
    /// last bullet of such a line is written "*" instead.</summary>
    private static string AvoidThematicBreaks(string markdown)
    {
        if (!markdown.Contains("- - -")) return markdown;
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Count(c => c == '-') >= 3 && line.All(c => c is '-' or ' '))
                lines[i] = line[..line.LastIndexOf('-')] + "*" + line[(line.LastIndexOf('-') + 1)..];
        }
        return string.Join('\n', lines);
    }

    private static string WriteBlocks(IEnumerable<(BlockFormat Format, IReadOnlyList<Token> Tokens)> blocks)
    {
        var sb = new StringBuilder();
        var indents = new List<int> { 0 };    // content indent of the open item at each depth (index = depth)
        var numbers = new List<int?> { null }; // next number of the ordered list open at each depth
        var styles = new List<(ListStyle, char)> { (ListStyle.None, ' ') };

        var emptyItemDepth = -1; // depth of the list item just written if it had no words of its own
        foreach (var (format, tokens) in blocks)
        {
            var inline = InlineWriter.Write(tokens);
            if (format.Kind == BlockKind.Paragraph && tokens.Count == 0) continue;
            // An item whose first content is a nested list is written "- 1. text" on one line: a list item may
            // begin with at most one blank line, so a nested list on a line of its own would fall outside it.
            var sameLine = emptyItemDepth >= 0 && format is { Kind: BlockKind.ListItem, InList: true } && format.Depth == emptyItemDepth + 1;
            if (sameLine) sb.Append(' ');
            else if (sb.Length > 0) sb.Append("\n\n");
            emptyItemDepth = format is { Kind: BlockKind.ListItem, InList: true } && tokens.Count == 0 && format.ListStyle != ListStyle.Lettered
                ? format.Depth : -1;

            switch (format.Kind)
            {
                case BlockKind.Heading:
                    Trim(indents, numbers, styles, 0);
                    var text = MarkdownEscaper.EscapeHeadingEnd(MarkdownEscaper.EscapeLineStart(inline));
                    sb.Append('#', Math.Clamp(format.HeadingLevel, 1, 6));
                    if (text.Length > 0) sb.Append(' ').Append(text);
                    break;

                case BlockKind.ListItem when format.InList:
                    WriteListItem(sb, format, inline, indents, numbers, styles, indent: !sameLine);
                    break;

                case BlockKind.ListItem:
                    // A lettered paragraph written on its own.
                    Trim(indents, numbers, styles, 0);
                    sb.Append(format.Marker);
                    if (inline.Length > 0) sb.Append(' ').Append(MarkdownEscaper.EscapeLineStart(inline));
                    break;

                default:
                    var depth = Math.Min(format.Depth, indents.Count - 1);
                    Trim(indents, numbers, styles, depth);
                    sb.Append(' ', indents[depth]).Append(MarkdownEscaper.EscapeLineStart(inline));
                    break;
            }
        }
        return sb.ToString();
    }

    private static void WriteListItem(StringBuilder sb, BlockFormat format, string inline, List<int> indents,
        List<int?> numbers, List<(ListStyle, char)> styles, bool indent)
    {
        var depth = Math.Max(1, format.Depth);
        // An item deeper than any open item (possible only in merged text) is written under the deepest one.
        depth = Math.Min(depth, indents.Count);
        Trim(indents, numbers, styles, depth);

        var delimiter = format.Marker.EndsWith(')') && format.ListStyle == ListStyle.Ordered ? ')' : '.';
        var style = (format.ListStyle == ListStyle.Lettered ? ListStyle.Bullet : format.ListStyle, delimiter);
        if (indents.Count > depth && !styles[depth].Equals(style))
        {
            // A different kind of list at the same depth is a new list.
            Trim(indents, numbers, styles, depth - 1);
        }

        string marker;
        if (format.ListStyle == ListStyle.Ordered)
        {
            var n = indents.Count > depth && numbers[depth] is int next ? next : StartNumber(format.Marker);
            marker = $"{n}{delimiter}";
            Set(numbers, depth, n + 1);
        }
        else
        {
            marker = "-";
            Set(numbers, depth, null);
        }

        var prefix = indents[depth - 1];
        Set(indents, depth, prefix + marker.Length + 1);
        Set(styles, depth, style);

        if (indent) sb.Append(' ', prefix);
        sb.Append(marker);
        var content = format.ListStyle == ListStyle.Lettered
            ? format.Marker + (inline.Length > 0 ? " " + inline : "")
            : MarkdownEscaper.EscapeLineStart(inline);
        if (content.Length > 0) sb.Append(' ').Append(content);
    }

    private static int StartNumber(string marker)
    {
        var digits = new string(marker.TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, out var n) ? n : 1;
    }

    /// <summary>Closes the lists deeper than <paramref name="depth"/>.</summary>
    private static void Trim(List<int> indents, List<int?> numbers, List<(ListStyle, char)> styles, int depth)
    {
        var keep = Math.Max(1, depth + 1);
        if (indents.Count > keep) indents.RemoveRange(keep, indents.Count - keep);
        if (numbers.Count > keep) numbers.RemoveRange(keep, numbers.Count - keep);
        if (styles.Count > keep) styles.RemoveRange(keep, styles.Count - keep);
    }

    private static void Set<T>(List<T> list, int index, T value)
    {
        while (list.Count <= index) list.Add(default!);
        list[index] = value;
    }

    public static string Write(Document doc) => Write(doc.Blocks.Select(b => (b.Format, b.Tokens)));
}
