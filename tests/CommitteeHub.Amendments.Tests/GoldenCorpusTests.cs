namespace CommitteeHub.Amendments.Tests;

/// <summary>The golden corpus: each case's expected marking was written by hand, as a clerk would mark it.</summary>
public sealed class GoldenCorpusTests
{
    public static TheoryData<string> Cases() => new(GoldenCase.Names());

    [Fact]
    public void The_corpus_has_at_least_forty_cases() => Assert.True(GoldenCase.Names().Count() >= 40);

    [Theory, MemberData(nameof(Cases))]
    public void The_marking_is_what_a_clerk_would_write(string name)
    {
        var c = GoldenCase.Load(name);
        var tree = TrackedChanges.Compare(c.Original, c.Amended);
        Assert.Equal(c.Marked, ChangeRenderers.PlainText(tree));
    }

    [Theory, MemberData(nameof(Cases))]
    public void The_instructions_read_as_an_order_paper(string name)
    {
        var c = GoldenCase.Load(name);
        if (c.Instructions is null) return;
        var tree = TrackedChanges.Compare(c.Original, c.Amended);
        Assert.Equal(c.Instructions, ChangeRenderers.Instructions(tree));
    }

    [Theory, MemberData(nameof(Cases))]
    public void The_html_contains_the_expected_markup_and_is_well_formed(string name)
    {
        var c = GoldenCase.Load(name);
        var html = ChangeRenderers.Html(TrackedChanges.Compare(c.Original, c.Amended));
        foreach (var fragment in c.HtmlFragments) Assert.Contains(fragment, html);
        HtmlAssert.WellFormed(html);
    }

    [Theory, MemberData(nameof(Cases))]
    public void Accepting_gives_the_amended_text_and_rejecting_the_original(string name)
    {
        var c = GoldenCase.Load(name);
        var tree = TrackedChanges.Compare(c.Original, c.Amended);
        Assert.Equal(TrackedChanges.Canonical(c.Amended), tree.AcceptAll());
        Assert.Equal(TrackedChanges.Canonical(c.Original), tree.RejectAll());
    }

    [Theory, MemberData(nameof(Cases))]
    public void A_case_with_no_marking_has_no_changes(string name)
    {
        var c = GoldenCase.Load(name);
        var tree = TrackedChanges.Compare(c.Original, c.Amended);
        var marked = c.Marked.Contains("[+ ") || c.Marked.Contains("[- ") || c.Marked.Contains("[~ ") || c.Marked.Contains("[was ");
        Assert.Equal(marked, tree.HasChanges);
        Assert.Equal(marked, ChangeRenderers.Instructions(tree).Count > 0);
    }
}
