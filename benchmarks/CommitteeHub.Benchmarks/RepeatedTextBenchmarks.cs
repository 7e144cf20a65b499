using BenchmarkDotNet.Attributes;
using CommitteeHub.Amendments;
using DiffPlex;
using DiffPlex.Chunkers;

namespace CommitteeHub.Benchmarks;

/// <summary>
/// Long, repetitive and adversarial texts (<see cref="DiffInputs"/>), compared by our engine and, on the same inputs in
/// the same run, by DiffPlex 1.9.0's word-level Myers diff (its <see cref="WordChunker"/>, no cleanup, no
/// rendering): the ratio column is against ours, compare and HTML. "Everything" is what `POST /api/diff` does: compare,
/// HTML, plain text and the order-paper instructions.
/// </summary>
[MemoryDiagnoser]
public class RepeatedTextBenchmarks
{
    private string _original = "";
    private string _amended = "";

    // The 100,000-word inputs are in LongRepeatedTextBenchmarks: DiffPlex takes about a minute on each.
    [Params("repeated-10000", "repeated-one-paragraph-10000", "same-word-10000", "scattered-10000")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup() => (_original, _amended) = DiffInputs.All().Single(i => i.Name == Input).Texts;

    [Benchmark(Baseline = true, Description = "Ours: compare + HTML")]
    public string Ours() => ChangeRenderers.Html(TrackedChanges.Compare(_original, _amended));

    [Benchmark(Description = "Ours: everything /api/diff does")]
    public int OursEverything() => Everything(_original, _amended);

    /// <summary>What `POST /api/diff` computes: the comparison, HTML, plain text and the order-paper instructions.</summary>
    public static int Everything(string original, string amended)
    {
        var tree = TrackedChanges.Compare(original, amended);
        return ChangeRenderers.Html(tree).Length + ChangeRenderers.PlainText(tree).Length + ChangeRenderers.Instructions(tree).Count;
    }

    [Benchmark(Description = "DiffPlex 1.9.0: word diff")]
    public int DiffPlexWords() => Differ.Instance.CreateDiffs(_original, _amended, false, false, WordChunker.Instance).DiffBlocks.Count;
}

/// <summary>Ours alone on the 100,000-word inputs (DiffPlex took about a minute an operation on the repeated one, so
/// beside it the run would take hours).</summary>
[MemoryDiagnoser]
public class LongRepeatedTextBenchmarks
{
    private string _original = "";
    private string _amended = "";

    [Params("repeated-100000", "repeated-one-paragraph-100000", "same-word-100000", "scattered-100000")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup() => (_original, _amended) = DiffInputs.All().Single(i => i.Name == Input).Texts;

    [Benchmark(Description = "Ours: compare + HTML")]
    public string Ours() => ChangeRenderers.Html(TrackedChanges.Compare(_original, _amended));
}

/// <summary>The inputs that could make cost grow faster than n log n (<see cref="WorstCaseInputs"/>), at 10,000 to
/// 80,000 words: each doubling of the words should take about twice the time. `diff-growth` gives the same figures
/// faster, with the share of words the marking strikes.</summary>
[MemoryDiagnoser]
public class WorstCaseBenchmarks
{
    private string _original = "";
    private string _amended = "";

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "";

    [Params(10_000, 20_000, 40_000, 80_000)]
    public int Words { get; set; }

    public static IEnumerable<string> Inputs() => WorstCaseInputs.Names;

    [GlobalSetup]
    public void Setup() => (_original, _amended) = WorstCaseInputs.Pair(Input, Words);

    [Benchmark(Description = "Ours: everything /api/diff does")]
    public int OursEverything() => RepeatedTextBenchmarks.Everything(_original, _amended);
}
