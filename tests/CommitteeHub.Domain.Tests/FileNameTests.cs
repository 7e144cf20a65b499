using CommitteeHub.Domain;

namespace CommitteeHub.Domain.Tests;

public class FileNameTests
{
    [Theory]
    [InlineData("budget.pdf", "budget.pdf")]
    [InlineData("C:\\Users\\clerk\\Reports\\budget.pdf", "budget.pdf")]
    [InlineData("..\\..\\..\\windows\\system32\\budget.pdf", "budget.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:budget.pdf", "budget.pdf")]
    [InlineData("report\u202Efdp.exe", "reportfdp.exe")]
    [InlineData("re\u2066po\u2069rt\u200B.pdf", "report.pdf")]
    [InlineData("line\r\nbreak\t\u0000name.pdf", "line break name.pdf")]
    [InlineData("what?<is>this|\"*.pdf", "what__is_this___.pdf")]
    [InlineData("..pdf", "document.pdf")]
    [InlineData("  .hidden.docx", "hidden.docx")]
    [InlineData("", "document")]
    [InlineData(null, "document")]
    [InlineData("Café.pdf", "Café.pdf")]
    public void An_uploaded_name_keeps_its_own_name_and_extension_and_loses_paths_and_invisible_characters(string? uploaded, string shown)
    {
        Assert.Equal(shown, FileNames.ForDisplay(uploaded));
    }

    [Fact]
    public void A_long_name_is_shortened_keeping_its_extension_and_whole_characters()
    {
        var name = FileNames.ForDisplay(new string('a', 112) + "😀😀.docx");
        Assert.Equal(FileNames.MaxLength - 1, name.Length);
        Assert.EndsWith("a😀.docx", name);
        Assert.Equal(FileNames.ForDisplay(name), name);
    }

    [Fact]
    public void A_lone_half_of_a_surrogate_pair_does_not_break_the_name()
    {
        Assert.Equal("a\uFFFDb.pdf", FileNames.ForDisplay("a\uD800b.pdf"));
    }

    [Fact]
    public void An_uploaded_document_is_kept_under_its_safe_name()
    {
        var document = Document.Uploaded("Budget", DocumentKind.Appendix, null, "C:\\temp\\bud\u202Eget.pdf", [1, 2, 3]);
        Assert.Equal("budget.pdf", document.FileName);
    }
}
