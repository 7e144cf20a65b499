using CommitteeHub.Documents.Templates;

namespace CommitteeHub.Documents.Layout;

/// <summary>Renders a document model to tagged PDF bytes with the council's templates.</summary>
public static class DocumentRenderer
{
    /// <param name="printedAt">When the paper is printed, written into it as its creation date.</param>
    public static byte[] Render(LayoutDocument document, DocumentTemplates templates, DateTimeOffset? printedAt = null) =>
        new LayoutEngine(templates).Render(printedAt is { } at ? document with { Created = at } : document);
}
