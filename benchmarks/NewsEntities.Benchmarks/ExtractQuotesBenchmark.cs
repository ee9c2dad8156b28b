using BenchmarkDotNet.Attributes;

namespace NewsEntities.Benchmarks;

/// <summary>End-to-end quote extraction over the five seed articles, model already loaded.</summary>
[MemoryDiagnoser]
public class ExtractQuotesBenchmark
{
    private readonly NewsExtractor extractor = NewsExtractor.CreateDefault();
    private IReadOnlyList<string> seeds = [];

    [GlobalSetup]
    public void Setup()
    {
        seeds = SeedCorpus.Load();
        extractor.ExtractQuotes(seeds[0]); // loads the shared resources outside the measurement
    }

    [Benchmark]
    public int ExtractQuotesOverSeeds()
    {
        int quotes = 0;
        foreach (string text in seeds)
        {
            quotes += extractor.ExtractQuotes(text).Count;
        }

        return quotes;
    }
}
