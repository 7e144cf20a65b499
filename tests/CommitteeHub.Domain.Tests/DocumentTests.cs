namespace CommitteeHub.Domain.Tests;

public class DocumentTests
{
    private static readonly byte[] SomeBytes = [0x25, 0x50, 0x44, 0x46];

    private static Document AReport() =>
        Document.Written("Report of the Head of Planning", DocumentKind.Report, "Head of Planning", "# Summary\r\n\r\nApprove the scheme.");

    [Fact]
    public void A_written_document_starts_at_version_1_with_its_text()
    {
        var document = AReport();

        Assert.Equal("Report of the Head of Planning", document.Title);
        Assert.Equal(DocumentKind.Report, document.Kind);
        Assert.Equal("Head of Planning", document.Author);
        Assert.Equal("# Summary\n\nApprove the scheme.", document.Body);
        Assert.Equal(1, document.Version);
        Assert.False(document.IsUpload);
        Assert.Null(document.PublishedOn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_written_document_needs_some_text(string body) =>
        Refused.Because("Document text is required", () => Document.Written("Report", DocumentKind.Report, null, body));

    [Fact]
    public void A_document_needs_a_title() =>
        Refused.Because("Document title is required", () => Document.Written(" ", DocumentKind.Report, null, "Text"));

    [Theory]
    [InlineData("budget.pdf", "application/pdf")]
    [InlineData("BUDGET.PDF", "application/pdf")]
    [InlineData("budget.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("budget.odt", "application/vnd.oasis.opendocument.text")]
    public void A_pdf_word_excel_or_opendocument_file_can_be_uploaded(string fileName, string contentType)
    {
        var document = Document.Uploaded("Budget", DocumentKind.Appendix, null, fileName, SomeBytes);

        Assert.True(document.IsUpload);
        Assert.Equal(contentType, document.ContentType);
        Assert.Equal(fileName, document.FileName);
        Assert.Equal(SomeBytes.Length, document.FileSize);
        Assert.Equal(SomeBytes, document.File!.Content);
        Assert.Null(document.Body);
        Assert.Equal(1, document.Version);
    }

    [Fact]
    public void An_uploaded_file_keeps_only_its_name_not_its_folder()
    {
        var document = Document.Uploaded("Budget", DocumentKind.Appendix, null, "reports/2025/budget.pdf", SomeBytes);

        Assert.Equal("budget.pdf", document.FileName);
    }

    [Theory]
    [InlineData("virus.exe")]
    [InlineData("page.html")]
    [InlineData("budget.doc")]
    [InlineData("budget")]
    [InlineData("budget.pdf.exe")]
    public void Other_kinds_of_file_are_refused(string fileName)
    {
        var refusal = Refused.Because("is not a document we can publish", () => Document.Uploaded("Budget", DocumentKind.Appendix, null, fileName, SomeBytes));
        Assert.Contains(fileName, refusal.Message);
        Assert.Contains("PDF", refusal.Message);
    }

    [Fact]
    public void An_empty_file_is_refused() =>
        Refused.Because("\"budget.pdf\" is empty", () => Document.Uploaded("Budget", DocumentKind.Appendix, null, "budget.pdf", []));

    [Fact]
    public void A_file_of_exactly_the_size_limit_is_accepted()
    {
        var document = Document.Uploaded("Budget", DocumentKind.Appendix, null, "budget.pdf", new byte[Document.MaxUploadBytes]);

        Assert.Equal(Document.MaxUploadBytes, document.FileSize);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused() =>
        Refused.Because("larger than the 20 MB limit",
            () => Document.Uploaded("Budget", DocumentKind.Appendix, null, "budget.pdf", new byte[Document.MaxUploadBytes + 1]));

    private static readonly DateTime Now = new(2025, 3, 10, 9, 0, 0);

    [Fact]
    public void Revising_a_published_written_document_makes_a_new_version()
    {
        var document = AReport().Approve().PublishedAt(new DateOnly(2025, 3, 4));

        document.Revise("# Summary\n\nRefuse the scheme.", Now);
        Assert.Equal(2, document.Version);
        Assert.Equal("# Summary\n\nRefuse the scheme.", document.Body);

        document.Revise("# Summary\n\nDefer the scheme.", Now);
        Assert.Equal(3, document.Version);
    }

    [Fact]
    public void Revising_an_unpublished_document_keeps_its_version()
    {
        var document = AReport();

        document.Revise("# Summary\n\nRefuse the scheme.", Now);

        Assert.Equal(1, document.Version);
        Assert.Equal("# Summary\n\nRefuse the scheme.", document.Body);
    }

    [Fact]
    public void Saving_a_published_document_unchanged_does_not_make_a_new_version()
    {
        var document = AReport().Approve().PublishedAt(new DateOnly(2025, 3, 4));

        document.Revise(document.Body!, Now);

        Assert.Equal(1, document.Version);
    }

    [Fact]
    public void A_revision_needs_some_text()
    {
        var document = AReport().Approve().PublishedAt(new DateOnly(2025, 3, 4));

        Refused.Because("Document text is required", () => document.Revise(" ", Now));
        Assert.Equal(1, document.Version);
        Assert.Equal("# Summary\n\nApprove the scheme.", document.Body);
    }

    [Fact]
    public void An_uploaded_document_is_revised_by_uploading_a_new_file()
    {
        var document = Document.Uploaded("Budget", DocumentKind.Appendix, null, "budget.pdf", SomeBytes).Approve().PublishedAt(new DateOnly(2025, 3, 4));

        Refused.Because("uploading a new file", () => document.Revise("New text", Now));
        Assert.Equal(1, document.Version);
        Assert.Null(document.Body);
    }

    [Fact]
    public void Publishing_a_document_records_the_day()
    {
        var document = AReport().Approve().PublishedAt(new DateOnly(2025, 3, 4));

        Assert.Equal(new DateOnly(2025, 3, 4), document.PublishedOn);
    }

    public static TheoryData<int> EveryParagraph() => new(Enumerable.Range(1, 7));

    [Theory]
    [MemberData(nameof(EveryParagraph))]
    public void A_document_can_be_exempt_under_each_paragraph_of_schedule_12A(int paragraph) =>
        Assert.Equal(paragraph, AReport().ExemptUnder(paragraph).ExemptParagraph);

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void A_document_cannot_be_exempt_under_a_paragraph_schedule_12A_does_not_have(int paragraph)
    {
        var document = AReport();

        Refused.Because("paragraphs 1 to 7", () => document.ExemptUnder(paragraph));
        Assert.Null(document.ExemptParagraph);
    }

    [Fact]
    public void Each_kind_of_document_has_a_name()
    {
        Assert.Equal("Report", Document.KindName(DocumentKind.Report));
        Assert.Equal("Appendix", Document.KindName(DocumentKind.Appendix));
        Assert.Equal("Supporting document", Document.KindName(DocumentKind.SupportingDocument));
    }
}

public sealed class ReportWorkflowTests
{
    private static readonly DateTime Now = new(2025, 3, 10, 9, 0, 0);

    private static Document AReport() =>
        Document.Written("Report of the Head of Planning", DocumentKind.Report, "Head of Planning", "# Summary\n\nApprove the scheme.");

    [Fact]
    public void A_new_report_is_a_draft() => Assert.Equal(ReportStatus.Draft, AReport().Status);

    [Fact]
    public void A_report_goes_from_draft_to_submitted_to_approved()
    {
        var report = AReport().Submit();
        Assert.Equal(ReportStatus.Submitted, report.Status);
        report.Approve();
        Assert.Equal(ReportStatus.Approved, report.Status);
    }

    [Fact]
    public void Only_an_approved_report_is_published() =>
        Refused.Because("only approved papers are published", () => AReport().Submit().PublishedAt(new DateOnly(2025, 3, 4)));

    [Fact]
    public void A_report_is_submitted_once() =>
        Refused.Because("already been submitted", () => AReport().Submit().Submit());

    [Fact]
    public void A_published_report_cannot_go_back_to_draft()
    {
        var report = AReport().Approve().PublishedAt(new DateOnly(2025, 3, 4));
        Refused.Because("new version", report.ReturnToDraft);
        Assert.Equal(ReportStatus.Approved, report.Status);
    }

    [Fact]
    public void An_approved_report_not_yet_published_can_go_back_to_its_author()
    {
        var report = AReport().Approve();
        report.ReturnToDraft();
        Assert.Equal(ReportStatus.Draft, report.Status);
    }

    [Fact]
    public void Documents_open_to_inspection_keep_each_published_version_when_revised()
    {
        var report = AReport().Approve().PublishedAt(new DateOnly(2025, 3, 4));

        report.Revise("# Summary\n\nRefuse the scheme.", Now);

        var earlier = Assert.Single(report.Revisions);
        Assert.Equal(1, earlier.Version);
        Assert.Equal("# Summary\n\nApprove the scheme.", earlier.Body);
        Assert.Equal(new DateOnly(2025, 3, 4), earlier.PublishedOn);
        Assert.Equal(2, report.Version);
        Assert.Equal(DateOnly.FromDateTime(Now), report.PublishedOn);
    }

    [Fact]
    public void A_replaced_published_upload_keeps_the_earlier_file()
    {
        var appendix = Document.Uploaded("Budget", DocumentKind.Appendix, null, "budget.pdf", [1, 2, 3]).Approve().PublishedAt(new DateOnly(2025, 3, 4));

        appendix.Replace("budget-v2.pdf", [4, 5, 6, 7], Now);

        Assert.Equal([1, 2, 3], Assert.Single(appendix.Revisions).File!.Content);
        Assert.Equal("budget-v2.pdf", appendix.FileName);
        Assert.Equal(4, appendix.FileSize);
        Assert.Equal(2, appendix.Version);
    }

    [Fact]
    public void Replacing_an_upload_with_a_file_we_cannot_publish_is_refused_and_keeps_the_file()
    {
        var appendix = Document.Uploaded("Budget", DocumentKind.Appendix, null, "budget.pdf", [1, 2, 3]);

        Refused.Because("not a document we can publish", () => appendix.Replace("budget.exe", [4], Now));

        Assert.Equal("budget.pdf", appendix.FileName);
    }
}
