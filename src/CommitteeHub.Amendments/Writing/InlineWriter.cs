using System.Text;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Writing;

/// <summary>Writes a block's tokens back as Markdown inline text: emphasis as ** * ~~, code in backticks, links as
/// [text](url), and literal characters escaped so that the text reads back to the same tokens. A space is marked
/// only with the marks of the words on both sides of it, so "**a** **b**" and "**a b**" are written alike.</summary>
internal static class InlineWriter
{
    private static readonly Marks[] Order = [Marks.Link, Marks.Bold, Marks.Italic, Marks.Strikethrough];

    public static string Write(IReadOnlyList<Token> tokens)
    {
        tokens = EmphasisFlanking.Expressible(tokens);
        var sb = new StringBuilder();
        var open = new List<Marks>(); // outermost first
        string? openHref = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            var wanted = t.Marks & ~Marks.Code;
            if (i > 0 && t.SpaceBefore)
            {
                var spaceMarks = wanted & tokens[i - 1].Marks & ~Marks.Code;
                if (spaceMarks.Has(Marks.Link) && t.Href != tokens[i - 1].Href) spaceMarks &= ~Marks.Link;
                CloseUntil(sb, open, spaceMarks, ref openHref, t.Href);
                sb.Append(' ');
            }
            CloseUntil(sb, open, wanted, ref openHref, t.Href);
            OpenMissing(sb, open, wanted, tokens, i, ref openHref);

            if (t.Marks.Has(Marks.Code)) i = WriteCode(sb, tokens, i);
            else { MarkdownEscaper.AppendEscaped(sb, t.Text, Following(tokens, i)); i++; }
        }
        string? none = null;
        CloseUntil(sb, open, Marks.None, ref openHref, none);
        return sb.ToString();
    }

    /// <summary>Closes marks from the innermost outwards until every open mark is wanted (and the open link is the
    /// same link).</summary>
    private static void CloseUntil(StringBuilder sb, List<Marks> open, Marks wanted, ref string? openHref, string? href)
    {
        var keep = 0;
        while (keep < open.Count && wanted.Has(open[keep]) && (open[keep] != Marks.Link || openHref == href)) keep++;
        for (var k = open.Count - 1; k >= keep; k--)
        {
            if (open[k] == Marks.Link) { sb.Append("](").Append(LinkTarget(openHref ?? "")).Append(')'); openHref = null; }
            else sb.Append(Delimiter(open[k]));
            open.RemoveAt(k);
        }
    }

    /// <summary>Opens the wanted marks that are not open, the longest-lasting first, so that marks nest.</summary>
    private static void OpenMissing(StringBuilder sb, List<Marks> open, Marks wanted, IReadOnlyList<Token> tokens, int at, ref string? openHref)
    {
        var missing = Order.Where(m => wanted.Has(m) && !open.Contains(m))
            .OrderByDescending(m => m == Marks.Link ? int.MaxValue : RunLength(tokens, at, m)).ToList();
        foreach (var m in missing)
        {
            if (m == Marks.Link) { sb.Append('['); openHref = tokens[at].Href; }
            else sb.Append(Delimiter(m));
            open.Add(m);
        }
    }

    private static int RunLength(IReadOnlyList<Token> tokens, int at, Marks mark)
    {
        var n = 0;
        while (at + n < tokens.Count && tokens[at + n].Marks.Has(mark)) n++;
        return n;
    }

    /// <summary>The text that follows a token without a break (no space, same marks), which decides whether an
    /// '&amp;' in it starts something Markdown would read as an entity. It is the same however the text was cut
    /// into tokens.</summary>
    private static string Following(IReadOnlyList<Token> tokens, int i)
    {
        if (!tokens[i].Text.Contains('&')) return "";
        var sb = new StringBuilder();
        for (var j = i + 1; j < tokens.Count && !tokens[j].SpaceBefore && tokens[j].Marks == tokens[i].Marks && sb.Length < 40; j++)
            sb.Append(tokens[j].Text);
        return sb.ToString();
    }

    private static int WriteCode(StringBuilder sb, IReadOnlyList<Token> tokens, int start)
    {
        var content = new StringBuilder(tokens[start].Text);
        var end = start + 1;
        while (end < tokens.Count && tokens[end].Marks == tokens[start].Marks && tokens[end].Href == tokens[start].Href)
        {
            if (tokens[end].SpaceBefore) content.Append(' ');
            content.Append(tokens[end].Text);
            end++;
        }
        var text = content.ToString();
        var fence = new string('`', LongestRun(text, '`') + 1);
        // A code span that begins or ends with a backtick needs a space to separate it from the fence; CommonMark
        // strips one such space from each side.
        var pad = text.StartsWith('`') || text.EndsWith('`') || (text.StartsWith(' ') && text.EndsWith(' ')) ? " " : "";
        sb.Append(fence).Append(pad).Append(text).Append(pad).Append(fence);
        return end;
    }

    private static int LongestRun(string s, char c)
    {
        int best = 0, run = 0;
        foreach (var ch in s) { run = ch == c ? run + 1 : 0; best = Math.Max(best, run); }
        return best;
    }

    private static string Delimiter(Marks m) => m switch
    {
        Marks.Bold => "**",
        Marks.Italic => "*",
        Marks.Strikethrough => "~~",
        _ => "",
    };

    private static string LinkTarget(string href)
    {
        if (href.Length > 0 && href.All(c => c > ' ' && c is not '(' and not ')' and not '<' and not '>' and not '\\'))
            return href;
        var sb = new StringBuilder("<");
        foreach (var c in href)
        {
            if (c is '<' or '>' or '\\') sb.Append('\\');
            sb.Append(c == '\n' ? ' ' : c);
        }
        return sb.Append('>').ToString();
    }
}
