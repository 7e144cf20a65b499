using CommitteeHub.Documents.Templates;

namespace CommitteeHub.Documents.Layout;

/// <summary>Renders a document model to tagged PDF bytes with the council's templates.</summary>
public static class DocumentRenderer
{
    public static byte[] Render(LayoutDocument document, DocumentTemplates templates) =>
        new LayoutEngine(templates).Render(document);
}
