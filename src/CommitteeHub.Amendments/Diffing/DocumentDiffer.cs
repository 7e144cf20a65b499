using CommitteeHub.Amendments.Parsing;

namespace CommitteeHub.Amendments.Diffing;

/// <summary>One entry of a document comparison: the aligned blocks and, where both exist, their word comparison.</summary>
internal sealed record BlockDiff(AlignKind Kind, DocBlock? Old, DocBlock? New, int OldIndex, int NewIndex, WordDiff? Words);

internal sealed record DocumentDiff(Document Old, Document New, IReadOnlyList<BlockDiff> Blocks);

/// <summary>Compares two documents in levels: blocks first, then words inside each aligned pair of blocks. Each pair
/// is compared on its own, so the cost grows with the size of the changed paragraphs, not of the motion.</summary>
internal static class DocumentDiffer
{
    public static DocumentDiff Diff(Document a, Document b, CancellationToken cancellation = default)
    {
        var result = new List<BlockDiff>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var al in BlockAligner.Align(a, b, cancellation))
        {
            cancellation.ThrowIfCancellationRequested();
            var old = al.A >= 0 ? a.Blocks[al.A] : null;
            var @new = al.B >= 0 ? b.Blocks[al.B] : null;
            WordDiff? words = al.Kind switch
            {
                AlignKind.Same => new WordDiff(old!.Tokens.Count == 0 ? [] : [Segment.Equal(0, 0, old.Tokens.Count)], false),
                AlignKind.Paired or AlignKind.MovedTo => WordDiffer.Diff(old!.Tokens, @new!.Tokens, ids),
                _ => null,
            };
            result.Add(new BlockDiff(al.Kind, old, @new, al.A, al.B, words));
        }
        return new DocumentDiff(a, b, result);
    }
}
