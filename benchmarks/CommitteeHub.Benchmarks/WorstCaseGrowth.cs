using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Runtime;
using CommitteeHub.Amendments;

namespace CommitteeHub.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project benchmarks/CommitteeHub.Benchmarks -- diff-growth [RUNS=9] [NAME] [no-gc]`: how the
/// cost of each worst-case input (<see cref="WorstCaseInputs"/>) grows from 10,000 to 80,000 words, and how much of
/// it is the engine's own work and how much the garbage collector's. One line per input and size, each figure of one
/// run of all `POST /api/diff` does (compare, HTML, plain text, order-paper instructions):
/// <list type="bullet">
/// <item>`all min`, `all med`: processor time, the minimum and the median of RUNS (the machine is shared: the minimum
///   is the run least disturbed, the figure to compare; a median far above it says the sitting was noisy), and
///   `cmp med` the median of the comparison alone;</item>
/// <item>`xmin`, `xwork`: growth per doubling of the minimum and of `work` (2.0 is linear; n log n is 2.1-2.2 here);</item>
/// <item>`gc0 gc1 gc2`: collections of each generation a run (median; a gen-1 collection also counts as a gen-0 one);</item>
/// <item>`pause`: the time the collector stopped the program a run (GC.GetTotalPauseDuration, median); `work` the
///   median of processor time less pause, the engine's own work (a background gen-2 collection's processor time on
///   its own thread stays in it);</item>
/// <item>`alloc MB`: bytes allocated a run; `promo MB`: bytes the collections found alive and kept (promoted, summed
///   over the run's collections: the collector's marking and copying grows with it, not with what is allocated);
///   `peak MB`: the largest heap left after a collection during the run, less the heap before it (what a comparison
///   keeps alive at once; garbage already promoted counts until an older generation is collected; 0 when no collection
///   ran). These three come from one more run watched by an <see cref="EventListener"/> on the runtime's GC events;</item>
/// <item>`struck`: the share of the original's words the marking strikes out (a clerk's marking of the repeated inputs
///   strikes one word in sixteen; a whole replacement strikes them all).</item>
/// </list>
/// The header line gives the collector's mode. This project runs the web app's (server, without DATAS); set
/// `DOTNET_gcServer=0` or `DOTNET_GCDynamicAdaptationMode=1` to compare with another. `no-gc` runs each measured run inside GC.TryStartNoGCRegion where it fits (an experiment: what the
/// cost grows like with no collection at all; but starting a region is itself a collection, and a run in a fresh
/// region pays for the memory it first touches, so a gen-0 budget larger than a run allocates, DOTNET_GCgen0size=0x4000000,
/// is the cleaner experiment).
/// </summary>
public static class WorstCaseGrowth
{
    private static readonly int[] Sizes = [10_000, 20_000, 40_000, 80_000];

    public static int Run(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9;
        var only = args.Length > 2 ? args[2] : "";
        var noGc = args.Contains("no-gc");
        // DATAS is the runtime configuration's setting unless the environment overrides it (1, its default, is on).
        var datas = (Environment.GetEnvironmentVariable("DOTNET_GCDynamicAdaptationMode")
            ?? AppContext.GetData("System.GC.DynamicAdaptationMode")?.ToString()) is "0" ? "without" : "with";
        Console.WriteLine($"diff-growth: {runs} runs a size; {(GCSettings.IsServerGC ? $"server GC {datas} DATAS" : "workstation GC")}, " +
            $"{GCSettings.LatencyMode}, {Environment.ProcessorCount} cores{(noGc ? ", no-GC regions" : "")}; processor ms a run");
        Console.WriteLine($"{"input",-28} {"words",5} {"cmp med",7} {"all min",7} {"all med",7} {"xmin",4} {"work",7} {"xwork",5} " +
            $"{"gc0",3} {"gc1",3} {"gc2",3} {"pause",6} {"alloc MB",8} {"promo MB",8} {"peak MB",7} {"struck",6}");
        foreach (var name in WorstCaseInputs.Names.Where(n => n.Contains(only, StringComparison.Ordinal)))
        {
            // The runtime compiles a method quickly first and optimised only after some 30 calls (and 30 more for its
            // profile): warm up on the smallest size, or the first size measures the compiler and every ratio after it lies.
            var (warmOriginal, warmAmended) = WorstCaseInputs.Pair(name, 10_000);
            for (var w = 0; w < 60; w++) _ = All(TrackedChanges.Compare(warmOriginal, warmAmended));
            double previousMin = 0, previousWork = 0;
            foreach (var words in Sizes)
            {
                var (original, amended) = WorstCaseInputs.Pair(name, words);
                var samples = new List<Sample>();
                for (var r = -1; r < runs; r++)
                {
                    var sample = Measure(original, amended, noGc);
                    if (r >= 0) samples.Add(sample); // the first, a warm-up at this size
                }
                var (promoted, peak, struck) = Watch(original, amended);
                var min = samples.Min(s => s.All);
                var work = Median(samples.Select(s => s.All - s.Pause));
                Console.WriteLine($"{name,-28} {words / 1000,4}k {Median(samples.Select(s => s.Compare)),7:0.0} {min,7:0.0} " +
                    $"{Median(samples.Select(s => s.All)),7:0.0} {Ratio(min, previousMin),4} {work,7:0.0} {Ratio(work, previousWork),5} " +
                    $"{Median(samples.Select(s => (double)s.Gen0)),3:0} {Median(samples.Select(s => (double)s.Gen1)),3:0} " +
                    $"{Median(samples.Select(s => (double)s.Gen2)),3:0} {Median(samples.Select(s => s.Pause)),6:0.0} " +
                    $"{Median(samples.Select(s => s.AllocatedMb)),8:0.0} {promoted,8:0.0} {peak,7:0.0} {struck,6:0%}");
                (previousMin, previousWork) = (min, work);
            }
        }
        return 0;
    }

    private readonly record struct Sample(double Compare, double All, double Pause, int Gen0, int Gen1, int Gen2, double AllocatedMb);

    private static Sample Measure(string original, string amended, bool noGc)
    {
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        // Each region as large as the runtime allows (its limit depends on the collector's mode): an input that
        // allocates more than that is measured with collections after all, and its gc0 column says so.
        var inRegion = noGc && TryStartNoGcRegion();
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        var tree = TrackedChanges.Compare(original, amended);
        var compare = (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds;
        _ = All(tree);
        var all = (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds;
        if (inRegion && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        return new Sample(compare, all, (GC.GetTotalPauseDuration() - pause).TotalMilliseconds,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6);
    }

    private static bool TryStartNoGcRegion()
    {
        foreach (var mb in new long[] { 4096, 2048, 1024, 512, 240 })
            try { if (GC.TryStartNoGCRegion(mb << 20)) return true; }
            catch (ArgumentOutOfRangeException) { } // more than this mode's limit: try less
        return false;
    }

    private static int All(ChangeTree tree) =>
        ChangeRenderers.Html(tree).Length + ChangeRenderers.PlainText(tree).Length + ChangeRenderers.Instructions(tree).Count;

    /// <summary>One more run, watched: the bytes promoted by its collections and the largest heap one left, in MB.</summary>
    private static (double PromotedMb, double PeakMb, double Struck) Watch(string original, string amended)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetGCMemoryInfo().HeapSizeBytes;
        using var listener = new GcListener();
        var collections = GC.CollectionCount(0);
        var tree = TrackedChanges.Compare(original, amended);
        _ = All(tree);
        collections = GC.CollectionCount(0) - collections;
        // The runtime hands its events to a listener on a thread of its own, a little later.
        for (var wait = 0; wait < 100 && Volatile.Read(ref listener.Collections) < collections; wait++) Thread.Sleep(20);
        var (promoted, peak) = (listener.Promoted / 1e6, Math.Max(0, listener.PeakHeap - before) / 1e6);
        return (promoted, peak, Struck(tree));
    }

    /// <summary>The runtime's GCHeapStats event, raised at the end of each collection: the size of each generation
    /// after it and the bytes it promoted.</summary>
    private sealed class GcListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        public int Collections;
        public long Promoted;
        public long PeakHeap;

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Informational, GcKeyword);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName?.StartsWith("GCHeapStats", StringComparison.Ordinal) != true || e.PayloadNames is null) return;
            long heap = 0, promoted = 0;
            for (var i = 0; i < e.PayloadNames.Count; i++)
            {
                var field = e.PayloadNames[i];
                if (field.StartsWith("GenerationSize", StringComparison.Ordinal)) heap += Convert.ToInt64(e.Payload![i], CultureInfo.InvariantCulture);
                else if (field.StartsWith("TotalPromotedSize", StringComparison.Ordinal)) promoted += Convert.ToInt64(e.Payload![i], CultureInfo.InvariantCulture);
            }
            Promoted += promoted;
            PeakHeap = Math.Max(PeakHeap, heap);
            Interlocked.Increment(ref Collections);
        }
    }

    private static double Median(IEnumerable<double> xs)
    {
        var sorted = xs.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Ratio(double value, double previous) =>
        previous > 0 ? "x" + (value / previous).ToString("0.0", CultureInfo.InvariantCulture) : "";

    private static double Struck(ChangeTree tree)
    {
        static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var runs = tree.Blocks.SelectMany(b => b.Runs).ToList();
        return (double)runs.Where(r => r.Change == RunChange.Deleted).Sum(r => Words(r.Text)) / Math.Max(1, runs.Where(r => r.InOriginal).Sum(r => Words(r.Text)));
    }
}
