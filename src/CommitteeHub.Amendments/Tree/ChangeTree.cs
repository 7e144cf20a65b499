using CommitteeHub.Amendments.Text;
using CommitteeHub.Amendments.Writing;

namespace CommitteeHub.Amendments;

/// <summary>The comparison of two versions of a motion: every block in reading order with what happened to it and
/// its inline runs. Every rendering (HTML, plain text, instructions, PDF) is made from this tree, so they agree.</summary>
public sealed class ChangeTree
{
    internal ChangeTree(IReadOnlyList<BlockChange> blocks) => Blocks = blocks;

    /// <summary>Every block of both versions, in reading order.</summary>
    public IReadOnlyList<BlockChange> Blocks { get; }

    /// <summary>False when the texts differ at most in whitespace, line wrapping or list numbering.</summary>
    public bool HasChanges => Blocks.Any(b => b.Change != BlockChangeKind.Equal);

    /// <summary>The amended text in canonical Markdown (see <see cref="TrackedChanges"/>): every change accepted.</summary>
    public string AcceptAll() => MarkdownWriter.Write(Blocks
        .Where(b => b.NewFormat is not null)
        .Select(b => (b.NewFormat!, RunTokens.Of(b.Runs.Where(r => r.InAmended), accepted: true))));

    /// <summary>The original text in canonical Markdown: every change rejected.</summary>
    public string RejectAll() => MarkdownWriter.Write(Blocks
        .Where(b => b.OldFormat is not null)
        .Select(b => (b.OldFormat!, RunTokens.Of(b.Runs.Where(r => r.InOriginal), accepted: false))));
}

/// <summary>Turns runs back into tokens for the Markdown writer, which needs only the words, their spacing and marks.</summary>
internal static class RunTokens
{
    public static IReadOnlyList<Token> Of(IEnumerable<InlineRun> runs, bool accepted)
    {
        var tokens = new List<Token>();
        var space = false;
        foreach (var r in runs)
        {
            var marks = accepted || r.Change != RunChange.FormatChanged ? r.Marks : r.OldMarks;
            var href = accepted || r.Change != RunChange.FormatChanged ? r.Href : r.OldHref;
            var start = 0;
            for (var i = 0; i <= r.Text.Length; i++)
            {
                if (i < r.Text.Length && r.Text[i] != ' ') continue;
                if (i > start)
                {
                    tokens.Add(new Token(r.Text[start..i], TokenKind.Word, marks, href, space && tokens.Count > 0));
                    space = false;
                }
                if (i < r.Text.Length) space = true;
                start = i + 1;
            }
        }
        return tokens;
    }
}
