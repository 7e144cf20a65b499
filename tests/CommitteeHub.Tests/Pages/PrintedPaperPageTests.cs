using System.Net;
using System.Text.RegularExpressions;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CommitteeHub.Tests.Pages;

/// <summary>Issue 11's printed-paper points on the demo council's own papers, over HTTP: the 17 July 2019 report
/// with its lettered points and appendices, and the 7 June 2019 motion.</summary>
public sealed partial class PrintedPaperPageTests(CommitteeHubApp app) : AppTest(app)
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    private static string Flat(string text) => Space().Replace(text, " ").Trim();

    private async Task<(int MeetingId, int ReportId)> ImprovementPlanReport()
    {
        await using var db = Db();
        var meetingId = await Demo.SelectCommitteeMeetingOf17July2019(db);
        var reportId = await db.Documents.Where(d => d.Kind == DocumentKind.Report && d.Title == "Adoption of an Improvement Plan for Children's Services")
            .Join(db.AgendaItems.Where(i => i.MeetingId == meetingId), d => d.AgendaItemId, i => i.Id, (d, i) => d.Id).SingleAsync();
        return (meetingId, reportId);
    }

    [Fact]
    public async Task Lettered_points_typed_as_bullets_show_their_letters_only_and_numbered_paragraphs_hang_their_numbers_on_screen()
    {
        var (_, reportId) = await ImprovementPlanReport();
        var html = await App.Anonymous().GetStringAsync($"/documents/{reportId}");
        // "- e) Timetable..." was a bullet holding a one-item list lettered from e: "• e." on screen.
        Assert.DoesNotMatch(@"<li>\s*<ol", html);
        Assert.Contains("e) Timetable for delivery of proposals;", html);
        Assert.Matches(@"<ul class=""[^""]*lettered[^""]*"">", html);
        Assert.Matches(@"<p class=""numbered"">4\.1 ", html);
        Assert.Matches(@"<ul class=""[^""]*under-number[^""]*"">\s*<li>\s*(<p>)?a\) The effectiveness", html);
    }

    [Fact]
    public async Task The_pack_of_17_July_2019_prints_the_report_title_once_and_links_its_published_appendices_on_pages_of_their_own()
    {
        var (meetingId, _) = await ImprovementPlanReport();
        var response = await App.Anonymous().GetAsync($"/meetings/{meetingId}/pack.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var pages = doc.GetPages().Select(p => Flat(UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(p))).ToList();
        var report = pages.FindIndex(p => p.Contains("Report by Director of Children's Services"));
        Assert.True(report >= 0);
        Assert.Single(Regex.Matches(pages[report], "Adoption of an Improvement Plan for Children's Services"));

        var listing = pages.FindLastIndex(p => p.Contains("Appendix B: Draft Children First Practice Improvement Plan") && p.Contains("Appendix A:"));
        Assert.DoesNotContain("(to follow)", pages[listing]);
        var links = doc.GetPage(listing + 1).GetAnnotations().Select(a => a.Action).OfType<UglyToad.PdfPig.Actions.GoToAction>().ToList();
        Assert.Equal(2, links.Count);
        foreach (var link in links)
        {
            var target = link.Destination.PageNumber - 1;
            Assert.True(target > listing, "an appendix starts on a page after its report");
            Assert.Matches(@"^(.*? )?Appendix [AB]: ", pages[target]);
            Assert.Contains($"page {target + 1}", pages[listing]);
        }
    }

    [Fact]
    public async Task The_motion_paper_prints_the_instructions_and_the_resolution_with_its_vote_as_the_motion_page_shows_them()
    {
        await using var db = Db();
        var motion = await Demo.MotionByMrJones(db);
        var client = App.Anonymous();
        var page = await client.GetStringAsync($"/motions/{motion.Id}");
        var instruction = Regex.Match(page, @"<ol class=""instructions"">\s*<li>([^<]{20,60})").Groups[1].Value;
        Assert.NotEmpty(instruction);
        Assert.Contains("id=\"resolution\"", page);
        var vote = Regex.Match(page, @"<p class=""vote"">Vote: (\d+) for, (\d+) against, (\d+) abstaining").Groups;

        var response = await client.GetAsync($"/motions/{motion.Id}/motion.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Flat(PaperTests.Read(await response.Content.ReadAsByteArrayAsync()).Text);
        Assert.Contains("As moved", text);
        Assert.Contains(Flat(System.Net.WebUtility.HtmlDecode(instruction)), text);
        Assert.Contains("Resolution", text);
        Assert.Contains($"{vote[1].Value} for, {vote[2].Value} against, {vote[3].Value} abstaining", text);
    }
}
