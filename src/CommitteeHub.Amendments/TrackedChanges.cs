using CommitteeHub.Amendments.Diffing;
using CommitteeHub.Amendments.Merging;
using CommitteeHub.Amendments.Parsing;
using CommitteeHub.Amendments.Tree;
using CommitteeHub.Amendments.Writing;

namespace CommitteeHub.Amendments;

/// <summary>
/// The amendment engine. Texts are Markdown: paragraphs, headings, bulleted and numbered lists (nested), paragraphs
/// lettered "(a)", emphasis, links. Each text is normalised once on reading (line endings, whitespace, invalid
/// characters) and written back in a canonical form (see <see cref="Canonical"/>); every Markdown string this class
/// returns is in that form.
/// </summary>
public static class TrackedChanges
{
    /// <summary>Compares an original motion with its amended text. Never throws: any string, including null or
    /// malformed Markdown, gives a tree; only a cancelled <paramref name="cancellation"/> stops it, with
    /// <see cref="OperationCanceledException"/>. A caller that serves strangers passes one with a timeout: the
    /// engine's work grows faster than its input on long, wholly rewritten texts.</summary>
    public static ChangeTree Compare(string originalMarkdown, string amendedMarkdown, CancellationToken cancellation = default) =>
        TreeBuilder.Build(DocumentDiffer.Diff(MarkdownReader.Read(originalMarkdown), MarkdownReader.Read(amendedMarkdown), cancellation));

    /// <summary>
    /// Three-way merge at word level: applies the pending amendment (written against <paramref name="baseMarkdown"/>)
    /// to the substantive motion <paramref name="carriedMarkdown"/> (the base as amended by a carried amendment).
    /// Changes to different words merge cleanly; the same change made by both is applied once; different changes to
    /// the same words are conflicts, for which the carried text is kept and the conflict reported.
    /// </summary>
    public static MergeResult Rebase(string baseMarkdown, string carriedMarkdown, string pendingMarkdown) =>
        ThreeWayMerge.Merge(MarkdownReader.Read(baseMarkdown), MarkdownReader.Read(carriedMarkdown), MarkdownReader.Read(pendingMarkdown));

    /// <summary>The pairs of amendments (by index in <paramref name="amendedMarkdowns"/>) that change the same words
    /// of the motion differently, one entry for each place they collide.</summary>
    public static IReadOnlyList<Collision> Collisions(string baseMarkdown, IReadOnlyList<string> amendedMarkdowns) =>
        CollisionFinder.Find(MarkdownReader.Read(baseMarkdown), amendedMarkdowns.Select(MarkdownReader.Read).ToList());

    /// <summary>Compares as <see cref="Compare"/> does, unless either text has more than <paramref name="maxBlocks"/>
    /// blocks (paragraphs, headings, list items): then null. The number of blocks is what the cost of a comparison grows
    /// with, so what a caller that serves strangers limits; each text is read once, for the count and the comparison
    /// both (reading is a fifth of the work on a long text).</summary>
    public static ChangeTree? CompareWithin(string originalMarkdown, string amendedMarkdown, int maxBlocks, CancellationToken cancellation = default)
    {
        var original = MarkdownReader.Read(originalMarkdown);
        if (original.Blocks.Count > maxBlocks) return null;
        var amended = MarkdownReader.Read(amendedMarkdown);
        if (amended.Blocks.Count > maxBlocks) return null;
        return TreeBuilder.Build(DocumentDiffer.Diff(original, amended, cancellation));
    }

    /// <summary>The canonical form of a text: the normalised Markdown the engine writes for it. Accepting every change
    /// of <c>Compare(a, b)</c> gives <c>Canonical(b)</c>; rejecting every change gives <c>Canonical(a)</c>.</summary>
    public static string Canonical(string markdown) => MarkdownWriter.Write(MarkdownReader.Read(markdown));
}
