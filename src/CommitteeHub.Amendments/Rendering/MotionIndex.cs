namespace CommitteeHub.Amendments.Rendering;

/// <summary>
/// Which blocks of the motion, as it stands while its instructions are written, hold each word and each pair of
/// neighbouring words: a quotation can only occur in a block that holds every one of them, so only the blocks holding
/// its rarest need searching. Pairs, because a motion's vocabulary is small: in a long one every common word is in
/// every paragraph, but "ensure that" is not. The index follows the text as instructions change it, so that in a
/// motion repeated down the page a quotation is looked for among the paragraphs that still read that way, not among
/// all those that once did. Without it every quotation searched the whole motion, and a long motion with many changes
/// cost its length times its changes.
/// </summary>
internal sealed class MotionIndex
{
    private static readonly HashSet<int> Nowhere = [];

    // Keyed by hash: two words sharing a hash only make a block a candidate needlessly, since every candidate is searched.
    // Built when first asked for candidates: a motion of one paragraph, or one whose quotations are all unique in
    // their paragraphs, never needs it, and indexing every word of a long text twice cost more than wording it.
    private Dictionary<long, HashSet<int>>? _blocks;
    private readonly string?[] _texts;

    public MotionIndex(IReadOnlyList<string?> texts) => _texts = [.. texts];

    public string? this[int block] => _texts[block];

    /// <summary>Block <paramref name="block"/> now reads <paramref name="text"/> (null: it is no longer in the motion).</summary>
    public void Set(int block, string? text)
    {
        if (_blocks is not null && _texts[block] is { } old)
            foreach (var key in Keys(old))
            {
                var set = _blocks[key];
                // A set enumerates the slots its removed blocks leave: in a motion repeated down the page, whose
                // paragraphs leave the set of an amended phrase one by one, looking for the phrase would pass every
                // paragraph already amended.
                if (set.Remove(block) && set.Count * 2 < set.EnsureCapacity(0)) set.TrimExcess();
            }
        _texts[block] = text;
        if (_blocks is not null && text is not null) Add(block, text);
    }

    private void Add(int block, string text)
    {
        foreach (var key in Keys(text))
        {
            if (!_blocks!.TryGetValue(key, out var set)) _blocks[key] = set = [];
            set.Add(block);
        }
    }

    /// <summary>The blocks that may hold <paramref name="quotation"/> (all of them when it has no word).</summary>
    public IEnumerable<int> Candidates(string quotation)
    {
        if (_blocks is null)
        {
            _blocks = [];
            for (var k = 0; k < _texts.Length; k++)
                if (_texts[k] is { } text) Add(k, text);
        }
        HashSet<int>? fewest = null;
        foreach (var key in Keys(quotation))
        {
            var set = _blocks.GetValueOrDefault(key) ?? Nowhere;
            if (fewest is null || set.Count < fewest.Count) fewest = set;
            if (fewest.Count == 0) break;
        }
        return fewest ?? Enumerable.Range(0, _texts.Length);
    }

    /// <summary>The words of a text and each pair of neighbouring words ("ensure that"), hashed. Neighbouring words
    /// of a quotation are neighbours in any text it occurs in, since what separates them is quoted too.</summary>
    private static IEnumerable<long> Keys(string text)
    {
        long? previous = null;
        for (var i = 0; i < text.Length;)
        {
            if (!Words.IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && Words.IsWordChar(text[i])) i++;
            var word = (long)string.GetHashCode(text.AsSpan(start, i - start));
            yield return word;
            if (previous is { } p) yield return (p << 32) ^ (uint)word ^ PairTag;
            previous = word;
        }
    }

    private const long PairTag = 0x5A5A_0000_0000;
}
