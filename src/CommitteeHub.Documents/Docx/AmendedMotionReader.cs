using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using CommitteeHub.Amendments;
using CommitteeHub.Documents.Papers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommitteeHub.Documents.Docx;

/// <summary>
/// Reads the text of an amended motion from a Word file, as Markdown for the amendment form: the text with every
/// tracked change accepted (or a clean file as it is), numbered and lettered lists with the markers Word shows,
/// headings, bold and italic. In a file exported by <see cref="MotionWord"/>, only the motion (its bookmark) is read.
/// A file that is not a Word document, is damaged, empty, too large, or is not this motion at all is refused, with
/// what to do instead.
/// </summary>
public static partial class AmendedMotionReader
{
    /// <summary>A motion in Word is tens of kilobytes; this leaves room for a letterhead.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>At most this many characters, as the amendment form takes.</summary>
    public const int MaxCharacters = 50_000;

    /// <summary>Below this share of the motion's words, the file is some other document.</summary>
    private const double LeastSharedWords = 0.3;

    public sealed record Result(string? Markdown, string? Refusal);

    private static Result Refused(string why) => new(null, why);

    public static Result Read(string? fileName, byte[] content, string motionMarkdown, UploadLimits limits)
    {
        if (content.Length == 0) return Refused("The file is empty. Choose the Word file of your amended motion.");
        if (content.Length > MaxBytes)
            return Refused($"The file is larger than {MaxBytes / 1024 / 1024} MB, too large for a motion. Save the motion on its own, without pictures, and upload that.");
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension == ".doc")
            return Refused("This is an older Word file (.doc). Open it in Word, save it as a Word Document (.docx), and upload that.");
        if (extension != ".docx")
            return Refused("Upload the amended motion as a Word document (.docx), or type your changes into the motion below.");
        if (UploadCheck.Refusal(fileName, content, MaxBytes, limits) is { } refusal) return Refused(refusal);
        string markdown;
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false);
            if (document.MainDocumentPart?.Document?.Body is not { } body) return Refused(Damaged);
            markdown = new Reading(document.MainDocumentPart.NumberingDefinitionsPart?.Numbering, Lettering(motionMarkdown)).Markdown(body);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException or FormatException)
        {
            return Refused(Damaged);
        }
        if (markdown.Trim().Length == 0) return Refused("The Word file has no text. Upload the motion as you would amend it.");
        if (markdown.Length > MaxCharacters)
            return Refused($"The Word file's text has {markdown.Length:N0} characters; a motion may have at most {MaxCharacters:N0}. Upload the motion on its own.");
        if (!LooksLike(motionMarkdown, markdown))
            return Refused("The Word file does not look like this motion: it keeps neither the motion's opening or closing words nor most of its words. " +
                           "Check that you chose the right file (you can download the motion from its page as Word, edit it, and upload it here). " +
                           "An amendment that replaces the whole motion is best typed into the box below.");
        return new Result(markdown, null);
    }

    private const string Damaged = "The file is damaged or is not really a Word document. Open it in Word, save it again as a Word Document (.docx), and upload that copy.";

    /// <summary>How the motion writes lettered points, so that the file's points are written the same way: as list
    /// items ("- (a) ...") or as lettered paragraphs ("(a) ...").</summary>
    private static bool Lettering(string motionMarkdown) => ListedLetter().IsMatch(TrackedChanges.Canonical(motionMarkdown));

    [GeneratedRegex(@"^\s*- \([A-Za-z0-9]{1,5}\) ", RegexOptions.Multiline)]
    private static partial Regex ListedLetter();

    [GeneratedRegex(@"\p{L}+|\p{N}+")]
    private static partial Regex Word();

    /// <summary>An amended motion keeps most of the motion's words, or (rewritten, "delete all after 'This Council'
    /// and insert ...") its opening or closing words; any other file is some other document.</summary>
    private static bool LooksLike(string motion, string file)
    {
        static List<string> Words(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        var (before, after) = (Words(motion), Words(file));
        if (before.Count < 3) return true;
        if (before.Take(2).SequenceEqual(after.Take(2)) || before.TakeLast(3).SequenceEqual(after.TakeLast(3))) return true;
        var meaningful = before.Where(w => w.Length >= 4).ToHashSet();
        var found = after.ToHashSet();
        return meaningful.Count == 0 || meaningful.Count(found.Contains) >= LeastSharedWords * meaningful.Count;
    }

    /// <summary>One reading of a file: its lists counted as Word counts them, after every change is accepted.</summary>
    private sealed partial class Reading(Numbering? numbering, bool listedLetters)
    {
        private readonly Dictionary<int, int?[]> _counters = [];
        /// <summary>The indent of each open list level's text, so that a nested point sits under its parent.</summary>
        private readonly List<int> _indents = [];

        public string Markdown(Body body)
        {
            var (paragraphs, exported) = Region(body);
            var blocks = new List<string>();
            var carried = new List<Run>();
            foreach (var p in paragraphs)
            {
                var runs = carried.Concat(p.Descendants<Run>().Where(Accepted)).ToList();
                // A deleted paragraph mark joins the paragraph to the next, as accepting it does in Word.
                if (p.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Deleted>() is not null) { carried = runs; continue; }
                carried = [];
                if (Block(p, runs, exported) is { } block) blocks.Add(block);
            }
            return string.Join("\n\n", blocks);
        }

        /// <summary>The motion's paragraphs: those within its bookmark in an exported file, else the whole body.</summary>
        private static (List<Paragraph>, bool Exported) Region(Body body)
        {
            var all = body.Descendants<Paragraph>().ToList();
            if (body.Descendants<BookmarkStart>().FirstOrDefault(b => b.Name == MotionWord.MotionBookmark) is not { } start ||
                body.Descendants<BookmarkEnd>().FirstOrDefault(b => b.Id == start.Id) is not { } end)
                return (all, false);
            var order = body.Descendants().Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
            var (from, to) = (order[start], order[end]);
            return (all.Where(p => order[p] < to && (p.Descendants().LastOrDefault() is { } last ? order[last] : order[p]) > from).ToList(), true);
        }

        private static bool Accepted(Run r) =>
            !r.Ancestors().Any(a => a is DeletedRun or MoveFromRun);

        private string? Block(Paragraph p, List<Run> runs, bool exported)
        {
            var text = Inline(runs, out var plain);
            var properties = p.ParagraphProperties;
            var indent = int.TryParse(properties?.Indentation?.Left?.Value ?? properties?.Indentation?.Start?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var left) ? left : 0;
            string? marker = null;
            var level = 0;
            if (properties?.NumberingProperties is { NumberingId.Val.Value: var id and > 0 } numbered && Level(id, numbered.NumberingLevelReference?.Val?.Value ?? 0) is { } counted)
                (marker, level) = counted;
            else if (TypedMarker().Match(plain) is { Success: true } typed)
            {
                // A marker typed before a tab: the file's own lettering, where Word did not count it.
                marker = typed.Groups[1].Value == "•" ? "-" : typed.Groups[1].Value;
                level = Math.Max(0, indent / 567 - 1);
                text = text[(text.IndexOf('\t', StringComparison.Ordinal) + 1)..];
            }
            text = text.Replace('\t', ' ').Trim();
            if (text.Length == 0) return null;
            if (HeadingStyle().Match(properties?.ParagraphStyleId?.Val?.Value ?? "") is { Success: true } heading)
            {
                _indents.Clear();
                var n = int.Parse(heading.Groups[1].Value, CultureInfo.InvariantCulture) - (exported ? 2 : 0);
                return new string('#', Math.Clamp(n, 1, 6)) + " " + text;
            }
            if (marker is null)
            {
                // A paragraph indented under a point is a further paragraph of it; any other ends the list.
                var depth = indent / 567;
                if (depth > 0 && _indents.Count > 0) return new string(' ', _indents[Math.Min(depth, _indents.Count) - 1]) + Unlisted(text);
                _indents.Clear();
                return Unlisted(text);
            }
            if (_indents.Count > level + 1) _indents.RemoveRange(level + 1, _indents.Count - level - 1);
            var outer = level == 0 ? 0 : _indents.Count >= level ? _indents[level - 1] : 2 * level;
            string prefix;
            int width;
            if (marker == "-") (prefix, width) = ("- ", 2);
            else if (Ordered().IsMatch(marker)) (prefix, width) = (marker + " ", marker.Length + 1);
            else if (Lettered().IsMatch(marker))
            {
                // Our own files say which points were list items; for others, the motion's own way is followed.
                var listed = level > 0 || (exported ? properties?.ParagraphStyleId?.Val?.Value == WordStyles.ListItem : listedLetters);
                (prefix, width) = listed ? ("- " + marker + " ", 2) : (marker + " ", 0);
            }
            else (prefix, width) = (Escaped(marker) + " ", 0);
            while (_indents.Count <= level) _indents.Add(0);
            _indents[level] = outer + width;
            return new string(' ', outer) + prefix + Unlisted(text);
        }

        /// <summary>The runs as Markdown (bold and italic kept, syntax escaped), and as plain text.</summary>
        private static string Inline(List<Run> runs, out string plain)
        {
            var pieces = new List<(string Text, bool Bold, bool Italic, bool Struck)>();
            foreach (var r in runs)
            {
                var text = string.Concat(r.ChildElements.Select(e => e switch
                {
                    Text t => t.Text,
                    TabChar => "\t",
                    Break or CarriageReturn => " ",
                    NoBreakHyphen => "-",
                    _ => "",
                }));
                if (text.Length == 0) continue;
                var (bold, italic, struck) = (On(r.RunProperties?.Bold), On(r.RunProperties?.Italic), On(r.RunProperties?.Strike));
                if (pieces.Count > 0 && (pieces[^1].Bold, pieces[^1].Italic, pieces[^1].Struck) == (bold, italic, struck)) pieces[^1] = (pieces[^1].Text + text, bold, italic, struck);
                else pieces.Add((text, bold, italic, struck));
            }
            plain = string.Concat(pieces.Select(p => p.Text));
            var sb = new StringBuilder();
            foreach (var (text, bold, italic, struck) in pieces)
            {
                var core = text.Trim(' ', '\t');
                if (core.Length == 0 || !(bold || italic || struck)) { sb.Append(Escaped(text)); continue; }
                var at = text.IndexOf(core, StringComparison.Ordinal);
                var open = (struck ? "~~" : "") + (bold ? "**" : "") + (italic ? "*" : "");
                var close = (italic ? "*" : "") + (bold ? "**" : "") + (struck ? "~~" : "");
                sb.Append(text[..at]).Append(open).Append(Escaped(core)).Append(close).Append(text[(at + core.Length)..]);
            }
            return sb.ToString();
        }

        private static bool On(OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);

        /// <summary>Escapes the characters Markdown would read as syntax: typed text stays typed text.</summary>
        private static string Escaped(string text)
        {
            var sb = new StringBuilder(text.Length + 8);
            foreach (var ch in text)
            {
                if ("\\`*_[]<>~#|&".Contains(ch, StringComparison.Ordinal)) sb.Append('\\');
                sb.Append(ch);
            }
            return sb.ToString();
        }

        /// <summary>A paragraph that begins like a list ("1. ", "- ") or a quotation is not one.</summary>
        private static string Unlisted(string markdown) => ListLike().Replace(markdown, "$1\\$2", 1);

        [GeneratedRegex(@"^(\d{1,9}|)([.)\-+>])(?=\s|$)")]
        private static partial Regex ListLike();

        [GeneratedRegex(@"^\s*(\([A-Za-z0-9]{1,5}\)|\d{1,9}[.)]|[-•])\t")]
        private static partial Regex TypedMarker();

        [GeneratedRegex(@"^Heading([1-9])$", RegexOptions.IgnoreCase)]
        private static partial Regex HeadingStyle();

        [GeneratedRegex(@"^\d{1,9}[.)]$")]
        private static partial Regex Ordered();

        [GeneratedRegex(@"^\([A-Za-z0-9]{1,5}\)$")]
        private static partial Regex Lettered();

        /// <summary>The marker Word shows for the next paragraph of a list at a level, counting as Word does.</summary>
        private (string Marker, int Level)? Level(int numberingId, int level)
        {
            if (numbering is null || level is < 0 or > 8) return null;
            var instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberingId);
            var abstractNum = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == instance?.AbstractNumId?.Val?.Value);
            if (instance is null || abstractNum is null) return null;
            Level? Of(int l) => abstractNum.Elements<Level>().FirstOrDefault(x => x.LevelIndex?.Value == l);
            int Start(int l) => instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == l)?.StartOverrideNumberingValue?.Val?.Value
                                ?? Of(l)?.StartNumberingValue?.Val?.Value ?? 1;
            if (Of(level) is not { } lvl) return null;
            var counters = _counters.TryGetValue(numberingId, out var c) ? c : _counters[numberingId] = new int?[9];
            counters[level] = (counters[level] ?? Start(level) - 1) + 1;
            for (var d = level + 1; d < 9; d++) counters[d] = null;
            var format = lvl.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
            if (format == NumberFormatValues.Bullet) return ("-", level);
            var marker = Placeholder().Replace(lvl.LevelText?.Val?.Value ?? "", m =>
            {
                var l = m.Groups[1].Value[0] - '1';
                return Number(Of(l)?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal, counters[l] ?? Start(l));
            });
            return (marker.Trim(), level);
        }

        [GeneratedRegex("%([1-9])")]
        private static partial Regex Placeholder();

        private static string Number(NumberFormatValues format, int n) =>
            format == NumberFormatValues.LowerLetter ? Letters(n, 'a')
            : format == NumberFormatValues.UpperLetter ? Letters(n, 'A')
            : format == NumberFormatValues.LowerRoman ? Roman(n)
            : format == NumberFormatValues.UpperRoman ? Roman(n).ToUpperInvariant()
            : n.ToString(CultureInfo.InvariantCulture);

        /// <summary>a … z, then aa, bb, as Word letters.</summary>
        private static string Letters(int n, char a) => n < 1 ? "" : new string((char)(a + (n - 1) % 26), (n - 1) / 26 + 1);

        private static string Roman(int n)
        {
            var sb = new StringBuilder();
            foreach (var (value, letters) in new[] { (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") })
                while (n >= value) { sb.Append(letters); n -= value; }
            return sb.ToString();
        }
    }
}
