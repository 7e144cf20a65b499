using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace CommitteeHub.Amendments;

/// <summary>
/// The one Markdown dialect of CommitteeHub: what a report, minute or motion may contain, read the same way by the
/// web pages, the printed papers, the line numbering and the amendment engine, so a motion is diffed exactly as it is
/// shown. Raw HTML is never interpreted (a tag typed into a paper is text); tables, lettered and roman lists,
/// strikethrough and the other emphasis extras, and bare web addresses as links are understood.
/// </summary>
public static partial class CouncilMarkdown
{
    /// <summary>The pipeline every reader of authored Markdown parses with.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseListExtras()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    /// <summary>A report's numbered paragraph ("1.1 The Committee...", "2.3.1 ..."): a paragraph with its number,
    /// not a list. Group 1 is the number.</summary>
    [GeneratedRegex(@"^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\s+")]
    public static partial Regex ParagraphNumber();

    /// <summary>The marker of item <paramref name="index"/> of an ordered list as its author typed it: "3.", "e)",
    /// "(iv)" is not a list marker but "iv." is. Markdig gives a lettered list's start as its letter ("e"), a roman
    /// one's as its numeral.</summary>
    public static string ListMarker(ListBlock list, int index)
    {
        var delimiter = list.OrderedDelimiter == ')' ? ")" : ".";
        var given = list.OrderedStart ?? "";
        return list.BulletType switch
        {
            'a' or 'A' => Letter(given, list.BulletType, index) + delimiter,
            'i' => Roman(RomanValue(given) + index).ToLowerInvariant() + delimiter,
            'I' => Roman(RomanValue(given) + index) + delimiter,
            _ => (int.TryParse(given, out var s) ? s + index : 1 + index) + delimiter,
        };
    }

    private static string Letter(string start, char bullet, int index)
    {
        var first = start.Length == 1 && char.IsLetter(start[0]) ? char.ToLowerInvariant(start[0]) - 'a' : int.TryParse(start, out var n) ? n - 1 : 0;
        var letter = (char)('a' + (first + index) % 26);
        return bullet == 'A' ? char.ToUpperInvariant(letter).ToString() : letter.ToString();
    }

    private static readonly (int Value, string Numeral)[] Numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    private static string Roman(int n)
    {
        var sb = new StringBuilder();
        foreach (var (v, s) in Numerals) while (n >= v) { sb.Append(s); n -= v; }
        return sb.ToString();
    }

    private static int RomanValue(string numeral)
    {
        if (int.TryParse(numeral, out var n)) return n;
        var total = 0;
        var rest = numeral.ToUpperInvariant();
        foreach (var (v, s) in Numerals)
            while (rest.StartsWith(s, StringComparison.Ordinal)) { total += v; rest = rest[s.Length..]; }
        return total == 0 ? 1 : total;
    }
}
