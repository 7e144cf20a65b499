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
    public int OursEverything()
    {
        var tree = TrackedChanges.Compare(_original, _amended);
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
