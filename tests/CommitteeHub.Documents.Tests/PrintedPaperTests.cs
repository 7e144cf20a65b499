using CommitteeHub.Amendments;
using CommitteeHub.Documents.Layout;
using CommitteeHub.Documents.Papers;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace CommitteeHub.Documents.Tests;

/// <summary>What testers found in the printed papers (issue 11), each read back from the PDF.</summary>
public class PrintedPaperTests
{
    private static byte[] Render(params Block[] blocks) => LayoutTests.Render(blocks);

    /// <summary>Every structure element, as its dictionary, in reading order.</summary>
    private static List<DictionaryToken> Elements(PdfDocument doc)
    {
        var result = new List<DictionaryToken>();
        void Walk(IToken token, int depth)
        {
            if (depth > 64) return;
            var t = Tokens.Resolve(doc, token);
            if (t is ArrayToken a) { foreach (var k in a.Data) Walk(k, depth + 1); return; }
            if (t is not DictionaryToken d || !d.Data.ContainsKey("S")) return;
            result.Add(d);
            if (d.Data.TryGetValue("K", out var kids)) Walk(kids, depth + 1);
        }
        var root = (DictionaryToken)Tokens.Resolve(doc, doc.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        Walk(root.Data["K"], 0);
        return result;
    }

    private static string Type(DictionaryToken e) => ((NameToken)e.Data["S"]).Data;

    private static string? Text(PdfDocument doc, DictionaryToken d, string key) =>
        d.Data.TryGetValue(key, out var v) && Tokens.Resolve(doc, v) is StringToken s ? s.Data : d.Data.TryGetValue(key, out var h) && Tokens.Resolve(doc, h) is HexToken x ? x.Data : null;

    [Fact]
    public void A_report_paragraph_number_is_tagged_as_part_of_its_paragraph_not_as_a_list()
    {
        var pdf = Render([.. MarkdownBlocks.Convert("1.1 The Committee has debated this twice.\n\n2.1 The Plan is now presented.")]);
        using var doc = PdfDocument.Open(pdf);
        var types = Elements(doc).Select(Type).ToList();
        Assert.DoesNotContain("L", types);
        Assert.DoesNotContain("Lbl", types);
        Assert.Equal(2, types.Count(t => t == "P"));
        Assert.DoesNotContain("/LowerAlpha", System.Text.Encoding.Latin1.GetString(pdf));
        // The number is read with its paragraph, as its first words.
        Assert.Contains("1.1 The Committee has debated this twice.", doc.GetPage(1).Text);
    }

    [Fact]
    public void Bullets_and_lettered_points_after_a_numbered_paragraph_are_set_under_its_text()
    {
        var pdf = Render([.. MarkdownBlocks.Convert("4.1 Issues members may wish to explore include:\n\n- The effectiveness of the consultation;\n- The timetable.\n\n(a) First lettered point;\n\n(b) Second lettered point.")]);
        using var doc = PdfDocument.Open(pdf);
        var words = doc.GetPage(1).GetWords().ToList();
        var number = words.First(w => w.Text == "4.1").BoundingBox.Left;
        var text = words.First(w => w.Text == "Issues").BoundingBox.Left;
        Assert.True(text > number + 10, "the number hangs before the paragraph's text");
        var bullet = words.First(w => w.Text == "\u2022").BoundingBox.Left;
        var letter = words.First(w => w.Text == "(a)").BoundingBox.Left;
        Assert.True(bullet >= text - 0.5, $"the bullet ({bullet}) sits under the paragraph's text ({text}), not at the margin ({number})");
        Assert.True(letter >= text - 0.5, $"the letter ({letter}) sits under the paragraph's text ({text}), not at the margin ({number})");
    }

    [Fact]
    public void Lettered_points_typed_as_bullets_print_their_own_letters_without_bullets()
    {
        var blocks = MarkdownBlocks.Convert("- a) The effectiveness of the consultation;\n- b) What the analysis tells us;\n- e) Timetable for delivery;\n  - a nested bullet");
        var list = Assert.IsType<ListBlock>(Assert.Single(blocks));
        Assert.Equal(ListKind.Lettered, list.Kind);
        Assert.Equal(["a)", "b)", "e)"], list.Items.Select(i => i.Marker));
        Assert.IsType<ListBlock>(list.Items[2].Blocks[^1]);
        var text = Pdfs.Flat(Pdfs.AllText(Render([.. blocks])));
        Assert.Contains("e) Timetable for delivery;", text);
        Assert.DoesNotContain("\u2022 e)", text);
        Assert.DoesNotContain("a) Timetable", text);
    }

    private static AgendaPackInput Pack(params Report[] reports) => new(Samples.SelectCommittee, [new CommitteeMember("Mr Turner", MemberRole.Chairman)], null,
        new ContactOfficer("Ann Little", "033022 22654", "ann.little@westsussex.gov.uk"),
        [new AgendaItem("5", "Adoption of an Improvement Plan for Children's Services") { Reports = reports }]);

    [Fact]
    public void A_report_written_from_the_template_prints_its_title_once_in_the_pack()
    {
        var template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "report-template.md"))
            .Replace("{Title of the report}", "Adoption of an Improvement Plan for Children’s Services");
        var pdf = AgendaPack.Render(Pack(new Report("Adoption of an Improvement Plan for Children's Services", template)), new AgendaPackOptions(), Pdfs.Templates);
        // The pages of the report itself, after the front sheet and the list of items.
        var reportPages = Pdfs.Flat(string.Join("\n", Pdfs.PageTexts(pdf).SkipWhile(p => !p.Contains("Report by"))));
        Assert.Contains("Report by", reportPages);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(reportPages, "Adoption of an Improvement Plan"));
    }

    [Fact]
    public async Task A_published_appendix_listed_to_follow_is_linked_to_its_page_and_starts_a_new_page_and_one_to_follow_is_not_printed()
    {
        var report = new Report("Adoption of the plan", "## Summary\n\nThe Committee is asked to scrutinise the plan.\n\n## Appendices\n\nAppendix A: Draft decision report (to follow)\n\nAppendix B: Draft plan (to follow)");
        var appendix = new Report("Appendix A: Draft decision report", "The Cabinet Member is asked to adopt the plan.") { IsAppendix = true };
        var pdf = AgendaPack.Render(Pack(report, appendix), new AgendaPackOptions(), Pdfs.Templates);
        var path = Pdfs.Save(pdf, "appendix-to-follow.pdf");
        var pages = Pdfs.PageTexts(pdf).Select(Pdfs.Flat).ToList();
        var listing = pages.FindIndex(p => p.Contains("The Committee is asked to scrutinise"));
        var appendixPage = pages.FindIndex(p => p.Contains("The Cabinet Member is asked to adopt"));
        Assert.True(appendixPage > listing, "the appendix starts on a page of its own");
        Assert.Contains("Appendix A: Draft decision report The Cabinet Member", pages[appendixPage]);
        Assert.Contains($"Appendix A: Draft decision report, page {appendixPage + 1}", pages[listing]);
        Assert.DoesNotContain("Draft decision report (to follow)", pages[listing]);
        Assert.Contains("Appendix B: Draft plan (to follow)", pages[listing]);

        using var doc = PdfDocument.Open(pdf);
        var link = Assert.Single(doc.GetPage(listing + 1).GetAnnotations());
        var goTo = Assert.IsType<UglyToad.PdfPig.Actions.GoToAction>(link.Action);
        Assert.Equal(appendixPage + 1, goTo.Destination.PageNumber);
        var check = await Pdfs.RunToolAsync("qpdf", "--check", path);
        Assert.True(check.ExitCode == 0, check.Output);
    }

    [Fact]
    public void Inserted_and_deleted_words_are_announced_and_marked_without_the_spaces_beside_them()
    {
        var tree = TrackedChanges.Compare("which rated all elements of the service inadequate", "which rated the overall effectiveness of the service inadequate");
        var pdf = Render([.. ChangeBlocks.Convert(tree)]);
        using var doc = PdfDocument.Open(pdf);
        var elements = Elements(doc);
        var ins = Assert.Single(elements, e => Type(e) == "Ins");
        var del = Assert.Single(elements, e => Type(e) == "Del");
        Assert.Equal("inserted: the overall effectiveness", Text(doc, ins, "ActualText"));
        Assert.Equal("deleted: all elements", Text(doc, del, "ActualText"));

        var page = doc.GetPage(1);
        var words = page.GetWords().ToList();
        var lines = page.Paths.Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>().Where(r => r.Height < 1.5 && r.Width > 5).ToList();
        // Each decoration starts at a changed word's first letter and ends at a changed word's last: over no space.
        var changedWords = words.Where(w => w.Text is "all" or "elements" or "the" or "overall" or "effectiveness").ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            Assert.Contains(changedWords, w => Math.Abs(w.BoundingBox.Left - line.Left) < 0.6);
            Assert.Contains(changedWords, w => Math.Abs(w.BoundingBox.Right - line.Right) < 0.6);
        }
    }

    [Fact]
    public void Punctuation_put_in_place_of_deleted_words_follows_the_word_before_it_in_print_and_on_screen()
    {
        // The demo's Ofsted amendment: "... minded by enabling ... as soon as possible." becomes "... minded, and invites ...".
        var tree = TrackedChanges.Compare("Calls for challenge to be more robust and independent minded by enabling the Select Committees to nominate their own Chairman, to be implemented as soon as possible.",
            "Calls for challenge to be more robust and independent minded, and invites the Governance Committee to consider changes.");
        var text = Pdfs.Flat(Pdfs.AllText(Render([.. ChangeBlocks.Convert(tree)])));
        Assert.DoesNotContain(" ,", text);
        Assert.Contains("possible", text);
        var html = ChangeRenderers.Html(tree);
        Assert.DoesNotMatch(@"</del>\s*<ins>(<span[^>]*>[^<]*</span>)?,", html);
    }

    [Fact]
    public async Task Web_and_email_addresses_are_links_tagged_with_their_annotations()
    {
        var pdf = Render(new Paragraph("Contact democratic.services@westsussex.gov.uk or see www.westsussex.gov.uk/agendas."),
            new Paragraph([.. MarkdownBlocks.Convert("Read [the plan](https://example.org/plan).").OfType<Paragraph>().Single().Runs]),
            new Table([new TableCell("Where")], [[new TableCell("https://example.org/table")]]));
        var path = Pdfs.Save(pdf, "links.pdf");
        using var doc = PdfDocument.Open(pdf);
        var annotations = doc.GetPage(1).GetAnnotations().ToList();
        var uris = annotations.Select(a => Assert.IsType<UglyToad.PdfPig.Actions.UriAction>(a.Action).Uri).ToList();
        Assert.Contains("mailto:democratic.services@westsussex.gov.uk", uris);
        Assert.Contains("https://www.westsussex.gov.uk/agendas", uris);
        Assert.Contains("https://example.org/plan", uris);
        Assert.Contains("https://example.org/table", uris);
        foreach (var a in annotations)
        {
            Assert.True(a.AnnotationDictionary.Data.ContainsKey("StructParent"), "each link has its place in the parent tree");
            Assert.False(string.IsNullOrWhiteSpace(a.Content), "each link says where it goes (/Contents)");
        }
        var links = Elements(doc).Where(e => Type(e) == "Link").ToList();
        var objrs = links.SelectMany(l => Tokens.Resolve(doc, l.Data["K"]) is ArrayToken k ? k.Data : []).Select(k => Tokens.Resolve(doc, k))
            .OfType<DictionaryToken>().Where(d => d.Data.TryGetValue("Type", out var t) && t is NameToken { Data: "OBJR" }).ToList();
        Assert.True(objrs.Count >= annotations.Count, "every annotation is a kid (OBJR) of a Link element");
        var check = await Pdfs.RunToolAsync("qpdf", "--check", path);
        Assert.True(check.ExitCode == 0, check.Output);
        Assert.DoesNotContain("WARNING", check.Output);
    }

    [Fact]
    public void The_motion_paper_prints_line_numbers_instructions_votes_by_name_and_the_resolution()
    {
        var motion = "This Council notes the Statutory Direction issued by the Department for Education on 4 June 2019 and the work now under way.\n\n- (a) Asks that progress be reported regularly to the Cabinet.";
        var amended = motion.Replace("regularly", "every quarter");
        var input = new MotionInput(Samples.SelectCommittee, "8", "Children's services", "Mr Jones", "Mrs Millson", motion,
            [new AmendmentInput("Mr Simmons", "Mr Marshall", amended, AmendmentOutcome.Carried)
            {
                Vote = new Vote(VoteOutcome.Carried) { For = 2, Against = 1, Abstained = 0, NamesFor = ["Mr Simmons", "Mr Marshall"], NamesAgainst = ["Mr Jones"], NamesAbstaining = [] },
            }])
        {
            ResolutionMarkdown = "That progress be reported every quarter to the Cabinet.",
            ResolutionVote = new Vote(VoteOutcome.Carried) { For = 3, Against = 0, Abstained = 0 },
        };
        var pdf = MotionPaper.Render(input, Pdfs.Templates);
        var text = Pdfs.Flat(Pdfs.AllText(pdf));
        Assert.Contains("As moved", text);
        Assert.Contains("leave out", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Mr Simmons, Mr Marshall", text);
        Assert.Contains("Against (1): Mr Jones", text);
        Assert.Contains("Resolution", text);
        Assert.Contains("That progress be reported every quarter to the Cabinet.", text);
        Assert.Contains("3 for, 0 against, 0 abstaining", text);

        using var doc = PdfDocument.Open(pdf);
        var words = doc.GetPage(1).GetWords().ToList();
        var first = words.First(w => w.Text == "This");
        // "1" in the margin on the motion's first line, "2" on its second.
        Assert.Contains(words, w => w.Text == "1" && w.BoundingBox.Right < first.BoundingBox.Left && Math.Abs(w.BoundingBox.Bottom - first.BoundingBox.Bottom) < 2);
        var lineTwo = words.Where(w => w.BoundingBox.Bottom < first.BoundingBox.Bottom - 5 && w.BoundingBox.Left >= first.BoundingBox.Left - 0.5).OrderByDescending(w => w.BoundingBox.Bottom).First();
        Assert.Contains(words, w => w.Text == "2" && w.BoundingBox.Right < first.BoundingBox.Left && Math.Abs(w.BoundingBox.Bottom - lineTwo.BoundingBox.Bottom) < 2);
    }
}
