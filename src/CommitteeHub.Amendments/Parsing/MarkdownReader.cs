using CommitteeHub.Amendments.Text;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CommitteeHub.Amendments.Parsing;

/// <summary>Parses Markdown with Markdig into the engine's flat list of blocks. Raw HTML is disabled, so a tag typed
/// into a motion is text, never markup. Block quotes are read as their paragraphs, code blocks as literal paragraphs,
/// and thematic breaks are dropped: motions have no use for them and the engine keeps to what it can mark up.</summary>
internal static class MarkdownReader
{
    // Markdig guards its own recursion; this bounds ours for pathological nesting.
    private const int MaxNesting = 64;

    private static MarkdownPipeline Pipeline => CouncilMarkdown.Pipeline;

    public static Document Read(string? markdown)
    {
        var text = TextNormaliser.Normalise(markdown);
        var blocks = new List<DocBlock>();
        if (text.Length == 0) return new Document(blocks);
        MarkdownDocument doc;
        try
        {
            doc = Markdown.Parse(text, Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InsufficientExecutionStackException)
        {
            // Markdig refuses input nested beyond its depth limit. No motion is written so; read it as plain
            // paragraphs rather than fail.
            return new Document(PlainParagraphs(text));
        }
        ReadContainer(doc, blocks, depth: 0, nesting: 0, new TokenTexts());
        return new Document(blocks);
    }

    private static List<DocBlock> PlainParagraphs(string text)
    {
        var texts = new TokenTexts();
        return text.Split("\n\n").Select(p => InlineFlattener.Literal(p, texts)).Where(t => t.Count > 0)
            .Select(t => new DocBlock(BlockFormat.Paragraph, t)).ToList();
    }

    private static void ReadContainer(ContainerBlock container, List<DocBlock> blocks, int depth, int nesting, TokenTexts texts)
    {
        foreach (var block in container) ReadBlock(block, blocks, depth, nesting, inItem: false, texts);
    }

    private static void ReadBlock(Block block, List<DocBlock> blocks, int depth, int nesting, bool inItem, TokenTexts texts)
    {
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(new DocBlock(new BlockFormat(BlockKind.Heading, heading.Level, 0, ListStyle.None, "", false),
                    InlineFlattener.Flatten(heading.Inline, texts)));
                break;
            case ParagraphBlock paragraph:
                AddParagraph(blocks, InlineFlattener.Flatten(paragraph.Inline, texts), depth,
                    lettered: (inItem || depth == 0) && !StartsEscaped(paragraph));
                break;
            case ListBlock list when nesting < MaxNesting:
                ReadList(list, blocks, depth, nesting, texts);
                break;
            case CodeBlock code:
                AddParagraph(blocks, InlineFlattener.Literal(code.Lines.ToString(), texts), depth, lettered: false);
                break;
            case ThematicBreakBlock:
            case LinkReferenceDefinitionGroup:
            case LinkReferenceDefinition:
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                AddParagraph(blocks, InlineFlattener.Flatten(leaf.Inline, texts), depth, lettered: false);
                break;
            case ContainerBlock inner when nesting < MaxNesting:
                ReadContainer(inner, blocks, depth, nesting + 1, texts);
                break;
            case ContainerBlock inner:
                // Too deep to be a real motion: keep the words, lose the nesting.
                foreach (var leaf in inner.Descendants<LeafBlock>())
                    AddParagraph(blocks, InlineFlattener.Flatten(leaf.Inline, texts), depth, lettered: false);
                break;
        }
    }

    /// <summary>"\(a) text" is a paragraph that happens to begin with "(a)", not a lettered paragraph.</summary>
    private static bool StartsEscaped(ParagraphBlock p) => p.Inline?.FirstChild is LiteralInline { IsFirstCharacterEscaped: true };

    private static void AddParagraph(List<DocBlock> blocks, List<Token> tokens, int depth, bool lettered)
    {
        if (tokens.Count == 0) return;
        if (lettered && depth == 0 && LetteredMarker.TrySplit(tokens, out var marker, out var rest))
        {
            blocks.Add(new DocBlock(new BlockFormat(BlockKind.ListItem, 0, 1, ListStyle.Lettered, marker, false), rest));
            return;
        }
        // Inside a list item the paragraph may be the item's own words; the list reader decides whether its "(a)"
        // is the item's letter.
        if (lettered && depth > 0)
        {
            blocks.Add(new DocBlock(new BlockFormat(BlockKind.Paragraph, 0, depth, ListStyle.None, "", true), tokens) { MayBeLettered = true });
            return;
        }
        blocks.Add(new DocBlock(new BlockFormat(BlockKind.Paragraph, 0, depth, ListStyle.None, "", depth > 0), tokens));
    }

    private static void ReadList(ListBlock list, List<DocBlock> blocks, int depth, int nesting, TokenTexts texts)
    {
        var itemDepth = depth + 1;
        var number = ParseStart(list.OrderedStart);
        foreach (var child in list)
        {
            if (child is not ListItemBlock item) continue;
            var style = list.IsOrdered ? ListStyle.Ordered : ListStyle.Bullet;
            var delimiter = list.OrderedDelimiter == ')' ? ")" : ".";
            var marker = list.IsOrdered ? number + delimiter : "-";
            number++;

            // The item's own words are what its first child says (a paragraph, usually; a quote or code block
            // read as one); a nested list as first child leaves the item without words. Everything after is
            // nested inside the item.
            var inner = new List<DocBlock>();
            foreach (var part in item)
            {
                if (part is ListBlock nested && nesting + 1 < MaxNesting) ReadList(nested, inner, itemDepth, nesting + 1, texts);
                else ReadBlock(part, inner, itemDepth, nesting + 1, inItem: true, texts);
            }
            List<Token> tokens = [];
            var mayBeLettered = false;
            if (item.Count > 0 && item[0] is not ListBlock && inner.Count > 0 && inner[0].Format is { Kind: BlockKind.Paragraph } f && f.Depth == itemDepth)
            {
                tokens = inner[0].Tokens as List<Token> ?? [.. inner[0].Tokens]; // the paragraph is the item's now
                mayBeLettered = inner[0].MayBeLettered;
                inner.RemoveAt(0);
            }
            if (mayBeLettered && LetteredMarker.TrySplit(tokens, out var letter, out var rest))
            {
                style = ListStyle.Lettered;
                marker = letter;
                tokens = rest;
            }
            blocks.Add(new DocBlock(new BlockFormat(BlockKind.ListItem, 0, itemDepth, style, marker, true), tokens));
            blocks.AddRange(inner);
        }
    }

    private static int ParseStart(string? start) =>
        int.TryParse(start, System.Globalization.NumberStyles.None, null, out var n) && n < 1_000_000_000 ? n : 1;
}
