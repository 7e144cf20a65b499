using CommitteeHub.Documents.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CommitteeHub.Documents.Tests;

public class LayoutTests
{
    internal static byte[] Render(params Block[] blocks) =>
        DocumentRenderer.Render(new LayoutDocument("Test paper", blocks) { HeaderText = "Test Committee" }, Pdfs.Templates);

    private static string Words(int count, string stem = "word") =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => $"{stem}{i}"));

    [Fact]
    public void A_simple_paragraph_reads_back_with_its_words_and_spaces()
    {
        var pdf = Render(new Heading(1, "Ofsted inspection"), new Paragraph("The Committee is asked to reflect upon the findings."));
        var text = Pdfs.AllText(pdf);
        Assert.Contains("Ofsted inspection", text);
        Assert.Contains("The Committee is asked to reflect upon the findings.", Pdfs.Flat(text));
        using var doc = PdfDocument.Open(pdf);
        var words = doc.GetPage(1).GetWords().Select(w => w.Text).ToList();
        Assert.Contains("reflect", words);
        Assert.Contains("findings.", words);
    }

    [Fact]
    public void Wrapped_lines_end_with_a_space_so_text_read_without_layout_keeps_words_apart()
    {
        // page.Text is the letters as drawn, with no separators added: what a screen reader gets from the tags.
        var pdf = Render(new Paragraph(Words(200)));
        using var doc = PdfDocument.Open(pdf);
        var raw = doc.GetPage(1).Text;
        for (var i = 1; i < 200; i++) Assert.Contains($"word{i} word{i + 1}", raw);
    }

    [Fact]
    public void A_paragraph_longer_than_a_page_flows_onto_the_next_in_order()
    {
        var pdf = Render(new Paragraph(Words(1500)));
        var pages = Pdfs.PageTexts(pdf);
        Assert.True(pages.Count >= 3, $"expected at least 3 pages, got {pages.Count}");
        Assert.Contains("word1 ", pages[0]);
        Assert.DoesNotContain("word1500", pages[0]);
        Assert.Contains("word1500", pages[^1]);
        // Every word once, in order, across the pages.
        var words = Pdfs.Flat(string.Join(" ", pages)).Split(' ').Where(w => w.StartsWith("word")).ToList();
        Assert.Equal(Enumerable.Range(1, 1500).Select(i => $"word{i}"), words);
    }

    [Fact]
    public void Every_page_says_page_x_of_n()
    {
        var pdf = Render(new Paragraph(Words(2500)));
        var pages = Pdfs.PageTexts(pdf);
        Assert.True(pages.Count > 3);
        for (var i = 0; i < pages.Count; i++) Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
    }

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        // Paragraphs of varied length so that headings fall at every height of the page.
        var blocks = new List<Block>();
        for (var i = 0; i < 60; i++)
        {
            blocks.Add(new Heading(1 + i % 3, $"Heading{i}"));
            blocks.Add(new Paragraph(Words(7 + i * 13 % 90, $"p{i}w")));
        }
        var pdf = Render([.. blocks]);
        using var doc = PdfDocument.Open(pdf);
        Assert.True(doc.NumberOfPages >= 4);
        foreach (var page in doc.GetPages())
        {
            // The lowest line of body text (above the footer) must not be a heading.
            var body = page.GetWords().Where(w => w.BoundingBox.Bottom > 60).ToList();
            var lowest = body.MinBy(w => w.BoundingBox.Bottom)!;
            Assert.False(lowest.Text.StartsWith("Heading", StringComparison.Ordinal), $"page {page.Number} ends with {lowest.Text}");
        }
    }

    [Fact]
    public void A_table_breaking_across_pages_repeats_its_header_row()
    {
        var rows = Enumerable.Range(1, 90).Select(i => (IReadOnlyList<TableCell>)[new TableCell($"Row{i}"), new TableCell($"Value {i * 7}")]).ToList();
        var pdf = Render(new Paragraph("Before the table."), new Table([new TableCell("Ward"), new TableCell("Electorate")], rows));
        var pages = Pdfs.PageTexts(pdf);
        Assert.True(pages.Count >= 2);
        foreach (var page in pages) Assert.Contains("Ward", page);
        // Rows are never split: each row's two cells are on the same page.
        for (var i = 1; i <= 90; i++)
            Assert.Single(pages, p => p.Contains($"Row{i} ") || p.Contains($"Row{i}\n") ? p.Contains($"Value {i * 7}") : false);
    }

    [Fact]
    public void Inserted_words_are_bold_and_underlined_and_deleted_words_struck_through()
    {
        var pdf = Render(new Paragraph([
            new Run("which rated "), new Run("all elements", RunStyle.Deleted), new Run(" "),
            new Run("the overall effectiveness", RunStyle.Inserted), new Run(" of the service inadequate"),
        ]));
        using var doc = PdfDocument.Open(pdf);
        var page = doc.GetPage(1);
        var words = page.GetWords().ToList();
        var inserted = words.Single(w => w.Text == "effectiveness");
        Assert.All(inserted.Letters, l => Assert.Contains("Bold", l.FontName));
        var deleted = words.Single(w => w.Text == "elements");
        Assert.All(deleted.Letters, l => Assert.DoesNotContain("Bold", l.FontName));
        Assert.All(words.Single(w => w.Text == "rated").Letters, l => Assert.DoesNotContain("Bold", l.FontName));

        var lines = page.Paths.Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>().ToList();
        bool Under(Word w) => lines.Any(r => r.Left <= w.BoundingBox.Left + 1 && r.Right >= w.BoundingBox.Right - 1 &&
            r.Top <= w.BoundingBox.Bottom + 0.5 && r.Top >= w.BoundingBox.Bottom - 4);
        bool Through(Word w) => lines.Any(r => r.Left <= w.BoundingBox.Left + 1 && r.Right >= w.BoundingBox.Right - 1 &&
            r.Bottom > w.BoundingBox.Bottom + 1 && r.Top < w.BoundingBox.Top - 1);
        Assert.True(Under(inserted), "no underline under the inserted word");
        Assert.True(Through(deleted), "no strike line through the deleted word");
        Assert.False(Through(words.Single(w => w.Text == "rated")));
        Assert.False(Under(words.Single(w => w.Text == "rated")));
        Assert.Contains("rated all elements the overall effectiveness of the service", Pdfs.Flat(Pdfs.AllText(pdf)));
    }

    [Fact]
    public void Lists_hang_their_markers_and_read_marker_then_text()
    {
        var pdf = Render(new ListBlock(ListKind.Lettered, [
            new ListItem("Calls on the Leader " + Words(40, "a")),
            new ListItem("Pledges to do everything necessary", "(b)"),
        ]));
        using var doc = PdfDocument.Open(pdf);
        var words = doc.GetPage(1).GetWords().ToList();
        var marker = words.Single(w => w.Text == "(a)");
        var first = words.Single(w => w.Text == "Calls");
        var wrapped = words.Single(w => w.Text == "a30");
        Assert.True(marker.BoundingBox.Left < first.BoundingBox.Left - 10);
        Assert.True(Math.Abs(wrapped.BoundingBox.Left - first.BoundingBox.Left) < 1 || wrapped.BoundingBox.Left > first.BoundingBox.Left, "continuation lines hang under the text, not the marker");
        Assert.Contains("(a) Calls on the Leader", Pdfs.Flat(Pdfs.AllText(pdf)));
        Assert.Contains("(b) Pledges", Pdfs.Flat(Pdfs.AllText(pdf)));
    }

    [Fact]
    public void The_catalog_declares_a_tagged_document_in_british_english_with_a_title()
    {
        var pdf = DocumentRenderer.Render(new LayoutDocument("Minutes of the Select Committee", [new Heading(1, "Minutes"), new Paragraph("Text.")]), Pdfs.Templates);
        using var doc = PdfDocument.Open(pdf);
        var catalog = doc.Structure.Catalog.CatalogDictionary;
        var markInfo = (UglyToad.PdfPig.Tokens.DictionaryToken)Tokens.Resolve(doc, catalog.Data["MarkInfo"]);
        Assert.True(((UglyToad.PdfPig.Tokens.BooleanToken)markInfo.Data["Marked"]).Data);
        Assert.Equal("en-GB", ((UglyToad.PdfPig.Tokens.StringToken)catalog.Data["Lang"]).Data);
        Assert.True(catalog.Data.ContainsKey("StructTreeRoot"));
        var prefs = (UglyToad.PdfPig.Tokens.DictionaryToken)Tokens.Resolve(doc, catalog.Data["ViewerPreferences"]);
        Assert.True(((UglyToad.PdfPig.Tokens.BooleanToken)prefs.Data["DisplayDocTitle"]).Data);
        Assert.Equal("Minutes of the Select Committee", doc.Information.Title);
        Assert.True(doc.TryGetXmpMetadata(out var xmp));
        Assert.Contains("Minutes of the Select Committee", xmp.GetXDocument().ToString());
    }

    [Fact]
    public void The_structure_tree_has_headings_paragraphs_lists_tables_and_changes()
    {
        var pdf = Render(
            new Heading(1, "Title"), new Heading(2, "Sub"), new Paragraph([new Run("kept "), new Run("added", RunStyle.Inserted), new Run(" "), new Run("gone", RunStyle.Deleted)]),
            new ListBlock(ListKind.Bulleted, [new ListItem("one"), new ListItem("two")]),
            new Table([new TableCell("H")], [[new TableCell("D")]]));
        using var doc = PdfDocument.Open(pdf);
        var types = Tokens.StructureTypes(doc);
        foreach (var t in new[] { "Document", "H1", "H2", "P", "Ins", "Del", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD" })
            Assert.Contains(t, types);
    }

    [Fact]
    public void A_table_row_with_an_empty_cell_keeps_a_cell_under_every_header()
    {
        var pdf = Render(new Table([new TableCell("Item"), new TableCell("Business"), new TableCell("Page")],
            [[new TableCell("1"), new TableCell("Apologies"), new TableCell([])], [new TableCell("2"), new TableCell("Report"), new TableCell("5")]]));
        using var doc = PdfDocument.Open(pdf);
        Assert.Equal([["TH", "TH", "TH"], ["TD", "TD", "TD"], ["TD", "TD", "TD"]], Tokens.TableRows(doc));
    }

    [Fact]
    public void Headings_become_bookmarks()
    {
        var pdf = Render(new Heading(1, "Item 1"), new Paragraph("a"), new Heading(2, "Report"), new Paragraph("b"), new PageBreak(), new Heading(1, "Item 2"));
        using var doc = PdfDocument.Open(pdf);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.NotNull(bookmarks);
        Assert.Equal(["Item 1", "Item 2"], bookmarks.Roots.Select(r => r.Title));
        Assert.Equal("Report", Assert.Single(bookmarks.Roots[0].Children).Title);
    }

    [Fact]
    public void Fonts_are_subset_and_distinguish_bold_from_regular()
    {
        var pdf = Render(new Paragraph([new Run("Plain and "), new Run("bold", RunStyle.Bold), new Run(" and "), new Run("italic", RunStyle.Italic)]));
        Assert.True(pdf.Length < 60_000, $"{pdf.Length} bytes: the fonts are not subset");
        using var doc = PdfDocument.Open(pdf);
        var names = doc.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();
        Assert.All(names, n => Assert.Matches("^[A-Z]{6}\\+", n));
        Assert.Contains(names, n => n!.Contains("Bold"));
        Assert.Contains(names, n => n!.Contains("Italic"));
    }

    [Fact]
    public void A_marking_is_printed_on_every_page()
    {
        var pdf = DocumentRenderer.Render(new LayoutDocument("Draft", [new Paragraph(Words(1200))]) { Marking = "DRAFT" }, Pdfs.Templates);
        var pages = Pdfs.PageTexts(pdf);
        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.Contains("DRAFT", p));
    }
}
