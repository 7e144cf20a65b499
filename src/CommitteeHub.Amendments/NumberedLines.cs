using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CommitteeHub.Amendments;

/// <summary>One block of a motion with its lines as numbered: a heading or a paragraph (list items carry their
/// marker).</summary>
public sealed record NumberedBlock(bool IsHeading, IReadOnlyList<string> Lines);

/// <summary>
/// A motion's lines as members number them in debate ("line 12"). Lines are broken at a fixed width, not by the
/// reader's screen or the printed page, so the motion page and the printed motion number every line alike; each
/// paragraph or list item starts a new line.
/// </summary>
public static class NumberedLines
{
    /// <summary>The most characters on a numbered line.</summary>
    public const int Width = 80;

    /// <summary>The motion's blocks with their lines, numbered from 1 in this order.</summary>
    public static IReadOnlyList<NumberedBlock> Of(string? markdown) =>
        Blocks(Markdig.Markdown.Parse(markdown ?? "", CouncilMarkdown.Pipeline))
            .Select(b => new NumberedBlock(b.Heading, Wrap(b.Text).ToList())).Where(b => b.Lines.Count > 0).ToList();

    /// <summary>The motion's blocks in reading order, each as plain text with its list marker.</summary>
    private static IEnumerable<(bool Heading, string Text)> Blocks(ContainerBlock container, string marker = "")
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    yield return (true, Text(heading.Inline));
                    break;
                case ParagraphBlock paragraph:
                    yield return (false, marker + Text(paragraph.Inline));
                    marker = "";
                    break;
                case ListBlock list:
                    var index = 0;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var itemMarker = list.IsOrdered ? CouncilMarkdown.ListMarker(list, index++) + " " : "";
                        foreach (var inner in Blocks(item, itemMarker)) yield return inner;
                    }
                    break;
                case ContainerBlock nested:
                    foreach (var inner in Blocks(nested)) yield return inner;
                    break;
            }
        }
    }

    private static string Text(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var node in inline?.Descendants() ?? [])
        {
            if (node is LiteralInline literal) text.Append(literal.Content);
            else if (node is CodeInline code) text.Append(code.Content);
            else if (node is LineBreakInline) text.Append(' ');
        }
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static IEnumerable<string> Wrap(string text)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
