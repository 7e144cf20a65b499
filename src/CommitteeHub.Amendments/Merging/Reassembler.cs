using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Merging;

/// <summary>Turns merged units back into blocks and repairs spacing at the seams: a word that began its block in one
/// version may follow another word after the merge.</summary>
internal static class Reassembler
{
    public static List<(BlockFormat Format, IReadOnlyList<Token> Tokens)> Blocks(List<Unit> units)
    {
        var blocks = new List<(BlockFormat Format, IReadOnlyList<Token> Tokens)>();
        BlockFormat? format = null;
        var tokens = new List<Token>();
        foreach (var u in units)
        {
            if (u.IsSeparator)
            {
                if (format is not null || tokens.Count > 0) blocks.Add((format ?? BlockFormat.Paragraph, tokens));
                format = u.Block;
                tokens = [];
                continue;
            }
            var t = u.Token!.Value;
            if (tokens.Count == 0) t = t.WithSpaceBefore(false);
            else if (SpaceBefore(u) != t.SpaceBefore) t = t.WithSpaceBefore(true);
            tokens.Add(t);
        }
        if (format is not null || tokens.Count > 0) blocks.Add((format ?? BlockFormat.Paragraph, tokens));
        return blocks;
    }

    /// <summary>Whether a token that does not begin its merged block has a space before it.</summary>
    public static bool SpaceBefore(Unit u) => u.Token!.Value.SpaceBefore || (u.BeganBlock && !ClosesPhrase(u.Token.Value));

    private static bool ClosesPhrase(Token t) => t.Text is "," or "." or ";" or ":" or ")" or "!" or "?";
}
