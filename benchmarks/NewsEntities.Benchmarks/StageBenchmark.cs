using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Running;
using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Benchmarks;

/// <summary>
/// The pipeline stage by stage on a fixed corpus (the first <see cref="Documents"/> PolNeAR train articles), and
/// the public calls. Every figure is per document (OperationsPerInvoke), with MB/s, tokens/s and allocated bytes
/// per input byte in the custom columns.
/// </summary>
/// <remarks>
/// Stages write into the document the stages before them made, so each stage benchmark runs the pipeline from a
/// pooled document up to and including that stage: a stage's own cost is its row minus the row above it (the
/// <c>Stage</c> benchmarks are in pipeline order). <see cref="ExtractEntities"/> is the baseline of the Ratio
/// column, so <see cref="Analyze"/>'s ratio is the cost of quote detection and attribution on top of entities
/// (issue 4: at most 1.20).
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(NewsBenchmarkConfig))]
public class StageBenchmark : IDescribesWorkload
{
    /// <summary>Articles in the corpus (PolNeAR train, in file-name order); about 460 KB.</summary>
    public const int Documents = 100;

    private readonly NewsExtractor extractor = NewsExtractor.CreateDefault();
    private readonly DocumentPool documents = new(1);
    private List<string> texts = [];

    [GlobalSetup]
    public void Setup()
    {
        texts = NewsCorpus.Articles(Documents);
        extractor.Analyze(texts[0]); // loads the shared resources outside the measurement
    }

    [Benchmark(OperationsPerInvoke = Documents)]
    public int Stage1Tokenize() => Run(1);

    [Benchmark(OperationsPerInvoke = Documents)]
    public int Stage2SplitSentences() => Run(2);

    [Benchmark(OperationsPerInvoke = Documents)]
    public int Stage3RecognizeEntities() => Run(3);

    [Benchmark(OperationsPerInvoke = Documents)]
    public int Stage4ResolveAliases() => Run(4);

    [Benchmark(OperationsPerInvoke = Documents)]
    public int Stage5DetectQuotes() => Run(5);

    [Benchmark(OperationsPerInvoke = Documents)]
    public int Stage6AttributeQuotes() => Run(6);

    [Benchmark(OperationsPerInvoke = Documents, Baseline = true)]
    public int ExtractEntities()
    {
        int found = 0;
        foreach (string text in texts)
        {
            found += extractor.ExtractEntities(text).Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Documents)]
    public int Analyze()
    {
        int found = 0;
        foreach (string text in texts)
        {
            var analysis = extractor.Analyze(text);
            found += analysis.Entities.Count + analysis.Quotes.Count;
        }

        return found;
    }

    public Workload Describe(BenchmarkCase benchmarkCase)
    {
        var articles = NewsCorpus.Articles(Documents);
        var tokens = new List<Token>();
        foreach (string text in articles)
        {
            Tokenizer.Tokenize(text, tokens);
        }

        return new Workload(
            articles.Sum(t => 2.0 * t.Length) / Documents,
            articles.Sum(t => (double)Encoding.UTF8.GetByteCount(t)) / Documents,
            (double)tokens.Count / Documents);
    }

    private int Run(int stages)
    {
        int count = 0;
        foreach (string text in texts)
        {
            // A pooled document, as NewsExtractor analyses in: the rows show the steady-state allocation.
            var document = documents.Rent(text);
            for (int s = 0; s < stages; s++)
            {
                AnalysisPipeline.Default.Stages[s].Process(document, CancellationToken.None);
            }

            count += document.Tokens.Count + document.Mentions.Count + document.Quotes.Count;
            documents.Return(document);
        }

        return count;
    }
}

/// <summary>
/// The workload columns, and a short in-process job: the machines this runs on are small and shared, and building a
/// separate benchmark executable per job took longer there than the measurements.
/// </summary>
public class NewsBenchmarkConfig : ManualConfig
{
    public NewsBenchmarkConfig()
        : this(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10))
    {
    }

    protected NewsBenchmarkConfig(Job job)
    {
        AddJob(job.WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(
            WorkloadColumn.MegabytesPerSecond,
            WorkloadColumn.TokensPerSecond,
            WorkloadColumn.MillisecondsPerMegabyte,
            WorkloadColumn.AllocatedPerUtf16Byte,
            WorkloadColumn.AllocatedPerUtf8Byte);
    }
}
