using CommitteeHub.Amendments;
using CommitteeHub.Documents.Layout;

namespace CommitteeHub.Documents.Tests;

public class MarkdownTests
{
    [Fact]
    public void Headings_paragraphs_and_emphasis_become_blocks_and_styled_runs()
    {
        var blocks = MarkdownBlocks.Convert("# Summary\n\nThe **Council** is *asked* to [read it](https://example.org/plan).");
        Assert.Equal(new Heading(1, "Summary"), blocks[0]);
        var p = Assert.IsType<Paragraph>(blocks[1]);
        Assert.Contains(new Run("Council", RunStyle.Bold), p.Runs);
        Assert.Contains(new Run("asked", RunStyle.Italic), p.Runs);
        Assert.EndsWith("read it (https://example.org/plan).", string.Concat(p.Runs.Select(r => r.Text)));
    }

    [Fact]
    public void Raw_html_prints_as_text_rather_than_being_interpreted()
    {
        var p = Assert.IsType<Paragraph>(Assert.Single(MarkdownBlocks.Convert("Hello <b>there</b>")));
        Assert.Equal("Hello <b>there</b>", string.Concat(p.Runs.Select(r => r.Text)));
    }

    [Fact]
    public void Lettered_paragraphs_and_lettered_list_items_hang_their_letters()
    {
        var typed = Assert.IsType<ListBlock>(Assert.Single(MarkdownBlocks.Convert("(a) First point;\n\n(b) Second point.")));
        Assert.Equal(ListKind.Lettered, typed.Kind);
        Assert.Equal(["(a)", "(b)"], typed.Items.Select(i => i.Marker));
        var listed = Assert.IsType<ListBlock>(Assert.Single(MarkdownBlocks.Convert("- (a) Calls on the Leader;\n- (b) Pledges to act.")));
        Assert.Equal(ListKind.Lettered, listed.Kind);
        Assert.Equal(["(a)", "(b)"], listed.Items.Select(i => i.Marker));
        var text = Assert.IsType<Paragraph>(listed.Items[0].Blocks[0]);
        Assert.Equal("Calls on the Leader;", string.Concat(text.Runs.Select(r => r.Text)));
    }

    [Fact]
    public void Numbered_and_nested_lists_keep_their_numbers_and_nesting()
    {
        var list = Assert.IsType<ListBlock>(Assert.Single(MarkdownBlocks.Convert("3. Third\n4. Fourth\n   - nested")));
        Assert.Equal(["3.", "4."], list.Items.Select(i => i.Marker));
        Assert.IsType<ListBlock>(list.Items[1].Blocks[1]);
    }

    [Fact]
    public void Pipe_tables_become_tables_with_a_header_row()
    {
        var table = Assert.IsType<Table>(Assert.Single(MarkdownBlocks.Convert("| Ward | Electorate |\n|---|---|\n| Bognor | 9,000 |\n| Chichester | 11,000 |")));
        Assert.Equal("Ward", table.Header[0].Runs[0].Text);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("11,000", table.Rows[1][1].Runs[0].Text);
    }

    [Fact]
    public void A_change_tree_becomes_inserted_and_deleted_runs_with_a_space_between_replacements()
    {
        var blocks = ChangeBlocks.Convert(TrackedChanges.Compare("which rated all elements of the service", "which rated the overall effectiveness of the service"));
        var p = Assert.IsType<Paragraph>(Assert.Single(blocks));
        Assert.Contains(p.Runs, r => r.Style == RunStyle.Deleted && r.Text.Contains("all elements"));
        Assert.Contains(p.Runs, r => r.Style == RunStyle.Inserted && r.Text.Contains("the overall effectiveness"));
        Assert.DoesNotContain("elementsthe", string.Concat(p.Runs.Select(r => r.Text)));
    }

    [Fact]
    public void Inserted_and_deleted_lettered_items_keep_their_markers()
    {
        var blocks = ChangeBlocks.Convert(TrackedChanges.Compare("- (a) One;\n- (b) Two.", "- (a) One;\n- (b) New;\n- (c) Two."));
        var list = Assert.IsType<ListBlock>(Assert.Single(blocks));
        Assert.Equal(ListKind.Lettered, list.Kind);
        Assert.Equal(3, list.Items.Count);
        var inserted = Assert.IsType<Paragraph>(list.Items[1].Blocks[0]);
        Assert.All(inserted.Runs.Where(r => r.Text.Trim().Length > 0), r => Assert.Equal(RunStyle.Inserted, r.Style));
    }
}
