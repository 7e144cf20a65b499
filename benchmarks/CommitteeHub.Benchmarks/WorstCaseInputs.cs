namespace CommitteeHub.Benchmarks;

/// <summary>
/// The inputs that could make the comparison cost more than n log n, each at any length: the same two sentences
/// repeated down one paragraph or as paragraphs with one word changed in each (nothing unique to anchor on, and every
/// sentence changed), one word repeated with every tenth changed, two unrelated texts (everything changed), and a
/// motion whose paragraphs are all moved (its two halves swapped).
/// </summary>
public static class WorstCaseInputs
{
    public static readonly string[] Names =
        ["repeated-sentences", "repeated-changed-paragraphs", "same-word", "everything-changed", "everything-moved"];

    /// <summary>Each input at 10,000 and 80,000 words, named as "repeated-sentences-80000"; repeated-changed-paragraphs
    /// also at 30,000 words (1,934 paragraphs), the longest of it a signed-in reader may send through the app, whose
    /// limit is 2,000 paragraphs, so that its growth is measured there too.</summary>
    public static IEnumerable<(string Name, (string Original, string Amended) Texts)> All() =>
        from words in new[] { 10_000, 30_000, 80_000 }
        from name in Names
        where words != 30_000 || name == "repeated-changed-paragraphs"
        select ($"{name}-{words}", Pair(name, words));

    private const string First = "The Council notes the report of the Director of Children's Services on the improvement plan.";
    private const string Second = "It asks the Cabinet Member to publish the progress made every quarter to the Select Committee.";

    public static (string Original, string Amended) Pair(string name, int words) => name switch
    {
        "repeated-sentences" => Sentences(words, " "),
        "repeated-changed-paragraphs" => Sentences(words, "\n\n"),
        "same-word" => RepeatedMotion.SameWord(words),
        "everything-changed" => (MotionGenerator.Pair(words).Original, MotionGenerator.Pair(words, seed: 1).Original),
        "everything-moved" => Moved(words),
        _ => throw new ArgumentException("no such input: " + name, nameof(name)),
    };

    /// <summary>The two sentences repeated, one word changed in each ("report" to "reports", "quarter" to "month").</summary>
    private static (string, string) Sentences(int words, string separator)
    {
        var times = Math.Max(1, words / (Count(First) + Count(Second)));
        string Text(string a, string b) => string.Join(separator, Enumerable.Repeat(a + separator + b, times));
        return (Text(First, Second), Text(First.Replace("the report", "the reports"), Second.Replace("quarter", "month")));
    }

    private static (string, string) Moved(int words)
    {
        var (original, _) = MotionGenerator.Pair(words);
        var paragraphs = original.Split("\n\n");
        var half = paragraphs.Length / 2;
        return (original, string.Join("\n\n", paragraphs[half..].Concat(paragraphs[..half])));
    }

    private static int Count(string text) => text.Split(' ').Length;
}
