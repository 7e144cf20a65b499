using CommitteeHub.Amendments;
using CommitteeHub.Documents.Layout;
using CommitteeHub.Documents.Templates;

namespace CommitteeHub.Documents.Papers;

/// <summary>
/// A notice of motion with its amendments, as the order paper prints them and the motion page shows them: the motion
/// with its lines numbered, each amendment as tracked changes against the motion it was moved to (the substantive
/// motion once an earlier amendment is carried) with its mover, seconder, order-paper instructions, outcome and vote
/// (by name where recorded), the motion as amended, and the resolution.
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
        blocks.AddRange(WithLineNumbers(input.MotionMarkdown));

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
            // The order paper's wording ("leave out ... and insert ..."), as the motion page gives it.
            var instructions = ChangeRenderers.Instructions(tree);
            if (instructions.Count > 0)
            {
                section.Add(new Heading(3, w.InstructionsHeading) { Bookmark = false });
                section.Add(new ListBlock(ListKind.Numbered, instructions.Select(text => new ListItem(text)).ToList()));
            }
            section.Add(new Paragraph([new Run(w.OutcomeLabel + ": ", RunStyle.Bold),
                new Run(w.Outcomes.TryGetValue(a.Outcome.ToString(), out var o) ? o : a.Outcome.ToString())]));
            if (a.Vote is { } vote) section.Add(Voted(w, vote, templates));
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
            asAmended.AddRange(WithLineNumbers(substantive));
            blocks.Add(new Section(w.AsAmendedHeading, asAmended));
        }
        if (input.ResolutionMarkdown is { } resolved)
        {
            var resolution = new List<Block> { new Heading(2, w.ResolutionHeading) };
            resolution.AddRange(MarkdownBlocks.Convert(resolved, 2).Select(b => b is Heading h ? h with { Bookmark = false } : b));
            if (input.ResolutionVote is { } vote) resolution.Add(Voted(w, vote, templates));
            blocks.Add(new Section(w.ResolutionHeading, resolution));
        }
        return new LayoutDocument($"{m.Committee}, {Formats.Date(m.Date)}: {heading}", blocks)
        {
            HeaderText = $"{m.Committee}, {Formats.Date(m.Date)}: item {input.ItemNumber}",
            Author = m.Council,
            Subject = input.Title,
        };
    }

    /// <summary>The motion with its lines numbered in the margin as the motion page numbers them, so "line 12" in
    /// debate is the same line on paper and on screen.</summary>
    private static IEnumerable<Block> WithLineNumbers(string markdown)
    {
        var number = 1;
        foreach (var block in NumberedLines.Of(markdown))
        {
            yield return new Paragraph(string.Join("\n", block.Lines), block.IsHeading ? RunStyle.Bold : RunStyle.None) { FirstLineNumber = number, Size = 10 };
            number += block.Lines.Count;
        }
    }

    private static Paragraph Voted(MotionWording w, Vote vote, DocumentTemplates templates)
    {
        var p = MinutesPaper.VoteParagraph(vote, templates.Wording.Minutes);
        return p with { Runs = [new Run(w.VoteLabel + ": ", RunStyle.Bold), .. p.Runs] };
    }

    private static Paragraph MoverLine(MotionWording w, string mover, string? seconder)
    {
        var runs = new List<Run> { new(w.ProposedBy + ": ", RunStyle.Bold), new(mover) };
        if (seconder is not null) { runs.Add(new Run("    " + w.SecondedBy + ": ", RunStyle.Bold)); runs.Add(new Run(seconder)); }
        return new Paragraph(runs);
    }
}
