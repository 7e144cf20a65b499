using CommitteeHub.Documents.Papers;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace CommitteeHub.Documents.Tests;

/// <summary>The demo council's papers, built from the seed documents, for the tests to render.</summary>
public static class Samples
{
    public static readonly MeetingDetails SelectCommittee = new("West Sussex County Council",
        "Children and Young People's Services Select Committee", new DateOnly(2019, 7, 17), new TimeOnly(10, 30),
        "Committee Room 1, County Hall, Chichester");

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static string Seed003Report => Fixture("seed-003-report.md");

    /// <summary>A PDF made by another producer (PdfPig's simple writer, used here only to make test files), so that
    /// the import is tested on a file our writer did not make.</summary>
    public static byte[] ForeignPdf(params string[] pageTexts)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var text in pageTexts)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(text, 12, new PdfPoint(60, 700), font);
        }
        return builder.Build();
    }

    public const string SecretPhrase = "Bidder Harrowgate Care offered 4.2 million";

    public static AgendaPackInput Agenda(byte[]? appendix = null) => new(SelectCommittee,
        [
            new CommitteeMember("Mr Turner", MemberRole.Chairman), new CommitteeMember("Mrs Arculus", MemberRole.ViceChairman),
            new CommitteeMember("Mr Jones"), new CommitteeMember("Mrs Kitchen"), new CommitteeMember("Mr Simmons"),
        ],
        "One third of the membership", new ContactOfficer("Ann Little", "033022 22654", "ann.little@westsussex.gov.uk"),
        [
            new AgendaItem("1", "Declarations of interest"),
            new AgendaItem("2", "Minutes of the last meeting") { Reports = [new Report("Minutes of 19 June 2019", "The Committee is asked to agree the minutes of the meeting held on 19 June 2019.")] },
            new AgendaItem("8(a)", "Adoption of an Improvement Plan for Children's Services")
            {
                Description = "The Committee is asked to **consider** the draft Improvement Plan.",
                Reports = [new Report("Report by Director of Children's Services", Seed003Report)
                {
                    Appendices = appendix is null ? [] : [new ReportAppendix("Appendix A: Draft Decision Report", appendix)],
                }],
            },
            new AgendaItem("12A", "Award of contract for residential care placements")
            {
                ExemptParagraph = 3,
                Description = "Members are asked to note " + SecretPhrase + ".",
                Reports = [new Report("Contract award report", "## Tender evaluation\n\n" + SecretPhrase + " for the first year.")],
            },
        ]);
}
