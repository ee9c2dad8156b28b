using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace NewsEntities.Benchmarks;

/// <summary>
/// The batch API on one and on two cores over the 840 PolNeAR train articles (issue 6: two cores at least 1.8 times
/// one). Results are consumed and dropped as they come, as a caller streaming an archive would; reading and writing
/// are not part of it (the CLI's <c>--threads</c> figures include them).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BatchBenchmarkConfig))]
public class BatchBenchmark
{
    private readonly NewsExtractor extractor = NewsExtractor.CreateDefault();
    private List<string> texts = [];

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        texts = NewsCorpus.Articles();
        extractor.Analyze(texts[0]); // loads the shared resources outside the measurement
    }

    [Benchmark]
    public int AnalyzeMany()
    {
        int quotes = 0;
        foreach (var result in extractor.AnalyzeMany(texts, new BatchOptions { MaxDegreeOfParallelism = Threads }))
        {
            quotes += result.Quotes.Count;
        }

        return quotes;
    }
}

/// <summary>In-process, a few iterations: one operation is the whole corpus (about a second on one core).</summary>
public sealed class BatchBenchmarkConfig : ManualConfig
{
    public BatchBenchmarkConfig() =>
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8).WithToolchain(InProcessEmitToolchain.Instance));
}
