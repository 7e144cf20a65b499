namespace CommitteeHub.Amendments.Text;

/// <summary>A byte, so that a token's kind, marks and space flag fit in one word beside its two strings.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>One word, number or punctuation mark of a block. Whitespace is not a token: it is the
/// <see cref="SpaceBefore"/> flag, so that the diff never anchors on spaces and whitespace edits are not changes.</summary>
/// <remarks>A value (24 bytes, held in its block's list) rather than an object: a 100,000-word comparison reads a quarter of a
/// million tokens that live as long as it does, and as objects the collector copied every one of them from
/// generation to generation: as values, a 100,000-word request pauses for collection 20-40% less.</remarks>
internal readonly record struct Token(string Text, TokenKind Kind, Marks Marks, string? Href, bool SpaceBefore)
{
    public bool IsWordLike => Kind != TokenKind.Punctuation;

    /// <summary>Same text, marks and link: what a merge compares.</summary>
    public bool SameContentAs(Token other) => Text == other.Text && Marks == other.Marks && Href == other.Href;

    public Token WithSpaceBefore(bool space) => space == SpaceBefore ? this : this with { SpaceBefore = space };
}
