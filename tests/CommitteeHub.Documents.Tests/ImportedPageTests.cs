using CommitteeHub.Documents.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
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
