using BenchmarkDotNet.Attributes;
using CommitteeHub.Amendments;

namespace CommitteeHub.Benchmarks;

/// <summary>Comparing a motion with its amendment (one edit per hundred words) and rendering the tracked changes as
/// HTML, at lengths from a short motion to a long report.</summary>
[MemoryDiagnoser]
public class AmendmentBenchmarks
{
    private string _original = "";
    private string _amended = "";

    [Params(300, 1_000, 10_000, 100_000)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup() => (_original, _amended) = MotionGenerator.Pair(Words);

    [Benchmark(Description = "Compare + HTML")]
    public string CompareAndRenderHtml() => ChangeRenderers.Html(TrackedChanges.Compare(_original, _amended));

    [Benchmark(Description = "Compare only")]
    public ChangeTree CompareOnly() => TrackedChanges.Compare(_original, _amended);
}

/// <summary>The worst case for the word-level comparison: the whole motion one paragraph, one edit per hundred
/// words. Cost must stay close to linear (prefix and suffix trimming, meaningful-word anchors, no quadratic step).</summary>
[MemoryDiagnoser]
public class LongParagraphBenchmarks
{
    private string _original = "";
    private string _amended = "";

    [Params(1_000, 10_000, 100_000)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup() => (_original, _amended) = MotionGenerator.Pair(Words, paragraphs: false);

    [Benchmark(Description = "One paragraph: Compare + HTML")]
    public string CompareAndRenderHtml() => ChangeRenderers.Html(TrackedChanges.Compare(_original, _amended));
}
