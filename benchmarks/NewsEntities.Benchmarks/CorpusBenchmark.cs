using BenchmarkDotNet.Attributes;

namespace NewsEntities.Benchmarks;

/// <summary>
/// The cost of corpus mode: <see cref="NewsExtractor.AnalyzeCorpus(IEnumerable{string}, CancellationToken)"/> over
/// 1,000 news articles against analysing the same articles one by one, both dropping each result at once
/// (<see cref="AnalyzeEach"/>, the baseline) and keeping all of them as corpus mode must (<see cref="AnalyzeEachKept"/>).
/// The bar is at most 10% extra. <see cref="StreamCorpus"/> is corpus mode yielding its results one at a time,
/// each dropped at once: the like of <see cref="AnalyzeEach"/>.
/// </summary>
/// <remarks>
/// The articles are the PolNeAR train texts, read at run time from the shared data folder next to the repository
/// (<c>../shared</c>), repeated in order up to 1,000 documents; nothing is copied into the repository.
/// </remarks>
[MemoryDiagnoser]
public class CorpusBenchmark
{
    private const int DocumentCount = 1000;

    private readonly NewsExtractor extractor = NewsExtractor.CreateDefault();

    // One thread, as AnalyzeCorpus(texts) and the one-by-one baselines.
    private readonly BatchOptions oneThread = new() { MaxDegreeOfParallelism = 1 };
    private List<string> documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var texts = NewsCorpus.Articles();
        documents = Enumerable.Range(0, DocumentCount).Select(i => texts[i % texts.Count]).ToList();
        extractor.Analyze(documents[0]); // loads the shared resources outside the measurement
    }

    [Benchmark(Baseline = true)]
    public int AnalyzeEach()
    {
        int entities = 0;
        foreach (string text in documents)
        {
            entities += extractor.Analyze(text).Entities.Count;
        }

        return entities;
    }

    // Corpus mode returns every result at once, so it holds them all; this is one-by-one analysis holding them too,
    // which separates the cost of keeping results alive from the cost of resolving across documents.
    [Benchmark]
    public int AnalyzeEachKept()
    {
        var results = new List<DocumentAnalysis>(documents.Count);
        foreach (string text in documents)
        {
            results.Add(extractor.Analyze(text));
        }

        return results.Sum(r => r.Entities.Count);
    }

    // Corpus mode that drops each result as AnalyzeEach does: compare it with AnalyzeEach, and AnalyzeCorpus with
    // AnalyzeEachKept.
    [Benchmark]
    public int StreamCorpus()
    {
        int entities = 0;
        foreach (var result in extractor.StreamCorpus(documents, oneThread))
        {
            entities += result.Entities.Count;
        }

        return entities;
    }

    [Benchmark]
    public int AnalyzeCorpus()
    {
        int entities = 0;
        foreach (var result in extractor.AnalyzeCorpus(documents))
        {
            entities += result.Entities.Count;
        }

        return entities;
    }
}
