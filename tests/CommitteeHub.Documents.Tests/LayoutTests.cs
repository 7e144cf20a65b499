using CommitteeHub.Documents.Layout;
using UglyToad.PdfPig;

namespace CommitteeHub.Documents.Tests;

public class LayoutTests
{
    private static byte[] Render(params Block[] blocks) =>
        DocumentRenderer.Render(new LayoutDocument("Test paper", blocks) { HeaderText = "Test Committee" }, Pdfs.Templates);

    [Fact]
    public void A_simple_paragraph_reads_back_with_its_words_and_spaces()
    {
        var pdf = Render(new Heading(1, "Ofsted inspection"), new Paragraph("The Committee is asked to reflect upon the findings."));
        Pdfs.Save(pdf, "simple.pdf");
        var text = Pdfs.AllText(pdf);
        Assert.Contains("Ofsted inspection", text);
        Assert.Contains("The Committee is asked to reflect upon the findings.", Pdfs.Flat(text));
        using var doc = PdfDocument.Open(pdf);
        var words = doc.GetPage(1).GetWords().Select(w => w.Text).ToList();
        Assert.Contains("reflect", words);
        Assert.Contains("findings.", words);
    }
}
