using CommitteeHub.Amendments.Diffing;
using CommitteeHub.Amendments.Parsing;

namespace CommitteeHub.Amendments.Tests;

public sealed class AlignmentTests
{
    private static List<(AlignKind Kind, int A, int B)> Align(string a, string b) =>
        BlockAligner.Align(MarkdownReader.Read(a), MarkdownReader.Read(b)).Select(x => (x.Kind, x.A, x.B)).ToList();

    [Fact]
    public void Two_swapped_paragraphs_are_a_move_not_two_rewrites()
    {
        var aligned = Align("Alpha one two.\n\nBeta three four.\n\nGamma five six.", "Alpha one two.\n\nGamma five six.\n\nBeta three four.");
        Assert.Contains(aligned, x => x.Kind == AlignKind.MovedFrom);
        Assert.Contains(aligned, x => x.Kind == AlignKind.MovedTo);
        Assert.DoesNotContain(aligned, x => x.Kind == AlignKind.Paired);
    }

    [Fact]
    public void Edited_paragraphs_pair_with_their_originals_and_unrelated_ones_do_not()
    {
        var aligned = Align(
            "The Council notes the report.\n\nThe Council thanks the staff.\n\nEnd.",
            "The Council welcomes the report.\n\nA wholly new paragraph about parking charges.\n\nThe Council thanks all the staff.\n\nEnd.");
        Assert.Equal([(AlignKind.Paired, 0, 0), (AlignKind.Inserted, -1, 1), (AlignKind.Paired, 1, 2), (AlignKind.Same, 2, 3)], aligned);
    }

    [Fact]
    public void Repeated_identical_paragraphs_align_in_order()
    {
        var aligned = Align("Noted.\n\nAgreed.\n\nNoted.", "Noted.\n\nNoted.");
        Assert.Equal(2, aligned.Count(x => x.Kind == AlignKind.Same));
        Assert.Single(aligned, x => x.Kind == AlignKind.Deleted && x.A == 1);
    }

    [Fact]
    public void Relettered_items_align_item_for_item()
    {
        var aligned = Align("(a) one;\n\n(b) two;\n\n(c) three.", "(a) one;\n\n(b) three.");
        Assert.Equal([(AlignKind.Same, 0, 0), (AlignKind.Deleted, 1, -1), (AlignKind.Same, 2, 1)], aligned);
    }

    [Fact]
    public void Patience_anchors_are_unique_common_items_in_order()
    {
        // 1 and 2 cross, as do 4 and 5: one of each pair can be kept, with 3 between them.
        var matches = PatienceAnchors.Matches([1, 2, 3, 4, 5, 9], [2, 1, 3, 7, 5, 4]);
        Assert.Equal(3, matches.Count);
        Assert.Contains((2, 2), matches);
        Assert.True(matches.Zip(matches.Skip(1)).All(p => p.First.A < p.Second.A && p.First.B < p.Second.B));
    }
}
