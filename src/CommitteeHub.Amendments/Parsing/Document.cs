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

    /// <summary>Measured, then written once at its length: a builder for every block of a long motion copied each
    /// key twice.</summary>
    private string BuildKey()
    {
        var length = 0;
        foreach (var t in Tokens)
        {
            length += (t.SpaceBefore ? 1 : 0) + t.Text.Length;
            if (t.Marks != Marks.None) length += 2 + Digits((int)t.Marks) + (t.Href?.Length ?? 0);
        }
        return string.Create(length, Tokens, static (span, tokens) =>
        {
            var at = 0;
            foreach (var t in tokens)
            {
                if (t.SpaceBefore) span[at++] = ' ';
                t.Text.CopyTo(span[at..]);
                at += t.Text.Length;
                if (t.Marks == Marks.None) continue;
                span[at++] = '\u0001';
                ((int)t.Marks).TryFormat(span[at..], out var written, default, System.Globalization.CultureInfo.InvariantCulture);
                at += written;
                t.Href?.CopyTo(span[at..]);
                at += t.Href?.Length ?? 0;
                span[at++] = '\u0002';
            }
        });
    }

    private static int Digits(int n) => n < 10 ? 1 : 2; // marks are five flags: at most 31

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
