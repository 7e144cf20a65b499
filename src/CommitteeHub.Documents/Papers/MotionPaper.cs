using CommitteeHub.Amendments;
using CommitteeHub.Documents.Layout;
using CommitteeHub.Documents.Templates;

namespace CommitteeHub.Documents.Papers;

/// <summary>
/// A notice of motion with its amendments, as the order paper prints them: the motion, each amendment as tracked
/// changes against the motion it was moved to (the substantive motion once an earlier amendment is carried) with
/// its mover, seconder and outcome, and the motion as amended.
/// </summary>
public static class MotionPaper
{
    public static byte[] Render(MotionInput input, DocumentTemplates templates, DateTimeOffset? printedAt = null) =>
        DocumentRenderer.Render(Document(input, templates), templates, printedAt);

    internal static LayoutDocument Document(MotionInput input, DocumentTemplates templates)
    {
        var w = templates.Wording.Motion;
        var m = input.Meeting;
        var heading = $"Item {input.ItemNumber}: {WordingText.Fill(w.MotionHeading, ("mover", input.Mover))}";
        var blocks = new List<Block>
        {
            new Paragraph(m.Council, RunStyle.Bold) { Size = 14 },
            new Paragraph($"{m.Committee}, {Formats.Date(m.Date)}"),
            new Heading(1, heading),
            new Paragraph(input.Title, RunStyle.Bold),
            MoverLine(w, input.Mover, input.Seconder),
        };
        blocks.AddRange(MarkdownBlocks.Convert(input.MotionMarkdown, 1));

        var substantive = input.MotionMarkdown;
        var changed = false;
        for (var i = 0; i < input.Amendments.Count; i++)
        {
            var a = input.Amendments[i];
            var tree = TrackedChanges.Compare(substantive, a.AmendedMarkdown);
            var section = new List<Block>
            {
                new Heading(2, WordingText.Fill(w.AmendmentHeading, ("number", Formats.Number(i + 1)), ("mover", a.Mover))),
                MoverLine(w, a.Mover, a.Seconder),
                new Paragraph(w.ChangesKey, RunStyle.Italic),
                new Paragraph(w.MotionToRead),
            };
            section.AddRange(ChangeBlocks.Convert(tree));
            section.Add(new Paragraph([new Run(w.OutcomeLabel + ": ", RunStyle.Bold),
                new Run(w.Outcomes.TryGetValue(a.Outcome.ToString(), out var o) ? o : a.Outcome.ToString())]));
            blocks.Add(new Section($"Amendment {i + 1}", section));
            if (a.Outcome is AmendmentOutcome.Carried or AmendmentOutcome.Accepted)
            {
                substantive = a.AmendedMarkdown;
                changed = true;
            }
        }
        if (changed)
        {
            var asAmended = new List<Block> { new Heading(2, w.AsAmendedHeading) };
            asAmended.AddRange(MarkdownBlocks.Convert(substantive, 2).Select(b => b is Heading h ? h with { Bookmark = false } : b));
            blocks.Add(new Section(w.AsAmendedHeading, asAmended));
        }
        return new LayoutDocument($"{m.Committee}, {Formats.Date(m.Date)}: {heading}", blocks)
        {
            HeaderText = $"{m.Committee}, {Formats.Date(m.Date)}: item {input.ItemNumber}",
            Author = m.Council,
            Subject = input.Title,
        };
    }

    private static Paragraph MoverLine(MotionWording w, string mover, string? seconder)
    {
        var runs = new List<Run> { new(w.ProposedBy + ": ", RunStyle.Bold), new(mover) };
        if (seconder is not null) { runs.Add(new Run("    " + w.SecondedBy + ": ", RunStyle.Bold)); runs.Add(new Run(seconder)); }
        return new Paragraph(runs);
    }
}
