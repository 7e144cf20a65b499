using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommitteeHub.Documents.Tests;

/// <summary>
/// Reads a Word file back as a word processor would, independently of the writer: "Accept all changes" (drop
/// <c>w:del</c>, unwrap <c>w:ins</c>, take the new formatting, remove paragraphs whose mark was deleted) or "Reject
/// all" (the reverse), then numbers the lists from the numbering part as Word counts them.
/// </summary>
public static class WordFile
{
    public enum Review { AsIs, AcceptAll, RejectAll }

    /// <summary>The paragraphs between a bookmark's start and end, each as "style|marker|text|marks" where marks has
    /// one digit per letter (bold 1, italic 2, strike-through 4).</summary>
    public static List<string> Paragraphs(byte[] docx, string bookmark, Review review)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = (Body)document.MainDocumentPart!.Document!.Body!.CloneNode(true);
        var paragraphs = Region(body, bookmark);
        if (review != Review.AsIs) paragraphs = Reviewed(paragraphs, review == Review.AcceptAll);
        var levels = Levels(document.MainDocumentPart.NumberingDefinitionsPart?.Numbering);
        var counters = new Dictionary<int, int?[]>();
        return paragraphs.Select(p =>
        {
            var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            var marker = "";
            if (p.ParagraphProperties?.NumberingProperties is { } numbering)
            {
                var id = numbering.NumberingId!.Val!.Value;
                var level = numbering.NumberingLevelReference!.Val!.Value;
                var counter = counters.TryGetValue(id, out var c) ? c : counters[id] = new int?[9];
                var (format, text, start) = levels[(id, level)];
                counter[level] = (counter[level] ?? start - 1) + 1;
                for (var d = level + 1; d < 9; d++) counter[d] = null;
                // "%1" shows the first level's counter, "%2" the second's, and so on.
                marker = format == "bullet" ? "-" : Regex.Replace(text, "%([1-9])", m =>
                {
                    var l = m.Groups[1].Value[0] - '1';
                    return Number(levels[(id, l)].Format, counter[l] ?? levels[(id, l)].Start);
                });
            }
            var (words, marks) = Text(p);
            if (words.IndexOf('\t') is var tab and >= 0) { marker = words[..tab]; marks = marks[Math.Min(marks.Length, marker.Count(ch => !char.IsWhiteSpace(ch)))..]; words = words[(tab + 1)..]; }
            return $"{style}|{marker}|{words}|{marks}";
        }).ToList();
    }

    public static List<Paragraph> Region(Body body, string bookmark)
    {
        var start = body.Elements<BookmarkStart>().Single(b => b.Name == bookmark);
        var found = new List<Paragraph>();
        for (var e = start.NextSibling(); e is not null and not BookmarkEnd; e = e.NextSibling())
            if (e is Paragraph p) found.Add(p);
        return found;
    }

    private static List<Paragraph> Reviewed(List<Paragraph> paragraphs, bool accept)
    {
        var kept = new List<Paragraph>();
        foreach (var p in paragraphs)
        {
            foreach (var gone in p.Descendants().Where(e => accept ? e is DeletedRun : e is InsertedRun).ToList()) gone.Remove();
            foreach (var kept1 in p.Descendants().Where(e => accept ? e is InsertedRun : e is DeletedRun).ToList())
            {
                foreach (var child in kept1.ChildElements.ToList()) kept1.InsertBeforeSelf(child.CloneNode(true));
                kept1.Remove();
            }
            foreach (var deletedText in p.Descendants<DeletedText>().ToList())
                deletedText.InsertBeforeSelf(new Text(deletedText.Text) { Space = SpaceProcessingModeValues.Preserve }).Parent!.RemoveChild(deletedText);
            foreach (var change in p.Descendants<RunPropertiesChange>().ToList())
            {
                var properties = (RunProperties)change.Parent!;
                if (!accept) properties.Parent!.ReplaceChild(new RunProperties(change.PreviousRunProperties!.ChildElements.Select(c => c.CloneNode(true))), properties);
                else change.Remove();
            }
            if (p.ParagraphProperties?.ParagraphPropertiesChange is { } pChange)
            {
                if (!accept)
                    p.ParagraphProperties = new ParagraphProperties(pChange.ParagraphPropertiesExtended!.ChildElements.Select(c => c.CloneNode(true)))
                    { ParagraphMarkRunProperties = (ParagraphMarkRunProperties?)p.ParagraphProperties.ParagraphMarkRunProperties?.CloneNode(true) };
                else pChange.Remove();
            }
            var mark = p.ParagraphProperties?.ParagraphMarkRunProperties;
            var markGone = accept ? mark?.GetFirstChild<Deleted>() is not null : mark?.GetFirstChild<Inserted>() is not null;
            // A paragraph whose mark is removed joins the next; the writer removes a mark only with all its words.
            if (markGone) Assert.Equal("", Text(p).Words);
            else kept.Add(p);
        }
        return kept;
    }

    private static (string Words, string Marks) Text(Paragraph p)
    {
        var words = new StringBuilder();
        var marks = new StringBuilder();
        foreach (var run in p.Descendants<Run>())
        {
            var rp = run.RunProperties;
            var m = (rp?.Bold is not null ? 1 : 0) + (rp?.Italic is not null ? 2 : 0) + (rp?.Strike is not null ? 4 : 0);
            foreach (var e in run.ChildElements)
            {
                var t = e switch { Text x => x.Text, DeletedText x => x.Text, TabChar => "\t", _ => "" };
                words.Append(t);
                marks.Append(m.ToString(CultureInfo.InvariantCulture)[0], t.Count(ch => !char.IsWhiteSpace(ch)));
            }
        }
        return (words.ToString(), marks.ToString());
    }

    private static Dictionary<(int, int), (string Format, string Text, int Start)> Levels(Numbering? numbering)
    {
        var levels = new Dictionary<(int, int), (string, string, int)>();
        if (numbering is null) return levels;
        var abstracts = numbering.Elements<AbstractNum>().ToDictionary(a => a.AbstractNumberId!.Value);
        foreach (var instance in numbering.Elements<NumberingInstance>())
            foreach (var l in abstracts[instance.AbstractNumId!.Val!.Value].Elements<Level>())
                levels[(instance.NumberID!.Value, l.LevelIndex!.Value)] = (((IEnumValue)l.NumberingFormat!.Val!.Value).Value, l.LevelText!.Val!.Value!, l.StartNumberingValue?.Val?.Value ?? 0);
        return levels;
    }

    private static string Number(string format, int n) => format switch
    {
        "decimal" => n.ToString(CultureInfo.InvariantCulture),
        "lowerLetter" => ((char)('a' + (n - 1) % 26)).ToString(),
        "upperLetter" => ((char)('A' + (n - 1) % 26)).ToString(),
        "lowerRoman" => Roman(n),
        _ => throw new InvalidDataException($"The test does not count lists in the format {format}."),
    };

    private static string Roman(int n)
    {
        var sb = new StringBuilder();
        foreach (var (value, letters) in new[] { (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") })
            while (n >= value) { sb.Append(letters); n -= value; }
        return sb.ToString();
    }
}
