using CommitteeHub.Documents.Layout;
using CommitteeHub.Documents.Templates;

namespace CommitteeHub.Documents.Papers;

/// <summary>
/// The minutes of a meeting: attendance, declarations of interest, each item's numbered minutes and resolutions with
/// their votes, and the Chairman's signature block. Until approved every page is marked DRAFT (LGA 1972 Sch 12
/// para 41); the public edition prints only the written summary of exempt business (s.100C(2)).
/// </summary>
public static class MinutesPaper
{
    public static byte[] Render(MinutesInput input, Edition edition, DocumentTemplates templates, DateTimeOffset? printedAt = null) =>
        DocumentRenderer.Render(Document(input, edition, templates), templates, printedAt);

    internal static LayoutDocument Document(MinutesInput input, Edition edition, DocumentTemplates templates)
    {
        var w = templates.Wording.Minutes;
        var m = input.Meeting;
        var draft = input.Approved is null;
        var blocks = new List<Block>
        {
            new Paragraph(m.Council, RunStyle.Bold) { Size = 14 },
            new Heading(1, $"Minutes of the {m.Committee}"),
            new Paragraph($"Held on {Formats.Date(m.Date)} at {Formats.Time(m.Time)}, {m.Venue}."),
        };
        if (draft) blocks.Add(new Paragraph(w.DraftNotice, RunStyle.Bold));

        var a = input.Attendance;
        Names(blocks, w.PresentHeading, a.Present.Select(p => p.Role switch
        {
            MemberRole.Chairman => $"{p.Name} (Chairman)",
            MemberRole.ViceChairman => $"{p.Name} (Vice-Chairman)",
            _ => p.Name,
        }));
        Names(blocks, w.ApologiesHeading, a.Apologies);
        Names(blocks, w.AbsentHeading, a.Absent);
        Names(blocks, w.SubstitutesHeading, a.Substitutes.Select(s => WordingText.Fill(w.SubstituteFor, ("name", s.Name), ("for", s.For))));
        Names(blocks, w.OfficersHeading, a.Officers.Select(o => $"{o.Name} ({o.JobTitle})"));
        Names(blocks, w.InAttendanceHeading, a.InAttendance);

        blocks.Add(new Heading(2, w.DeclarationsHeading) { Bookmark = false });
        if (input.Declarations.Count == 0) blocks.Add(new Paragraph(w.NoDeclarations));
        else blocks.Add(new ListBlock(ListKind.Bulleted, input.Declarations.Select(d => new ListItem(Declared(d, w))).ToList()));

        foreach (var item in input.Items) blocks.Add(Item(item, edition, w));

        blocks.Add(new Rule());
        if (input.Approved is { } approved)
        {
            blocks.Add(new Paragraph(approved.Chairman is null
                ? WordingText.Fill(w.ApprovedNoticeUnnamed, ("date", Formats.Date(approved.SignedOn)))
                : WordingText.Fill(w.ApprovedNotice, ("date", Formats.Date(approved.SignedOn)), ("chairman", approved.Chairman))));
            blocks.Add(new SignatureBlock([
                new SignatureLine(w.SignatureLabel, approved.Chairman, w.ChairmanCaption),
                new SignatureLine(w.DateLabel, Formats.Date(approved.SignedOn)),
            ]));
        }
        else
        {
            blocks.Add(new SignatureBlock([
                new SignatureLine(w.SignatureLabel, null, w.ChairmanCaption),
                new SignatureLine(w.DateLabel, null),
            ]));
        }

        var title = $"Minutes of the {m.Committee}, {Formats.Date(m.Date)}{(draft ? " (draft)" : "")}";
        return new LayoutDocument(title, blocks)
        {
            HeaderText = $"{m.Committee}, {Formats.Date(m.Date)}",
            Author = m.Council,
            Subject = "Minutes",
            Marking = draft ? w.DraftMarking
                : edition == Edition.Full && input.Items.Any(i => i.ExemptParagraph is not null) ? templates.Wording.Agenda.FullEditionMarking : null,
        };
    }

    /// <summary>Each part a sentence of its own: "Mr Jones declared a disclosable pecuniary interest in item 4. He is a
    /// director of the agency. Mr Jones left the room for that item and took no part in it."</summary>
    private static string Declared(DeclarationOfInterest d, MinutesWording w)
    {
        var sentences = new List<string> { WordingText.Fill(w.Declaration, ("member", d.Member), ("item", d.ItemNumber), ("interest", d.Interest)) };
        if (!string.IsNullOrWhiteSpace(d.Nature)) sentences.Add(Sentence(d.Nature));
        if (d.LeftTheRoom) sentences.Add(WordingText.Fill(w.LeftTheRoom, ("member", d.Member), ("item", d.ItemNumber)));
        if (d.Dispensation) sentences.Add(w.Dispensation);
        return string.Join(" ", sentences);

        static string Sentence(string text)
        {
            text = text.Trim();
            return char.ToUpperInvariant(text[0]) + text[1..] + (text[^1] is '.' or '!' or '?' ? "" : ".");
        }
    }

    private static void Names(List<Block> blocks, string heading, IEnumerable<string> names)
    {
        var list = names.ToList();
        if (list.Count == 0) return;
        blocks.Add(new Heading(2, heading) { Bookmark = false });
        blocks.Add(new Paragraph(string.Join(", ", list)));
    }

    private static Block Item(MinuteItem item, Edition edition, MinutesWording w)
    {
        var blocks = new List<Block> { new Heading(2, $"{item.MinuteNumber}. {item.Title}") };
        var paragraphs = new List<ListItem>();
        string Next() => $"{item.MinuteNumber}.{paragraphs.Count + 1}";
        if (item.ReasonForUrgency is not null)
            blocks.Add(new Paragraph(WordingText.Fill(w.Urgency, ("reason", item.ReasonForUrgency)), RunStyle.Italic));

        if (item.ExemptParagraph is not null && edition == Edition.Public)
        {
            blocks.Add(new Paragraph(w.ExemptSummaryNote, RunStyle.Italic));
            if (item.PublicSummaryMarkdown is not null)
                paragraphs.Add(new ListItem(MarkdownBlocks.Convert(item.PublicSummaryMarkdown, 2), Next()));
        }
        else
        {
            if (item.Markdown is not null) paragraphs.Add(new ListItem(MarkdownBlocks.Convert(item.Markdown, 2), Next()));
            foreach (var r in item.Resolutions)
            {
                var body = new List<Block> { new Paragraph(r.Preamble, RunStyle.Bold) };
                if (r.Points.Count > 0)
                    body.Add(new ListBlock(ListKind.Numbered, r.Points.Select(p => new ListItem(MarkdownBlocks.Convert(p, 2))).ToList()));
                if (r.Vote is { } vote) body.Add(VoteParagraph(vote, w));
                paragraphs.Add(new ListItem(body, Next()));
            }
        }
        if (paragraphs.Count > 0) blocks.Add(new ListBlock(ListKind.Numbered, paragraphs));
        return new Section($"{item.MinuteNumber}. {item.Title}", blocks);
    }

    /// <summary>Also the motion paper's votes, so a vote reads the same in both.</summary>
    internal static Paragraph VoteParagraph(Vote vote, MinutesWording w)
    {
        var runs = new List<Run> { new((vote.Outcome == VoteOutcome.Carried ? w.Carried : w.Lost) is var o ? char.ToUpperInvariant(o[0]) + o[1..] : "", RunStyle.Bold) };
        if (vote.NamesFor is not null || vote.NamesAgainst is not null || vote.NamesAbstaining is not null)
        {
            void Names(string label, IReadOnlyList<string>? names)
            {
                runs.Add(new Run($"\n{label} ({names?.Count ?? 0}): ", RunStyle.Bold));
                runs.Add(new Run(names is { Count: > 0 } ? string.Join(", ", names) : "none"));
            }
            Names(w.VotedFor, vote.NamesFor);
            Names(w.VotedAgainst, vote.NamesAgainst);
            Names(w.Abstained, vote.NamesAbstaining);
        }
        else if (vote.For is not null || vote.Against is not null || vote.Abstained is not null)
        {
            runs.Add(new Run(": " + WordingText.Fill(w.VoteCounts,
                ("for", Formats.Number(vote.For ?? 0)), ("against", Formats.Number(vote.Against ?? 0)), ("abstained", Formats.Number(vote.Abstained ?? 0)))));
        }
        return new Paragraph(runs);
    }
}
