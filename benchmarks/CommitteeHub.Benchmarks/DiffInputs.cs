namespace CommitteeHub.Benchmarks;

/// <summary>The inputs every diff measurement uses, by name: the same in BenchmarkDotNet, the profile and the HTTP
/// script (which writes them out with the `diff-inputs` mode).</summary>
public static class DiffInputs
{
    public static IEnumerable<(string Name, (string Original, string Amended) Texts)> All()
    {
        foreach (var words in new[] { 10_000, 100_000 })
        {
            yield return ($"scattered-{words}", MotionGenerator.Pair(words));
            yield return ($"repeated-{words}", RepeatedMotion.Pair(words));
            yield return ($"repeated-one-paragraph-{words}", RepeatedMotion.OneParagraph(words));
            yield return ($"same-word-{words}", RepeatedMotion.SameWord(words));
        }
    }
}
