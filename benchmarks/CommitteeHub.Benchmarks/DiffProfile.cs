using System.Diagnostics;
using System.Globalization;
using CommitteeHub.Amendments;

namespace CommitteeHub.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project benchmarks/CommitteeHub.Benchmarks -- diff-profile [RUNS]`: the median time of
/// each step a `POST /api/diff` takes (compare, HTML, plain text, order-paper instructions) on every input of the
/// diff benchmarks, to say where the time goes before changing anything, and a digest of the renderings, so that a
/// change made for speed can be seen to change no output. `diff-profile RUNS NAME` measures only the inputs whose name
/// contains NAME. BenchmarkDotNet gives the figures that count.
/// </summary>
public static class DiffProfile
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        Console.WriteLine($"{"input",-34} {"compare",9} {"html",9} {"text",9} {"instr",9} {"MB cmp",7} {"MB ins",7}  (median CPU ms of {runs}; MB allocated)");
        var only = args.Length > 2 ? args[2] : "";
        foreach (var (name, (original, amended)) in DiffInputs.All().Concat(WorstCaseInputs.All()).Where(i => i.Name.Contains(only, StringComparison.Ordinal)))
        {
            var final = TrackedChanges.Compare(original, amended);
            var digest = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
                ChangeRenderers.Html(final) + ChangeRenderers.PlainText(final) + string.Join("\n", ChangeRenderers.Instructions(final)))))[..12];
            var times = new double[4][];
            for (var s = 0; s < 4; s++) times[s] = new double[runs];
            // What the comparison and the wording allocate: in long texts the collector's share of the time.
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var compared = TrackedChanges.Compare(original, amended);
            var compareMb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6;
            allocated = GC.GetAllocatedBytesForCurrentThread();
            ChangeRenderers.Instructions(compared);
            var instructionsMb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6;
            for (var r = -1; r < runs; r++)
            {
                var sw = CpuWatch.StartNew();
                var tree = TrackedChanges.Compare(original, amended);
                var compare = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                ChangeRenderers.Html(tree);
                var html = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                ChangeRenderers.PlainText(tree);
                var text = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                ChangeRenderers.Instructions(tree);
                var instructions = sw.Elapsed.TotalMilliseconds;
                if (r < 0) continue; // warm-up
                (times[0][r], times[1][r], times[2][r], times[3][r]) = (compare, html, text, instructions);
            }
            Console.WriteLine($"{name,-34} {Median(times[0]),9:0.00} {Median(times[1]),9:0.00} {Median(times[2]),9:0.00} {Median(times[3]),9:0.00} {compareMb,7:0.0} {instructionsMb,7:0.0}  {digest}");
        }
        return 0;
    }

    /// <summary>Processor time rather than wall time: the machine these run on is shared, and a comparison waiting
    /// for a core is not a slower comparison.</summary>
    private sealed class CpuWatch
    {
        private TimeSpan _start = Now;
        private static TimeSpan Now => Process.GetCurrentProcess().TotalProcessorTime;
        public static CpuWatch StartNew() => new();
        public TimeSpan Elapsed => Now - _start;
        public void Restart() => _start = Now;
    }

    private static double Median(double[] xs) => xs.Order().ElementAt(xs.Length / 2);
}
