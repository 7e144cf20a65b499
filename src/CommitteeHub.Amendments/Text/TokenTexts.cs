namespace CommitteeHub.Amendments.Text;

/// <summary>
/// The texts of one document's tokens, each distinct word kept once: a text of 100,000 words has a few thousand
/// different ones, and a budget or constitution that repeats itself far fewer, so the second "Council" read is the
/// first one's string rather than a new copy (some 30 bytes a token, 4 MB of a 100,000-word text). Words are looked
/// up by the span of the text they are read from, so a word already seen allocates nothing.
/// </summary>
internal sealed class TokenTexts
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public TokenTexts() => _bySpan = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Of(ReadOnlySpan<char> word)
    {
        if (_bySpan.TryGetValue(word, out var text)) return text;
        text = word.ToString();
        _texts.Add(text, text);
        return text;
    }
}
