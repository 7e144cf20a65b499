using CommitteeHub.Amendments.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CommitteeHub.Amendments.Parsing;

/// <summary>Turns Markdig's inline tree into tokens carrying their marks. Line breaks, soft or hard, become spaces:
/// re-wrapping a paragraph is not an amendment.</summary>
internal static class InlineFlattener
{
    private const int MaxNesting = 64;

    public static List<Token> Flatten(ContainerInline? inline)
    {
        var tokens = new List<Token>();
        if (inline is null) return tokens;
        var space = false;
        Walk(inline, Marks.None, null, tokens, ref space, 0);
        return tokens;
    }

    public static List<Token> Literal(string text) => Tokenizer.Tokenize(text);

    private static void Walk(Inline inline, Marks marks, string? href, List<Token> tokens, ref bool space, int nesting)
    {
        switch (inline)
        {
            case LiteralInline literal:
                Tokenizer.Append(tokens, literal.Content.ToString(), marks, href, ref space);
                break;
            case CodeInline code:
                Tokenizer.Append(tokens, code.Content, marks | Marks.Code, href, ref space);
                break;
            case LineBreakInline:
                space = true;
                break;
            case HtmlEntityInline entity:
                Tokenizer.Append(tokens, entity.Transcoded.ToString(), marks, href, ref space);
                break;
            case AutolinkInline auto:
                var target = auto.IsEmail ? "mailto:" + auto.Url : auto.Url;
                Tokenizer.Append(tokens, auto.Url, marks | Marks.Link, target, ref space);
                break;
            case HtmlInline html:
                Tokenizer.Append(tokens, html.Tag, marks, href, ref space);
                break;
            case LinkInline { IsImage: true } image:
                WalkChildren(image, marks, href, tokens, ref space, nesting);
                break;
            case LinkInline link:
                WalkChildren(link, marks | Marks.Link, link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", tokens, ref space, nesting);
                break;
            case EmphasisInline emphasis:
                WalkChildren(emphasis, marks | MarkOf(emphasis), href, tokens, ref space, nesting);
                break;
            case ContainerInline container:
                WalkChildren(container, marks, href, tokens, ref space, nesting);
                break;
            default:
                Tokenizer.Append(tokens, inline.ToString() ?? "", marks, href, ref space);
                break;
        }
    }

    private static void WalkChildren(ContainerInline container, Marks marks, string? href, List<Token> tokens, ref bool space, int nesting)
    {
        if (nesting >= MaxNesting)
        {
            // Pathological nesting: keep the words without further marks.
            foreach (var leaf in container.Descendants<LiteralInline>())
                Tokenizer.Append(tokens, leaf.Content.ToString(), marks, href, ref space);
            return;
        }
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            Walk(child, marks, href, tokens, ref space, nesting + 1);
    }

    private static Marks MarkOf(EmphasisInline emphasis) => emphasis.DelimiterChar switch
    {
        '~' => Marks.Strikethrough,
        _ => emphasis.DelimiterCount >= 2 ? Marks.Bold : Marks.Italic,
    };
}
