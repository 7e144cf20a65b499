using CommitteeHub.Documents.Papers;
using UglyToad.PdfPig;

namespace CommitteeHub.Documents.Tests;

public class PaperTests
{
    [Fact]
    public void The_public_agenda_pack_holds_nothing_of_an_exempt_item_but_its_title_and_paragraph()
    {
        var pdf = AgendaPack.Render(Samples.Agenda(), new AgendaPackOptions(Edition.Public), Pdfs.Templates);
        Pdfs.Save(pdf, "agenda-public.pdf");
        var text = Pdfs.Flat(Pdfs.AllText(pdf));
        Assert.DoesNotContain("Harrowgate", text);
        Assert.DoesNotContain("Tender evaluation", text);
        Assert.Contains("Award of contract for residential care placements", text);
        Assert.Contains("Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972", text);
        Assert.Contains("Exclusion of the press and public", text);
        Assert.Contains("item 12A", text);
    }

    [Fact]
    public void The_full_agenda_pack_holds_the_exempt_papers()
    {
        var pdf = AgendaPack.Render(Samples.Agenda(), new AgendaPackOptions(Edition.Full), Pdfs.Templates);
        var text = Pdfs.Flat(Pdfs.AllText(pdf));
        Assert.Contains(Samples.SecretPhrase, text);
        Assert.Contains("Tender evaluation", text);
    }

    [Fact]
    public void A_full_edition_with_exempt_information_says_exempt_on_every_page_and_the_public_one_does_not()
    {
        var full = Pdfs.PageTexts(AgendaPack.Render(Samples.Agenda(), new AgendaPackOptions(Edition.Full), Pdfs.Templates));
        Assert.All(full, p => Assert.Contains("EXEMPT", p));
        var open = Pdfs.PageTexts(AgendaPack.Render(Samples.Agenda(), new AgendaPackOptions(Edition.Public), Pdfs.Templates));
        Assert.All(open, p => Assert.DoesNotContain("EXEMPT", p));
    }

    [Fact]
    public void The_front_sheet_names_the_meeting_membership_quorum_contact_and_notes()
    {
        var pdf = AgendaPack.Render(Samples.Agenda(), new AgendaPackOptions(Edition.Public, IncludeReports: false), Pdfs.Templates);
        var pages = Pdfs.PageTexts(pdf);
        var front = Pdfs.Flat(pages[0]);
        Assert.Contains("West Sussex County Council", front);
        Assert.Contains("Children and Young People's Services Select Committee", front);
        Assert.Contains("Wednesday 17 July 2019", front);
        Assert.Contains("10.30am", front);
        Assert.Contains("Mr Turner (Chairman), Mrs Arculus (Vice-Chairman)", front);
        Assert.Contains("Quorum: One third of the membership", front);
        Assert.Contains("Ann Little", front);
        Assert.Contains("Webcasting", front);
        Assert.Contains("Public access", front);
        Assert.Contains("Exempt items", front);
        // Agenda only: no reports.
        Assert.DoesNotContain("Summary", Pdfs.Flat(string.Join(" ", pages)));
        Assert.Equal(2, pages.Count);
    }

    [Fact]
    public void The_list_of_items_gives_the_page_where_each_items_papers_start()
    {
        var appendix = Samples.ForeignPdf("Decision report appendix page");
        var pdf = AgendaPack.Render(Samples.Agenda(appendix), new AgendaPackOptions(Edition.Full), Pdfs.Templates);
        Pdfs.Save(pdf, "agenda-full.pdf");
        var pages = Pdfs.PageTexts(pdf);
        using var doc = PdfDocument.Open(pdf);
        var list = doc.GetPage(2).GetWords().ToList();
        foreach (var (number, heading) in new[] { ("2", "2. Minutes of the last meeting"), ("8(a)", "8(a). Adoption of an Improvement Plan"), ("12A", "12A. Award of contract") })
        {
            var label = list.First(w => w.Text == number && w.BoundingBox.Left < 100);
            var pageWord = list.Where(w => Math.Abs(w.BoundingBox.Bottom - label.BoundingBox.Bottom) < 1 && w.BoundingBox.Left > 450).Single();
            var page = int.Parse(pageWord.Text);
            Assert.Contains(heading, Pdfs.Flat(pages[page - 1]));
            Assert.DoesNotContain(heading, Pdfs.Flat(pages[page - 2]));
        }
        Assert.Contains(pages, p => p.Contains("Decision report appendix page"));
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks!.GetNodes().Select(b => b.Title).ToList();
        Assert.Contains("8(a). Adoption of an Improvement Plan for Children's Services", titles);
        Assert.Contains("Appendix A: Draft Decision Report", titles);
        Assert.Contains("Report by Director of Children's Services", titles);
    }

    [Fact]
    public void The_report_is_rendered_from_its_markdown_with_the_seed_structure()
    {
        var pdf = AgendaPack.Render(Samples.Agenda(), new AgendaPackOptions(Edition.Public), Pdfs.Templates);
        var text = Pdfs.Flat(Pdfs.AllText(pdf));
        foreach (var heading in new[] { "Summary", "The focus for scrutiny", "Proposal", "Resources", "Factors taken into account", "Consultation" })
            Assert.Contains(heading, text);
        Assert.Contains("a) The effectiveness of the consultation/engagement process", text);
        Assert.Contains("1.1 The Select Committee has previously debated this matter", text);
    }

    [Fact]
    public void The_supplement_gives_each_late_items_reason_for_urgency()
    {
        var input = Samples.Agenda() with
        {
            Items = [new AgendaItem("9", "Children First Improvement Investment Plan")
            {
                ReasonForUrgency = "the Commissioner's report was received after the agenda was published and the plan must be agreed before 31 July",
                Reports = [new Report("Investment plan", "The plan invests in social work capacity.")],
            }],
        };
        var pdf = AgendaPack.Supplement(input, Edition.Public, Pdfs.Templates);
        var text = Pdfs.Flat(Pdfs.AllText(pdf));
        Assert.Contains("Supplementary agenda", text);
        Assert.Contains("Reason for urgency: the Commissioner's report was received after the agenda was published", text);
        Assert.Contains("The plan invests in social work capacity.", text);
        using var doc = PdfDocument.Open(pdf);
        Assert.Contains("Supplementary agenda", doc.Information.Title);
    }

    private static MinutesInput Minutes(Approval? approved = null) => new(Samples.SelectCommittee,
        new Attendance([new CommitteeMember("Mr Turner", MemberRole.Chairman), new CommitteeMember("Mrs Arculus", MemberRole.ViceChairman), new CommitteeMember("Mr Jones")])
        {
            Apologies = ["Mrs Kitchen"],
            Substitutes = [new Substitution("Mr Oakley", "Mrs Kitchen")],
            Officers = [new OfficerPresent("John Readman", "Director of Children's Services")],
            InAttendance = ["Mr Marshall (Leader)"],
        },
        [new DeclarationOfInterest("Mr Jones", "13", "a personal interest as a foster carer")],
        [
            new MinuteItem("13", "Ofsted Inspection of Children's Social Care: Implications for Scrutiny")
            {
                Markdown = "The Chairman invited the Committee to reflect upon the Ofsted findings.\n\n- Members proposed visits to operational sites.\n- Members suggested the BPG plan the scrutiny timetable.",
                Resolutions = [new Resolution("Resolved that the Committee:", ["Works with the service to identify possible visits.", "Considers the wider involvement of co-optees."])
                {
                    Vote = new Vote(VoteOutcome.Carried) { For = 8, Against = 1, Abstained = 2 },
                }],
            },
            new MinuteItem("14", "Budget amendment")
            {
                Resolutions = [new Resolution("Resolved that the amendment be agreed.", [])
                {
                    Vote = new Vote(VoteOutcome.Lost) { NamesFor = ["Mr Jones"], NamesAgainst = ["Mr Turner", "Mrs Arculus"], NamesAbstaining = [] },
                }],
            },
            new MinuteItem("15", "Contract award")
            {
                ExemptParagraph = 3,
                Markdown = "The Committee discussed " + Samples.SecretPhrase + ".",
                PublicSummaryMarkdown = "The Committee considered the award of a contract and agreed a preferred bidder.",
            },
        ]) { Approved = approved };

    [Fact]
    public void Draft_minutes_say_draft_on_every_page_and_have_an_empty_signature_block()
    {
        var pdf = MinutesPaper.Render(Minutes(), Edition.Public, Pdfs.Templates);
        Pdfs.Save(pdf, "minutes-draft.pdf");
        var pages = Pdfs.PageTexts(pdf);
        Assert.All(pages, p => Assert.Contains("DRAFT", p));
        var text = Pdfs.Flat(string.Join(" ", pages));
        Assert.Contains("Signed ....", text);
        Assert.Contains("Chairman", text);
        Assert.Contains("Date ....", text);
        using var doc = PdfDocument.Open(pdf);
        Assert.Contains("(draft)", doc.Information.Title);
    }

    [Fact]
    public void Minutes_number_each_paragraph_and_record_attendance_declarations_and_votes()
    {
        var text = Pdfs.Flat(Pdfs.AllText(MinutesPaper.Render(Minutes(), Edition.Public, Pdfs.Templates)));
        Assert.Contains("Mr Turner (Chairman), Mrs Arculus (Vice-Chairman), Mr Jones", text);
        Assert.Contains("Apologies for absence Mrs Kitchen", text);
        Assert.Contains("Mr Oakley for Mrs Kitchen", text);
        Assert.Contains("John Readman (Director of Children's Services)", text);
        Assert.Contains("Mr Marshall (Leader)", text);
        Assert.Contains("Mr Jones declared a personal interest as a foster carer in item 13.", text);
        Assert.Contains("13.1 The Chairman invited the Committee", text);
        Assert.Contains("13.2 Resolved that the Committee: 1. Works with the service", text);
        Assert.Contains("2. Considers the wider involvement", text);
        Assert.Contains("Carried: 8 for, 1 against, 2 abstaining", text);
        Assert.Contains("14.1 Resolved that the amendment be agreed. Lost", text);
        Assert.Contains("For (1): Mr Jones", text);
        Assert.Contains("Against (2): Mr Turner, Mrs Arculus", text);
        Assert.Contains("Abstaining (0): none", text);
    }

    [Fact]
    public void Public_minutes_give_only_the_written_summary_of_exempt_business()
    {
        var publicText = Pdfs.Flat(Pdfs.AllText(MinutesPaper.Render(Minutes(), Edition.Public, Pdfs.Templates)));
        Assert.DoesNotContain("Harrowgate", publicText);
        Assert.Contains("15.1 The Committee considered the award of a contract", publicText);
        var fullText = Pdfs.Flat(Pdfs.AllText(MinutesPaper.Render(Minutes(), Edition.Full, Pdfs.Templates)));
        Assert.Contains(Samples.SecretPhrase, fullText);
    }

    [Fact]
    public void Approved_minutes_are_not_marked_draft_and_name_the_signing_chairman()
    {
        var pdf = MinutesPaper.Render(Minutes(new Approval("Mr Turner", new DateOnly(2019, 9, 18))), Edition.Public, Pdfs.Templates);
        var text = Pdfs.Flat(Pdfs.AllText(pdf));
        Assert.DoesNotContain("DRAFT", text);
        Assert.Contains("Approved as a correct record on Wednesday 18 September 2019 and signed by Mr Turner, Chairman.", text);
        Assert.Contains("Signed Mr Turner Chairman", text);
    }

    [Fact]
    public void Seed_000_amendment_prints_its_insertions_bold_underlined_and_its_deletions_struck_through()
    {
        var seed = Golden.Load("seed-000.case");
        var input = new MotionInput(new MeetingDetails("West Sussex County Council", "County Council", new DateOnly(2019, 6, 7), new TimeOnly(10, 30), "Council Chamber, County Hall, Chichester"),
            "8(a)", "Ofsted inspection of Children's Services", "Mr Jones", "Mrs Millson", seed.Original,
            [new AmendmentInput("Mr Simmons", "Mr Marshall", seed.Amended, AmendmentOutcome.Carried)]);
        var pdf = MotionPaper.Render(input, Pdfs.Templates);
        Pdfs.Save(pdf, "motion-seed-000.pdf");
        var text = Pdfs.Flat(Pdfs.AllText(pdf));
        Assert.Contains("Amendment 1 by Mr Simmons", text);
        Assert.Contains("Outcome: Carried", text);
        Assert.Contains("which rated all elements the overall effectiveness of the service inadequate", text);
        Assert.Contains("The motion as amended", text);

        using var doc = PdfDocument.Open(pdf);
        var inserted = new[] { "effectiveness", "Governance", "event", "valued" };
        var deleted = new[] { "elements", "Day", "enabling", "savings" };
        var words = doc.GetPages().SelectMany(p => p.GetWords().Select(w => (Page: p, Word: w))).ToList();
        // Look only after the amendment's heading: the motion above it has the same words unmarked.
        var start = words.FindIndex(w => w.Word.Text == "Simmons");
        var amendment = words.Skip(start).ToList();
        foreach (var text1 in inserted)
        {
            var (page, word) = amendment.First(w => w.Word.Text == text1);
            Assert.All(word.Letters, l => Assert.Contains("Bold", l.FontName));
            Assert.Contains(page.Paths.Select(p => p.GetBoundingRectangle()), r => r is { } b && b.Left <= word.BoundingBox.Left + 1 && b.Right >= word.BoundingBox.Right - 1 && Math.Abs(b.Top - word.BoundingBox.Bottom) < 4);
        }
        foreach (var text1 in deleted)
        {
            var (page, word) = amendment.First(w => w.Word.Text == text1);
            Assert.All(word.Letters, l => Assert.DoesNotContain("Bold", l.FontName));
            Assert.Contains(page.Paths.Select(p => p.GetBoundingRectangle()), r => r is { } b && b.Left <= word.BoundingBox.Left + 1 && b.Right >= word.BoundingBox.Right - 1 && b.Bottom > word.BoundingBox.Bottom + 1 && b.Top < word.BoundingBox.Top);
        }
        var types = Tokens.StructureTypes(doc);
        Assert.Contains("Ins", types);
        Assert.Contains("Del", types);
        // The motion as amended reads as the amended text, with none of the deleted words.
        // Its lines are numbered in the margin, as on the motion page: the numbers are taken out to read the text.
        var asAmended = System.Text.RegularExpressions.Regex.Replace(text[text.LastIndexOf("The motion as amended", StringComparison.Ordinal)..], @"(?<= )\d{1,3} ", "");
        Assert.Contains("and invites the Governance Committee to consider whether any changes should be made to the Council's scrutiny arrangements", asAmended);
        Assert.DoesNotContain("secret ballot", asAmended);
    }
}

/// <summary>The amendment engine's golden cases (seed 000 as a fixture, and every case under Golden/), shared with its tests.</summary>
public sealed record Golden(string Original, string Amended)
{
    public static Golden Load(string name) => Parse(Samples.Fixture(name));

    /// <summary>The names of every golden case of the amendment engine.</summary>
    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.case").Select(Path.GetFileNameWithoutExtension).Order().Cast<string>();

    public static Golden Case(string name) => Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name + ".case")));

    private static Golden Parse(string text)
    {
        var sections = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal)) sections[line[4..].Trim()] = current = [];
            else current?.Add(line);
        }
        return new Golden(string.Join("\n", sections["original"]).Trim('\n'), string.Join("\n", sections["amended"]).Trim('\n'));
    }
}
