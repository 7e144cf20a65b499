namespace CommitteeHub.Amendments.Rendering;

/// <summary>
/// A paragraph part-way through its instructions: its amended text up to the change being worded, then its original
/// text from there on (each instruction applies to the text the earlier ones left). It is held as two offsets into
/// the paragraph's two texts, with the positions of every word in each, rather than built as a string for every
/// change: a string per change, searched whole for every quotation, costs the paragraph's length for each of its
/// changes, which in a long repetitive paragraph is quadratic.
/// </summary>
internal sealed class ParagraphInProgress(string amended, string original)
{
    // Up to this length a quotation is counted by searching the paragraph as it stands, built once per change: most
    // paragraphs are this short and have a change or two, and indexing every word of them cost more than searching.
    private const int SearchedWhole = 4_000;

    private WordPositions? _amendedIndex;
    private WordPositions? _originalIndex;
    private string? _text; // the paragraph as it stands, while no change has been passed since it was built
    private WordPositions AmendedWords => _amendedIndex ??= new(amended);
    private WordPositions OriginalWords => _originalIndex ??= new(original);

    /// <summary>Characters of the amended text done.</summary>
    public int Done { get; private set; }

    /// <summary>Characters of the original text passed.</summary>
    public int Passed { get; private set; }

    public int Length => Done + original.Length - Passed;

    public char this[int i] => i < Done ? amended[i] : original[i - Done + Passed];

    public void Advance(int amendedChars, int originalChars)
    {
        if (amendedChars != 0 || originalChars != 0) _text = null;
        Done += amendedChars;
        Passed += originalChars;
    }

    public string Slice(int start, int end)
    {
        if (end <= Done) return amended[start..end];
        if (start >= Done) return original[(start - Done + Passed)..(end - Done + Passed)];
        return string.Concat(amended.AsSpan(start, Done - start), original.AsSpan(Passed, end - Done));
    }

    public override string ToString() => _text ??= Slice(0, Length);

    /// <summary>The text up to and including its first <paramref name="words"/> words (all of it when shorter): enough
    /// to name the paragraph by its opening without building it whole.</summary>
    public string Head(int words)
    {
        for (var chars = 256; ; chars *= 2)
        {
            if (chars >= Length) return ToString();
            var head = Slice(0, chars);
            if (Words.Starts(head).Count > words) return head;
        }
    }

    /// <summary>The start indexes of the last <paramref name="words"/> words that begin before <paramref name="at"/>
    /// (fewer when the text before has fewer), in order: what <c>Words.Starts</c> of the text before would end with.
    /// A word start depends only on the two characters before it, so a window gives the same starts from its third
    /// character on.</summary>
    public List<int> StartsBefore(int at, int words)
    {
        for (var from = Math.Max(0, at - 256); ; from = Math.Max(0, at - 2 * (at - from)))
        {
            // In a window that does not begin the text, the first two characters lack what decides a start.
            var starts = Words.Starts(Slice(from, at)).Where(s => from == 0 || s >= 2).ToList();
            if (from == 0 || starts.Count >= words) return starts.TakeLast(words).Select(s => s + from).ToList();
        }
    }

    /// <summary>As <c>Words.Count(ToString(), needle)</c>, counting no further than <paramref name="limit"/>. An
    /// occurrence lies in the amended part, in the original part, or across the point between them: in each part
    /// only the places of the needle's rarest word in that part are tried, and across the point only the starts
    /// near it. (Taking the rarest word of both texts at once, a needle quoting the last change and the next, which
    /// occurs once, was tried at every place a word of it stood on either side: in a paragraph that repeats itself,
    /// its length for each of its changes.)</summary>
    public int Count(string needle, int limit)
    {
        if (Length <= SearchedWhole) return Words.Count(ToString(), needle, limit);
        if (!needle.Any(Words.IsWordChar)) return Words.Count(ToString(), needle, limit);
        var n = 0;
        var (inAmended, places) = AmendedWords.Rarest(needle, 0, Done);
        for (var i = WordPositions.IndexOf(places, inAmended); i < places.Count; i++)
        {
            var start = places[i] - inAmended;
            if (start + needle.Length > Done) break;
            if (Matches(start, needle) && ++n >= limit) return n;
        }
        for (var start = Math.Max(0, Done - needle.Length + 1); start < Done; start++)
            if (this[start] == needle[0] && Matches(start, needle) && ++n >= limit) return n;
        var (inOriginal, rare) = OriginalWords.Rarest(needle, Passed, original.Length);
        for (var i = WordPositions.IndexOf(rare, Passed + inOriginal); i < rare.Count; i++)
            if (Matches(Done + rare[i] - Passed - inOriginal, needle) && ++n >= limit) return n;
        return n;
    }

    private bool Matches(int start, string needle)
    {
        var end = start + needle.Length;
        if (start < 0 || end > Length) return false;
        for (var i = 0; i < needle.Length; i++)
            if (this[start + i] != needle[i]) return false;
        var startOk = start == 0 || !Words.IsWordChar(needle[0]) || !Words.IsWordChar(this[start - 1]);
        var endOk = end == Length || !Words.IsWordChar(needle[^1]) || !Words.IsWordChar(this[end]);
        return startOk && endOk;
    }
}

/// <summary>Where each word (a run of letters and digits) of a text begins.</summary>
internal sealed class WordPositions
{
    private static readonly List<int> None = [];
    private readonly Dictionary<string, List<int>> _at = new(StringComparer.Ordinal);

    public WordPositions(string text)
    {
        foreach (var (offset, word) in Runs(text))
        {
            if (!_at.TryGetValue(word, out var list)) _at[word] = list = [];
            list.Add(offset);
        }
    }

    /// <summary>Of the words of <paramref name="needle"/>, the one that begins fewest times in [from + its offset in
    /// the needle, to): that offset and the word's places in the text. Read through spans, since a quotation is
    /// counted up to a dozen times for each change.</summary>
    public (int Offset, List<int> Places) Rarest(string needle, int from, int to)
    {
        var lookup = _at.GetAlternateLookup<ReadOnlySpan<char>>();
        (int Offset, List<int> Places) best = (0, None);
        var fewest = int.MaxValue;
        for (var i = 0; i < needle.Length && fewest > 0;)
        {
            if (!Words.IsWordChar(needle[i])) { i++; continue; }
            var start = i;
            while (i < needle.Length && Words.IsWordChar(needle[i])) i++;
            var places = lookup.TryGetValue(needle.AsSpan(start, i - start), out var list) ? list : None;
            var count = from + start >= to ? 0 : IndexOf(places, to) - IndexOf(places, from + start);
            if (count < fewest) (best, fewest) = ((start, places), count);
        }
        return best;
    }

    /// <summary>The index of the first place at or after <paramref name="at"/>.</summary>
    public static int IndexOf(List<int> places, int at)
    {
        var i = places.BinarySearch(at);
        return i < 0 ? ~i : i;
    }

    /// <summary>The runs of letters and digits of a text, with where each begins. Every run of a quotation is a whole
    /// run of the text wherever the quotation is found on word boundaries, so a quotation can only stand where each of
    /// its runs does.</summary>
    public static List<(int Offset, string Word)> Runs(string text)
    {
        var runs = new List<(int, string)>();
        for (var i = 0; i < text.Length;)
        {
            if (!Words.IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && Words.IsWordChar(text[i])) i++;
            runs.Add((start, text[start..i]));
        }
        return runs;
    }
}
