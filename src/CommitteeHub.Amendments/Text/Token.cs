namespace CommitteeHub.Amendments.Text;

/// <summary>A byte: with it a token is 40 bytes rather than 48 (its marks, kind and space flag fit in one word), and a
/// 100,000-word comparison holds a quarter of a million tokens.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>One word, number or punctuation mark of a block. Whitespace is not a token: it is the
/// <see cref="SpaceBefore"/> flag, so that the diff never anchors on spaces and whitespace edits are not changes.</summary>
internal sealed record Token(string Text, TokenKind Kind, Marks Marks, string? Href, bool SpaceBefore)
{
    public bool IsWordLike => Kind != TokenKind.Punctuation;

    /// <summary>Same text, marks and link: what a merge compares.</summary>
    public bool SameContentAs(Token other) => Text == other.Text && Marks == other.Marks && Href == other.Href;

    public Token WithSpaceBefore(bool space) => space == SpaceBefore ? this : this with { SpaceBefore = space };
}
