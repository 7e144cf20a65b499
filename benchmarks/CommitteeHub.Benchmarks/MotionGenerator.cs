using System.Text;

namespace CommitteeHub.Benchmarks;

/// <summary>Generates a realistic motion of a given length, and an amendment of it with one edit per hundred words
/// scattered through it (words replaced, phrases inserted and left out), from a fixed seed so that every run
/// measures the same texts.</summary>
public static class MotionGenerator
{
    private static readonly string[] Vocabulary =
    [
        "the", "Council", "notes", "report", "and", "to", "of", "a", "in", "for", "Leader", "Cabinet", "Member",
        "services", "children", "young", "people", "families", "agrees", "plan", "review", "staff", "Committee",
        "improvement", "inspection", "Ofsted", "scrutiny", "budget", "£2.5m", "2,500", "2019", "March", "support",
        "social", "care", "adequate", "funding", "recommendations", "Director", "priority", "progress", "members",
        "oversight", "independent", "robust", "quarterly", "partners", "Commissioner", "Board", "Select", "governance",
        "arrangements", "consider", "ensure", "provide", "improve", "publish", "within", "months", "officers",
    ];

    /// <param name="words">The length of the motion.</param>
    /// <param name="paragraphs">False for a motion of paragraphs of 40 to 140 words; true for one single paragraph
    /// of that length, the worst case for the word-level comparison.</param>
    /// <param name="seed">The random seed; the default makes every run measure the same texts.</param>
    public static (string Original, string Amended) Pair(int words, bool paragraphs = true, int seed = 20190607)
    {
        var random = new Random(seed);
        var blocks = paragraphs ? Blocks(words, random) : [Phrase(random, words)];
        var amended = blocks.Select(b => b.ToList()).ToList();
        var edits = Math.Max(1, words / 100);
        for (var e = 0; e < edits; e++)
        {
            // Spread the edits evenly, with some jitter, as amendments to a long text are.
            var target = (int)((e + random.NextDouble()) * words / edits);
            var (bi, wi) = Locate(amended, target);
            var block = amended[bi];
            switch (random.Next(3))
            {
                case 0: block[wi] = Vocabulary[random.Next(Vocabulary.Length)]; break;
                case 1: block.InsertRange(wi, Phrase(random, 1 + random.Next(6))); break;
                default: if (block.Count > 8) block.RemoveRange(wi, Math.Min(1 + random.Next(5), block.Count - wi - 1)); break;
            }
        }
        return (Render(blocks), Render(amended));
    }

    private static List<List<string>> Blocks(int words, Random random)
    {
        var blocks = new List<List<string>>();
        var total = 0;
        while (total < words)
        {
            var length = Math.Min(words - total, 40 + random.Next(100));
            var block = Phrase(random, length);
            block[^1] += ";";
            blocks.Add(block);
            total += length;
        }
        return blocks;
    }

    private static List<string> Phrase(Random random, int length) =>
        Enumerable.Range(0, length).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToList();

    private static (int Block, int Word) Locate(List<List<string>> blocks, int target)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            if (target < blocks[b].Count) return (b, target);
            target -= blocks[b].Count;
        }
        return (blocks.Count - 1, blocks[^1].Count - 1);
    }

    /// <summary>Every sixth block a heading, lettered paragraphs in runs, and a bulleted list now and then.</summary>
    private static string Render(List<List<string>> blocks)
    {
        if (blocks.Count == 1) return string.Join(" ", blocks[0]);
        var sb = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0) sb.Append("\n\n");
            var text = string.Join(" ", blocks[i]);
            sb.Append((i % 6) switch
            {
                0 => "## " + text,
                1 or 2 or 3 => $"({(char)('a' + i % 6 - 1)}) " + text,
                4 => "- " + text,
                _ => text,
            });
        }
        return sb.ToString();
    }
}
