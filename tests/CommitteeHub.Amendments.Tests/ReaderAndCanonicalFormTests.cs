using CommitteeHub.Amendments.Parsing;

namespace CommitteeHub.Amendments.Tests;

public sealed class ReaderAndCanonicalFormTests
{
    private static IReadOnlyList<DocBlock> Blocks(string md) => MarkdownReader.Read(md).Blocks;

    [Fact]
    public void Paragraphs_lettered_a_are_lettered_items_whether_written_as_paragraphs_or_list_items()
    {
        var standalone = Blocks("The Council:\n\n(a) notes the report;\n\n(b) thanks the staff.");
        var listed = Blocks("The Council:\n\n- (a) notes the report;\n- (b) thanks the staff.");
        foreach (var blocks in new[] { standalone, listed })
        {
            Assert.Equal(3, blocks.Count);
            Assert.Equal(ListStyle.Lettered, blocks[1].Format.ListStyle);
            Assert.Equal("(a)", blocks[1].Format.Marker);
            Assert.Equal("notes the report;", blocks[1].PlainText);
        }
        Assert.False(standalone[1].Format.InList);
        Assert.True(listed[1].Format.InList);
    }

    [Fact]
    public void Nested_lists_record_their_depth_and_markers()
    {
        var blocks = Blocks("1. One\n   - (i) sub\n   - (ii) sub two\n2. Two");
        Assert.Equal([(1, "1."), (2, "(i)"), (2, "(ii)"), (1, "2.")], blocks.Select(b => (b.Format.Depth, b.Format.Marker)));
        Assert.Equal([ListStyle.Ordered, ListStyle.Lettered, ListStyle.Lettered, ListStyle.Ordered], blocks.Select(b => b.Format.ListStyle));
    }

    [Fact]
    public void Emphasis_is_a_mark_on_the_words()
    {
        var tokens = Blocks("a **bold** *it* ~~gone~~ `code` [link](https://example.org)")[0].Tokens;
        Assert.Equal([Marks.None, Marks.Bold, Marks.Italic, Marks.Strikethrough, Marks.Code, Marks.Link], tokens.Select(t => t.Marks));
        Assert.Equal("https://example.org", tokens[^1].Href);
    }

    [Fact]
    public void Raw_html_is_text()
    {
        var blocks = Blocks("<script>alert(1)</script>\n\nA <b>bold</b> claim");
        Assert.Equal("<script>alert(1)</script>", blocks[0].PlainText);
        Assert.Equal("A <b>bold</b> claim", blocks[1].PlainText);
        Assert.All(blocks.SelectMany(b => b.Tokens), t => Assert.Equal(Marks.None, t.Marks));
    }

    [Fact]
    public void Line_endings_soft_breaks_and_repeated_spaces_are_normalised_once()
    {
        Assert.Equal(TrackedChanges.Canonical("The  Council\r\nnotes   the\rreport."), TrackedChanges.Canonical("The Council notes the report."));
        Assert.Equal("The Council notes the report.", TrackedChanges.Canonical("The  Council\r\nnotes   the\rreport."));
    }

    [Theory]
    [InlineData("# Title\n\nText", "# Title\n\nText")]
    [InlineData("Title\n=====\n\nText", "# Title\n\nText")]
    [InlineData("* one\n* two", "- one\n\n- two")]
    [InlineData("3. three\n4. four", "3. three\n\n4. four")]
    [InlineData("1. a\n1. b\n1. c", "1. a\n\n2. b\n\n3. c")]
    [InlineData("- (a) one\n  - (i) sub", "- (a) one\n\n  - (i) sub")]
    [InlineData("(a) one\n\n(b) two", "(a) one\n\n(b) two")]
    [InlineData("__bold__ and _it_", "**bold** and *it*")]
    [InlineData("**a** **b**", "**a b**")]
    [InlineData("Costs \\*not\\* final & <b>", "Costs \\*not\\* final & \\<b>")]
    [InlineData("\\# not a heading", "\\# not a heading")]
    [InlineData("2019\\. A year", "2019\\. A year")]
    [InlineData("1. item\n\n   more of the item", "1. item\n\n   more of the item")]
    [InlineData("- - *", "- - *")]
    [InlineData("- 1. nested first", "- 1. nested first")]
    public void The_canonical_form_is_normalised_markdown(string input, string canonical)
    {
        Assert.Equal(canonical, TrackedChanges.Canonical(input));
        Assert.Equal(canonical, TrackedChanges.Canonical(canonical));
    }

    [Fact]
    public void Block_quotes_and_code_blocks_are_read_as_paragraphs()
    {
        var blocks = Blocks("> quoted text\n\n    code *here*");
        Assert.Equal(["quoted text", "code *here*"], blocks.Select(b => b.PlainText));
    }
}
