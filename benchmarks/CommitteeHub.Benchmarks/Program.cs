using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using CommitteeHub.Benchmarks;

// The PDF pack comparison with Chromium is a console mode, driven by scripts/bench-pdf.sh.
if (args.Length > 0 && args[0] == "pdf-pack") return PdfPackBenchmark.Run(args);
// Where the time of one comparison goes, step by step, on the texts of the benchmarks (see DiffProfile).
if (args.Length > 0 && args[0] == "diff-profile") return DiffProfile.Run(args);
// The same inputs as JSON bodies for POST /api/diff, for scripts/bench-diff-http.sh.
// How the cost of the worst inputs grows with their length (see WorstCaseGrowth).
if (args.Length > 0 && args[0] == "diff-growth") return WorstCaseGrowth.Run(args);
if (args.Length > 0 && args[0] == "diff-inputs") return DiffInputs.Write(args[1]);
// Kestrel alone serving files, the reference beside nginx in scripts/bench-pages.sh (see BareKestrel).
if (args.Length > 0 && args[0] == "bare-kestrel") return BareKestrel.Run(args);

// A short job (one process, three warm-ups, fifteen measured iterations) so the whole suite runs in a few minutes;
// the median is the figure the targets are set against. It runs the collector the web app runs (server, without
// DATAS: src/CommitteeHub.Web's project file says why), as this project's own console modes do.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithStrategy(RunStrategy.Throughput).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15)
        .WithGcServer(true).WithEnvironmentVariable("DOTNET_GCDynamicAdaptationMode", "0")
        .WithId("Short"))
    .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
    .WithOptions(ConfigOptions.JoinSummary)
    // The generated benchmark project is built on a machine shared with other builds: two minutes is not always enough.
    .WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(AmendmentBenchmarks).Assembly).Run(args, config);
return 0;
