using CommitteeHub.Amendments.Rendering;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Tests;

/// <summary>The order-paper wording of long texts: its quotation counting agrees with searching the text whole, and
/// its cost stays below the comparison's on a paragraph that repeats itself.</summary>
public sealed class OrderPaperAtLengthTests
{
    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 50)]
    [InlineData(4, 1000)]
    public void The_suffix_array_sorts_every_suffix_as_comparing_them_would(int seed, int alphabet)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            // Repeats as a repetitive motion has them: a stretch copied down the sequence, with a few symbols changed.
            var stretch = Enumerable.Range(0, random.Next(1, 40)).Select(_ => random.Next(alphabet)).ToArray();
            var symbols = Enumerable.Range(0, random.Next(0, 400))
                .Select(i => random.Next(10) == 0 ? random.Next(alphabet) : stretch[i % stretch.Length]).ToArray();

            var expected = Enumerable.Range(0, symbols.Length).ToArray();
            Array.Sort(expected, (a, b) => symbols.AsSpan(a).SequenceCompareTo(symbols.AsSpan(b)));

            Assert.Equal(expected, SuffixArray.Of(symbols, alphabet - 1));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_quotation_in_a_long_paragraph_part_way_through_its_changes_is_counted_as_searching_it_whole_would(int seed)
    {
        var random = new Random(seed);
        string[] vocabulary = ["the", "Council", "notes", "report", "reports", "Children's", "Vice-Chairman", "£5", ",", ".", "(a)", "the"];
        string Text(int words) => string.Join(" ", Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        for (var round = 0; round < 5; round++)
        {
            // Above the length the paragraph is searched whole, so the index is what answers.
            var running = new ParagraphInProgress(Text(1_500), Text(1_500));
            while (running.Passed < 7_000 && running.Done < 7_000)
            {
                running.Advance(random.Next(0, 300), random.Next(0, 300));
                var text = running.ToString();
                for (var q = 0; q < 30; q++)
                {
                    var starts = Words.Starts(text);
                    var from = starts[random.Next(starts.Count)];
                    // Quotations of the text as it stands (often across the point between its two parts) and of
                    // made-up phrases, some of them not on word boundaries.
                    var needle = random.Next(3) switch
                    {
                        0 => text.Substring(from, Math.Min(text.Length - from, random.Next(1, 80))),
                        1 => text[from..starts.Where(s => s > from).DefaultIfEmpty(text.Length).Take(random.Next(1, 6)).Last()].TrimEnd(),
                        _ => Text(random.Next(1, 4)),
                    };
                    foreach (var limit in new[] { 1, 2, int.MaxValue })
                        Assert.Equal(Words.Count(text, needle, limit), running.Count(needle, limit));
                }
            }
        }
    }

    [Fact]
    public void Wording_the_order_paper_for_a_long_paragraph_that_repeats_itself_allocates_less_than_comparing_it()
    {
        // Seed 000's motion and amendment run into one paragraph, repeated to 100,000 words: no word of it is rare,
        // so a quotation's count cannot be read off its rarest word's few places, and the paragraph's text before a
        // change must not be built for each change. What a thread allocates is exact, where a time on a shared
        // machine is not, and a cost that grows with the paragraph's length for each change shows in it.
        var seed = GoldenCase.Load("001-seed-000-ofsted-motion");
        static string OneParagraph(string text, int times) => string.Join(" ", Enumerable.Repeat(
            string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l)), times));
        var (original, amended) = (OneParagraph(seed.Original, 390), OneParagraph(seed.Amended, 390));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var tree = TrackedChanges.Compare(original, amended);
        var comparing = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        var instructions = ChangeRenderers.Instructions(tree);
        var first = GC.GetAllocatedBytesForCurrentThread() - before;
        // Once the suffix array's working arrays are in the shared pool, as in a server that has worded a long
        // paragraph before. The first wording also fills the pool: since the comparison gathers a long paragraph's
        // tokens in a list of its likely size rather than one it doubled, the comparison allocates 33 MB here and the
        // first wording 34, so the first is held to a margin instead; a cost that grows with the paragraph's length
        // for each change (1,079 MB once) fails both.
        before = GC.GetAllocatedBytesForCurrentThread();
        _ = ChangeRenderers.Instructions(tree);
        var wording = GC.GetAllocatedBytesForCurrentThread() - before;

        // Every copy's changes are worded (where one copy meets the next, two of them may be worded as one).
        Assert.InRange(instructions.Count, 390 * (seed.Instructions!.Count - 1), 390 * seed.Instructions.Count);
        Assert.True(wording < comparing, $"wording allocated {wording / 1e6:0} MB, comparing {comparing / 1e6:0} MB");
        Assert.True(first < comparing * 3 / 2, $"the first wording allocated {first / 1e6:0} MB, comparing {comparing / 1e6:0} MB");
    }
}
