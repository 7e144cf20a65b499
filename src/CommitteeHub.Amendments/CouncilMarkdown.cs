using Markdig;

namespace CommitteeHub.Amendments;

/// <summary>
/// The one Markdown dialect of CommitteeHub: what a report, minute or motion may contain, read the same way by the
/// web pages, the printed papers, the line numbering and the amendment engine, so a motion is diffed exactly as it is
/// shown. Raw HTML is never interpreted (a tag typed into a paper is text); tables, lettered and roman lists,
/// strikethrough and the other emphasis extras, and bare web addresses as links are understood.
/// </summary>
public static class CouncilMarkdown
{
    /// <summary>The pipeline every reader of authored Markdown parses with.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseListExtras()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();
}
