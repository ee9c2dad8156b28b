using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using NewsEntities.Segmentation;
using NewsEntities.Tests.Acceptance;
using NewsEntities.Tests.Robustness;
using NewsEntities.Tokenization;

namespace NewsEntities.Tests.Pipeline;

/// <summary>
/// Working documents are reused from one analysis to the next (issue 6): whatever a document went through before,
/// the next analysis in it gives exactly what a fresh document gives, and nothing of it outlives its result.
/// </summary>
public sealed class DocumentPoolTests
{
    private static readonly List<string> Seeds = SeedGold.Load().Documents.Select(d => d.Text).ToList();

    [Fact]
    public void A_document_analysed_after_others_gives_its_result_when_analysed_alone()
    {
        // Long before short and short before long, so reused storage is both larger and smaller than needed.
        var texts = Seeds.Concat(Seeds.AsEnumerable().Reverse()).Append("Blinken met Abbas in Ramallah.").Append(string.Empty).ToList();
        var shared = NewsExtractor.CreateDefault();

        foreach (string text in texts)
        {
            string alone = AnalysisInvariants.Fingerprint(NewsExtractor.CreateDefault().Analyze(text));
            Assert.Equal(alone, AnalysisInvariants.Fingerprint(shared.Analyze(text)));
        }
    }

    [Fact]
    public void A_result_is_unchanged_by_the_analyses_after_it()
    {
        var extractor = NewsExtractor.CreateDefault();
        var first = extractor.Analyze(Seeds[0]);
        string before = AnalysisInvariants.Fingerprint(first);

        foreach (string text in Seeds.Skip(1))
        {
            extractor.Analyze(text);
            extractor.ExtractEntities(text);
        }

        Assert.Equal(before, AnalysisInvariants.Fingerprint(first));
        AnalysisInvariants.AssertHold(Seeds[0], first);
    }

    [Fact]
    public void A_cancelled_analysis_does_not_change_the_next()
    {
        var extractor = NewsExtractor.CreateDefault();
        string expected = AnalysisInvariants.Fingerprint(NewsExtractor.CreateDefault().Analyze(Seeds[1]));
        string large = BadInputCatalogueTests.Repeat(string.Join("\n\n", Seeds) + "\n\n", 1_000_000);

        // Cancelled at several points of the pipeline, from tokenization to the result, each time followed by a
        // short document on the same extractor: every stage's workspace must start clean after a pass cut short.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        extractor.Analyze(large);
        double whole = clock.Elapsed.TotalMilliseconds;
        foreach (double fraction in new[] { 0.0, 0.01, 0.1, 0.4, 0.7, 0.85, 0.95 })
        {
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(whole * fraction));
            try
            {
                extractor.Analyze(large, cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                // expected unless the machine was fast enough to finish
            }

            Assert.Equal(expected, AnalysisInvariants.Fingerprint(extractor.Analyze(Seeds[1])));
        }
    }

    [Fact]
    public void A_document_returned_half_processed_comes_back_empty()
    {
        var pool = new DocumentPool(1);
        var document = pool.Rent(Seeds[0]);
        new TokenizationStage().Process(document, CancellationToken.None);
        new SentenceSplitter().Process(document, CancellationToken.None);
        new EntityRecognitionStage().Process(document, CancellationToken.None);
        pool.Return(document); // as after an exception in a later stage

        Assert.Equal(string.Empty, document.Text); // the caller's text is not kept alive by the pool
        Assert.Empty(document.Tokens);
        Assert.Empty(document.Mentions);

        var again = pool.Rent("Blinken met Abbas.");
        Assert.Same(document, again);
        Assert.Equal("Blinken met Abbas.", again.Text);
        Assert.Empty(again.Tokens);
        Assert.Empty(again.Sentences);
        Assert.Empty(again.Paragraphs);
        Assert.Empty(again.Mentions);
        Assert.Empty(again.Clusters);
        Assert.Empty(again.MentionCluster);
        Assert.Empty(again.Quotes);
    }

    [Fact]
    public void A_document_grown_past_the_bound_is_not_kept()
    {
        var pool = new DocumentPool(1);
        var huge = pool.Rent(new string('a', 10));
        huge.Tokens.EnsureCapacity(Document.MaxRetainedTokens + 1);
        pool.Return(huge);

        Assert.NotSame(huge, pool.Rent("text"));
    }

    [Fact]
    public void The_pool_keeps_no_more_documents_than_its_slots()
    {
        var pool = new DocumentPool(2);
        var rented = Enumerable.Range(0, 3).Select(i => pool.Rent("x")).ToList();
        rented.ForEach(pool.Return);

        var again = Enumerable.Range(0, 3).Select(i => pool.Rent("x")).ToList();
        Assert.Equal(2, again.Count(d => rented.Contains(d)));
        Assert.Equal(3, again.Distinct().Count());
    }

    [Fact]
    public void Threads_sharing_one_extractor_get_the_results_of_fresh_documents()
    {
        var texts = Seeds.Concat(["Blinken met Abbas.", string.Empty, string.Join("\n\n", Seeds)]).ToList();
        var expected = texts.Select(t => AnalysisInvariants.Fingerprint(NewsExtractor.CreateDefault().Analyze(t))).ToList();
        var extractor = NewsExtractor.CreateDefault();

        var actual = AnalysisInvariants.FingerprintsOnThreads(extractor, texts, threads: 4, rounds: 3, stride: 3);
        Assert.All(actual, results => Assert.Equal(expected, results));
    }
}
