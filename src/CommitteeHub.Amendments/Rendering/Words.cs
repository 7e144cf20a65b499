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
        {
            if (!IsWordChar(s[i])) continue;
            var joined = i >= 2 && s[i - 1] is '\'' or '’' or '-' && IsWordChar(s[i - 2]);
            if (i == 0 || (!IsWordChar(s[i - 1]) && !joined && !IsCurrency(s[i - 1]))) starts.Add(i);
            else if (i > 0 && IsCurrency(s[i - 1]) && (i == 1 || !IsWordChar(s[i - 2]))) starts.Add(i - 1);
        }
        return starts;
    }

    private static bool IsCurrency(char c) => c is '£' or '$' or '€';

    /// <summary>The first <paramref name="count"/> words (with the punctuation between them).</summary>
    public static string Opening(string s, int count)
    {
        var starts = Starts(s);
        if (starts.Count <= count) return s.TrimEnd();
        return s[..starts[count]].TrimEnd().TrimEnd(',', ';', ':');
    }

    public static string Shorten(string s, int count)
    {
        var starts = Starts(s);
        return starts.Count <= count ? s : s[..starts[count]].TrimEnd() + " …";
    }

    /// <summary>The last <paramref name="count"/> words of <paramref name="s"/>, with punctuation that follows them.</summary>
    public static string Closing(string s, int count)
    {
        var t = s.TrimEnd();
        var starts = Starts(t);
        return starts.Count <= count ? t : t[starts[^count]..];
    }

    public static int WordCount(string s) => Starts(s).Count;

    /// <summary>Occurrences of a phrase that begin and end on word boundaries.</summary>
    public static int Count(string haystack, string needle, int limit = int.MaxValue)
    {
        if (needle.Length == 0) return 0;
        var n = 0;
        for (var i = haystack.IndexOf(needle, StringComparison.Ordinal); i >= 0 && n < limit; i = haystack.IndexOf(needle, i + 1, StringComparison.Ordinal))
        {
            var end = i + needle.Length;
            var startOk = i == 0 || !IsWordChar(needle[0]) || !IsWordChar(haystack[i - 1]);
            var endOk = end == haystack.Length || !IsWordChar(needle[^1]) || !IsWordChar(haystack[end]);
            if (startOk && endOk) n++;
        }
        return n;
    }
}
