using System.Globalization;
using CommitteeHub.Amendments;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommitteeHub.Documents.Docx;

/// <summary>Who made a change and when: a Word revision's author and date.</summary>
internal sealed record Revision(string Author, DateTime Date);

/// <summary>
/// Writes the engine's change tree as Word paragraphs in which every change is a real revision: inserted words in
/// <c>w:ins</c>, left-out words in <c>w:del</c>, a new or removed paragraph with its paragraph mark inserted or
/// deleted, a format change as <c>w:rPrChange</c> and a change of shape (paragraph to heading, a point moved a level)
/// as <c>w:pPrChange</c>. Whitespace-only edits are revisions too (invisible ones), so that accepting every change
/// gives exactly the amended text and rejecting every change the original.
/// </summary>
internal sealed class TrackedParagraphs(MainDocumentPart part, List<WordLists.Level[]> lists)
{
    private int _revisions;

    /// <summary>The blocks of a tree, as paragraphs; headings of the motion sit <paramref name="headingOffset"/>
    /// levels below the paper's own. With no revision, the tree is read as it stands (a motion on its own).</summary>
    public IEnumerable<Paragraph> Write(ChangeTree tree, Revision? by, int headingOffset)
    {
        var plan = WordLists.Make(tree.Blocks.Select(b => (b.OldFormat, b.NewFormat)).ToList(), lists);
        for (var k = 0; k < tree.Blocks.Count; k++)
        {
            var b = tree.Blocks[k];
            var shown = b.NewFormat ?? b.OldFormat!;
            var properties = Properties(plan, k, shown, headingOffset);
            var paragraph = new Paragraph();
            if (b.OldFormat is not null && b.NewFormat is not null && by is not null &&
                Properties(plan, k, b.OldFormat, headingOffset) is var old && old.OuterXml != properties.OuterXml)
                properties.Append(new ParagraphPropertiesChange(new ParagraphPropertiesExtended(old.ChildElements.Select(c => c.CloneNode(true))))
                    { Author = by.Author, Date = by.Date, Id = NextId() });
            if (by is not null && (b.OldFormat is null || b.NewFormat is null))
                properties.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(
                    b.OldFormat is null ? new Inserted { Author = by.Author, Date = by.Date, Id = NextId() }
                                        : new Deleted { Author = by.Author, Date = by.Date, Id = NextId() });
            paragraph.Append(properties);
            paragraph.Append(TypedMarker(plan, k, b, by));
            foreach (var r in b.Runs)
            {
                // A block only in one version shows that version's words, all of them changed.
                var change = b.OldFormat is null ? (r.InAmended ? RunChange.Inserted : (RunChange?)null)
                    : b.NewFormat is null ? (r.InOriginal ? RunChange.Deleted : null)
                    : r.Change;
                if (change is { } c && r.Text.Length > 0) paragraph.Append(Linked(r, Changed(r, c, by)));
            }
            yield return paragraph;
        }
    }

    private ParagraphProperties Properties(WordLists.Plan plan, int block, BlockFormat f, int headingOffset)
    {
        var p = new ParagraphProperties();
        if (f.Kind == BlockKind.Heading) p.Append(new ParagraphStyleId { Val = "Heading" + Math.Min(f.HeadingLevel + headingOffset, 9) });
        // Word's own style for list items marks a point written as a list item ("- (a)") apart from a lettered
        // paragraph ("(a)"), so that the file reads back as the motion was written.
        else if (f.Kind == BlockKind.ListItem && f.InList) p.Append(new ParagraphStyleId { Val = WordStyles.ListItem });
        if (plan.For(block, f) is { } place)
        {
            if (place.NumberingId is { } id)
                p.Append(new NumberingProperties(new NumberingLevelReference { Val = place.Level }, new NumberingId { Val = id }));
            else
                p.Append(new Indentation { Left = WordLists.Indent(place.Level + 1), Hanging = "567" });
        }
        else if (f.Depth > 0) p.Append(new Indentation { Left = WordLists.Indent(f.Depth) });
        return p;
    }

    /// <summary>A marker Word does not count is typed, followed by a tab; a changed one is deleted and re-inserted.</summary>
    private IEnumerable<OpenXmlElement> TypedMarker(WordLists.Plan plan, int block, BlockChange b, Revision? by)
    {
        string? Typed(BlockFormat? f) => f is not null && plan.For(block, f) is { NumberingId: null } ? f.Marker : null;
        var (old, @new) = (Typed(b.OldFormat), Typed(b.NewFormat));
        if (old == @new && old is not null) { yield return MarkerRun(old, deleted: false); yield break; }
        if (by is null) yield break;
        if (old is not null) yield return new DeletedRun(MarkerRun(old, deleted: true)) { Author = by.Author, Date = by.Date, Id = NextId() };
        if (@new is not null) yield return new InsertedRun(MarkerRun(@new, deleted: false)) { Author = by.Author, Date = by.Date, Id = NextId() };
    }

    private static Run MarkerRun(string marker, bool deleted) =>
        new(deleted ? new DeletedText(marker) { Space = SpaceProcessingModeValues.Preserve } : new Text(marker) { Space = SpaceProcessingModeValues.Preserve }, new TabChar());

    private OpenXmlElement Changed(InlineRun r, RunChange change, Revision? by)
    {
        var deleted = change == RunChange.Deleted;
        var run = new Run(Format(r.Marks));
        run.Append(deleted ? new DeletedText(r.Text) { Space = SpaceProcessingModeValues.Preserve } : new Text(r.Text) { Space = SpaceProcessingModeValues.Preserve });
        if (by is null) return run;
        switch (change)
        {
            case RunChange.Inserted: return new InsertedRun(run) { Author = by.Author, Date = by.Date, Id = NextId() };
            case RunChange.Deleted: return new DeletedRun(run) { Author = by.Author, Date = by.Date, Id = NextId() };
            case RunChange.FormatChanged:
                run.RunProperties!.Append(new RunPropertiesChange(new PreviousRunProperties(Format(r.OldMarks).ChildElements.Select(c => c.CloneNode(true))))
                    { Author = by.Author, Date = by.Date, Id = NextId() });
                return run;
            default: return run;
        }
    }

    /// <summary>A web or mail link is a Word hyperlink around the (changed) run.</summary>
    private OpenXmlElement Linked(InlineRun r, OpenXmlElement content)
    {
        if (r.Href is not { } href || !Uri.TryCreate(href, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto"))
            return content;
        var relationship = part.AddHyperlinkRelationship(uri, isExternal: true);
        return new Hyperlink(content) { Id = relationship.Id };
    }

    private static RunProperties Format(Marks marks)
    {
        var p = new RunProperties();
        if (marks.HasFlag(Marks.Code)) p.Append(new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New" });
        if (marks.HasFlag(Marks.Bold)) p.Append(new Bold());
        if (marks.HasFlag(Marks.Italic)) p.Append(new Italic());
        if (marks.HasFlag(Marks.Strikethrough)) p.Append(new Strike());
        if (marks.HasFlag(Marks.Link)) { p.Append(new Color { Val = "0563C1" }); p.Append(new Underline { Val = UnderlineValues.Single }); }
        return p;
    }

    private string NextId() => (++_revisions).ToString(CultureInfo.InvariantCulture);
}
