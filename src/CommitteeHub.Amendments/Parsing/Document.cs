using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Parsing;

/// <summary>One block of a parsed motion: its shape and its tokens.</summary>
internal sealed class DocBlock(BlockFormat format, IReadOnlyList<Token> tokens)
{
    public BlockFormat Format { get; } = format;
    public IReadOnlyList<Token> Tokens { get; } = tokens;

    /// <summary>While reading: a list item's first paragraph whose opening "(a)" was not escaped.</summary>
    public bool MayBeLettered { get; init; }

    private string? _key;

    /// <summary>The block's content (words, spacing and marks, not its marker) as one string: two blocks with the
    /// same key are the same paragraph, wherever they stand and however they are numbered.</summary>
    public string Key => _key ??= BuildKey();

    private string BuildKey()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var t in Tokens)
        {
            if (t.SpaceBefore) sb.Append(' ');
            sb.Append(t.Text);
            if (t.Marks != Marks.None) sb.Append('\u0001').Append((int)t.Marks).Append(t.Href).Append('\u0002');
        }
        return sb.ToString();
    }

    public string PlainText => TokenText.Join(Tokens);
}

/// <summary>A motion as the engine sees it: a flat list of blocks, nesting recorded in each block's depth.</summary>
internal sealed class Document(IReadOnlyList<DocBlock> blocks)
{
    public IReadOnlyList<DocBlock> Blocks { get; } = blocks;
    public int WordCount => Blocks.Sum(b => b.Tokens.Count);
}

internal static class TokenText
{
    /// <summary>The text of a token sequence with its spacing; the first token's leading space is dropped.</summary>
    public static string Join(IReadOnlyList<Token> tokens, int start = 0, int count = -1)
    {
        if (count < 0) count = tokens.Count - start;
        var sb = new System.Text.StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            if (i > start && tokens[i].SpaceBefore) sb.Append(' ');
            sb.Append(tokens[i].Text);
        }
        return sb.ToString();
    }
}
