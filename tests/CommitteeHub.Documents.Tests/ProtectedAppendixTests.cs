using CommitteeHub.Documents.Layout;
using CommitteeHub.Documents.Papers;
using UglyToad.PdfPig;

namespace CommitteeHub.Documents.Tests;

/// <summary>Appendices protected by a password: one that only restricts editing opens for anyone and is merged; one
/// that needs a password to open is refused.</summary>
public class ProtectedAppendixTests
{
    [Theory]
    [InlineData("40")]
    [InlineData("128")]
    [InlineData("256")]
    public async Task A_pdf_with_only_an_owner_password_is_accepted_and_merged_with_its_text(string keyLength)
    {
        var protectedPdf = await Encrypt(Samples.ForeignPdf("Restricted but readable page one", "Page two of it"), "", "owner-secret", keyLength);

        var result = AppendixCheck.Inspect(protectedPdf);
        Assert.True(result.Accepted, result.Error);
        Assert.Equal(2, result.PageCount);

        var pdf = DocumentRenderer.Render(new LayoutDocument("Pack", [new Paragraph("Cover"), new Appendix("Appendix A", protectedPdf)]), Pdfs.Templates);
        var path = Pdfs.Save(pdf, $"owner-only-{keyLength}-pack.pdf");
        var pages = Pdfs.PageTexts(pdf);
        Assert.Equal(3, pages.Count);
        Assert.Contains("Restricted but readable page one", pages[1]);
        Assert.Contains("Page two of it", pages[2]);
        using (var doc = PdfDocument.Open(pdf)) Assert.False(doc.IsEncrypted); // the pack itself is not protected
        var check = await Pdfs.RunToolAsync("qpdf", "--check", path);
        Assert.True(check.ExitCode == 0, check.Output);
    }

    [Fact]
    public async Task A_pdf_that_needs_a_password_to_open_is_refused_saying_so()
    {
        var locked = await Encrypt(Samples.ForeignPdf("Secret"), "user-secret", "owner-secret", "256");
        var result = AppendixCheck.Inspect(locked);
        Assert.False(result.Accepted);
        Assert.Contains("password", result.Error);
    }

    private static async Task<byte[]> Encrypt(byte[] pdf, string userPassword, string ownerPassword, string keyLength)
    {
        var input = Pdfs.Save(pdf, $"plain-{Guid.NewGuid():N}.pdf");
        var output = Path.ChangeExtension(input, ".protected.pdf");
        var args = new List<string> { "--allow-weak-crypto", "--encrypt", userPassword, ownerPassword, keyLength };
        if (keyLength == "40") args.AddRange(["--modify=n", "--extract=n"]);
        else args.AddRange(["--modify=none", "--extract=n"]);
        args.AddRange(["--", input, output]);
        var (exit, text) = await Pdfs.RunToolAsync("qpdf", [.. args]);
        Assert.True(exit == 0, text);
        return await File.ReadAllBytesAsync(output);
    }
}
