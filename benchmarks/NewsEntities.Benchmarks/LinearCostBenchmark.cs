using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace NewsEntities.Benchmarks;

/// <summary>
/// Cost per megabyte of <see cref="NewsExtractor.Analyze"/> on documents of 1 KB, 100 KB and 10 MB, all cut from the
/// same running news text (PolNeAR train articles laid end to end): each operation analyses 1 MB or more of
/// documents of one size (1,024 documents of 1 KB, 10 of 100 KB, one of 10 MB). The bar: the ms/MB column within
/// 1.5x across sizes (linear cost).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LinearCostConfig))]
public class LinearCostBenchmark : IDescribesWorkload
{
    private const int MinimumTotal = 1 << 20;

    private readonly NewsExtractor extractor = NewsExtractor.CreateDefault();
    private List<string> documents = [];

    [Params(1, 100, 10240)]
    public int SizeKB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        documents = Build(SizeKB);

        // One whole operation before the measured ones: it loads the shared resources and, as the job runs in process
        // and measures the first size first, lets tiered compilation settle outside the 1 KB figures (with only
        // the warm-up iterations, their first measured iterations still paid for it: means of 190-220 ms/MB against
        // medians near 165, standard deviations of 70-160 ms).
        Analyze();
    }

    [Benchmark]
    public int Analyze()
    {
        int found = 0;
        foreach (string text in documents)
        {
            found += extractor.Analyze(text).Entities.Count;
        }

        return found;
    }

    public Workload Describe(BenchmarkCase benchmarkCase)
    {
        int size = (int)benchmarkCase.Parameters[nameof(SizeKB)];
        var built = Build(size);
        return new Workload(built.Sum(d => 2.0 * d.Length), built.Sum(d => (double)Encoding.UTF8.GetByteCount(d)), 0);
    }

    private static List<string> Build(int sizeKB)
    {
        int chars = sizeKB * 1024;
        return NewsCorpus.Documents(chars, Math.Max(chars, MinimumTotal));
    }
}

/// <summary>One operation is a megabyte or more of text: measured as it comes (no pilot), a few iterations.</summary>
public sealed class LinearCostConfig : NewsBenchmarkConfig
{
    public LinearCostConfig()
        : base(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7))
    {
    }
}
