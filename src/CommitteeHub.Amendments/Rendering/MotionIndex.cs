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
    // Keyed by hash: two words sharing a hash only make a block a candidate needlessly, since every candidate is searched.
    private readonly Dictionary<long, HashSet<int>> _blocks = [];
    private readonly string?[] _texts;

    public MotionIndex(IReadOnlyList<string?> texts)
    {
        _texts = new string?[texts.Count];
        for (var k = 0; k < texts.Count; k++) Set(k, texts[k]);
    }

    public string? this[int block] => _texts[block];

    /// <summary>Block <paramref name="block"/> now reads <paramref name="text"/> (null: it is no longer in the motion).</summary>
    public void Set(int block, string? text)
    {
        if (_texts[block] is { } old)
            foreach (var key in Keys(old)) _blocks[key].Remove(block);
        _texts[block] = text;
        if (text is null) return;
        foreach (var key in Keys(text))
        {
            if (!_blocks.TryGetValue(key, out var set)) _blocks[key] = set = [];
            set.Add(block);
        }
    }

    /// <summary>The blocks that may hold <paramref name="quotation"/> (all of them when it has no word).</summary>
    public IEnumerable<int> Candidates(string quotation)
    {
        var keys = Keys(quotation);
        if (keys.Count == 0) return Enumerable.Range(0, _texts.Length);
        return keys.Select(key => _blocks.GetValueOrDefault(key) ?? []).MinBy(set => set.Count)!;
    }

    /// <summary>The words of a text and each pair of neighbouring words ("ensure that"), hashed. Neighbouring words
    /// of a quotation are neighbours in any text it occurs in, since what separates them is quoted too.</summary>
    private static List<long> Keys(string text)
    {
        var keys = new List<long>();
        long? previous = null;
        for (var i = 0; i < text.Length;)
        {
            if (!Words.IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && Words.IsWordChar(text[i])) i++;
            var word = (long)string.GetHashCode(text.AsSpan(start, i - start));
            keys.Add(word);
            if (previous is { } p) keys.Add((p << 32) ^ (uint)word ^ PairTag);
            previous = word;
        }
        return keys;
    }

    private const long PairTag = 0x5A5A_0000_0000;
}
