namespace CommitteeHub.Amendments.Tests;

public sealed class HtmlRenderingTests
{
    private static string Html(string a, string b) => ChangeRenderers.Html(TrackedChanges.Compare(a, b));

    [Fact]
    public void Every_change_is_announced_in_text_not_by_colour()
    {
        var html = Html("The Council notes the report.", "The Council welcomes the report.");
        Assert.Contains("<del><span class=\"visually-hidden\">[deletion start] </span>notes<span class=\"visually-hidden\"> [deletion end]</span></del>", html);
        Assert.Contains("<ins><span class=\"visually-hidden\">[insertion start] </span>welcomes<span class=\"visually-hidden\"> [insertion end]</span></ins>", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("color", html);
    }

    [Fact]
    public void Text_is_encoded_and_tags_typed_into_a_motion_stay_text()
    {
        var html = Html("Note <script>alert('x')</script> & \"quotes\".", "Note <img src=x onerror=alert(1)> & \"quotes\".");
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;", html);
        Assert.Contains("onerror=alert(1)", html);
        HtmlAssert.WellFormed(html);
    }

    [Fact]
    public void Only_safe_links_become_links()
    {
        var html = Html("See [the plan](https://example.org/plan) and [this](javascript:alert(1)).", "See [the plan](https://example.org/plan) and [that](javascript:alert(1)).");
        Assert.Contains("<a href=\"https://example.org/plan\">", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public void A_whitespace_only_edit_is_not_marked()
    {
        var html = Html("The report ,and the plan", "The report, and the plan");
        Assert.DoesNotContain("<ins", html);
        Assert.DoesNotContain("<del", html);
        Assert.Contains("The report, and the plan", html);
    }

    [Fact]
    public void Marks_inside_a_change_are_nested_inside_it()
    {
        var html = Html("support these services", "support these **valued** services and *staff*");
        Assert.Contains("<strong>valued</strong>", html);
        Assert.Contains("<em>staff</em>", html);
        HtmlAssert.WellFormed(html);
    }

    [Fact]
    public void Html_and_plain_text_show_the_same_words_because_both_come_from_the_tree()
    {
        foreach (var name in GoldenCase.Names())
        {
            var c = GoldenCase.Load(name);
            var tree = TrackedChanges.Compare(c.Original, c.Amended);
            var fromTree = string.Concat(tree.Blocks.SelectMany(b => b.Runs).Select(r => r.Text)).Where(ch => !char.IsWhiteSpace(ch));
            var html = System.Xml.Linq.XElement.Parse("<r>" + ChangeRenderers.Html(tree) + "</r>");
            foreach (var hidden in html.Descendants().Where(e => (string?)e.Attribute("class") is "visually-hidden" or "marker" or "move-note" or "format-note").ToList())
                hidden.Remove();
            var shown = html.Value.Where(ch => !char.IsWhiteSpace(ch));
            Assert.Equal(new string(fromTree.ToArray()), new string(shown.ToArray()));
        }
    }

    [Fact]
    public void Deeply_and_oddly_nested_lists_still_render_well_formed()
    {
        var a = "- a\n  - b\n    - c\n      - d\n- e\n\n1. x\n   1. y\n\nText\n\n> - quoted\n> - list";
        var b = "- a\n    - c\n      - d\n        - new\n\n1. x\n\n   para in item\n   1. y\n\n## Heading\n\n- (a) one\n  - (i) two";
        HtmlAssert.WellFormed(Html(a, b));
        HtmlAssert.WellFormed(Html(b, a));
    }
}
