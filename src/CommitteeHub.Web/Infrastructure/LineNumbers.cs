using System.Net;
using System.Text;
using CommitteeHub.Amendments;
using Microsoft.AspNetCore.Html;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// A motion with its lines numbered, so members can say "line 12" in debate: the lines of
/// <see cref="NumberedLines"/>, which the printed motion numbers alike. The numbers are hidden from screen readers,
/// which read the text as prose.
/// </summary>
public static class LineNumbers
{
    public const int Width = NumberedLines.Width;

    /// <summary>The motion's text with its lines numbered: made once per text (<see cref="TextMemo"/>).</summary>
    public static IHtmlContent Render(string markdown) =>
        TextMemo.Get(new NumberedOf(markdown), key => new HtmlString(Number(key.Markdown)), html => markdown.Length + (html.Value?.Length ?? 0));

    /// <summary>The key of a text's numbered lines among the kept results.</summary>
    private sealed record NumberedOf(string Markdown);

    private static string Number(string markdown)
    {
        var html = new StringBuilder("<div class=\"numbered-lines\">");
        var number = 0;
        foreach (var block in NumberedLines.Of(markdown))
        {
            html.Append(block.IsHeading ? "<p class=\"numbered-lines__heading\">" : "<p>");
            var first = true;
            foreach (var line in block.Lines)
            {
                if (!first) html.Append(' ');
                html.Append("<span class=\"numbered-line\"><span class=\"line-number\" aria-hidden=\"true\">")
                    .Append(++number).Append("</span>").Append(WebUtility.HtmlEncode(line)).Append("</span>");
                first = false;
            }
            html.Append("</p>");
        }
        return html.Append("</div>").ToString();
    }
}
