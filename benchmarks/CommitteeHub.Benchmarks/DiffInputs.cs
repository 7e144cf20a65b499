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

    /// <summary>Writes each input as NAME.json, the body `POST /api/diff` takes; and the worst cases for growth
    /// (<see cref="WorstCaseInputs.All"/>, at the lengths it makes), so that how their cost grows is measured through
    /// the app too, with its own collector.</summary>
    public static int Write(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, (original, amended)) in All().Concat(WorstCaseInputs.All()))
            File.WriteAllText(Path.Combine(directory, name + ".json"),
                System.Text.Json.JsonSerializer.Serialize(new { original, amended }));
        return 0;
    }
}
