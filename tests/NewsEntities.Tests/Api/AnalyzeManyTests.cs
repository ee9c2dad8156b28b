using NewsEntities.Tests.Acceptance;
using NewsEntities.Tests.Robustness;

namespace NewsEntities.Tests.Api;

public sealed class AnalyzeManyTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.CreateDefault();

    private static List<string> Texts() =>
        Enumerable.Repeat(SeedGold.Load().Documents.Select(d => d.Text), 8).SelectMany(t => t).ToList();

    [Fact]
    public void Results_come_in_input_order_and_equal_the_one_by_one_results()
    {
        var texts = Texts();
        var parallel = Extractor.AnalyzeMany(texts, new BatchOptions { MaxDegreeOfParallelism = 4 }).ToList();
        Assert.Equal(texts.Count, parallel.Count);
        for (int i = 0; i < texts.Count; i++)
        {
            var single = Extractor.Analyze(texts[i]);
            Assert.Equal(AnalysisInvariants.Fingerprint(single), AnalysisInvariants.Fingerprint(parallel[i]));
        }
    }

    [Fact]
    public void Progress_counts_every_document_in_order()
    {
        var seen = new List<int>();
        var progress = new SynchronousProgress(seen.Add);
        _ = Extractor.AnalyzeMany(Texts(), new BatchOptions { MaxDegreeOfParallelism = 3, Progress = progress }).ToList();
        Assert.Equal(Enumerable.Range(1, Texts().Count), seen);
    }

    [Fact]
    public void The_input_is_read_lazily_with_a_bounded_window()
    {
        int read = 0;
        IEnumerable<string> Endless()
        {
            while (true)
            {
                read++;
                yield return "Reuters said \"nothing\".";
            }
        }

        var firstFive = Extractor.AnalyzeMany(Endless(), new BatchOptions { MaxDegreeOfParallelism = 2 }).Take(5).ToList();
        Assert.Equal(5, firstFive.Count);
        Assert.InRange(read, 5, 5 + (2 * 4));
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Extractor.AnalyzeMany(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Extractor.AnalyzeMany([], new BatchOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentNullException>(() => Extractor.AnalyzeMany(["a", null!], new BatchOptions { MaxDegreeOfParallelism = 2 }).ToList());
        Assert.Throws<ArgumentNullException>(() => Extractor.AnalyzeMany(["a", null!], new BatchOptions { MaxDegreeOfParallelism = 1 }).ToList());
    }

    [Fact]
    public void Cancellation_stops_the_stream()
    {
        using var cancellation = new CancellationTokenSource();
        var results = Extractor.AnalyzeMany(Texts(), new BatchOptions { MaxDegreeOfParallelism = 2 }, cancellation.Token);
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in results)
            {
                cancellation.Cancel();
            }
        });
    }
}
