using System.Text;
using CommitteeHub.Documents.Layout;
using CommitteeHub.Documents.Templates;
using UglyToad.PdfPig;

namespace CommitteeHub.Documents.Tests;

public class FontFallbackTests
{
    // Logic and arrows Liberation Sans lacks and DejaVu Sans has, beside Greek and Cyrillic that Liberation has.
    private const string FallbackOnly = "∀∈⇒✓";
    private const string Mixed = "For all x ∀ x ∈ A ⇒ done ✓, Greek αβγ Δ, Cyrillic Жизнь";

    [Fact]
    public void Characters_the_paper_font_lacks_are_drawn_from_the_fallback_face_and_read_back_intact()
    {
        var fonts = Pdfs.Templates.Fonts;
        foreach (var c in FallbackOnly)
        {
            Assert.Equal(0, fonts.Regular.Font.GlyphId(c)); // the premise: Liberation lacks it
            Assert.NotEqual(0, fonts.Regular.Fallback!.Font.GlyphId(c));
        }
        var pdf = DocumentRenderer.Render(new LayoutDocument("Symbols", [
            new Heading(1, "Heading ∀ ⇒"), new Paragraph(Mixed), new Paragraph([new Run("Bold ✓ ", RunStyle.Bold), new Run("italic ∈", RunStyle.Italic)]),
        ]), Pdfs.Templates);
        Pdfs.Save(pdf, "fallback.pdf");

        var text = Pdfs.Flat(Pdfs.AllText(pdf));
        Assert.Contains("Heading ∀ ⇒", text);
        Assert.Contains(Mixed, text);
        Assert.Contains("Bold ✓ italic ∈", text);
        using var doc = PdfDocument.Open(pdf);
        var page = doc.GetPage(1);
        Assert.Contains(page.Letters, l => l.Value == "✓" && l.FontName != null && l.FontName.Contains("DejaVu", StringComparison.Ordinal));
        // The fallback's glyphs are spaced by their own widths: the letter after one starts where it ends.
        var letters = Pdfs.Letters(page);
        var tick = letters.First(l => l.Value == "✓");
        var comma = letters[letters.IndexOf(tick) + 1];
        Assert.Equal(",", comma.Value);
        Assert.InRange(comma.StartBaseLine.X - tick.EndBaseLine.X, -0.05, 0.05);
    }

    [Fact]
    public void A_character_in_neither_font_is_reported_and_the_paper_is_not_declared_pdf_ua()
    {
        const string unknown = "議"; // CJK: in neither Liberation nor DejaVu Sans
        Assert.Equal(0, Pdfs.Templates.Fonts.Regular.Font.GlyphId(unknown[0]));
        Assert.Equal(0, Pdfs.Templates.Fonts.Regular.Fallback!.Font.GlyphId(unknown[0]));
        var warnings = new List<string>();
        var templates = DocumentTemplates.Load(Path.Combine(AppContext.BaseDirectory, "templates"), warnings.Add);

        var pdf = DocumentRenderer.Render(new LayoutDocument("Minutes", [new Paragraph($"The {unknown} sign, and ✓")]), templates);

        var warning = Assert.Single(warnings);
        Assert.Contains("'Minutes'", warning);
        Assert.Contains("議 (U+8B70)", warning);
        Assert.DoesNotContain("✓", warning);
        Assert.DoesNotContain("pdfuaid", Xmp(pdf));
    }

    [Fact]
    public void A_paper_of_our_own_with_every_character_shown_declares_pdf_ua_part_one()
    {
        var warnings = new List<string>();
        var templates = DocumentTemplates.Load(Path.Combine(AppContext.BaseDirectory, "templates"), warnings.Add);
        var pdf = DocumentRenderer.Render(new LayoutDocument("Minutes", [new Paragraph(Mixed)]), templates);

        Assert.Empty(warnings);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", Xmp(pdf));
        Assert.Contains("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"", Xmp(pdf));
    }

    [Fact]
    public void A_pack_with_an_untagged_appendix_does_not_claim_pdf_ua()
    {
        var pdf = DocumentRenderer.Render(new LayoutDocument("Pack", [
            new Paragraph("Cover"), new Appendix("Appendix A", Samples.ForeignPdf("Scanned letter")),
        ]), Pdfs.Templates);
        Assert.Contains("<dc:title>", Xmp(pdf));
        Assert.DoesNotContain("pdfuaid", Xmp(pdf));
    }

    internal static string Xmp(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        Assert.True(doc.TryGetXmpMetadata(out var xmp));
        return Encoding.UTF8.GetString(xmp!.GetXmlBytes().ToArray());
    }
}
