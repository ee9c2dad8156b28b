using NewsEntities.Tests.Acceptance;

namespace NewsEntities.Tests.Robustness;

/// <summary>One extractor shared by 16 threads, or a corpus analysed on several cores, gives exactly the single-threaded results.</summary>
[Collection(nameof(TimingCollection))]
public sealed class ConcurrencyTests
{
    [Fact]
    public void Sixteen_threads_sharing_one_extractor_give_the_single_threaded_results()
    {
        var extractor = NewsExtractor.CreateDefault();
        var texts = SeedsAndPolnearDev();
        var expected = texts.Select(t => AnalysisInvariants.Fingerprint(extractor.Analyze(t))).ToList();

        // Each thread walks the documents from a different starting point, so different documents overlap.
        var actual = AnalysisInvariants.FingerprintsOnThreads(extractor, texts, threads: 16, rounds: 1, stride: 7);
        Assert.All(actual, results => Assert.Equal(expected, results));
    }

    [Fact]
    public void A_corpus_analysed_on_four_threads_gives_the_one_thread_results_and_reports_progress()
    {
        var extractor = NewsExtractor.CreateDefault();
        var texts = SeedsAndPolnearDev();
        var expected = extractor.AnalyzeCorpus(texts).Select(AnalysisInvariants.Fingerprint).ToList();
        var reports = new List<int>();

        var actual = extractor.AnalyzeCorpus(texts, new BatchOptions { MaxDegreeOfParallelism = 4, Progress = new SynchronousProgress(reports.Add) });

        Assert.Equal(expected, actual.Select(AnalysisInvariants.Fingerprint));
        Assert.Equal(Enumerable.Range(1, texts.Count), reports);
    }

    private static List<string> SeedsAndPolnearDev()
    {
        string polnear = Path.Combine(RepositoryPaths.Shared, "data", "quotes", "polnear", "dev", "text");
        return SeedGold.Load().Documents.Select(d => d.Text)
            .Concat(Directory.GetFiles(polnear, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText))
            .ToList();
    }
}
