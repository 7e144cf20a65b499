using System.Diagnostics;
using System.Globalization;
using CommitteeHub.Amendments;

namespace CommitteeHub.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project benchmarks/CommitteeHub.Benchmarks -- diff-growth [RUNS] [NAME]`: each worst-case
/// input (<see cref="WorstCaseInputs"/>) at 10,000, 20,000, 40,000 and 80,000 words, the median processor time of the
/// comparison and of all `POST /api/diff` does (compare/all), and its growth per doubling (2.0 is linear; n log n is a little over). Also says whether
/// what share of the original's words the marking strikes out (a clerk's marking of the repeated inputs strikes
/// one word in sixteen; a whole replacement strikes them all).
/// </summary>
public static class WorstCaseGrowth
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var only = args.Length > 2 ? args[2] : "";
        foreach (var name in WorstCaseInputs.Names.Where(n => n.Contains(only, StringComparison.Ordinal)))
        {
            var line = $"{name,-28}";
            double previous = 0;
            // The runtime compiles a method quickly first and optimised only after some 30 calls (and 30 more for its
            // profile): warm up on the smallest size, or the first size measures the compiler and every ratio after it lies.
            var (warmOriginal, warmAmended) = WorstCaseInputs.Pair(name, 10_000);
            for (var w = 0; w < 60; w++)
                _ = ChangeRenderers.Instructions(TrackedChanges.Compare(warmOriginal, warmAmended)).Count;
            foreach (var words in new[] { 10_000, 20_000, 40_000, 80_000 })
            {
                var (original, amended) = WorstCaseInputs.Pair(name, words);
                var times = new List<double>();
                var compares = new List<double>();
                var struck = 0.0;
                for (var r = -1; r < runs; r++)
                {
                    var start = Process.GetCurrentProcess().TotalProcessorTime;
                    var tree = TrackedChanges.Compare(original, amended);
                    if (r >= 0) compares.Add((Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds);
                    _ = ChangeRenderers.Html(tree).Length + ChangeRenderers.PlainText(tree).Length + ChangeRenderers.Instructions(tree).Count;
                    if (r >= 0) times.Add((Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds);
                    struck = Struck(tree);
                }
                var median = times.Order().ElementAt(times.Count / 2);
                line += $" {words / 1000,3}k {compares.Order().ElementAt(compares.Count / 2),7:0.0}/{median,7:0.0} ms" + (previous > 0 ? $" x{median / previous,4:0.0}" : "      ") + $" {struck,4:0%} struck";
                previous = median;
            }
            Console.WriteLine(line);
        }
        return 0;
    }

    private static double Struck(ChangeTree tree)
    {
        static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var runs = tree.Blocks.SelectMany(b => b.Runs).ToList();
        return (double)runs.Where(r => r.Change == RunChange.Deleted).Sum(r => Words(r.Text)) / Math.Max(1, runs.Where(r => r.InOriginal).Sum(r => Words(r.Text)));
    }
}
