using CommitteeHub.Amendments.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CommitteeHub.Amendments.Parsing;

/// <summary>Turns Markdig's inline tree into tokens carrying their marks. Line breaks, soft or hard, become spaces:
/// re-wrapping a paragraph is not an amendment.</summary>
internal static class InlineFlattener
{
    private const int MaxNesting = 64;

    public static List<Token> Flatten(ContainerInline? inline, TokenTexts texts)
    {
        if (inline is null) return [];
        var tokens = texts.StartParagraph(inline.ParentBlock?.Span.Length ?? 0);
        var space = false;
        Walk(inline, Marks.None, null, tokens, ref space, 0, texts);
        return texts.EndParagraph();
    }

    public static List<Token> Literal(string text, TokenTexts texts)
    {
        var tokens = texts.StartParagraph(text.Length);
        var space = false;
        Tokenizer.Append(tokens, text, Marks.None, null, ref space, texts);
        return texts.EndParagraph();
    }

    private static void Walk(Inline inline, Marks marks, string? href, List<Token> tokens, ref bool space, int nesting, TokenTexts texts)
    {
        switch (inline)
        {
            case LiteralInline literal:
                Tokenizer.Append(tokens, literal.Content.AsSpan(), marks, href, ref space, texts);
                break;
            case CodeInline code:
                Tokenizer.Append(tokens, code.Content, marks | Marks.Code, href, ref space, texts);
                break;
            case LineBreakInline:
                space = true;
                break;
            case HtmlEntityInline entity:
                Tokenizer.Append(tokens, entity.Transcoded.AsSpan(), marks, href, ref space, texts);
                break;
            case AutolinkInline auto:
                var target = auto.IsEmail ? "mailto:" + auto.Url : auto.Url;
                Tokenizer.Append(tokens, auto.Url, marks | Marks.Link, target, ref space, texts);
                break;
            case HtmlInline html:
                Tokenizer.Append(tokens, html.Tag, marks, href, ref space, texts);
                break;
            case LinkInline { IsImage: true } image:
                WalkChildren(image, marks, href, tokens, ref space, nesting, texts);
                break;
            case LinkInline link:
                WalkChildren(link, marks | Marks.Link, link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", tokens, ref space, nesting, texts);
                break;
            case EmphasisInline emphasis:
                WalkChildren(emphasis, marks | MarkOf(emphasis), href, tokens, ref space, nesting, texts);
                break;
            case ContainerInline container:
                WalkChildren(container, marks, href, tokens, ref space, nesting, texts);
                break;
            default:
                Tokenizer.Append(tokens, inline.ToString() ?? "", marks, href, ref space, texts);
                break;
        }
    }

    private static void WalkChildren(ContainerInline container, Marks marks, string? href, List<Token> tokens, ref bool space, int nesting, TokenTexts texts)
    {
        if (nesting >= MaxNesting)
        {
            // Pathological nesting: keep the words without further marks.
            foreach (var leaf in container.Descendants<LiteralInline>())
                Tokenizer.Append(tokens, leaf.Content.AsSpan(), marks, href, ref space, texts);
            return;
        }
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            Walk(child, marks, href, tokens, ref space, nesting + 1, texts);
    }

    private static Marks MarkOf(EmphasisInline emphasis) => emphasis.DelimiterChar switch
    {
        '~' => Marks.Strikethrough,
        _ => emphasis.DelimiterCount >= 2 ? Marks.Bold : Marks.Italic,
    };
}
