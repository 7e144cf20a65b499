using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CommitteeHub.Tests.Security;

/// <summary>
/// Text compared as words, not as characters: a sentence of a report must be found again in an HTML page, a PDF laid
/// out in lines and columns, or a Word file, whatever their punctuation, quotes, ligatures and hyphenation. Words are
/// letters and digits only, lower-cased; a word hyphenated across two lines is joined again (and so is every
/// hyphenated word, on both sides of the comparison). A leak is any <see cref="WindowSize"/> consecutive words of a
/// forbidden sentence, so a sentence cut by a page break or wrapped round a table still shows.
/// </summary>
public static partial class Sentences
{
    /// <summary>Eight words: long enough that two honest sentences do not share them by chance.</summary>
    public const int WindowSize = 8;

    [GeneratedRegex(@"(?<=\p{L})[-\u00AD\u2010\u2011]\s*(?=\p{L})")]
    private static partial Regex Hyphen();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<=[.!?;])\s+|\n\s*\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Space();

    /// <summary>The words of a text, normalised as described above.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var flat = Hyphen().Replace(text.Normalize(NormalizationForm.FormKC), "");
        return Word().Matches(flat).Select(m => m.Value.ToLowerInvariant()).ToList();
    }

    /// <summary>Every run of <see cref="WindowSize"/> consecutive words, as one string each.</summary>
    public static IEnumerable<string> Windows(IReadOnlyList<string> words)
    {
        for (var i = 0; i + WindowSize <= words.Count; i++) yield return string.Join(' ', words.Skip(i).Take(WindowSize));
    }

    public static IEnumerable<string> Windows(string text) => Windows(Words(text));

    /// <summary>The sentences of a plain text (a paragraph without a full stop counts as one) of at least
    /// <see cref="WindowSize"/> words, with their whitespace made single spaces for the report.</summary>
    public static IEnumerable<string> Of(string text) =>
        SentenceEnd().Split(text.Replace("\r\n", "\n"))
            .Select(s => Space().Replace(s.Replace('\n', ' '), " ").Trim())
            .Where(s => Words(s).Count >= WindowSize);

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseListExtras().UseEmphasisExtras().Build();

    /// <summary>Markdown as a reader sees it, without its marks or link targets: each block (heading, paragraph, list
    /// item, table cell) a paragraph of its own, a line wrapped in the source joined again.</summary>
    public static string Plain(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var text = new StringBuilder();
        foreach (var block in Markdig.Markdown.Parse(markdown, Pipeline).Descendants<LeafBlock>())
        {
            if (block.Inline is null) text.Append(block.Lines.ToString());
            else
                foreach (var inline in block.Inline.Descendants())
                    text.Append(inline switch
                    {
                        LiteralInline l => l.Content.ToString(),
                        CodeInline c => c.Content,
                        HtmlEntityInline e => e.Transcoded.ToString(),
                        LineBreakInline => " ",
                        _ => "",
                    });
            text.Append("\n\n");
        }
        return text.ToString();
    }
}
