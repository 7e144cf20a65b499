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
    private readonly WordPositions _amended = new(amended);
    private readonly WordPositions _original = new(original);

    /// <summary>Characters of the amended text done.</summary>
    public int Done { get; private set; }

    /// <summary>Characters of the original text passed.</summary>
    public int Passed { get; private set; }

    public int Length => Done + original.Length - Passed;

    public char this[int i] => i < Done ? amended[i] : original[i - Done + Passed];

    public void Advance(int amendedChars, int originalChars)
    {
        Done += amendedChars;
        Passed += originalChars;
    }

    public string Slice(int start, int end)
    {
        if (end <= Done) return amended[start..end];
        if (start >= Done) return original[(start - Done + Passed)..(end - Done + Passed)];
        return string.Concat(amended.AsSpan(start, Done - start), original.AsSpan(Passed, end - Done));
    }

    public override string ToString() => Slice(0, Length);

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

    /// <summary>As <c>Words.Count(ToString(), needle)</c>, counting no further than <paramref name="limit"/>. Only
    /// the places where the needle's rarest word stands are tried. (A word split between the amended and the original
    /// part, where a change glued two tokens without a space, is not found; no tokenised text has one.)</summary>
    public int Count(string needle, int limit)
    {
        var runs = WordPositions.Runs(needle);
        if (runs.Count == 0) return Words.Count(ToString(), needle, limit);
        var (offset, word) = runs.MinBy(r => _amended.Frequency(r.Word) + _original.Frequency(r.Word));
        var n = 0;
        foreach (var p in _amended.At(word))
        {
            if (p >= Done) break;
            if (Matches(p - offset, needle) && ++n >= limit) return n;
        }
        foreach (var p in _original.At(word, from: Passed))
            if (Matches(Done + p - Passed - offset, needle) && ++n >= limit) return n;
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

    public int Frequency(string word) => _at.TryGetValue(word, out var list) ? list.Count : 0;

    public IEnumerable<int> At(string word, int from = 0)
    {
        var list = _at.GetValueOrDefault(word, None);
        var i = list.BinarySearch(from);
        for (i = i < 0 ? ~i : i; i < list.Count; i++) yield return list[i];
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
