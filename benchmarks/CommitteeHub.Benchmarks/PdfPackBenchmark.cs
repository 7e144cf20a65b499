using System.Diagnostics;
using System.Net;
using System.Text;
using CommitteeHub.Documents.Layout;
using CommitteeHub.Documents.Papers;
using CommitteeHub.Documents.Templates;

namespace CommitteeHub.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project benchmarks/CommitteeHub.Benchmarks -- pdf-pack OUTDIR [RUNS]`: builds a reports
/// pack of about 100 pages from generated council reports, times our renderer (median of RUNS after warm-up), and
/// writes the same content as HTML for scripts/bench-pdf.sh to print with headless Chromium. A console mode rather
/// than a BenchmarkDotNet job because the comparison is with a separate program timed from the shell.
/// </summary>
public static class PdfPackBenchmark
{
    public static int Run(string[] args)
    {
        var outDir = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "committeehub-bench-pdf");
        var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 9;
        Directory.CreateDirectory(outDir);
        var templatesDir = DocumentTemplates.Find(AppContext.BaseDirectory) ?? DocumentTemplates.Find(Environment.CurrentDirectory)
            ?? throw new DirectoryNotFoundException("templates/ not found");
        var templates = DocumentTemplates.Load(templatesDir);

        // Grow the pack until it reaches 100 pages, so the figure is for the size the targets name.
        var reports = 8;
        byte[] pdf;
        int pages;
        while (true)
        {
            pdf = AgendaPack.Render(Input(reports), new AgendaPackOptions(Edition.Full), templates);
            pages = CountPages(pdf);
            if (pages >= 100) break;
            reports += Math.Max(1, (100 - pages) * reports / Math.Max(pages, 1) / 2);
        }
        var input = Input(reports);
        for (var i = 0; i < 3; i++) AgendaPack.Render(input, new AgendaPackOptions(Edition.Full), templates);
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            pdf = AgendaPack.Render(input, new AgendaPackOptions(Edition.Full), templates);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        File.WriteAllBytes(Path.Combine(outDir, "pack.pdf"), pdf);
        var document = AgendaPack.Document(input, new AgendaPackOptions(Edition.Full), templates);
        File.WriteAllText(Path.Combine(outDir, "pack.html"), Html(document, templatesDir));
        Console.WriteLine($"reports={reports} pages={CountPages(pdf)} bytes={pdf.Length} runs={runs} median_ms={times[times.Count / 2]:0.0} min_ms={times[0]:0.0} max_ms={times[^1]:0.0}");
        return 0;
    }

    private static int CountPages(byte[] pdf)
    {
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return doc.NumberOfPages;
    }

    private static readonly string[] Vocabulary =
        ("the council committee service children families improvement plan Ofsted inspection scrutiny budget " +
         "social care officers members report decision consultation partners statutory direction commissioner " +
         "performance framework outcomes evidence actions resources funding staff recruitment practice quality " +
         "assurance safeguarding placements residential foster carers education health wellbeing board cabinet " +
         "leader director county district parish ward residents equality duty risk management implications").Split(' ');

    /// <summary>A report with the seed 003 shape: headings, numbered paragraphs, bullets, lettered points, a table.</summary>
    private static string ReportMarkdown(Random random, int n)
    {
        string Sentence(int words)
        {
            var w = Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToArray();
            w[0] = char.ToUpperInvariant(w[0][0]) + w[0][1..];
            if (random.Next(5) == 0) w[random.Next(words)] = "**" + w[random.Next(words)] + "**";
            return string.Join(' ', w) + ".";
        }
        string Para(int sentences) => string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence(8 + random.Next(14))));
        var sb = new StringBuilder();
        sb.Append($"## Summary\n\n{Para(4)}\n\n## The focus for scrutiny\n\n{Para(3)}\n\n## Proposal\n\n");
        for (var s = 1; s <= 4; s++)
        {
            sb.Append($"### {s}. {Sentence(4).TrimEnd('.')}\n\n");
            for (var p = 1; p <= 3; p++) sb.Append($"{s}.{p} {Para(3)}\n\n");
            if (s == 2) for (var b = 0; b < 4; b++) sb.Append($"- {Sentence(12)}\n");
            if (s == 3) for (var b = 0; b < 4; b++) sb.Append($"- {(char)('a' + b)}) {Sentence(14)}\n");
            sb.Append('\n');
        }
        sb.Append("| Measure | 2018/19 | 2019/20 | Target |\n|---|---|---|---|\n");
        for (var r = 0; r < 6; r++) sb.Append($"| {Sentence(3).TrimEnd('.')} | {random.Next(100)}% | {random.Next(100)}% | {random.Next(100)}% |\n");
        sb.Append($"\n## Factors taken into account\n\n{Para(4)}\n\n## Consultation\n\n{Para(3)}\n\n**Contact:** Report author {n}, 033022 22660\n");
        return sb.ToString();
    }

    private static AgendaPackInput Input(int reports)
    {
        var random = new Random(2019);
        var items = Enumerable.Range(1, reports).Select(i => new AgendaItem(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Report {i} on children's services")
        {
            Reports = [new Report($"Report by the Director of Children's Services ({i})", ReportMarkdown(random, i))],
        }).ToList();
        return new AgendaPackInput(new MeetingDetails("West Sussex County Council", "Children and Young People's Services Select Committee",
                new DateOnly(2019, 7, 17), new TimeOnly(10, 30), "County Hall, Chichester"),
            [new CommitteeMember("Mr Turner", MemberRole.Chairman), new CommitteeMember("Mrs Arculus", MemberRole.ViceChairman), new CommitteeMember("Mr Jones")],
            "Three", new ContactOfficer("Ann Little", "033022 22654", "ann.little@westsussex.gov.uk"), items);
    }

    /// <summary>The same document model as HTML with print CSS: the same fonts, sizes, margins and page breaks, so
    /// Chromium lays out the same content.</summary>
    private static string Html(LayoutDocument document, string templatesDir)
    {
        var fonts = Path.Combine(templatesDir, "fonts");
        var sb = new StringBuilder();
        sb.Append($"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(document.Title)}</title><style>");
        foreach (var (weight, style, file) in new[] { ("normal", "normal", "Regular"), ("bold", "normal", "Bold"), ("normal", "italic", "Italic"), ("bold", "italic", "BoldItalic") })
            sb.Append($"@font-face{{font-family:L;font-weight:{weight};font-style:{style};src:url('file://{fonts}/LiberationSans-{file}.ttf')}}");
        sb.Append("@page{size:A4;margin:20mm}body{font-family:L;font-size:11pt;line-height:1.35}h1{font-size:16pt}h2{font-size:13pt}h3{font-size:11.5pt}" +
                  "h1,h2,h3{break-after:avoid}p{margin:0 0 6pt}ins{font-weight:bold;text-decoration:underline}table{border-collapse:collapse;width:100%}" +
                  "td,th{border:.5pt solid #000;padding:4pt;text-align:left;vertical-align:top}tr{break-inside:avoid}.pb{break-before:page}</style></head><body>");
        Blocks(sb, document.Blocks);
        sb.Append("</body></html>");
        return sb.ToString();
    }

    private static void Blocks(StringBuilder sb, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h: sb.Append($"<h{Math.Clamp(h.Level, 1, 3)}>{WebUtility.HtmlEncode(h.Text)}</h{Math.Clamp(h.Level, 1, 3)}>"); break;
                case Paragraph p: sb.Append("<p>"); Runs(sb, p.Runs); sb.Append("</p>"); break;
                case ListBlock l:
                    sb.Append(l.Kind == ListKind.Bulleted ? "<ul>" : "<ol>");
                    foreach (var item in l.Items) { sb.Append("<li>"); Blocks(sb, item.Blocks); sb.Append("</li>"); }
                    sb.Append(l.Kind == ListKind.Bulleted ? "</ul>" : "</ol>");
                    break;
                case Table t:
                    sb.Append("<table><thead><tr>");
                    foreach (var c in t.Header) { sb.Append("<th>"); Runs(sb, c.Runs); sb.Append("</th>"); }
                    sb.Append("</tr></thead><tbody>");
                    foreach (var row in t.Rows)
                    {
                        sb.Append("<tr>");
                        foreach (var c in row) { sb.Append("<td>"); Runs(sb, c.Runs); sb.Append("</td>"); }
                        sb.Append("</tr>");
                    }
                    sb.Append("</tbody></table>");
                    break;
                case PageBreak: sb.Append("<div class=\"pb\"></div>"); break;
                case Section s: sb.Append("<section>"); Blocks(sb, s.Blocks); sb.Append("</section>"); break;
                case KeepTogether k: Blocks(sb, k.Blocks); break;
                case Rule: sb.Append("<hr>"); break;
            }
        }
    }

    private static void Runs(StringBuilder sb, IEnumerable<Run> runs)
    {
        foreach (var r in runs)
        {
            var text = WebUtility.HtmlEncode(r.PageOf is null ? r.Text : "0").Replace("\n", "<br>");
            if (r.Style.HasFlag(RunStyle.Inserted)) text = $"<ins>{text}</ins>";
            if (r.Style.HasFlag(RunStyle.Deleted)) text = $"<del>{text}</del>";
            if (r.Style.HasFlag(RunStyle.Bold)) text = $"<b>{text}</b>";
            if (r.Style.HasFlag(RunStyle.Italic)) text = $"<i>{text}</i>";
            sb.Append(text);
        }
    }
}
