namespace CommitteeHub.Amendments.Rendering;

/// <summary>Word positions and phrase search in rendered text, for quoting context in instructions.</summary>
internal static class Words
{
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Start indexes of the words of <paramref name="s"/>; "Council's" and "Vice-Chairman" are one word.</summary>
    public static List<int> Starts(string s)
    {
        var starts = new List<int>();
        for (var i = 0; i < s.Length; i++)
            if (StartAt(s, i) is var start && start >= 0) starts.Add(start);
        return starts;
    }

    /// <summary>The word start that the character <paramref name="c"/> at <paramref name="i"/> makes, given the two
    /// characters before it ('\0' before the text): <paramref name="i"/>, the currency sign before it, or -1 (the
    /// rule of <see cref="Starts"/>, one character at a time).</summary>
    public static int StartAt(int i, char c, char before, char twoBefore)
    {
        if (!IsWordChar(c)) return -1;
        var joined = i >= 2 && before is '\'' or '’' or '-' && IsWordChar(twoBefore);
        if (i == 0 || (!IsWordChar(before) && !joined && !IsCurrency(before))) return i;
        if (IsCurrency(before) && (i == 1 || !IsWordChar(twoBefore))) return i - 1;
        return -1;
    }

    /// <summary>The word start that the character at <paramref name="i"/> of <paramref name="s"/> makes, or -1.</summary>
    public static int StartAt(string s, int i) => StartAt(i, s[i], i >= 1 ? s[i - 1] : '\0', i >= 2 ? s[i - 2] : '\0');

    private static bool IsCurrency(char c) => c is '£' or '$' or '€';

    /// <summary>Where word <paramref name="n"/> (from 0) of <paramref name="s"/> starts, or -1 when it has fewer
    /// words: read only as far as that word, where listing every start read a long paragraph whole to name it by
    /// its opening.</summary>
    public static int NthStart(string s, int n)
    {
        for (var i = 0; i < s.Length; i++)
            if (StartAt(s, i) is var start && start >= 0 && n-- == 0) return start;
        return -1;
    }

    /// <summary>The first <paramref name="count"/> words (with the punctuation between them).</summary>
    public static string Opening(string s, int count)
    {
        var end = NthStart(s, count);
        if (end < 0) return s.TrimEnd();
        return s[..end].TrimEnd().TrimEnd(',', ';', ':');
    }

    public static string Shorten(string s, int count)
    {
        var end = NthStart(s, count);
        return end < 0 ? s : s[..end].TrimEnd() + " …";
    }

    /// <summary>The last <paramref name="count"/> words of <paramref name="s"/>, with punctuation that follows them.</summary>
    public static string Closing(string s, int count)
    {
        var t = s.TrimEnd();
        var starts = Starts(t);
        return starts.Count <= count ? t : t[starts[^count]..];
    }

    public static int WordCount(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
            if (StartAt(s, i) >= 0) n++;
        return n;
    }

    /// <summary>Occurrences of a phrase that begin and end on word boundaries.</summary>
    public static int Count(ReadOnlySpan<char> haystack, string needle, int limit = int.MaxValue)
    {
        if (needle.Length == 0) return 0;
        var n = 0;
        for (var i = haystack.IndexOf(needle, StringComparison.Ordinal); i >= 0 && n < limit; i = Next(haystack, needle, i))
        {
            var end = i + needle.Length;
            var startOk = i == 0 || !IsWordChar(needle[0]) || !IsWordChar(haystack[i - 1]);
            var endOk = end == haystack.Length || !IsWordChar(needle[^1]) || !IsWordChar(haystack[end]);
            if (startOk && endOk) n++;
        }
        return n;
    }

    // The next occurrence that begins after the one at i, or -1.
    private static int Next(ReadOnlySpan<char> haystack, string needle, int i) =>
        haystack[(i + 1)..].IndexOf(needle, StringComparison.Ordinal) is var next and >= 0 ? i + 1 + next : -1;
}
