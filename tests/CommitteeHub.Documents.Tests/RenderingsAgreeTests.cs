using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CommitteeHub.Amendments;
using CommitteeHub.Documents.Docx;
using CommitteeHub.Documents.Layout;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;
using UglyToad.PdfPig;

namespace CommitteeHub.Documents.Tests;

/// <summary>
/// The motion page (HTML), the printed motion (PDF) and the Word file show the same changes for every golden case:
/// each read back independently of its writer as one sequence of kept, inserted and deleted words, and compared with
/// the engine's change tree, which is the truth. A renderer that drops a change, merges two, or marks a kept word
/// fails here.
/// </summary>
public sealed partial class RenderingsAgreeTests
{
    public static TheoryData<string> Cases() => new(Golden.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_HTML_the_PDF_and_the_Word_file_show_the_engine_s_kept_inserted_and_deleted_words(string name)
    {
        var c = Golden.Case(name);
        var tree = TrackedChanges.Compare(c.Original, c.Amended);
        var truth = Engine(tree, asWord: false);
        Assert.Equal(truth, Html(ChangeRenderers.Html(tree)));
        Assert.Equal(truth, Pdf(LayoutTests.Render([.. ChangeBlocks.Convert(tree)])));
        Assert.Equal(Engine(tree, asWord: true), Word(WordExportTests.Export(c.Original, c.Amended)));
    }

    [Fact]
    public void The_comparison_tells_a_dropped_or_merged_change_from_the_engine_s()
    {
        var tree = TrackedChanges.Compare("which rated all elements of the service inadequate and the leadership weak",
            "which rated the overall effectiveness of the service inadequate and the leadership strong");
        var truth = Engine(tree, asWord: false);
        Assert.Equal("which rated -[all elements] +[the overall effectiveness] of the service inadequate and the leadership -[weak] +[strong]", truth);
        Assert.NotEqual(truth, Html(ChangeRenderers.Html(tree).Replace("<del>", "<span>").Replace("</del>", "</span>")));
        Assert.NotEqual(truth, Html(ChangeRenderers.Html(tree).Replace("</ins> of the service inadequate and the leadership <del>", " of the service inadequate and the leadership ")));
    }

    /// <summary>The tree's words in reading order. A format change keeps its words. Word has no note for a move, so
    /// its new place is a paragraph inserted there (and its old place, as everywhere, one left out).</summary>
    private static string Engine(ChangeTree tree, bool asWord)
    {
        var words = new Words();
        foreach (var block in tree.Blocks)
        {
            if (asWord && block.Change == BlockChangeKind.MovedTo) { words.Add('+', block.AmendedText); continue; }
            foreach (var run in block.Runs)
                words.Add(run.Change switch { RunChange.Inserted => '+', RunChange.Deleted => '-', _ => ' ' }, run.IsWhitespace ? "" : run.Text);
        }
        return words.ToString();
    }

    /// <summary>Read as the page shows it: markers, move notes and the words only screen readers hear left aside.</summary>
    private static string Html(string html)
    {
        var words = new Words();
        void Walk(INode node, char kind)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement e)
                {
                    if (e.ClassList.Contains("visually-hidden") || e.ClassList.Contains("marker") || e.ClassList.Contains("move-note") || e.ClassList.Contains("format-note"))
                        continue;
                    Walk(e, e.LocalName switch { "ins" => '+', "del" => '-', _ => kind });
                }
                else if (child.NodeType == NodeType.Text) words.Add(kind, child.TextContent);
            }
        }
        Walk(new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!, ' ');
        return words.ToString();
    }

    /// <summary>Read through the tagged content as a screen reader does: the words in Ins and Del marked content are
    /// inserted and deleted; list labels, artifacts (underlines, line numbers, headers) and move notes are left aside.</summary>
    private static string Pdf(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var words = new Words();
        foreach (var page in doc.GetPages())
            foreach (var content in page.GetMarkedContents())
            {
                if (content.IsArtifact || content.Tag is "Artifact" or "Lbl") continue;
                var text = string.Concat(content.Letters.Select(l => l.Value));
                words.Add(content.Tag switch { "Ins" => '+', "Del" => '-', _ => ' ' }, MoveNote().Replace(text, " "));
            }
        return words.ToString();
    }

    /// <summary>Read as Word shows it with every revision visible: typed list markers left aside.</summary>
    private static string Word(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var words = new Words();
        foreach (var run in WordFile.Region(document.MainDocumentPart!.Document!.Body!, MotionWord.AmendmentBookmark(1)).SelectMany(p => p.Descendants<Run>()))
        {
            if (run.GetFirstChild<TabChar>() is not null) continue;
            var text = string.Concat(run.ChildElements.Select(e => e switch { Text t => t.Text, DeletedText t => t.Text, _ => "" }));
            words.Add(run.Parent is InsertedRun ? '+' : run.Parent is DeletedRun ? '-' : ' ', text);
        }
        return words.ToString();
    }

    [GeneratedRegex(@"\((moved below|moved from above)\)")]
    private static partial Regex MoveNote();

    /// <summary>Words and punctuation marks, each kept, inserted or deleted; written as "kept +[inserted] -[deleted]",
    /// a run of one kind in one bracket. Whitespace is not compared.</summary>
    private sealed class Words
    {
        private readonly List<(char Kind, string Word)> _words = [];

        public void Add(char kind, string text)
        {
            foreach (Match m in Regex.Matches(text, @"[\p{L}\p{N}]+|[^\s\p{L}\p{N}]")) _words.Add((kind, m.Value));
        }

        public override string ToString()
        {
            var sb = new StringBuilder();
            for (var i = 0; i < _words.Count; i++)
            {
                var (kind, word) = _words[i];
                var opens = kind != ' ' && (i == 0 || _words[i - 1].Kind != kind);
                var closes = kind != ' ' && (i == _words.Count - 1 || _words[i + 1].Kind != kind);
                if (sb.Length > 0) sb.Append(' ');
                if (opens) sb.Append(kind).Append('[');
                sb.Append(word);
                if (closes) sb.Append(']');
            }
            return sb.ToString();
        }
    }
}
