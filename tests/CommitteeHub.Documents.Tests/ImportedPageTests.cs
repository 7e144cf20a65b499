using CommitteeHub.Documents.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Writer;
using UglyToad.PdfPig.Tokens;

namespace CommitteeHub.Documents.Tests;

/// <summary>What becomes of an uploaded appendix's own tags, links and page rotation when it is merged.</summary>
public class ImportedPageTests
{
    [Fact]
    public void A_tagged_appendix_loses_its_own_marked_content_ids_so_each_id_on_a_page_is_unique_and_in_our_tree()
    {
        var tagged = DocumentRenderer.Render(new LayoutDocument("Annex", [
            new Heading(1, "Annex heading"), new Paragraph("First paragraph of the annex."), new Paragraph("Second paragraph."),
        ]), Pdfs.Templates);
        Assert.True(McidsOn(tagged, 1).Count >= 3); // the premise: the upload numbers its own content

        var pdf = DocumentRenderer.Render(new LayoutDocument("Pack", [new Paragraph("Cover"), new Appendix("Annex", tagged)]), Pdfs.Templates);
        Pdfs.Save(pdf, "tagged-appendix.pdf");

        using var doc = PdfDocument.Open(pdf);
        for (var n = 1; n <= doc.NumberOfPages; n++)
        {
            var ids = McidsOn(pdf, n);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            var owners = ParentTreeEntry(doc, n);
            Assert.All(ids, id => Assert.True(id < owners.Length && owners[id] is IndirectReferenceToken,
                $"MCID {id} on page {n} belongs to no structure element"));
        }
        Assert.Equal([0], McidsOn(pdf, 2)); // the appendix page is one sequence of its Part
        Assert.Contains("First paragraph of the annex.", Pdfs.PageTexts(pdf)[1]);
    }

    [Fact]
    public async Task Links_in_an_appendix_are_kept_and_a_link_to_its_own_page_lands_on_the_page_it_became()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var first = builder.AddPage(PageSize.A4);
        first.AddText("See the consultation online", 12, new PdfPoint(60, 700), font);
        first.AddLink("https://www.example.gov.uk/consultation", new PdfRectangle(60, 695, 260, 715));
        first.AddLink(new ExplicitDestination(2, ExplicitDestinationType.FitPage, ExplicitDestinationCoordinates.Empty), new PdfRectangle(60, 600, 260, 620));
        builder.AddPage(PageSize.A4).AddText("Second page of the appendix", 12, new PdfPoint(60, 700), font);
        var appendix = builder.Build();

        var pdf = DocumentRenderer.Render(new LayoutDocument("Pack", [new Paragraph("Cover"), new Appendix("Appendix A", appendix)]), Pdfs.Templates);
        var path = Pdfs.Save(pdf, "appendix-links.pdf");

        using var doc = PdfDocument.Open(pdf);
        var annotations = doc.GetPage(2).GetAnnotations().ToList();
        Assert.Equal(2, annotations.Count);
        var web = Assert.Single(annotations, a => a.Action is UglyToad.PdfPig.Actions.UriAction);
        Assert.Equal("https://www.example.gov.uk/consultation", ((UglyToad.PdfPig.Actions.UriAction)web.Action!).Uri);
        var inner = Assert.Single(annotations, a => a.Action is not UglyToad.PdfPig.Actions.UriAction);
        var goTo = Assert.IsType<UglyToad.PdfPig.Actions.GoToAction>(inner.Action);
        Assert.Equal(3, goTo.Destination.PageNumber); // the appendix's page 2 is the pack's page 3
        var check = await Pdfs.RunToolAsync("qpdf", "--check", path);
        Assert.True(check.ExitCode == 0, check.Output);
    }

    [Theory]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public async Task The_page_number_on_a_turned_appendix_page_stands_upright_at_the_foot_the_reader_sees(int degrees)
    {
        var source = Pdfs.Save(Samples.ForeignPdf("Landscape plan of the site"), $"upright-{degrees}.pdf");
        var turned = Path.ChangeExtension(source, ".turned.pdf");
        var qpdf = await Pdfs.RunToolAsync("qpdf", $"--rotate=+{degrees}:1", source, turned);
        Assert.True(qpdf.ExitCode == 0, qpdf.Output);

        var pdf = DocumentRenderer.Render(new LayoutDocument("Pack", [new Paragraph("Cover"), new Appendix("Plan", File.ReadAllBytes(turned))]), Pdfs.Templates);
        Pdfs.Save(pdf, $"turned-{degrees}-pack.pdf");

        using var doc = PdfDocument.Open(pdf);
        var page = doc.GetPage(2);
        Assert.Equal(degrees, page.Rotation.Value);
        var stamp = Pdfs.Letters(page).Where(l => "Page2of".Contains(l.Value, StringComparison.Ordinal) && l.FontSize < 10).ToList();
        Assert.Equal("Page2of2", string.Concat(stamp.Select(l => l.Value)));
        // PdfPig reports letters as the reader sees the page, turned. The appendix's own line, drawn upright on the
        // unturned page, is turned with it (the premise); our page number must not be.
        var own = Pdfs.Letters(page).Where(l => l.FontSize > 10).ToList();
        Assert.False(own[^1].EndBaseLine.X - own[0].StartBaseLine.X > 30 && Math.Abs(own[^1].EndBaseLine.Y - own[0].StartBaseLine.Y) < 0.5);
        var (dx, dy) = (stamp[^1].EndBaseLine.X - stamp[0].StartBaseLine.X, stamp[^1].EndBaseLine.Y - stamp[0].StartBaseLine.Y);
        Assert.True(dx > 30 && Math.Abs(dy) < 0.5, $"the stamp runs ({dx:0.#}, {dy:0.#}) as the reader sees it");
        Assert.InRange(stamp[0].StartBaseLine.Y, 0, 30);
        Assert.InRange(stamp[0].StartBaseLine.X + dx / 2, page.Width / 2 - 3, page.Width / 2 + 3);
    }

    private static List<int> McidsOn(byte[] pdf, int pageNumber)
    {
        using var doc = PdfDocument.Open(pdf);
        var ids = new List<int>();
        void Walk(IEnumerable<MarkedContentElement> elements)
        {
            foreach (var e in elements)
            {
                if (e.MarkedContentIdentifier >= 0) ids.Add(e.MarkedContentIdentifier);
                Walk(e.Children);
            }
        }
        Walk(doc.GetPage(pageNumber).GetMarkedContents());
        return ids;
    }

    /// <summary>The page's array in the structure tree's parent tree: MCID i belongs to element i.</summary>
    private static IToken[] ParentTreeEntry(PdfDocument doc, int pageNumber)
    {
        var page = doc.GetPage(pageNumber).Dictionary;
        var key = ((NumericToken)page.Data["StructParents"]).Int;
        var root = (DictionaryToken)Tokens.Resolve(doc, doc.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        var tree = (DictionaryToken)Tokens.Resolve(doc, root.Data["ParentTree"]);
        var nums = ((ArrayToken)Tokens.Resolve(doc, tree.Data["Nums"])).Data;
        for (var i = 0; i + 1 < nums.Count; i += 2)
            if (((NumericToken)nums[i]).Int == key) return ((ArrayToken)Tokens.Resolve(doc, nums[i + 1])).Data.ToArray();
        return [];
    }
}
