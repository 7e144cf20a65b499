namespace CommitteeHub.Amendments.Text;

/// <summary>
/// What reading one document shares: a list to gather each paragraph's tokens in, and their texts, each distinct
/// word kept once: a text of 100,000 words has a few thousand different ones, and a budget or constitution that
/// repeats itself far fewer, so the second "Council" read is the first one's string rather than a new copy (some 30
/// bytes a token, 4 MB of a 100,000-word text). Words are looked up by the span of the text they are read from, so a
/// word already seen allocates nothing.
/// </summary>
internal sealed class TokenTexts
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public TokenTexts() => _bySpan = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    // A paragraph of more tokens than this keeps the list it was gathered in: its growth is spent, and a copy
    // would only add to it (a constitution pasted as one paragraph is a hundred thousand tokens).
    private const int KeptWhole = 4_096;

    private List<Token> _paragraph = [];

    // Council prose averages five to six characters a token (a word and its space, or a mark of punctuation): a
    // paragraph of n characters is taken to hold n / 5 tokens, a little more than it does rather than less.
    private const int CharactersPerToken = 5;

    /// <summary>The list a paragraph's tokens are gathered in while it is read, empty: one list for the document,
    /// rather than each paragraph's list doubling as it grows (half of what its tokens allocated). A paragraph of
    /// <paramref name="characters"/> long enough to be kept whole gets a list of its likely size at once: 80,000
    /// words in one paragraph doubled their list from 4 tokens to 131,072, 6 MB a document of large objects, whose
    /// allocation brings the next full collection nearer (and full collections are what made the cost of long
    /// texts grow faster than their length).</summary>
    public List<Token> StartParagraph(int characters = 0)
    {
        _paragraph.Clear();
        if (characters / CharactersPerToken > KeptWhole) _paragraph.EnsureCapacity(characters / CharactersPerToken);
        return _paragraph;
    }

    /// <summary>The paragraph's tokens as a list of their own: copied out at their number, or for a long paragraph
    /// the list itself, a new one taking its place.</summary>
    public List<Token> EndParagraph()
    {
        if (_paragraph.Count <= KeptWhole) return new List<Token>(_paragraph);
        var whole = _paragraph;
        _paragraph = [];
        return whole;
    }

    public string Of(ReadOnlySpan<char> word)
    {
        if (_bySpan.TryGetValue(word, out var text)) return text;
        text = word.ToString();
        _texts.Add(text, text);
        return text;
    }
}
