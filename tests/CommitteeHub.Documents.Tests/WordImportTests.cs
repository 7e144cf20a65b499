using System.IO.Compression;
using System.Text.RegularExpressions;
using CommitteeHub.Amendments;
using CommitteeHub.Documents.Docx;
using CommitteeHub.Documents.Papers;
using CommitteeHub.TestFiles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommitteeHub.Documents.Tests;

public class WordImportTests
{
    private static readonly UploadLimits Limits = new();
    private static readonly MeetingDetails Council = new("West Sussex County Council", "County Council", new DateOnly(2019, 6, 7), new TimeOnly(10, 30), "");

    public static TheoryData<string> Cases() => new(Golden.Names());

    private static byte[] Export(string original, string amended) => MotionWord.Render(new WordMotionInput(Council, "8(a)", "A motion", "Mr Jones", null, original,
        [new WordAmendment(1, "Mr Simmons", null, new DateOnly(2019, 6, 5), original, amended, AmendmentOutcome.Pending)], null), Pdfs.Templates);

    private static string Imported(byte[] docx, string motion)
    {
        var result = AmendedMotionReader.Read("motion.docx", docx, motion, Limits);
        Assert.Null(result.Refusal);
        return result.Markdown!;
    }

    /// <summary>Golden cases whose amended text is refused as an upload, and why: a Word file with nothing left, or a
    /// rewrite keeping neither the motion's opening or closing words nor most of its words (typed in instead).</summary>
    private static readonly Dictionary<string, string> RefusedAsUploads = new()
    {
        ["023-paragraph-rewritten-shown-replaced-whole"] = "does not look like this motion",
        ["038-everything-deleted"] = "has no text",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_motion_exported_to_Word_and_uploaded_unchanged_reads_back_as_the_same_motion(string name)
    {
        var c = Golden.Case(name);
        var docx = Export(c.Original, c.Amended);
        if (TrackedChanges.Canonical(c.Original).Length == 0) Assert.Contains("has no text", AmendedMotionReader.Read("motion.docx", docx, c.Original, Limits).Refusal);
        else Assert.Equal(TrackedChanges.Canonical(c.Original), TrackedChanges.Canonical(Imported(docx, c.Original)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_Word_file_with_tracked_changes_reads_as_the_motion_with_every_change_accepted(string name)
    {
        var c = Golden.Case(name);
        var docx = EditedInWord.WithTrackedChanges(Export(c.Original, c.Amended));
        if (RefusedAsUploads.TryGetValue(name, out var refusal)) Assert.Contains(refusal, AmendedMotionReader.Read("motion.docx", docx, c.Original, Limits).Refusal);
        else Assert.Equal(TrackedChanges.Canonical(c.Amended), TrackedChanges.Canonical(Imported(docx, c.Original)));
    }

    [Fact]
    public void A_clean_Word_file_from_elsewhere_with_a_lettered_list_reads_as_lettered_points()
    {
        var seed = Golden.Load("seed-000.case");
        var paragraphs = seed.Amended.Split("\n\n").Select(p => p.Trim()).ToList();
        var docx = Foreign(paragraphs.Select(p => Regex.Match(p, @"^(- )?\([a-z]\) ") is { Success: true } m ? (p[m.Length..], true) : (p, false)));
        Assert.Equal(TrackedChanges.Canonical(seed.Amended), TrackedChanges.Canonical(Imported(docx, seed.Original)));
    }

    [Theory]
    [InlineData("motion.docx", 0, "The file is empty")]
    [InlineData("motion.docx", 6 * 1024 * 1024, "larger than 5 MB")]
    [InlineData("motion.pdf", 100, "as a Word document (.docx)")]
    [InlineData("motion.doc", 100, "older Word file (.doc)")]
    [InlineData("motion.docx", 100, "The file is damaged")]
    public void A_bad_upload_is_refused_with_what_to_do(string fileName, int size, string message)
    {
        var result = AmendedMotionReader.Read(fileName, new byte[size], "This Council believes in libraries.", Limits);
        Assert.Null(result.Markdown);
        Assert.Contains(message, result.Refusal);
    }

    [Fact]
    public void A_truncated_Word_file_is_refused_as_damaged()
    {
        var seed = Golden.Load("seed-000.case");
        var docx = Export(seed.Original, seed.Amended);
        Assert.Contains("damaged", AmendedMotionReader.Read("motion.docx", docx[..(docx.Length / 2)], seed.Original, Limits).Refusal);
    }

    [Fact]
    public void A_zip_that_is_not_a_Word_document_is_refused_as_damaged()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            using (var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open())) writer.Write("This Council believes in libraries.");
        Assert.Contains("damaged", AmendedMotionReader.Read("motion.docx", buffer.ToArray(), "This Council believes in libraries.", Limits).Refusal);
    }

    [Fact]
    public void A_Word_file_of_something_else_or_with_no_text_is_refused()
    {
        var seed = Golden.Load("seed-000.case");
        var other = Foreign([("Minutes of the Planning Committee held on 3 March. Present: the Chairman and six members. Apologies were received.", false)]);
        Assert.Contains("does not look like this motion", AmendedMotionReader.Read("minutes.docx", other, seed.Original, Limits).Refusal);
        Assert.Contains("has no text", AmendedMotionReader.Read("blank.docx", Foreign([("   ", false)]), seed.Original, Limits).Refusal);
    }

    /// <summary>A Word file as another producer makes one: lettered points counted by a numbering definition
    /// ("(%1)" in lower-case letters), the rest plain paragraphs, no bookmarks.</summary>
    private static byte[] Foreign(IEnumerable<(string Text, bool Lettered)> paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "(%1)" }) { LevelIndex = 0 })
                    { AbstractNumberId = 7 },
                new NumberingInstance(new AbstractNumId { Val = 7 }) { NumberID = 3 });
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(
                p.Lettered ? new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 3 })) : new ParagraphProperties(),
                new Run(new Text(p.Text) { Space = SpaceProcessingModeValues.Preserve })))));
        }
        return buffer.ToArray();
    }
}
