using System.Text;
using CommitteeHub.Documents.Layout;
using CommitteeHub.Documents.Papers;
using UglyToad.PdfPig;

namespace CommitteeHub.Documents.Tests;

public class AppendixTests
{
    [Fact]
    public void Appendix_pages_are_merged_in_place_with_their_text()
    {
        var appendix = Samples.ForeignPdf("Draft Decision Report page one", "Draft Decision Report page two");
        var pdf = DocumentRenderer.Render(new LayoutDocument("Pack", [
            new Heading(1, "Report"), new Paragraph("The report text comes first."),
            new Appendix("Appendix A: Draft Decision Report", appendix),
            new Heading(1, "Next item"), new Paragraph("After the appendix."),
        ]), Pdfs.Templates);
        Pdfs.Save(pdf, "appendix.pdf");
        var pages = Pdfs.PageTexts(pdf);
        Assert.Equal(4, pages.Count);
        Assert.Contains("The report text comes first.", pages[0]);
        Assert.Contains("Draft Decision Report page one", pages[1]);
        Assert.Contains("Draft Decision Report page two", pages[2]);
        Assert.Contains("After the appendix.", pages[3]);
        // The appendix pages carry the pack's page numbering too.
        Assert.Contains("Page 2 of 4", pages[1]);
        Assert.Contains("Page 3 of 4", pages[2]);

        using var doc = PdfDocument.Open(pdf);
        Assert.Contains(("Part", "Appendix A: Draft Decision Report"), Tokens.StructureElements(doc));
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.Contains(bookmarks!.GetNodes(), b => b.Title == "Appendix A: Draft Decision Report");
    }

    [Fact]
    public void Pages_of_a_pdf_we_made_ourselves_can_be_merged_too()
    {
        var inner = DocumentRenderer.Render(new LayoutDocument("Inner", [new Paragraph("Improvement plan annex text")]), Pdfs.Templates);
        var pdf = DocumentRenderer.Render(new LayoutDocument("Outer", [new Paragraph("Cover"), new Appendix("Annex", inner)]), Pdfs.Templates);
        var pages = Pdfs.PageTexts(pdf);
        Assert.Equal(2, pages.Count);
        Assert.Contains("Improvement plan annex text", pages[1]);
    }

    [Fact]
    public void The_check_accepts_a_pdf_and_counts_its_pages()
    {
        var result = AppendixCheck.Inspect(Samples.ForeignPdf("a", "b", "c"));
        Assert.True(result.Accepted, result.Error);
        Assert.Equal(3, result.PageCount);
    }

    [Fact]
    public void The_check_refuses_a_file_that_is_not_a_pdf()
    {
        var result = AppendixCheck.Inspect(Encoding.UTF8.GetBytes("PK\u0003\u0004 this is a Word document"));
        Assert.False(result.Accepted);
        Assert.Contains("not a PDF", result.Error);
    }

    [Fact]
    public void The_check_refuses_an_empty_file()
    {
        Assert.Contains("empty", AppendixCheck.Inspect([]).Error);
    }

    [Fact]
    public void The_check_refuses_a_file_over_the_limit_and_says_the_limit()
    {
        var pdf = Samples.ForeignPdf("x");
        var result = AppendixCheck.Inspect(pdf, maxBytes: pdf.Length - 1);
        Assert.False(result.Accepted);
        Assert.Contains("larger than the limit", result.Error);
        var big = new byte[AppendixCheck.DefaultMaxBytes + 1];
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(big, 0);
        Assert.Contains("20 MB", AppendixCheck.Inspect(big).Error);
    }

    [Fact]
    public void The_check_refuses_an_encrypted_pdf()
    {
        var result = AppendixCheck.Inspect(EncryptedPdf());
        Assert.False(result.Accepted);
        Assert.Contains("encrypted", result.Error);
    }

    [Fact]
    public void The_check_refuses_a_damaged_pdf()
    {
        var result = AppendixCheck.Inspect(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"));
        Assert.False(result.Accepted);
        Assert.Contains("damaged and could not be read", result.Error);
        Assert.DoesNotContain("xref", result.Error);
    }

    /// <summary>A one-page PDF with a standard security handler (RC4, revision 2) whose keys match no password, as a
    /// protected upload would appear to us.</summary>
    internal static byte[] EncryptedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + new string('1', 64) + "> /U <" + new string('2', 64) + "> >>",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(sb.ToString()));
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(sb.ToString());
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{new string('A', 32)}> <{new string('A', 32)}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}

public class ExternalCheckTests
{
    private static IEnumerable<(string Name, byte[] Pdf)> Papers()
    {
        yield return ("agenda", AgendaPack.Render(Samples.Agenda(Samples.ForeignPdf("Appendix page")), new AgendaPackOptions(Edition.Full), Pdfs.Templates));
        var seed = Golden.Load("seed-000.case");
        yield return ("motion", MotionPaper.Render(new MotionInput(Samples.SelectCommittee, "8(a)", "Motion", "Mr Jones", null, seed.Original,
            [new AmendmentInput("Mr Simmons", null, seed.Amended, AmendmentOutcome.Lost)]), Pdfs.Templates));
    }

    [Fact]
    public async Task Qpdf_finds_no_errors_in_our_papers()
    {
        foreach (var (name, pdf) in Papers())
        {
            var result = await Pdfs.RunToolAsync("qpdf", "--check", Pdfs.Save(pdf, $"qpdf-{name}.pdf"));
            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Contains("No syntax or stream encoding errors", result.Output);
        }
    }

    [Fact]
    public async Task Poppler_extracts_the_same_words()
    {
        foreach (var (name, pdf) in Papers())
        {
            var result = await Pdfs.RunToolAsync("pdftotext", Pdfs.Save(pdf, $"poppler-{name}.pdf"), "-");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains(name == "agenda" ? "Adoption of an Improvement Plan" : "Amendment 1 by Mr Simmons", result.Output);
        }
    }
}
