using System.Runtime.InteropServices;
using CommitteeHub.Amendments.Text;

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

    private Symbols? _symbols;
    private PhraseIndex? _amendedPhrases;
    private PhraseIndex? _originalPhrases;
    private int _amendedCounted; // the amended text's symbols that begin before Done
    private int _originalPassed; // the original text's symbols that begin at or before Passed
    private string? _text; // the paragraph as it stands, while no change has been passed since it was built
    private char[]? _chars; // the same, written into one buffer for the paragraph, for counting quotations in it
    private bool _charsCurrent;

    /// <summary>Characters of the amended text done.</summary>
    public int Done { get; private set; }

    /// <summary>Characters of the original text passed.</summary>
    public int Passed { get; private set; }

    public int Length => Done + original.Length - Passed;

    public char this[int i] => i < Done ? amended[i] : original[i - Done + Passed];

    public void Advance(int amendedChars, int originalChars)
    {
        if (amendedChars != 0 || originalChars != 0) (_text, _charsCurrent) = (null, false);
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

    /// <summary>Whether the text before <paramref name="at"/> is only white space: read back from there, since
    /// building it, in a long paragraph, cost the paragraph's length for each of its changes.</summary>
    public bool BlankBefore(int at)
    {
        for (var i = at - 1; i >= 0; i--)
            if (!char.IsWhiteSpace(this[i])) return false;
        return true;
    }

    /// <summary>The text up to and including its first <paramref name="words"/> words (all of it when shorter): enough
    /// to name the paragraph by its opening without building it whole.</summary>
    public string Head(int words)
    {
        for (var chars = 256; ; chars *= 2)
        {
            if (chars >= Length) return ToString();
            var head = Slice(0, chars);
            if (Words.NthStart(head, words) >= 0) return head;
        }
    }

    /// <summary>The start indexes of the last <paramref name="words"/> words that begin before <paramref name="at"/>
    /// (fewer when the text before has fewer), in order: what <c>Words.Starts</c> of the text before would end with.
    /// Read backwards from <paramref name="at"/> through the two texts, since a word start depends only on its own
    /// character and the two before it: no window of the text is built for each change.</summary>
    public List<int> StartsBefore(int at, int words)
    {
        var starts = new List<int>(words);
        for (var i = at - 1; i >= 0 && starts.Count < words; i--)
            if (Words.StartAt(i, this[i], i >= 1 ? this[i - 1] : '\0', i >= 2 ? this[i - 2] : '\0') is var s && s >= 0) starts.Add(s);
        starts.Reverse();
        return starts;
    }

    /// <summary>As <c>Words.Count(ToString(), needle)</c>, counting no further than <paramref name="limit"/>. An
    /// occurrence lies in the amended part, in the original part, or across the point between them: each part's
    /// occurrences are counted in its <see cref="PhraseIndex"/>, and those that begin within the needle's length
    /// before the point, or at it, by hand, since the point is where the two parts' neighbouring characters differ.</summary>
    public int Count(string needle, int limit)
    {
        if (needle.Length == 0) return 0;
        if (Length <= SearchedWhole) return Words.Count(Chars(), needle, limit);
        if (_symbols is null)
        {
            _symbols = new Symbols();
            _amendedPhrases = new PhraseIndex(amended, _symbols, counted: false);
            _originalPhrases = new PhraseIndex(original, _symbols, counted: true);
        }
        var (done, passed) = (_amendedPhrases!, _originalPhrases!);
        // Counted: the amended text's places that begin before the point, the original's that begin after it.
        while (done.Start(_amendedCounted) < Done) done.Count(_amendedCounted++, true);
        while (passed.Start(_originalPassed) <= Passed) passed.Count(_originalPassed++, false);

        var n = 0;
        for (var start = Math.Max(0, Done - needle.Length); start <= Done && start < Length; start++)
            if (this[start] == needle[0] && Matches(start, needle) && ++n >= limit) return n;
        var phrase = _symbols.Phrase(needle, out var known);
        if (!known) return n;
        var inDone = done.Find(phrase);
        n += done.Counted(inDone);
        for (var i = _amendedCounted - 1; i >= 0 && done.Start(i) >= Done - needle.Length; i--)
            if (done.Holds(inDone, i)) n--; // counted by hand above
        if (n < limit) n += passed.Counted(passed.Find(phrase));
        return Math.Min(n, limit);
    }

    /// <summary>The paragraph as it stands, in a buffer kept for the paragraph: a short paragraph's quotations are
    /// counted in it, rather than in a string of the paragraph made for each of its changes (3 of the 33 MB wording
    /// repeated-100000 allocated).</summary>
    private ReadOnlySpan<char> Chars()
    {
        if (_text is not null) return _text;
        if (!_charsCurrent)
        {
            if (_chars is null || _chars.Length < Length) _chars = new char[Length + Length / 2];
            amended.AsSpan(0, Done).CopyTo(_chars);
            original.AsSpan(Passed).CopyTo(_chars.AsSpan(Done));
            _charsCurrent = true;
        }
        return _chars.AsSpan(0, Length);
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

/// <summary>
/// Where every phrase of a text stands, for counting quotations in a long paragraph: the text as symbols (each run of
/// letters and digits one symbol, every other character one symbol), their suffixes sorted, and which of them are
/// in the paragraph as it now stands. A phrase on word boundaries occurs exactly where its symbols do, so the places
/// it occurs are one run of the sorted suffixes, found by binary search, and counting those still in the text is a
/// sum over a Fenwick tree: the text's length's logarithm for each count, where looking at every place of the
/// phrase's rarest word cost, in a paragraph that repeats itself, the paragraph's length for each of its changes.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly int[] _symbols;
    private readonly int[] _starts; // the character at which each symbol begins
    private readonly int[] _sorted; // the suffixes (symbol indexes) in order
    private readonly int[] _rank; // where each suffix stands in _sorted
    private readonly int[] _tree; // Fenwick tree over ranks: 1 where the suffix is counted
    private readonly bool[] _counted;

    public PhraseIndex(string text, Symbols symbols, bool counted)
    {
        (_symbols, _starts) = symbols.Index(text);
        _sorted = SuffixArray.Of(_symbols, Math.Max(0, symbols.Count - 1));
        _rank = new int[_sorted.Length];
        for (var r = 0; r < _sorted.Length; r++) _rank[_sorted[r]] = r;
        _counted = new bool[_sorted.Length];
        _tree = new int[_sorted.Length + 1];
        if (!counted) return;
        Array.Fill(_counted, true);
        // Every suffix counted: each node holds the length of the span it sums.
        for (var i = 1; i < _tree.Length; i++) _tree[i] = i & -i;
    }

    public int Length => _symbols.Length;

    /// <summary>The character at which symbol <paramref name="i"/> begins (the text's length past the last).</summary>
    public int Start(int i) => i < _starts.Length ? _starts[i] : int.MaxValue;

    /// <summary>Counts, or stops counting, the place at symbol <paramref name="i"/>.</summary>
    public void Count(int i, bool counted)
    {
        if (_counted[i] == counted) return;
        _counted[i] = counted;
        for (var r = _rank[i] + 1; r < _tree.Length; r += r & -r) _tree[r] += counted ? 1 : -1;
    }

    /// <summary>The run of sorted suffixes [From, To) that begin with <paramref name="phrase"/>.</summary>
    public (int From, int To) Find(ReadOnlySpan<int> phrase)
    {
        int lo = 0, hi = _sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Compare(_sorted[mid], phrase) < 0) lo = mid + 1; else hi = mid;
        }
        int from = lo;
        hi = _sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Compare(_sorted[mid], phrase) <= 0) lo = mid + 1; else hi = mid;
        }
        return (from, lo);
    }

    /// <summary>Whether the place at symbol <paramref name="i"/> is in the run <paramref name="found"/>.</summary>
    public bool Holds((int From, int To) found, int i) => _rank[i] >= found.From && _rank[i] < found.To;

    /// <summary>How many counted places lie in the run <paramref name="found"/>.</summary>
    public int Counted((int From, int To) found) => Sum(found.To) - Sum(found.From);

    private int Sum(int ranks)
    {
        var sum = 0;
        for (var r = ranks; r > 0; r -= r & -r) sum += _tree[r];
        return sum;
    }

    // The suffix's first symbols against the phrase: 0 when the suffix begins with it.
    private int Compare(int suffix, ReadOnlySpan<int> phrase)
    {
        var length = Math.Min(phrase.Length, _symbols.Length - suffix);
        var c = _symbols.AsSpan(suffix, length).SequenceCompareTo(phrase[..length]);
        return c != 0 ? c : length < phrase.Length ? -1 : 0;
    }
}

/// <summary>The symbols of a paragraph's texts: one number for each distinct run of letters and digits, and for each
/// other character, shared by its two texts and the quotations looked for in them.</summary>
internal sealed class Symbols
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _phrase = []; // the last quotation's symbols, kept to be reused

    public int Count => _ids.Count;

    /// <summary>A text's symbols and where each begins, numbering those not seen before.</summary>
    public (int[] Symbols, int[] Starts) Index(string text)
    {
        // Counted first, so that the two arrays are allocated once at their size (a third of the text's length)
        // rather than as lists of half its length copied into arrays: a fifth of what the index allocated.
        var count = 0;
        for (var i = 0; i < text.Length; i = End(text, i)) count++;
        var symbols = new int[count];
        var starts = new int[count];
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0, k = 0; i < text.Length; k++)
        {
            var start = i;
            i = End(text, i);
            var symbol = text.AsSpan(start, i - start);
            if (!lookup.TryGetValue(symbol, out var id)) lookup[symbol] = id = _ids.Count;
            symbols[k] = id;
            starts[k] = start;
        }
        return (symbols, starts);
    }

    /// <summary>A quotation's symbols, valid until the next quotation; not <paramref name="known"/> when it has one that
    /// no indexed text has, and so occurs in neither.</summary>
    public ReadOnlySpan<int> Phrase(string text, out bool known)
    {
        var symbols = _phrase;
        symbols.Clear();
        known = false;
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length;)
        {
            var start = i;
            i = End(text, i);
            if (!lookup.TryGetValue(text.AsSpan(start, i - start), out var id)) return [];
            symbols.Add(id);
        }
        known = true;
        return CollectionsMarshal.AsSpan(symbols);
    }

    // Where the symbol that begins at i ends.
    private static int End(string text, int i)
    {
        if (!Words.IsWordChar(text[i++])) return i;
        while (i < text.Length && Words.IsWordChar(text[i])) i++;
        return i;
    }
}
