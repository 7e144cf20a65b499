using CsCheck;

namespace CommitteeHub.Amendments.Tests;

/// <summary>The engine's invariants over generated motions and amendments, and over arbitrary text.</summary>
public sealed class PropertyTests
{
    // 400 samples per property in an ordinary run; set AMENDMENTS_PROPERTY_ITER for a longer search.
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("AMENDMENTS_PROPERTY_ITER"), out var n) && n > 0 ? n : 400;

    [Fact]
    public void Accepting_every_change_gives_the_canonical_amended_text() =>
        Generators.Pair.Sample(p => Assert.Equal(TrackedChanges.Canonical(p.Amended), TrackedChanges.Compare(p.Original, p.Amended).AcceptAll()),
            iter: Iterations, print: Show);

    [Fact]
    public void Rejecting_every_change_gives_the_canonical_original() =>
        Generators.Pair.Sample(p => Assert.Equal(TrackedChanges.Canonical(p.Original), TrackedChanges.Compare(p.Original, p.Amended).RejectAll()),
            iter: Iterations, print: Show);

    [Fact]
    public void A_text_compared_with_itself_has_no_changes() =>
        Generators.Pair.Sample(p =>
        {
            var tree = TrackedChanges.Compare(p.Original, p.Original);
            Assert.False(tree.HasChanges);
            Assert.All(tree.Blocks, b => Assert.Equal(BlockChangeKind.Equal, b.Change));
            Assert.Empty(ChangeRenderers.Instructions(tree));
        }, iter: Iterations, print: Show);

    [Fact]
    public void The_html_is_always_well_formed() =>
        Generators.Pair.Sample(p => HtmlAssert.WellFormed(ChangeRenderers.Html(TrackedChanges.Compare(p.Original, p.Amended))), iter: Iterations, print: Show);

    [Fact]
    public void The_canonical_form_reads_back_as_itself() =>
        Generators.Pair.Sample(p =>
        {
            var canonical = TrackedChanges.Canonical(p.Amended);
            Assert.Equal(canonical, TrackedChanges.Canonical(canonical));
        }, iter: Iterations, print: Show);

    [Fact]
    public void Arbitrary_text_never_throws_and_keeps_every_invariant() =>
        Gen.Select(Generators.Junk, Generators.Junk).Sample((a, b) =>
        {
            var tree = TrackedChanges.Compare(a, b);
            Assert.Equal(TrackedChanges.Canonical(b), tree.AcceptAll());
            Assert.Equal(TrackedChanges.Canonical(a), tree.RejectAll());
            HtmlAssert.WellFormed(ChangeRenderers.Html(tree));
            _ = ChangeRenderers.PlainText(tree);
            _ = ChangeRenderers.Instructions(tree);
            Assert.False(TrackedChanges.Compare(a, a).HasChanges);
            _ = TrackedChanges.Rebase(a, b, a);
            _ = TrackedChanges.Collisions(a, [a, b]);
        }, iter: Iterations, print: Show);

    [Fact]
    public void Rebasing_onto_an_unamended_motion_gives_the_pending_amendment() =>
        Generators.Pair.Sample(p =>
        {
            var result = TrackedChanges.Rebase(p.Original, p.Original, p.Amended);
            Assert.True(result.IsClean);
            Assert.Equal(NoSpace(TrackedChanges.Canonical(p.Amended)), NoSpace(result.Markdown));
        }, iter: Iterations, print: Show);

    [Fact]
    public void Rebasing_an_empty_amendment_gives_the_substantive_motion() =>
        Generators.Pair.Sample(p =>
        {
            var result = TrackedChanges.Rebase(p.Original, p.Amended, p.Original);
            Assert.True(result.IsClean);
            Assert.Equal(TrackedChanges.Canonical(p.Amended), result.Markdown);
        }, iter: Iterations, print: Show);

    [Fact]
    public void Identical_amendments_never_collide_and_merge_cleanly() =>
        Generators.Pair.Sample(p =>
        {
            Assert.Empty(TrackedChanges.Collisions(p.Original, [p.Amended, p.Amended]));
            Assert.True(TrackedChanges.Rebase(p.Original, p.Amended, p.Amended).IsClean);
        }, iter: Iterations, print: Show);

    [Fact]
    public void Collisions_are_exactly_the_conflicts_of_a_rebase() =>
        Generators.Triple.Sample(t =>
        {
            var collisions = TrackedChanges.Collisions(t.Base, [t.First, t.Second]);
            var conflicts = TrackedChanges.Rebase(t.Base, t.First, t.Second).Conflicts;
            Assert.Equal(collisions.Select(c => (c.BaseText, c.FirstText, c.SecondText)), conflicts.Select(c => (c.BaseText, c.CarriedText, c.PendingText)));
        }, iter: Iterations, print: Show);

    [Fact]
    public void Amendments_to_different_paragraphs_always_merge_cleanly() =>
        Gen.Select(Generators.Document, Generators.Word.List[1, 6], Generators.Word.List[1, 6]).Sample((doc, w1, w2) =>
        {
            if (doc.Count < 2) return;
            var blocks = doc.Select((b, i) => b with { Words = [new Generators.GWord($"Para{i}", 0), .. b.Words] }).ToList();
            var first = blocks.Select((b, i) => i == 0 ? b with { Words = [.. b.Words, .. w1] } : b).ToList();
            var second = blocks.Select((b, i) => i == blocks.Count - 1 ? b with { Words = [.. b.Words, .. w2] } : b).ToList();
            var both = blocks.Select((b, i) => i == 0 ? first[0] : i == blocks.Count - 1 ? second[i] : b).ToList();

            var result = TrackedChanges.Rebase(Generators.Render(blocks), Generators.Render(first), Generators.Render(second));

            Assert.True(result.IsClean);
            Assert.Equal(NoSpace(TrackedChanges.Canonical(Generators.Render(both))), NoSpace(result.Markdown));
        }, iter: Iterations, print: Show);

    private static string Show((string A, string B) p) => $"\n--- original ---\n{p.A}\n--- amended ---\n{p.B}\n";

    private static string Show((string A, string B, string C) t) => $"\n--- base ---\n{t.A}\n--- first ---\n{t.B}\n--- second ---\n{t.C}\n";

    private static string Show((List<Generators.GBlock>, List<Generators.GWord>, List<Generators.GWord>) x) => Generators.Render(x.Item1);

    private static string NoSpace(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
