using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CommitteeHub.Amendments;
using CommitteeHub.Documents.Papers;
using CommitteeHub.Documents.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace CommitteeHub.Documents.Tests;

public class WordExportTests
{
    private static readonly MeetingDetails Council = new("West Sussex County Council", "County Council", new DateOnly(2019, 6, 7), new TimeOnly(10, 30),
        "Council Chamber, County Hall, Chichester");

    public static TheoryData<string> Cases() => new(Golden.Names());

    internal static byte[] Export(string original, string amended) => MotionWord.Render(new WordMotionInput(Council, "8(a)", "Ofsted inspection of Children's Services",
        "Mr Jones", "Mrs Millson", original, [new WordAmendment(1, "Mr Simmons", "Mr Marshall", new DateOnly(2019, 6, 5), original, amended, AmendmentOutcome.Pending)],
        null), Pdfs.Templates);

    /// <summary>What a word processor should show for a text on its own: the engine's reading of it, block by block.</summary>
    private static List<string> Expected(string markdown) => TrackedChanges.Compare(markdown, markdown).Blocks.Select(b =>
    {
        var style = b.Kind == BlockKind.Heading ? "Heading" + (b.HeadingLevel + 2) : b.Kind == BlockKind.ListItem && b.Format.InList ? "ListParagraph" : "";
        var marker = b.Kind == BlockKind.ListItem ? b.Marker : "";
        var marks = string.Concat(b.Runs.Select(r => new string(
            ((r.Marks.HasFlag(Marks.Bold) ? 1 : 0) + (r.Marks.HasFlag(Marks.Italic) ? 2 : 0) + (r.Marks.HasFlag(Marks.Strikethrough) ? 4 : 0)).ToString(CultureInfo.InvariantCulture)[0],
            r.Text.Count(ch => !char.IsWhiteSpace(ch)))));
        return $"{style}|{marker}|{b.AmendedText}|{marks}";
    }).ToList();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Accepting_every_change_in_Word_gives_the_motion_as_amended_and_rejecting_every_change_the_original(string name)
    {
        var c = Golden.Case(name);
        var docx = Export(c.Original, c.Amended);
        var tree = TrackedChanges.Compare(c.Original, c.Amended);
        Assert.Equal(Expected(tree.AcceptAll()), WordFile.Paragraphs(docx, MotionWord.AmendmentBookmark(1), WordFile.Review.AcceptAll));
        Assert.Equal(Expected(tree.RejectAll()), WordFile.Paragraphs(docx, MotionWord.AmendmentBookmark(1), WordFile.Review.RejectAll));
        // The motion itself is printed as it stands, with no revisions.
        Assert.Equal(Expected(c.Original), WordFile.Paragraphs(docx, MotionWord.MotionBookmark, WordFile.Review.AsIs));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_HTML_and_the_Word_file_show_the_same_insertions_deletions_and_format_changes(string name)
    {
        var c = Golden.Case(name);
        var tree = TrackedChanges.Compare(c.Original, c.Amended);
        var html = HtmlChanges(ChangeRenderers.Html(tree));
        var word = WordChanges(Export(c.Original, c.Amended));
        Assert.Equal(tree.Blocks.Count, html.Count);
        Assert.Equal(tree.Blocks.Count, word.Count);
        for (var i = 0; i < tree.Blocks.Count; i++)
        {
            // A moved block is a note and the moved text in HTML; Word has no such note, so shows it deleted and inserted.
            if (tree.Blocks[i].Change is BlockChangeKind.MovedFrom or BlockChangeKind.MovedTo) continue;
            Assert.Equal(html[i], word[i]);
        }
    }

    [Fact]
    public void Every_change_is_a_revision_by_the_mover_dated_when_the_amendment_was_tabled()
    {
        var seed = Golden.Load("seed-000.case");
        using var document = WordprocessingDocument.Open(new MemoryStream(Export(seed.Original, seed.Amended)), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var revisions = body.Descendants<InsertedRun>().Select(r => (r.Author?.Value, r.Date?.Value))
            .Concat(body.Descendants<DeletedRun>().Select(r => (r.Author?.Value, r.Date?.Value))).ToList();
        Assert.True(revisions.Count > 10);
        Assert.All(revisions, r => Assert.Equal(("Mr Simmons", (DateTime?)new DateTime(2019, 6, 5)), r));
        Assert.Equal(revisions.Count + body.Descendants<RunPropertiesChange>().Count() + body.Descendants<ParagraphPropertiesChange>().Count() +
                     body.Descendants<Inserted>().Count() + body.Descendants<Deleted>().Count(),
            body.Descendants().Select(e => e.GetAttributes().FirstOrDefault(a => a.LocalName == "id" && e is not BookmarkStart and not BookmarkEnd).Value)
                .Where(v => v is not null).Distinct().Count());
    }

    [Fact]
    public void Lettered_points_are_a_real_Word_list_that_reletters_when_a_point_is_left_out()
    {
        const string original = "This Council resolves to:\n\n- (a) publish the plan;\n- (b) report:\n  - (i) quarterly; and\n  - (ii) in public; and\n- (c) invite the Commissioner.";
        const string amended = "This Council resolves to:\n\n- (a) report:\n  - (i) in public; and\n- (b) invite the Commissioner.";
        var docx = Export(original, amended);
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var levels = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<AbstractNum>().Last().Elements<Level>().ToList();
            Assert.Equal((NumberFormatValues.LowerLetter, "(%1)"), (levels[0].NumberingFormat!.Val!.Value, levels[0].LevelText!.Val!.Value));
            Assert.Equal((NumberFormatValues.LowerRoman, "(%2)"), (levels[1].NumberingFormat!.Val!.Value, levels[1].LevelText!.Val!.Value));
        }
        Assert.Equal(["||This Council resolves to:|", "ListParagraph|(a)|report:|", "ListParagraph|(i)|in public; and|", "ListParagraph|(b)|invite the Commissioner.|"],
            WordFile.Paragraphs(docx, MotionWord.AmendmentBookmark(1), WordFile.Review.AcceptAll).Select(p => Regex.Replace(p, @"\|[0-9]*$", "|")));
        Assert.Equal(["||This Council resolves to:|", "ListParagraph|(a)|publish the plan;|", "ListParagraph|(b)|report:|", "ListParagraph|(i)|quarterly; and|",
                "ListParagraph|(ii)|in public; and|", "ListParagraph|(c)|invite the Commissioner.|"],
            WordFile.Paragraphs(docx, MotionWord.AmendmentBookmark(1), WordFile.Review.RejectAll).Select(p => Regex.Replace(p, @"\|[0-9]*$", "|")));
    }

    [Fact]
    public void LibreOffice_opens_the_Word_file_and_shows_both_the_struck_and_the_inserted_words()
    {
        var seed = Golden.Load("seed-000.case");
        var docx = Export(seed.Original, seed.Amended);
        Pdfs.Save(docx, "motion-seed-000.docx");
        var folder = Directory.CreateTempSubdirectory("committeehub-word-");
        try
        {
            var file = Path.Combine(folder.FullName, "motion.docx");
            File.WriteAllBytes(file, docx);
            var soffice = new ProcessStartInfo("soffice", ["--headless", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", "pdf", "--outdir", folder.FullName, file])
                { RedirectStandardOutput = true, RedirectStandardError = true };
            using (var process = Process.Start(soffice)!)
            {
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "LibreOffice did not finish converting the Word file within three minutes.");
                Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
            }
            var pdf = File.ReadAllBytes(Path.Combine(folder.FullName, "motion.pdf"));
            using var read = PdfDocument.Open(pdf);
            var text = Pdfs.Flat(string.Join(" ", read.GetPages().Select(p => p.Text)));
            // After the order-paper wording (which quotes every change), the motion with the changes shown: LibreOffice
            // shows the struck and the inserted words side by side, not only the final text.
            var marked = text[text.IndexOf("if the amendment is carried:", StringComparison.Ordinal)..];
            foreach (var word in new[] { "elements", "effectiveness", "enabling", "Governance", "savings", "valued" })
                Assert.Contains(word, marked);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Per block, the changes in reading order: "+inserted", "-deleted", "~format changed", adjacent
    /// changes of one kind joined and whitespace collapsed, as a reader would read them out.</summary>
    private static List<string> HtmlChanges(string html)
    {
        var root = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
        var blocks = root.QuerySelectorAll("p, h1, h2, h3, h4, h5, h6, li").Where(e => !e.ClassList.Contains("continuation")).ToList();
        return blocks.Select(block =>
        {
            var changes = new Changes();
            void Walk(INode node)
            {
                foreach (var child in node.ChildNodes)
                {
                    if (child is IElement e)
                    {
                        if (e.LocalName is "p" or "li" or "ol" or "ul" || e.ClassList.Contains("visually-hidden") || e.ClassList.Contains("marker") ||
                            e.ClassList.Contains("move-note") || e.ClassList.Contains("format-note")) continue;
                        var kind = e.LocalName switch { "ins" => '+', "del" => '-', _ => e.ClassList.Contains("format-change") ? '~' : ' ' };
                        if (kind == ' ') Walk(e);
                        else changes.Add(kind, Visible(e));
                    }
                    else if (child.NodeType == NodeType.Text) changes.Add(' ', child.TextContent);
                }
            }
            Walk(block);
            return changes.ToString();
        }).ToList();
    }

    private static string Visible(IElement e)
    {
        var copy = (IElement)e.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".visually-hidden, .marker").ToList()) hidden.Remove();
        return copy.TextContent;
    }

    private static List<string> WordChanges(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return WordFile.Region(document.MainDocumentPart!.Document!.Body!, MotionWord.AmendmentBookmark(1)).Select(p =>
        {
            var changes = new Changes();
            foreach (var run in p.Descendants<Run>())
            {
                if (run.GetFirstChild<TabChar>() is not null) continue; // a typed list marker
                var text = string.Concat(run.ChildElements.Select(e => e switch { Text t => t.Text, DeletedText t => t.Text, _ => "" }));
                var kind = run.Parent is InsertedRun ? '+' : run.Parent is DeletedRun ? '-' : run.RunProperties?.RunPropertiesChange is not null ? '~' : ' ';
                changes.Add(kind, text);
            }
            return changes.ToString();
        }).ToList();
    }

    private sealed class Changes
    {
        private readonly List<(char Kind, StringBuilder Text)> _changes = [];
        private bool _broken = true;

        public void Add(char kind, string text)
        {
            if (kind == ' ') { if (text.Trim().Length > 0) _broken = true; return; }
            if (!_broken && _changes[^1].Kind == kind) _changes[^1].Text.Append(text);
            else _changes.Add((kind, new StringBuilder(text)));
            _broken = false;
        }

        public override string ToString() => string.Join(" ", _changes
            .Select(c => (c.Kind, Text: Regex.Replace(c.Text.ToString(), @"\s+", " ").Trim())).Where(c => c.Text.Length > 0).Select(c => c.Kind + "[" + c.Text + "]"));
    }
}
