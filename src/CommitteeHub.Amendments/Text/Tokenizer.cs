namespace CommitteeHub.Amendments.Text;

/// <summary>Splits text into the tokens a clerk reads: whole words (with inner apostrophes and hyphens), numbers and
/// amounts as one token ("£2.5m", "2,500", "7th", "2019/20", "15%"), and each punctuation mark on its own.</summary>
internal static class Tokenizer
{
    /// <summary>Appends the tokens of one stretch of text that shares the same marks and link.</summary>
    /// <param name="tokens">The block's tokens so far.</param>
    /// <param name="text">The stretch of text.</param>
    /// <param name="marks">Its marks.</param>
    /// <param name="href">Its link target, if any.</param>
    /// <param name="pendingSpace">Whether whitespace preceded this stretch; updated for the next stretch.</param>
    /// <param name="texts">Where each distinct word's string is kept, when reading a whole document.</param>
    public static void Append(List<Token> tokens, ReadOnlySpan<char> text, Marks marks, string? href, ref bool pendingSpace, TokenTexts? texts = null)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { pendingSpace = true; i++; continue; }

            var start = i;
            TokenKind kind;
            if (IsNumberStart(text, i)) { i = ScanNumber(text, i); kind = TokenKind.Number; }
            else if (IsWordChar(text, i)) { i = ScanWord(text, i); kind = TokenKind.Word; }
            else { i += i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]) ? 2 : 1; kind = TokenKind.Punctuation; }

            var word = text[start..i];
            tokens.Add(new Token(texts?.Of(word) ?? word.ToString(), kind, marks, href, pendingSpace && tokens.Count > 0));
            pendingSpace = false;
        }
    }

    public static List<Token> Tokenize(string text)
    {
        var list = new List<Token>();
        var space = false;
        Append(list, text, Marks.None, null, ref space);
        return list;
    }

    private static bool IsCurrency(char c) => c is '£' or '$' or '€';

    private static bool IsNumberStart(ReadOnlySpan<char> s, int i) =>
        char.IsAsciiDigit(s[i]) || (IsCurrency(s[i]) && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]));

    private static int ScanNumber(ReadOnlySpan<char> s, int i)
    {
        if (IsCurrency(s[i])) i++;
        while (i < s.Length)
        {
            if (char.IsAsciiDigit(s[i])) i++;
            // A separator belongs to the number only between digits: "2,500", "2.5", "10:30", "2019/20", "2019-20".
            else if (s[i] is ',' or '.' or ':' or '/' or '-' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])) i++;
            else break;
        }
        // Suffixes written against the number: "£2.5m", "7th", "10am", "1990s", "15%".
        while (i < s.Length && char.IsLetter(s[i])) i++;
        if (i < s.Length && s[i] == '%') i++;
        return i;
    }

    private static bool IsWordChar(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        if (char.IsAscii(c)) return char.IsAsciiLetterOrDigit(c);
        if (char.IsLetterOrDigit(c)) return true;
        var cat = char.GetUnicodeCategory(c);
        return cat is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    private static int ScanWord(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length)
        {
            if (IsWordChar(s, i)) i++;
            // "Council's", "Vice-Chairman", "well‑being": joiners inside a word keep it one word.
            else if (s[i] is '\'' or '’' or '-' or '‐' or '‑' && i + 1 < s.Length && IsWordChar(s, i + 1)) i++;
            else break;
        }
        return i;
    }
}
