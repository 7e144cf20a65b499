using CommitteeHub.Amendments.Cleanup;
using CommitteeHub.Amendments.Diffing;

namespace CommitteeHub.Amendments.Tests;

/// <summary>Each cleanup rule on its own, from a hand-made edit script.</summary>
public sealed class CleanupRuleTests
{
    [Fact]
    public void Sliding_moves_a_deleted_sentence_onto_its_own_sentence()
    {
        var a = ScriptText.Tokens("The Committee thanks the officers. It notes the work. It asks for a report.");
        var b = ScriptText.Tokens("The Committee thanks the officers. It asks for a report.");
        // The minimal diff's fragment: "notes the work. It" deleted across two sentences.
        var fragment = new List<Segment> { Segment.Equal(0, 0, 7), Segment.Change(7, 5, 7, 0), Segment.Equal(12, 7, 5) };
        Assert.Equal("The Committee thanks the officers . It [-notes the work . It-] asks for a report .", ScriptText.Of(fragment, a, b));

        var slid = SlideToBoundaries.Apply(fragment, a, b);

        Assert.Equal("The Committee thanks the officers . [-It notes the work .-] It asks for a report .", ScriptText.Of(slid, a, b));
    }

    [Fact]
    public void Sliding_joins_an_insertion_to_the_insertion_beside_it()
    {
        var a = ScriptText.Tokens("consider the report at once");
        var b = ScriptText.Tokens("consider the report of the Director and the report of the Auditor at once");
        var split = new List<Segment>
        {
            Segment.Equal(0, 0, 1), Segment.Change(1, 0, 1, 6), Segment.Equal(1, 7, 2), Segment.Change(3, 0, 9, 3), Segment.Equal(3, 12, 2),
        };
        Assert.Equal("consider [+the report of the Director and+] the report [+of the Auditor+] at once", ScriptText.Of(split, a, b));

        var joined = SlideToBoundaries.Apply(split, a, b);

        Assert.Equal("consider the report [+of the Director and the report of the Auditor+] at once", ScriptText.Of(joined, a, b));
    }

    [Fact]
    public void Sliding_prefers_an_insertion_that_begins_with_its_conjunction()
    {
        var a = ScriptText.Tokens("to the Leader and the Cabinet");
        var b = ScriptText.Tokens("to the Leader and the Chief Executive and the Cabinet");
        var late = new List<Segment> { Segment.Equal(0, 0, 5), Segment.Change(5, 0, 5, 4), Segment.Equal(5, 9, 1) };

        var slid = SlideToBoundaries.Apply(late, a, b);

        Assert.Equal("to the Leader [+and the Chief Executive+] and the Cabinet", ScriptText.Of(slid, a, b));
    }

    [Fact]
    public void Sliding_a_change_at_the_end_of_a_block_keeps_the_words_it_passes()
    {
        var a = ScriptText.Tokens("2) notes 2) in Leader of 2)");
        var b = ScriptText.Tokens("2) notes of 2)");
        var script = new List<Segment> { Segment.Equal(0, 0, 3), Segment.Change(3, 0, 3, 1), Segment.Equal(3, 4, 2), Segment.Change(5, 5, 6, 0) };

        var slid = SlideToBoundaries.Apply(script, a, b);

        Assert.Equal("2 ) notes [-2 ) in Leader of-][+of+] 2 )", ScriptText.Of(slid, a, b));
    }

    [Fact]
    public void A_shared_to_between_two_replacements_is_absorbed_into_one()
    {
        var a = ScriptText.Tokens("that it has failed to provide adequate funding to prevent decline");
        var b = ScriptText.Tokens("that the Council needs to address decline");
        var fragments = new List<Segment>
        {
            Segment.Equal(0, 0, 1), Segment.Change(1, 3, 1, 3), Segment.Equal(4, 4, 1), Segment.Change(5, 5, 5, 1), Segment.Equal(10, 6, 1),
        };

        var absorbed = AbsorbWeakEqualities.Apply(fragments, a);

        Assert.Equal("that [-it has failed to provide adequate funding to prevent-][+the Council needs to address+] decline",
            ScriptText.Of(absorbed, a, b));
    }

    [Fact]
    public void A_full_stop_between_two_changes_is_a_real_boundary()
    {
        var a = ScriptText.Tokens("notes the report. It agrees");
        var b = ScriptText.Tokens("welcomes the report. It approves");
        var script = WordDiffer.Raw(a, b);

        var absorbed = AbsorbWeakEqualities.Apply(script, a);

        Assert.Equal("[-notes-][+welcomes+] the report . It [-agrees-][+approves+]", ScriptText.Of(absorbed, a, b));
    }

    [Fact]
    public void A_stretch_of_four_function_words_is_kept()
    {
        var a = ScriptText.Tokens("red and it is to the blue");
        var b = ScriptText.Tokens("green and it is to the yellow");
        var script = WordDiffer.Raw(a, b);

        Assert.Equal("[-red-][+green+] and it is to the [-blue-][+yellow+]", ScriptText.Of(AbsorbWeakEqualities.Apply(script, a), a, b));
    }

    [Fact]
    public void A_meaningful_word_with_a_short_change_beside_it_stays_unmarked()
    {
        var a = ScriptText.Tokens("how the political and corporate leadership enabled services to decline");
        var b = ScriptText.Tokens("how services were able to decline");
        var script = WordDiffer.Raw(a, b);

        var result = AbsorbIsolatedMatches.Apply(script, a, b);

        Assert.Equal("how [-the political and corporate leadership enabled-] services [+were able+] to decline", ScriptText.Of(result, a, b));
    }

    [Fact]
    public void A_coincidental_word_inside_a_long_rewrite_is_absorbed()
    {
        var a = ScriptText.Tokens("minded by enabling all of the Select Committees to nominate their own chairs and to follow national scrutiny guidance issued recently in every respect .");
        var b = ScriptText.Tokens("minded and invites the Governance Committee to consider whether changes should be made to local scrutiny arrangements .");
        var script = new List<Segment>
        {
            Segment.Equal(0, 0, 1), Segment.Change(1, 16, 1, 14), Segment.Equal(17, 15, 1), Segment.Change(18, 6, 16, 1), Segment.Equal(24, 17, 1),
        };
        Assert.Equal("scrutiny", a[17].Text);
        Assert.Equal("scrutiny", b[15].Text);

        var result = AbsorbIsolatedMatches.Apply(script, a, b);

        Assert.Equal(3, result.Count);
        Assert.False(result[1].IsEqual);
    }

    [Fact]
    public void A_mostly_rewritten_block_with_no_spine_is_replaced_whole()
    {
        var a = ScriptText.Tokens("The Council will hold a public meeting in every district before the end of the year.");
        var b = ScriptText.Tokens("Officers are asked to prepare options for engagement, with costs, for the Cabinet to consider.");
        Assert.True(WholeReplacement.Applies(WordDiffer.Raw(a, b), a, b));
    }

    [Fact]
    public void A_heavily_amended_block_that_keeps_a_spine_is_marked_in_place()
    {
        var a = ScriptText.Tokens("Calls for oversight, scrutiny and challenge to be more robust and independent minded, by enabling all of the Select Committees to nominate their own Chairman and Vice-Chairman.");
        var b = ScriptText.Tokens("Calls for members who carry out oversight, scrutiny and challenge to ensure they are more robust and independent minded, and invites the Governance Committee to review arrangements.");
        Assert.False(WholeReplacement.Applies(WordDiffer.Diff(a, b).Script, a, b));
    }

    [Fact]
    public void A_rewrite_after_kept_opening_words_is_one_change_to_the_end()
    {
        var a = ScriptText.Tokens("This Council notes the report and agrees to receive quarterly updates on the plan.");
        var b = ScriptText.Tokens("This Council believes that the plan must be funded in full by the Cabinet.");
        // The minimal diff threads the rewrite through "the" and "plan", and keeps the full stop.
        var threaded = new List<Segment>
        {
            Segment.Equal(0, 0, 2), Segment.Change(2, 1, 2, 2), Segment.Equal(3, 4, 1), Segment.Change(4, 9, 5, 0),
            Segment.Equal(13, 5, 1), Segment.Change(14, 0, 6, 8), Segment.Equal(14, 14, 1),
        };
        Assert.Equal("This Council [-notes-][+believes that+] the [-report and agrees to receive quarterly updates on the-] plan [+must be funded in full by the Cabinet+] .",
            ScriptText.Of(threaded, a, b));

        var rewritten = RewriteAfterKeptWords.Apply(threaded, a, b)!;

        Assert.Equal("This Council [-notes the report and agrees to receive quarterly updates on the plan .-][+believes that the plan must be funded in full by the Cabinet .+]",
            ScriptText.Of(rewritten, a, b));
    }

    [Fact]
    public void A_short_replacement_after_kept_words_stays_word_by_word()
    {
        var a = ScriptText.Tokens("report progress quarterly; and");
        var b = ScriptText.Tokens("report progress monthly;");
        var script = new List<Segment> { Segment.Equal(0, 0, 2), Segment.Change(2, 1, 2, 1), Segment.Equal(3, 3, 1), Segment.Change(4, 1, 4, 0) };
        Assert.Equal(script, RewriteAfterKeptWords.Apply(script, a, b));
    }

    [Fact]
    public void A_block_keeping_both_its_opening_and_closing_words_is_left_to_the_other_rules()
    {
        var a = ScriptText.Tokens("Members want to understand how the political and corporate leadership enabled services to decline.");
        var b = ScriptText.Tokens("Members want to understand how services were able to decline.");
        Assert.Null(RewriteAfterKeptWords.Apply(WordDiffer.Raw(a, b), a, b));
    }

    [Fact]
    public void One_changed_word_in_a_long_block_is_never_a_whole_replacement()
    {
        var words = string.Join(" ", Enumerable.Range(0, 200).Select(i => "word" + i));
        var a = ScriptText.Tokens(words + " three months.");
        var b = ScriptText.Tokens(words + " six months.");
        var diff = WordDiffer.Diff(a, b);
        Assert.False(diff.ReplacedWhole);
        Assert.Equal($"{string.Join(" ", Enumerable.Range(0, 200).Select(i => "word" + i))} [-three-][+six+] months .", ScriptText.Of(diff.Script, a, b));
    }

    [Fact]
    public void Meaningful_words_anchor_the_alignment_before_function_words()
    {
        var a = ScriptText.Tokens("The Committee notes the report and the appendix.");
        var b = ScriptText.Tokens("The Committee notes the report, the appendix and the minutes.");

        Assert.Equal("The Committee notes the report [-and-][+,+] the appendix [+and the minutes+] .",
            ScriptText.Of(WordDiffer.Raw(a, b), a, b));
    }
}
