using CommitteeHub.Documents.Layout;
using CommitteeHub.Documents.Templates;

namespace CommitteeHub.Documents.Papers;

/// <summary>
/// The agenda as councils print it: a front sheet (meeting, membership, quorum, contact, notes on public access,
/// webcasting and exempt items), the numbered items with the page of the pack where each item's papers start, then
/// the reports pack: each report from its Markdown and its uploaded appendices merged in at their place.
/// </summary>
public static partial class AgendaPack
{
    public static byte[] Render(AgendaPackInput input, AgendaPackOptions options, DocumentTemplates templates, DateTimeOffset? printedAt = null) =>
        DocumentRenderer.Render(Document(input, options, templates), templates, printedAt);

    /// <summary>The supplementary pack for late items: each item's reason for urgency, and its papers.</summary>
    public static byte[] Supplement(AgendaPackInput input, Edition edition, DocumentTemplates templates, DateTimeOffset? printedAt = null) =>
        DocumentRenderer.Render(SupplementDocument(input, edition, templates), templates, printedAt);

    internal static LayoutDocument Document(AgendaPackInput input, AgendaPackOptions options, DocumentTemplates templates)
    {
        var w = templates.Wording.Agenda;
        var m = input.Meeting;
        var blocks = new List<Block>();
        var label = EditionLabel(input.Items, options.Edition, w);
        blocks.AddRange(MeetingHeading(m, m.Committee, label));
        blocks.Add(new Heading(2, w.MembershipHeading));
        blocks.Add(new Paragraph(Membership(input.Membership, w)));
        if (input.Quorum is not null) blocks.Add(new Paragraph([new Run(w.QuorumLabel + ": ", RunStyle.Bold), new Run(input.Quorum)]));
        blocks.Add(new Heading(2, w.ContactHeading));
        blocks.Add(new Paragraph(WordingText.Fill(w.ContactText, ("name", input.Contact.Name),
            ("telephone", input.Contact.Telephone ?? "-"), ("email", input.Contact.Email ?? "-"))));
        blocks.Add(new Heading(2, w.PublicAccessHeading) { Bookmark = false });
        blocks.Add(new Paragraph(w.PublicAccess));
        blocks.Add(new Heading(2, w.WebcastingHeading) { Bookmark = false });
        blocks.Add(new Paragraph(w.Webcasting));
        if (input.Items.Any(i => i.ExemptParagraph is not null))
        {
            blocks.Add(new Heading(2, w.ExemptItemsHeading) { Bookmark = false });
            blocks.Add(new Paragraph(w.ExemptItems));
        }
        blocks.Add(new PageBreak());
        blocks.AddRange(ItemList(input.Items, options, w));
        if (options.IncludeReports) blocks.AddRange(ReportsPack(input.Items, options.Edition, w));
        return new LayoutDocument(Title(m, "Agenda", label), blocks)
        {
            HeaderText = $"{m.Committee}, {Formats.Date(m.Date)}",
            Author = m.Council,
            Subject = options.IncludeReports ? "Agenda and reports pack" : "Agenda",
            Marking = ExemptMarking(input.Items, options.Edition, w),
        };
    }

    internal static LayoutDocument SupplementDocument(AgendaPackInput input, Edition edition, DocumentTemplates templates)
    {
        var w = templates.Wording.Agenda;
        var m = input.Meeting;
        var blocks = new List<Block>();
        var label = EditionLabel(input.Items, edition, w);
        blocks.AddRange(MeetingHeading(m, $"{m.Committee}: {w.SupplementTitle}", label));
        blocks.Add(new Paragraph(w.SupplementIntro));
        blocks.AddRange(ItemList(input.Items, new AgendaPackOptions(edition), w, headed: false));
        blocks.AddRange(ReportsPack(input.Items, edition, w));
        return new LayoutDocument(Title(m, w.SupplementTitle, label), blocks)
        {
            HeaderText = $"{m.Committee}, {Formats.Date(m.Date)}: {w.SupplementTitle}",
            Author = m.Council,
            Subject = w.SupplementTitle,
            Marking = ExemptMarking(input.Items, edition, w),
        };
    }

    /// <summary>A full edition that carries exempt information says so across every page, so a printed copy left on a
    /// desk is recognised for what it is.</summary>
    internal static string? ExemptMarking(IEnumerable<AgendaItem> items, Edition edition, AgendaWording w) =>
        edition == Edition.Full && items.Any(i => i.ExemptParagraph is not null || i.Reports.Any(r => r.ExemptParagraph is not null || r.Appendices.Any(a => a.ExemptParagraph is not null)))
            ? w.FullEditionMarking : null;

    /// <summary>"Public edition"; for a full edition, whether it carries exempt information, since a full edition of a
    /// meeting with no exempt business must not claim to.</summary>
    private static string EditionLabel(IEnumerable<AgendaItem> items, Edition edition, AgendaWording w) =>
        edition == Edition.Public ? w.PublicEdition : ExemptMarking(items, edition, w) is not null ? w.FullEdition : w.FullEditionWithoutExempt;

    private static string Title(MeetingDetails m, string what, string label) => $"{m.Committee}, {Formats.Date(m.Date)}: {what} ({label})";

    private static IEnumerable<Block> MeetingHeading(MeetingDetails m, string title, string label)
    {
        yield return new Paragraph(m.Council, RunStyle.Bold) { Size = 14 };
        yield return new Heading(1, title);
        yield return new Paragraph([new Run("Date: ", RunStyle.Bold), new Run(Formats.Date(m.Date))]);
        yield return new Paragraph([new Run("Time: ", RunStyle.Bold), new Run(Formats.Time(m.Time))]);
        yield return new Paragraph([new Run("Venue: ", RunStyle.Bold), new Run(m.Venue)]);
        yield return new Paragraph(label, RunStyle.Italic);
    }

    private static string Membership(IReadOnlyList<CommitteeMember> members, AgendaWording w) =>
        string.Join(", ", members
            .OrderBy(x => x.Role switch { MemberRole.Chairman => 0, MemberRole.ViceChairman => 1, _ => 2 })
            .Select(x => x.Role switch
            {
                MemberRole.Chairman => $"{x.Name} ({w.ChairmanCaption})",
                MemberRole.ViceChairman => $"{x.Name} ({w.ViceChairmanCaption})",
                _ => x.Name,
            }));

    internal static string AnchorFor(AgendaItem item) => "item-" + item.Number;

    private static bool HasPapers(AgendaItem item, Edition edition) =>
        item.Reports.Count > 0 && (edition == Edition.Full || item.ExemptParagraph is null);

    private static IEnumerable<Block> ItemList(IReadOnlyList<AgendaItem> items, AgendaPackOptions options, AgendaWording w, bool headed = true)
    {
        if (headed) yield return new Heading(1, w.ItemsHeading);
        var rows = new List<IReadOnlyList<TableCell>>();
        var exclusionShown = items.Any(i => i.IsExclusion);
        foreach (var item in items)
        {
            if (item.ExemptParagraph is not null && !exclusionShown)
            {
                // The resolution to exclude the press and public must name the items and the paragraphs (s.100A(4)).
                var exempt = items.Where(i => i.ExemptParagraph is not null).ToList();
                var text = WordingText.Fill(w.ExclusionResolution,
                    ("items", (exempt.Count == 1 ? "item " : "items ") + Formats.Join(exempt.Select(i => i.Number))),
                    ("paragraphs", (exempt.Select(i => i.ExemptParagraph).Distinct().Count() == 1 ? "paragraph " : "paragraphs ") +
                        Formats.Join(exempt.Select(i => i.ExemptParagraph!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct())));
                rows.Add(Row(options, new TableCell(""), new TableCell([new Run(w.ExclusionHeading, RunStyle.Bold), new Run("\n" + text)]), null));
                exclusionShown = true;
            }
            var business = new List<Run> { new(item.Title, RunStyle.Bold) };
            if (item.ExemptParagraph is int p)
                business.Add(new Run("\n" + WordingText.Fill(w.ExemptNotice, ("paragraph", p.ToString(System.Globalization.CultureInfo.InvariantCulture))), RunStyle.Italic));
            if (item.ReasonForUrgency is not null)
                business.Add(new Run($"\n{w.ReasonForUrgencyLabel}: {item.ReasonForUrgency}", RunStyle.Italic));
            if (item.Description is not null && (options.Edition == Edition.Full || item.ExemptParagraph is null))
                business.Add(new Run("\n" + Formats.PlainText(item.Description)));
            var page = options.IncludeReports && HasPapers(item, options.Edition) ? AnchorFor(item) : null;
            rows.Add(Row(options, new TableCell(item.Number, RunStyle.Bold), new TableCell(business), page));
        }
        IReadOnlyList<TableCell> header = options.IncludeReports
            ? [new TableCell(w.ItemNumberColumn), new TableCell(w.ItemTitleColumn), new TableCell(w.ItemPageColumn)]
            : [new TableCell(w.ItemNumberColumn), new TableCell(w.ItemTitleColumn)];
        yield return new Table(header, rows, options.IncludeReports ? [1.1, 8, 1.1] : [1.1, 9]) { Ruled = false };
    }

    private static IReadOnlyList<TableCell> Row(AgendaPackOptions options, TableCell number, TableCell business, string? pageAnchor) =>
        options.IncludeReports
            ? [number, business, new TableCell(pageAnchor is null ? [] : [new Run("") { PageOf = pageAnchor }])]
            : [number, business];

    private static IEnumerable<Block> ReportsPack(IReadOnlyList<AgendaItem> items, Edition edition, AgendaWording w)
    {
        foreach (var item in items.Where(i => HasPapers(i, edition)))
        {
            var blocks = new List<Block> { new Anchor(AnchorFor(item)), new Heading(1, $"{item.Number}. {item.Title}") };
            if (item.ExemptParagraph is int p)
                blocks.Add(new Paragraph(WordingText.Fill(w.ExemptNotice, ("paragraph", Formats.Number(p))), RunStyle.Bold));
            if (item.ReasonForUrgency is not null)
                blocks.Add(new Paragraph([new Run(w.ReasonForUrgencyLabel + ": ", RunStyle.Bold), new Run(item.ReasonForUrgency)]));
            var printed = PrintedAppendices(item, edition);
            foreach (var report in item.Reports)
            {
                // The item's heading names a report of the same title; a report written from the template repeats
                // its title as its own first heading: the title is printed once.
                var titled = !SameTitle(report.Title, item.Title);
                if (report.IsAppendix)
                {
                    blocks.Add(new PageBreak());
                    if (printed.ContainsKey(AppendixLabel(report.Title) ?? "")) blocks.Add(new Anchor(AppendixAnchor(item, report.Title)));
                }
                if (titled) blocks.Add(new Heading(2, report.Title));
                if (report.ExemptParagraph is int rp && edition == Edition.Public)
                {
                    blocks.Add(new Paragraph(WordingText.Fill(w.ExemptNotice, ("paragraph", Formats.Number(rp))), RunStyle.Italic));
                    continue;
                }
                if (report.ExemptParagraph is int fp)
                    blocks.Add(new Paragraph(WordingText.Fill(w.ExemptNotice, ("paragraph", Formats.Number(fp))), RunStyle.Bold));
                blocks.AddRange(MarkdownBlocks.Convert(report.Markdown, headingOffset: 1)
                    .Where(b => b is not Heading h || !(SameTitle(h.Text, report.Title) || SameTitle(h.Text, item.Title)))
                    .Select(b => AppendixListed(b, item, printed)).Select(Unbookmarked));
                foreach (var appendix in report.Appendices)
                {
                    if (appendix.ExemptParagraph is int ap && edition == Edition.Public)
                        blocks.Add(new Paragraph([new Run(appendix.Title + ": ", RunStyle.Bold),
                            new Run(WordingText.Fill(w.ExemptNotice, ("paragraph", Formats.Number(ap))), RunStyle.Italic)]));
                    else
                    {
                        if (printed.ContainsKey(AppendixLabel(appendix.Title) ?? "")) blocks.Add(new Anchor(AppendixAnchor(item, appendix.Title)));
                        blocks.Add(new Appendix(appendix.Title, appendix.Pdf) { BookmarkLevel = 3 });
                    }
                }
            }
            yield return new PageBreak();
            yield return new Section($"{item.Number}. {item.Title}", blocks);
        }
    }

    private static bool SameTitle(string a, string b)
    {
        static string Letters(string s) => string.Concat(s.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        return Letters(a) == Letters(b);
    }

    /// <summary>"A" for "Appendix A: Bids received"; null for a title that is not an appendix's.</summary>
    private static string? AppendixLabel(string title) =>
        AppendixName().Match(title) is { Success: true } m ? m.Groups[1].Value.ToUpperInvariant() : null;

    private static string AppendixAnchor(AgendaItem item, string title) => $"{AnchorFor(item)}-appendix-{AppendixLabel(title)}";

    /// <summary>The appendices of an item printed in this edition of the pack, by label, with their anchors.</summary>
    private static Dictionary<string, string> PrintedAppendices(AgendaItem item, Edition edition)
    {
        var titles = item.Reports.Where(r => r.IsAppendix && (r.ExemptParagraph is null || edition == Edition.Full)).Select(r => r.Title)
            .Concat(item.Reports.SelectMany(r => r.Appendices).Where(a => a.ExemptParagraph is null || edition == Edition.Full).Select(a => a.Title));
        var printed = new Dictionary<string, string>();
        foreach (var title in titles)
            if (AppendixLabel(title) is { } label) printed.TryAdd(label, AppendixAnchor(item, title));
        return printed;
    }

    /// <summary>A report's list of appendices names each as "Appendix A: Title (to follow)" when it was written.
    /// One printed in this pack is listed as a link to the page it starts on, with that page, and no longer "to
    /// follow"; one really to follow is listed as written.</summary>
    private static Block AppendixListed(Block block, AgendaItem item, Dictionary<string, string> printed)
    {
        if (block is not Paragraph { Number: null } p || p.Runs.Any(r => r.Link is not null || r.PageOf is not null)) return block;
        var text = string.Concat(p.Runs.Select(r => r.Text)).Trim();
        if (AppendixLabel(text) is not { } label || !printed.TryGetValue(label, out var anchor)) return block;
        var listed = ToFollow().Replace(text, "");
        return p with { Runs = [new Run(listed) { Link = "#" + anchor }, new Run(", page "), new Run("") { PageOf = anchor }] };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Appendix\s+([A-Z0-9]{1,3})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AppendixName();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\(to follow\)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ToFollow();

    /// <summary>A report's own headings stay out of the bookmarks, which list items, reports and appendices.</summary>
    private static Block Unbookmarked(Block b) => b is Heading h ? h with { Level = Math.Max(2, h.Level), Bookmark = false } : b;
}
