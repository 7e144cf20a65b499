using System.Diagnostics;

namespace CommitteeHub.Amendments.Tests;

public sealed class RobustnessTests
{
    public static TheoryData<string> Pathological() => new(
        string.Concat(Enumerable.Repeat("> ", 3000)) + "deep quote",
        string.Concat(Enumerable.Repeat("- ", 3000)) + "deep list",
        string.Join("\n", Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + "- item " + i)),
        new string('[', 20000) + "x" + new string(']', 20000),
        new string('*', 20000) + "x" + new string('*', 20000),
        string.Concat(Enumerable.Repeat("**a *b ~~c ", 1000)),
        new string('`', 10000) + "code",
        new string('(', 10000) + "a" + new string(')', 10000),
        "\0\u0001\u0008\uFFFE\uD800 lone surrogate \uDC00 and\r\nmixed\rline endings\u2028",
        string.Concat(Enumerable.Repeat("&amp;&#x41;&bogus; ", 2000)),
        string.Join("\n\n", Enumerable.Range(0, 2000).Select(i => "(" + (char)('a' + i % 26) + ") p" + i)),
        "");

    [Theory, MemberData(nameof(Pathological))]
    public void Pathological_input_never_throws_and_renders_well_formed_html(string text)
    {
        foreach (var (a, b) in new[] { (text, "plain"), ("plain", text), (text, text + " more"), (text, text) })
        {
            var tree = TrackedChanges.Compare(a, b);
            HtmlAssert.WellFormed(ChangeRenderers.Html(tree));
            Assert.Equal(TrackedChanges.Canonical(b), tree.AcceptAll());
            Assert.Equal(TrackedChanges.Canonical(a), tree.RejectAll());
            _ = ChangeRenderers.PlainText(tree);
            _ = ChangeRenderers.Instructions(tree);
        }
        _ = TrackedChanges.Rebase(text, text + " carried", text + " pending");
        _ = TrackedChanges.Collisions(text, [text + " one", text + " two"]);
    }

    [Fact]
    public void Null_input_is_an_empty_motion()
    {
        var tree = TrackedChanges.Compare(null!, "The Council notes the report.");
        Assert.Equal(BlockChangeKind.Inserted, Assert.Single(tree.Blocks).Change);
        Assert.Equal("", TrackedChanges.Compare(null!, null!).AcceptAll());
    }

    [Fact]
    public void One_word_changed_in_a_twenty_thousand_word_paragraph_is_found_quickly()
    {
        var words = Enumerable.Range(0, 20_000).Select(i => "word" + (i % 997)).ToArray();
        var original = string.Join(" ", words);
        words[12_345] = "changed";
        var amended = string.Join(" ", words);

        var clock = Stopwatch.StartNew();
        var tree = TrackedChanges.Compare(original, amended);
        clock.Stop();

        Assert.Equal(2, tree.Blocks[0].Runs.Count(r => r.IsVisibleChange));
        Assert.True(clock.ElapsedMilliseconds < 2000, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Two_long_wholly_different_paragraphs_are_bounded_and_shown_replaced()
    {
        var original = string.Join(" ", Enumerable.Range(0, 8_000).Select(i => "alpha" + i));
        var amended = string.Join(" ", Enumerable.Range(0, 8_000).Select(i => "beta" + i));

        var clock = Stopwatch.StartNew();
        var tree = TrackedChanges.Compare(original, amended);
        clock.Stop();

        Assert.True(tree.Blocks[0].ReplacedWhole);
        Assert.True(clock.ElapsedMilliseconds < 3000, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void A_long_paragraph_that_repeats_itself_is_marked_change_by_change_not_replaced_whole()
    {
        // A constitution's or budget's pattern down one paragraph: the same two sentences 1,500 times, one word of each
        // copy's first sentence changed. No word occurs once, so only the sentences can anchor the comparison.
        const string Sentence = "The Council agrees that the Director will report to the Committee on the budget every quarter. ";
        const string Other = "Members will receive the report in advance and may ask questions of the Cabinet Member. ";
        var original = string.Concat(Enumerable.Repeat(Sentence + Other, 1_500)).Trim();
        var amended = string.Concat(Enumerable.Repeat(Sentence.Replace("quarter", "month", StringComparison.Ordinal) + Other, 1_500)).Trim();

        var tree = TrackedChanges.Compare(original, amended);

        Assert.False(tree.Blocks[0].ReplacedWhole);
        Assert.Equal(1_500, tree.Blocks[0].Runs.Count(r => r.Change == RunChange.Deleted && r.Text.Trim() == "quarter"));
        Assert.Equal(1_500, tree.Blocks[0].Runs.Count(r => r.Change == RunChange.Inserted && r.Text.Trim() == "month"));
        Assert.Equal(TrackedChanges.Canonical(amended), tree.AcceptAll());
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\n")]
    public void Two_sentences_repeated_three_thousand_times_with_a_word_changed_in_each_are_marked_word_by_word(string separator)
    {
        // No sentence, paragraph or word occurs once, and no sentence is unchanged: nothing anchors the comparison,
        // and every stretch of it differs. Myers once spent its budget here and showed the text replaced whole.
        const string First = "The Council notes the report of the Director of Children's Services on the improvement plan.";
        const string Second = "It asks the Cabinet Member to publish the progress made every quarter to the Select Committee.";
        string Text(string a, string b) => string.Join(separator, Enumerable.Repeat(a + separator + b, 3_000));
        var original = Text(First, Second);
        var amended = Text(First.Replace("the report", "the reports", StringComparison.Ordinal), Second.Replace("quarter", "month", StringComparison.Ordinal));

        var tree = TrackedChanges.Compare(original, amended);

        Assert.DoesNotContain(tree.Blocks, b => b.ReplacedWhole || b.Change is BlockChangeKind.Inserted or BlockChangeKind.Deleted);
        var runs = tree.Blocks.SelectMany(b => b.Runs).Where(r => r.IsVisibleChange).Select(r => (r.Change, r.Text.Trim())).ToList();
        Assert.Equal(12_000, runs.Count);
        Assert.Equal(3_000, runs.Count(r => r == (RunChange.Deleted, "quarter")));
        Assert.Equal(3_000, runs.Count(r => r == (RunChange.Inserted, "reports")));
        Assert.Equal(TrackedChanges.Canonical(amended), tree.AcceptAll());
    }

    [Fact]
    public void One_word_repeated_thirty_thousand_times_with_every_tenth_changed_is_marked_word_by_word()
    {
        var original = string.Join(' ', Enumerable.Repeat("the", 30_000));
        var amended = string.Join(' ', Enumerable.Range(0, 30_000).Select(i => i % 10 == 5 ? "Council" : "the"));

        var tree = TrackedChanges.Compare(original, amended);

        Assert.False(tree.Blocks[0].ReplacedWhole);
        var runs = tree.Blocks[0].Runs.Where(r => r.IsVisibleChange).ToList();
        Assert.Equal(3_000, runs.Count(r => r.Change == RunChange.Inserted && r.Text.Trim() == "Council"));
        Assert.Equal(3_000, runs.Where(r => r.Change == RunChange.Deleted).Sum(r => r.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
    }
}
