using System.Diagnostics;
using NewsEntities.Tests.Acceptance;
using Xunit.Abstractions;

namespace NewsEntities.Tests.Robustness;

/// <summary>
/// A cancelled analysis stops within 100 ms, wherever in the pipeline the cancellation finds it: the cancel is sent
/// at several points of a 4 MB analysis, from tokenization to the building of the result. Which passes look for a
/// cancel is pinned without timing by <see cref="Pipeline.CancellationPollingTests"/>.
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class CancellationTests(ITestOutputHelper output)
{
    private const int MaximumMilliseconds = 100;

    [Fact]
    public void Cancellation_is_honoured_within_100_ms_at_every_stage()
    {
        var extractor = NewsExtractor.CreateDefault();
        string text = BadInputCatalogueTests.Repeat(string.Join("\n\n", SeedGold.Load().Documents.Select(d => d.Text)) + "\n\n", 4_000_000);
        extractor.Analyze(text[..100_000]); // warm-up

        var whole = Stopwatch.StartNew();
        extractor.Analyze(text);
        double total = whole.Elapsed.TotalMilliseconds;

        foreach (double fraction in new[] { 0.01, 0.1, 0.25, 0.4, 0.55, 0.7, 0.8, 0.9, 0.97 })
        {
            // A busy machine can delay any thread; a point over the bound is measured again before it counts.
            double latency = double.MaxValue;
            for (int attempt = 0; attempt < 3 && latency > MaximumMilliseconds; attempt++)
            {
                latency = CancelAfter(extractor, text, TimeSpan.FromMilliseconds(total * fraction));
            }

            output.WriteLine($"cancelled at {fraction:P1} of {total:0} ms: stopped after {latency:0} ms");
            Assert.True(latency <= MaximumMilliseconds, $"cancelled at {fraction:P1}: stopped after {latency:0} ms");
        }
    }

    private static double CancelAfter(NewsExtractor extractor, string text, TimeSpan delay)
    {
        using var cancellation = new CancellationTokenSource();
        var run = Task.Run(() => extractor.Analyze(text, cancellation.Token));
        Thread.Sleep(delay);
        var clock = Stopwatch.StartNew();
        cancellation.Cancel();
        try
        {
            run.GetAwaiter().GetResult();
            return 0; // finished before the cancel arrived: nothing left to stop
        }
        catch (OperationCanceledException)
        {
            return clock.Elapsed.TotalMilliseconds;
        }
    }
}
