using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>Authored text (reports, minutes, remits) is Markdown. Raw HTML in it is not rendered: it shows as text,
/// and the output is sanitised too (a link to "javascript:" is dropped), so nothing a writer pastes can inject
/// script or break the page.</summary>
public static class Markdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseListExtras()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = new();

    public static IHtmlContent ToHtml(string? markdown) =>
        new HtmlString(string.IsNullOrWhiteSpace(markdown) ? "" : Sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline)));

    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();
}
