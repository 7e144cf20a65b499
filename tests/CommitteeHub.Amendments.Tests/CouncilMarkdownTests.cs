using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CommitteeHub.Amendments.Tests;

/// <summary>The one Markdown dialect that the pages, the printed papers, the line numbering and the engine all read.</summary>
public sealed class CouncilMarkdownTests
{
    private static string Html(string markdown) => Markdown.ToHtml(markdown, CouncilMarkdown.Pipeline);

    [Fact]
    public void Raw_html_typed_into_a_paper_is_text_never_markup()
    {
        var html = Html("The Council <script>alert(1)</script> notes <b>this</b>.");
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Tables_lettered_lists_strikethrough_and_bare_addresses_are_understood()
    {
        var document = Markdown.Parse("| Year | Spend |\n|---|---|\n| 2019 | £4m |\n\na. first\nb. second\n\n~~struck~~ see www.example.gov.uk", CouncilMarkdown.Pipeline);
        Assert.Single(document.Descendants<Table>());
        var list = Assert.Single(document.Descendants<ListBlock>());
        Assert.True(list.IsOrdered);
        Assert.Equal('a', list.BulletType);
        var html = Html("~~struck~~ see www.example.gov.uk");
        Assert.Contains("<del>struck</del>", html);
        Assert.Contains("href=\"http://www.example.gov.uk\"", html);
    }

    [Fact]
    public void The_engine_reads_every_construct_of_the_dialect_without_seeing_a_change_in_an_unchanged_text()
    {
        const string motion = "# Motion\n\n| Year | Spend |\n|---|---|\n| 2019 | £4m |\n\na. first\nb. second\n\n(a) lettered\n\n~~struck~~ ==marked== see www.example.gov.uk";
        Assert.False(TrackedChanges.Compare(motion, motion).HasChanges);
        var amended = TrackedChanges.Compare(motion, motion.Replace("£4m", "£5m"));
        Assert.True(amended.HasChanges);
    }
}
