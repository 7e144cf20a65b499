using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTable = Markdig.Extensions.Tables.Table;

namespace CommitteeHub.Documents.Layout;

/// <summary>
/// Authored Markdown (reports, minutes, motions) to the document model. Raw HTML is not interpreted (it prints as
/// text), links print as their text with the address after it (both clickable), paragraphs that begin with a typed
/// letter ("(a)", "a)") become list items with the letter hanging, as councils set lettered paragraphs, and a report's
/// numbered paragraphs ("1.1") stay paragraphs with their number hanging, the lists after one set under it.
/// </summary>
public static partial class MarkdownBlocks
{
    private static MarkdownPipeline Pipeline => Amendments.CouncilMarkdown.Pipeline;

    /// <param name="headingOffset">Added to every heading's level, so a report's "#" sits under the pack's own
    /// headings.</param>
    public static IReadOnlyList<Block> Convert(string? markdown, int headingOffset = 0)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return [];
        var document = Markdown.Parse(markdown, Pipeline);
        return Blocks(document, headingOffset);
    }

    private static List<Block> Blocks(ContainerBlock container, int offset)
    {
        var result = new List<Block>();
        var lettered = new List<ListItem>();
        // The lists after a numbered paragraph are its points, set under it; null when no numbered paragraph is open.
        List<Block>? under = null;
        void FlushLettered()
        {
            if (lettered.Count > 0) (under ?? result).Add(new ListBlock(ListKind.Lettered, lettered.ToList()));
            lettered.Clear();
        }
        void EndNumbered()
        {
            FlushLettered();
            if (under is { Count: > 0 }) result.Add(new Indented(under));
            under = null;
        }
        foreach (var block in container)
        {
            if (block is ParagraphBlock typed && TypedMarker(Runs(typed.Inline)) is var (marker, rest) && marker is not null)
            {
                if (Amendments.CouncilMarkdown.ParagraphNumber().IsMatch(marker + " "))
                {
                    EndNumbered();
                    result.Add(new Paragraph(rest) { Number = marker });
                    under = [];
                }
                else lettered.Add(new ListItem([new Paragraph(rest)], marker));
                continue;
            }
            FlushLettered();
            if (block is Markdig.Syntax.ListBlock points && under is not null)
            {
                under.Add(List(points, offset));
                continue;
            }
            EndNumbered();
            switch (block)
            {
                case HeadingBlock h:
                    result.Add(new Heading(Math.Clamp(h.Level + offset, 1, 6), Plain(Runs(h.Inline))));
                    break;
                case ParagraphBlock p:
                    result.Add(new Paragraph(Runs(p.Inline)));
                    break;
                case Markdig.Syntax.ListBlock list:
                    result.Add(List(list, offset));
                    break;
                case MdTable table:
                    result.Add(TableOf(table));
                    break;
                case ThematicBreakBlock:
                    result.Add(new Rule());
                    break;
                case QuoteBlock quote:
                    result.AddRange(Blocks(quote, offset));
                    break;
                case CodeBlock code:
                    result.Add(new Paragraph(code.Lines.ToString().TrimEnd()));
                    break;
                case ContainerBlock other:
                    result.AddRange(Blocks(other, offset));
                    break;
            }
        }
        EndNumbered();
        return result;
    }

    private static ListBlock List(Markdig.Syntax.ListBlock list, int offset)
    {
        var items = new List<ListItem>();
        var allTyped = !list.IsOrdered;
        var index = 0;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var blocks = Blocks(item, offset);
            string? marker = null;
            // A motion's "- (a) Calls on..." items are lettered paragraphs, not bullet points: the letter is the marker.
            // Blocks() has already made the typed paragraph a one-item lettered list; unwrap it.
            if (!list.IsOrdered && blocks is [ListBlock { Kind: ListKind.Lettered, Items: [var single] }, .. var tail] && single.Marker is not null)
            {
                marker = single.Marker;
                blocks = [.. single.Blocks, .. tail];
            }
            else allTyped = false;
            if (list.IsOrdered) marker = Amendments.CouncilMarkdown.ListMarker(list, index);
            items.Add(new ListItem(blocks, marker));
            index++;
        }
        var kind = list.IsOrdered ? (char.IsLetter(list.BulletType) ? ListKind.Lettered : ListKind.Numbered)
            : allTyped ? ListKind.Lettered : ListKind.Bulleted;
        return new ListBlock(kind, items);
    }

    private static Table TableOf(MdTable table)
    {
        TableCell Cell(Markdig.Extensions.Tables.TableCell c) =>
            new(c.OfType<ParagraphBlock>().SelectMany(p => Runs(p.Inline)).ToList());
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var body = rows.Where(r => !r.IsHeader).Select(r => (IReadOnlyList<TableCell>)r.OfType<Markdig.Extensions.Tables.TableCell>().Select(Cell).ToList()).ToList();
        var widths = table.ColumnDefinitions.Select(d => d.Width).ToList();
        var columns = Math.Max(header?.Count ?? 0, body.Count == 0 ? 0 : body.Max(r => r.Count));
        IReadOnlyList<double>? relative = widths.Count >= columns && widths.Take(columns).All(w => w > 0)
            ? widths.Take(columns).Select(w => (double)w).ToList() : null;
        return new Table(header?.OfType<Markdig.Extensions.Tables.TableCell>().Select(Cell).ToList() ?? [], body, relative);
    }

    /// <summary>The runs of an inline container: emphasis to bold and italic, links to their text and address, both
    /// linked.</summary>
    internal static List<Run> Runs(ContainerInline? inline)
    {
        var runs = new List<Run>();
        string? address = null;
        void Walk(Inline node, RunStyle style)
        {
            switch (node)
            {
                case LiteralInline lit:
                    Add(lit.Content.ToString(), style);
                    break;
                case EmphasisInline em:
                    var s = em.DelimiterChar is '*' or '_' ? style | (em.DelimiterCount >= 2 ? RunStyle.Bold : RunStyle.Italic) : style;
                    foreach (var child in em) Walk(child, s);
                    break;
                case CodeInline code:
                    Add(code.Content, style);
                    break;
                case LinkInline link:
                    var outside = address;
                    var url = link.Url is { Length: > 0 } u && !link.IsImage && !u.StartsWith('#') && !u.StartsWith('/') ? u : null;
                    address = url ?? address;
                    var before = runs.Count;
                    foreach (var child in link) Walk(child, style);
                    var text = string.Concat(runs.Skip(before).Select(r => r.Text));
                    // On paper the address is printed as well as clickable.
                    if (url is not null && url != text) Add($" ({url.Replace("mailto:", "", StringComparison.OrdinalIgnoreCase)})", style);
                    address = outside;
                    break;
                case AutolinkInline auto:
                    address = auto.IsEmail && !auto.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + auto.Url : auto.Url;
                    Add(auto.Url.Replace("mailto:", "", StringComparison.OrdinalIgnoreCase), style);
                    address = null;
                    break;
                case LineBreakInline br:
                    Add(br.IsHard ? "\n" : " ", style);
                    break;
                case HtmlEntityInline entity:
                    Add(entity.Transcoded.ToString(), style);
                    break;
                case HtmlInline html:
                    Add(html.Tag, style);
                    break;
                case ContainerInline container:
                    foreach (var child in container) Walk(child, style);
                    break;
            }
        }
        void Add(string text, RunStyle style)
        {
            if (text.Length == 0) return;
            if (runs.Count > 0 && runs[^1].Style == style && runs[^1].Link == address) runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
            else runs.Add(new Run(text, style) { Link = address });
        }
        if (inline is not null) foreach (var child in inline) Walk(child, RunStyle.None);
        return runs;
    }

    private static string Plain(IEnumerable<Run> runs) => string.Concat(runs.Select(r => r.Text)).Replace('\n', ' ').Trim();

    /// <summary>Splits a typed marker ("(a)", "(iv)", "a)", "1.1", "12A") from the start of a paragraph.</summary>
    private static (string? Marker, IReadOnlyList<Run> Remainder) TypedMarker(List<Run> runs)
    {
        if (runs.Count == 0) return (null, runs);
        var m = Marker().Match(runs[0].Text);
        if (!m.Success) return (null, runs);
        var rest = new List<Run>(runs);
        rest[0] = runs[0] with { Text = runs[0].Text[m.Length..] };
        if (rest[0].Text.Length == 0) rest.RemoveAt(0);
        return (m.Groups[1].Value, rest);
    }

    [GeneratedRegex(@"^(\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)|[a-z]\)|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\s+")]
    private static partial Regex Marker();
}
