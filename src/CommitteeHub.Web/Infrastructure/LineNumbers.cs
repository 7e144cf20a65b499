using System.Net;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// A motion with its lines numbered, so members can say "line 12" in debate. Lines are broken at a fixed width
/// (not by the reader's screen), so every reader's "line 12" is the same; each paragraph or list item starts a new
/// line. The numbers are hidden from screen readers, which read the text as prose.
/// </summary>
public static class LineNumbers
{
    public const int Width = 80;

    private static MarkdownPipeline Pipeline => Amendments.CouncilMarkdown.Pipeline;

    public static IHtmlContent Render(string markdown)
    {
        var html = new StringBuilder("<div class=\"numbered-lines\">");
        var number = 0;
        foreach (var (kind, text) in Blocks(Markdig.Markdown.Parse(markdown ?? "", Pipeline)))
        {
            html.Append(kind == "h" ? "<p class=\"numbered-lines__heading\">" : "<p>");
            var first = true;
            foreach (var line in Wrap(text))
            {
                if (!first) html.Append(' ');
                html.Append("<span class=\"numbered-line\"><span class=\"line-number\" aria-hidden=\"true\">")
                    .Append(++number).Append("</span>").Append(WebUtility.HtmlEncode(line)).Append("</span>");
                first = false;
            }
            html.Append("</p>");
        }
        return new HtmlString(html.Append("</div>").ToString());
    }

    /// <summary>The motion's blocks in reading order, each as plain text with its list marker.</summary>
    private static IEnumerable<(string Kind, string Text)> Blocks(ContainerBlock container, string marker = "")
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    yield return ("h", Text(heading.Inline));
                    break;
                case ParagraphBlock paragraph:
                    yield return ("p", marker + Text(paragraph.Inline));
                    marker = "";
                    break;
                case ListBlock list:
                    var ordinal = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var itemMarker = list.IsOrdered ? $"{ordinal++}{list.OrderedDelimiter} " : "";
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
