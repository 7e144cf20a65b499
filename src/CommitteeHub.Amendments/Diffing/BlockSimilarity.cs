using CommitteeHub.Amendments.Parsing;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Diffing;

/// <summary>How alike two blocks are: the Dice coefficient of their meaningful words, ignoring case (function words
/// are left out, since every English paragraph shares "the" and "of"), from 0 (nothing in common) to 1 (the same
/// words). Each block's bag of words is built once, on first use.</summary>
internal sealed class BlockSimilarity(Document a, Document b)
{
    private readonly Bag?[] _bagsA = new Bag?[a.Blocks.Count];
    private readonly Bag?[] _bagsB = new Bag?[b.Blocks.Count];

    private sealed record Bag(Dictionary<string, int> Counts, int Total);

    public double Of(int i, int j)
    {
        var x = _bagsA[i] ??= Build(a.Blocks[i]);
        var y = _bagsB[j] ??= Build(b.Blocks[j]);
        if (x.Total + y.Total == 0) return 1;
        var (small, large) = x.Counts.Count <= y.Counts.Count ? (x, y) : (y, x);
        var common = 0;
        foreach (var (word, count) in small.Counts)
            if (large.Counts.TryGetValue(word, out var other)) common += Math.Min(count, other);
        return 2.0 * common / (x.Total + y.Total);
    }

    public int WordCountA(int i) => (_bagsA[i] ??= Build(a.Blocks[i])).Total;

    private static Bag Build(DocBlock block)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var total = 0;
        foreach (var t in block.Tokens)
            if (t.IsWordLike && !FunctionWords.IsFunctionWord(t.Text)) { Add(counts, t.Text); total++; }
        if (total == 0)
            foreach (var t in block.Tokens) { Add(counts, t.Text); total++; }
        return new Bag(counts, total);
    }

    private static void Add(Dictionary<string, int> bag, string word) =>
        bag[word] = bag.TryGetValue(word, out var n) ? n + 1 : 1;
}
