using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// Authored text (reports, minutes, remits) is Markdown. Raw HTML in it is not rendered: it shows as text. Links and
/// images may point only at web, mail and telephone addresses or at the site itself, so nothing a writer pastes can
/// run script ("javascript:") or break the page.
/// </summary>
public static partial class Markdown
{
    private static MarkdownPipeline Pipeline => Amendments.CouncilMarkdown.Pipeline;

    public static IHtmlContent ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return HtmlString.Empty;
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
            if (!IsSafe(link.Url)) link.Url = "#";
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!IsSafe(link.Url)) link.Url = "#";
        // A motion's "- (a) Calls on..." items are lettered paragraphs, not bullet points.
        foreach (var list in document.Descendants<ListBlock>())
            if (!list.IsOrdered && list.All(item => item is ListItemBlock { Count: > 0 } li && li[0] is ParagraphBlock p && Lettered().IsMatch(p.Inline?.FirstChild?.ToString() ?? "")))
                list.GetAttributes().AddClass("lettered");
        return new HtmlString(Markdig.Markdown.ToHtml(document, Pipeline));
    }

    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\(([a-z]{1,3}|[ivx]{1,5}|\d{1,2})\)\s")]
    private static partial System.Text.RegularExpressions.Regex Lettered();

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return true; // relative: this site
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" or "tel";
    }
}
