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

    /// <summary>The text as HTML: made once per text (<see cref="TextMemo"/>), since a page shows the same reports and
    /// minutes to every reader until their words change.</summary>
    public static IHtmlContent ToHtml(string? markdown) => string.IsNullOrWhiteSpace(markdown)
        ? HtmlString.Empty
        : TextMemo.Get(new HtmlOf(markdown), key => new HtmlString(Render(key.Markdown)), html => markdown.Length + (html.Value?.Length ?? 0));

    /// <summary>The key of a text's HTML among the kept results.</summary>
    private sealed record HtmlOf(string Markdown);

    private static string Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
            if (!IsSafe(link.Url)) link.Url = "#";
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!IsSafe(link.Url)) link.Url = "#";
        foreach (var list in document.Descendants<ListBlock>().ToList()) LetteredItems(list);
        NumberedParagraphs(document);
        // A motion's "- (a) Calls on..." items are lettered paragraphs, not bullet points.
        foreach (var list in document.Descendants<ListBlock>())
            if (!list.IsOrdered && list.All(item => item is ListItemBlock { Count: > 0 } li && li[0] is ParagraphBlock p && Lettered().IsMatch(p.Inline?.FirstChild?.ToString() ?? "")))
                list.GetAttributes().AddClass("lettered");
        return Markdig.Markdown.ToHtml(document, Pipeline);
    }

    /// <summary>"- a) The effectiveness...": each bullet holds a one-item lettered list, which a browser shows as
    /// "• a." (or "• e." when the letter is not the first). They are lettered paragraphs: the letter as typed
    /// becomes the text's first words and the list is marked lettered (no bullets), the item's own content kept
    /// beneath it, as the printed paper sets them.</summary>
    private static void LetteredItems(ListBlock list)
    {
        if (list.IsOrdered || list.Count == 0 || !list.All(i => i is ListItemBlock { Count: > 0 } li && li[0] is ListBlock { IsOrdered: true, Count: 1 } inner &&
                char.IsLetter(inner.BulletType) && inner[0] is ListItemBlock)) return;
        foreach (var li in list.Cast<ListItemBlock>())
        {
            var inner = (ListBlock)li[0];
            var item = (ListItemBlock)inner[0];
            li.RemoveAt(0);
            var content = item.ToList();
            item.Clear();
            for (var k = 0; k < content.Count; k++) li.Insert(k, content[k]);
            var marker = new LiteralInline(Amendments.CouncilMarkdown.ListMarker(inner, 0) + " ");
            if (content.FirstOrDefault() is ParagraphBlock { Inline: { } text })
            {
                if (text.FirstChild is { } first) first.InsertBefore(marker);
                else text.AppendChild(marker);
            }
        }
        list.GetAttributes().AddClass("lettered");
    }

    /// <summary>A report's "4.1 The Committee..." paragraphs hang their numbers, and the lists after one (its
    /// points) are set under its text, as in print.</summary>
    private static void NumberedParagraphs(ContainerBlock container)
    {
        var open = false;
        foreach (var block in container)
        {
            if (block is ParagraphBlock p && Amendments.CouncilMarkdown.ParagraphNumber().IsMatch(p.Inline?.FirstChild?.ToString() ?? ""))
            {
                p.GetAttributes().AddClass("numbered");
                open = true;
            }
            else if (block is ListBlock list && open) list.GetAttributes().AddClass("under-number");
            else open = false;
        }
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
