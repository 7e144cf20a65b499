using CommitteeHub.Amendments;
using CommitteeHub.Documents.Papers;
using CommitteeHub.Documents.Templates;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommitteeHub.Documents.Docx;

/// <param name="Number">The amendment's number on the motion.</param>
/// <param name="MovedToMarkdown">The motion as it stood when the amendment was tabled, which it changes.</param>
/// <param name="AmendedMarkdown">The whole motion as it would read if the amendment were carried.</param>
public sealed record WordAmendment(int Number, string Mover, string? Seconder, DateOnly TabledOn, string MovedToMarkdown, string AmendedMarkdown,
    AmendmentOutcome Outcome);

/// <param name="AsAmendedMarkdown">The substantive motion, once an amendment has been carried; otherwise null.</param>
public sealed record WordMotionInput(MeetingDetails Meeting, string ItemNumber, string Title, string Mover, string? Seconder, string MotionMarkdown,
    IReadOnlyList<WordAmendment> Amendments, string? AsAmendedMarkdown);

/// <summary>
/// A motion and its amendments as a Word document (.docx) for clerks and group leaders who draft and circulate in Word.
/// Each amendment is the motion with the amendment's changes as real tracked changes by its mover, dated when it was
/// tabled, so that Word's "Accept all changes" gives the motion as amended and "Reject all" the motion as it stood.
/// The motion's own text is bookmarked <see cref="MotionBookmark"/> (and each amendment's <c>Amendment1</c>, ...),
/// so that a councillor can edit the motion in this file and upload it as an amendment (<see cref="AmendedMotionReader"/>).
/// </summary>
public static class MotionWord
{
    public const string MotionBookmark = "Motion";

    public static string AmendmentBookmark(int number) => $"Amendment{number}";

    /// <summary>Said once, before the amendments: Word shows changes in its own way, not as the printed paper does.</summary>
    public const string ChangesKey = "Each amendment is shown as tracked changes by its mover. In Word, \"Accept all changes\" gives the motion as it " +
                                     "would read if the amendment were carried; \"Reject all changes\" gives the motion as it stood.";

    public static byte[] Render(WordMotionInput input, DocumentTemplates templates)
    {
        var w = templates.Wording.Motion;
        var m = input.Meeting;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var lists = new List<WordLists.Level[]>();
            var tracked = new TrackedParagraphs(main, lists);
            var body = new Body();
            var bookmarks = 0;
            void Bookmarked(string name, IEnumerable<Paragraph> paragraphs)
            {
                var id = (++bookmarks).ToString(System.Globalization.CultureInfo.InvariantCulture);
                body.Append(new BookmarkStart { Name = name, Id = id });
                body.Append(paragraphs);
                body.Append(new BookmarkEnd { Id = id });
            }

            var heading = $"Item {input.ItemNumber}: {WordingText.Fill(w.MotionHeading, ("mover", input.Mover))}";
            body.Append(Plain(m.Council, bold: true), Plain($"{m.Committee}, {Formats.Date(m.Date)}"), Heading(1, heading),
                Plain(input.Title, bold: true), MoverLine(w, input.Mover, input.Seconder));
            Bookmarked(MotionBookmark, tracked.Write(TrackedChanges.Compare(input.MotionMarkdown, input.MotionMarkdown), null, 2));
            if (input.Amendments.Count > 0) body.Append(Plain(ChangesKey, italic: true));
            foreach (var a in input.Amendments)
            {
                var tree = TrackedChanges.Compare(a.MovedToMarkdown, a.AmendedMarkdown);
                body.Append(Heading(2, WordingText.Fill(w.AmendmentHeading, ("number", Formats.Number(a.Number)), ("mover", a.Mover))),
                    MoverLine(w, a.Mover, a.Seconder), Plain($"Tabled on {Formats.Date(a.TabledOn)}."));
                var instructions = ChangeRenderers.Instructions(tree);
                if (instructions.Count > 0)
                {
                    body.Append(Plain("As moved:", bold: true));
                    body.Append(instructions.Select(i => Plain(i, indent: true)));
                }
                body.Append(Plain(w.MotionToRead));
                Bookmarked(AmendmentBookmark(a.Number), tracked.Write(tree, new Revision(a.Mover, a.TabledOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)), 2));
                body.Append(new Paragraph(new Run(Bold(), new Text(w.OutcomeLabel + ": ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new Text(w.Outcomes.TryGetValue(a.Outcome.ToString(), out var o) ? o : a.Outcome.ToString()))));
            }
            if (input.AsAmendedMarkdown is { } amended)
            {
                body.Append(Heading(2, w.AsAmendedHeading));
                body.Append(tracked.Write(TrackedChanges.Compare(amended, amended), null, 2));
            }
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
            if (lists.Count > 0) main.AddNewPart<NumberingDefinitionsPart>().Numbering = WordLists.Part(lists);
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Make();
            // Further edits are tracked too: a councillor drafting an amendment in this file shows what they changed.
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new TrackRevisions());
            document.PackageProperties.Title = $"{m.Committee}, {Formats.Date(m.Date)}: {heading}";
            document.PackageProperties.Subject = input.Title;
            document.PackageProperties.Creator = m.Council;
            document.PackageProperties.Language = "en-GB";
        }
        return stream.ToArray();
    }

    private static RunProperties Bold() => new(new Bold());

    private static Paragraph Plain(string text, bool bold = false, bool italic = false, bool indent = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold || italic) run.PrependChild(new RunProperties(bold ? new Bold() : new Italic()));
        var paragraph = new Paragraph(run);
        if (indent) paragraph.PrependChild(new ParagraphProperties(new Indentation { Left = WordLists.Indent(1) }));
        return paragraph;
    }

    private static Paragraph Heading(int level, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "Heading" + level }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph MoverLine(MotionWording w, string mover, string? seconder)
    {
        var p = new Paragraph(new Run(Bold(), new Text(w.ProposedBy + ": ") { Space = SpaceProcessingModeValues.Preserve }), new Run(new Text(mover)));
        if (seconder is not null)
            p.Append(new Run(Bold(), new TabChar(), new Text(w.SecondedBy + ": ") { Space = SpaceProcessingModeValues.Preserve }), new Run(new Text(seconder)));
        return p;
    }
}
