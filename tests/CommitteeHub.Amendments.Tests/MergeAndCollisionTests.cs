namespace CommitteeHub.Amendments.Tests;

public sealed class MergeAndCollisionTests
{
    private const string Motion = """
        The Council:

        (a) notes the report of the Director;

        (b) asks the Leader to report back in March; and

        (c) thanks the staff for their work.
        """;

    [Fact]
    public void Amendments_to_different_paragraphs_merge_cleanly()
    {
        var carried = Motion.Replace("report of the Director", "report of the Director of Children's Services");
        var pending = Motion.Replace("thanks the staff", "thanks the social workers");

        var result = TrackedChanges.Rebase(Motion, carried, pending);

        Assert.True(result.IsClean);
        Assert.Equal(TrackedChanges.Canonical(carried.Replace("thanks the staff", "thanks the social workers")), result.Markdown);
    }

    [Fact]
    public void Amendments_to_adjacent_words_of_one_sentence_merge_cleanly()
    {
        var carried = Motion.Replace("asks the Leader", "asks the Deputy Leader");
        var pending = Motion.Replace("to report back in March", "to report back in June");

        var result = TrackedChanges.Rebase(Motion, carried, pending);

        Assert.True(result.IsClean);
        Assert.Contains("(b) asks the Deputy Leader to report back in June; and", result.Markdown);
    }

    [Fact]
    public void Different_changes_to_the_same_words_conflict_and_keep_the_carried_wording()
    {
        var carried = Motion.Replace("in March", "in April");
        var pending = Motion.Replace("in March", "in May");

        var result = TrackedChanges.Rebase(Motion, carried, pending);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("paragraph (b)", conflict.Location);
        Assert.Equal("March", conflict.BaseText);
        Assert.Equal("April", conflict.CarriedText);
        Assert.Equal("May", conflict.PendingText);
        Assert.Contains("in April", result.Markdown);
    }

    [Fact]
    public void The_same_change_made_by_both_is_applied_once()
    {
        var both = Motion.Replace("in March", "in April");
        var result = TrackedChanges.Rebase(Motion, both, both);
        Assert.True(result.IsClean);
        Assert.Equal(TrackedChanges.Canonical(both), result.Markdown);
    }

    [Fact]
    public void A_replacement_absorbed_across_a_shared_word_is_one_hunk_so_an_edit_to_that_word_conflicts()
    {
        const string text = "We note that it has failed to provide adequate funding to prevent the decline.";
        var carried = "We note that the Council needs to address the decline.";
        var pending = "We note that it has failed to urgently provide adequate funding to prevent the decline.";

        var result = TrackedChanges.Rebase(text, carried, pending);

        Assert.Single(result.Conflicts);
        Assert.Equal(TrackedChanges.Canonical(carried), result.Markdown);
    }

    [Fact]
    public void Editing_a_paragraph_the_carried_amendment_left_out_is_a_conflict()
    {
        var carried = Motion.Replace("(b) asks the Leader to report back in March; and\n\n", "").Replace("(c)", "(b)");
        var pending = Motion.Replace("in March", "in June");

        var result = TrackedChanges.Rebase(Motion, carried, pending);

        Assert.Single(result.Conflicts);
    }

    [Fact]
    public void A_paragraph_inserted_by_the_pending_amendment_is_relettered_against_the_substantive_motion()
    {
        var carried = Motion.Replace("(b) asks the Leader to report back in March; and\n\n", "").Replace("(c)", "(b)")
            .Replace("Director;", "Director; and");
        var pending = Motion.Replace("(c) thanks", "(c) apologises to the families affected;\n\n(d) thanks");

        var result = TrackedChanges.Rebase(Motion, carried, pending);

        Assert.True(result.IsClean);
        Assert.Contains("(a) notes the report of the Director; and\n\n(b) apologises to the families affected;\n\n(c) thanks the staff for their work.", result.Markdown);
    }

    [Fact]
    public void The_seed_amendment_carried_and_a_second_amendment_to_paragraph_b_rebase_cleanly()
    {
        var seed = GoldenCase.Load("001-seed-000-ofsted-motion");
        var (seedBase, seedCarried) = (seed.Original, seed.Amended);
        var pending = seedBase.Replace("the Independent Improvement Board", "the Independent Improvement Board, reporting to Council each quarter");

        var result = TrackedChanges.Rebase(seedBase, seedCarried, pending);

        Assert.True(result.IsClean);
        Assert.Equal(TrackedChanges.Canonical(seedCarried.Replace("the Independent Improvement Board", "the Independent Improvement Board, reporting to Council each quarter")), result.Markdown);
    }

    [Fact]
    public void Collisions_name_the_pairs_of_amendments_that_change_the_same_words_differently()
    {
        var first = Motion.Replace("in March", "in April");
        var second = Motion.Replace("thanks the staff", "thanks the social workers");
        var third = Motion.Replace("in March", "before Easter");
        var fourth = Motion.Replace("in March", "in April");

        var collisions = TrackedChanges.Collisions(Motion, [first, second, third, fourth]);

        Assert.Equal([(0, 2), (2, 3)], collisions.Select(c => (c.First, c.Second)));
        Assert.All(collisions, c => Assert.Equal("paragraph (b)", c.Location));
    }

    [Fact]
    public void Changes_to_neighbouring_words_do_not_collide()
    {
        var first = Motion.Replace("in March", "in April");
        var second = Motion.Replace("in March", "by the end of March");
        Assert.Empty(TrackedChanges.Collisions(Motion, [first, second]));
        Assert.Contains("report back by the end of April", TrackedChanges.Rebase(Motion, first, second).Markdown);
    }

    [Fact]
    public void Two_amendments_inserting_different_words_at_the_same_place_collide()
    {
        var first = Motion.Replace("the Leader", "the Leader and the Chief Executive");
        var second = Motion.Replace("the Leader", "the Leader and the Deputy Leader");

        var collision = Assert.Single(TrackedChanges.Collisions(Motion, [first, second]));
        Assert.Equal("", collision.BaseText);
        Assert.Equal("and the Chief Executive", collision.FirstText);
        Assert.Equal("and the Deputy Leader", collision.SecondText);
    }
}
