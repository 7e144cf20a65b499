using CommitteeHub.Amendments.Parsing;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Diffing;

/// <summary>How alike two blocks are: the Dice coefficient of their meaningful words, ignoring case (function words
/// are left out, since every English paragraph shares "the" and "of"), from 0 (nothing in common) to 1 (the same
/// words). Each block's bag of words is built once, on first use, as the sorted numbers of its words (one number per
/// word, whatever its case): two bags are compared by walking both in step, the words in common being the numbers
/// both hold, each as often as the bag holding it fewer times. A gap of thousands of rewritten paragraphs compares
/// each with its fifty neighbours, so this is the block alignment's inner loop: "Calls on the Leader to ensure"
/// against "Calls for members to ensure" is [calls, ensure, leader] against [calls, ensure, members], two in common,
/// 2 × 2 / 6 = 0.67, without a hash lookup.</summary>
internal sealed class BlockSimilarity(Document a, Document b)
{
    private readonly int[]?[] _bagsA = new int[]?[a.Blocks.Count];
    private readonly int[]?[] _bagsB = new int[]?[b.Blocks.Count];
    private readonly Dictionary<string, int> _words = new(StringComparer.OrdinalIgnoreCase);

    public double Of(int i, int j)
    {
        var x = _bagsA[i] ??= Build(a.Blocks[i]);
        var y = _bagsB[j] ??= Build(b.Blocks[j]);
        if (x.Length + y.Length == 0) return 1;
        var common = 0;
        for (int p = 0, q = 0; p < x.Length && q < y.Length;)
        {
            if (x[p] == y[q]) { common++; p++; q++; }
            else if (x[p] < y[q]) p++;
            else q++;
        }
        return 2.0 * common / (x.Length + y.Length);
    }

    public int WordCountA(int i) => (_bagsA[i] ??= Build(a.Blocks[i])).Length;

    private int[] Build(DocBlock block)
    {
        var bag = new List<int>(block.Tokens.Count);
        foreach (var t in block.Tokens)
            if (t.IsWordLike && !FunctionWords.IsFunctionWord(t.Text)) bag.Add(Id(t.Text));
        if (bag.Count == 0)
            foreach (var t in block.Tokens) bag.Add(Id(t.Text));
        var sorted = bag.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private int Id(string word)
    {
        if (!_words.TryGetValue(word, out var id)) _words[word] = id = _words.Count;
        return id;
    }
}
