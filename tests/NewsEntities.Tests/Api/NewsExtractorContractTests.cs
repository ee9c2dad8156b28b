using NewsEntities.Tests.Acceptance;
using NewsEntities.Tests.Robustness;

namespace NewsEntities.Tests.Api;

/// <summary>The promises of the public API that hold whatever the models find.</summary>
public sealed class NewsExtractorContractTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.CreateDefault();

    [Fact]
    public void Null_input_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Extractor.ExtractQuotes(null!));
        Assert.Throws<ArgumentNullException>(() => Extractor.ExtractEntities(null!));
        Assert.Throws<ArgumentNullException>(() => Extractor.Analyze(null!));
        Assert.Throws<ArgumentNullException>(() => Extractor.AnalyzeCorpus(null!));
        Assert.Throws<ArgumentNullException>(() => Extractor.AnalyzeCorpus(["text", null!]));
        Assert.Equal("texts", Assert.Throws<ArgumentNullException>(() => Extractor.AnalyzeCorpus(["text", null!], new BatchOptions { MaxDegreeOfParallelism = 2 })).ParamName);
        Assert.Equal("texts", Assert.Throws<ArgumentNullException>(() => Extractor.AnalyzeMany(["text", null!], new BatchOptions { MaxDegreeOfParallelism = 1 }).ToList()).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Extractor.AnalyzeCorpus(["text"], new BatchOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentNullException>(() => Extractor.StreamCorpus(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Extractor.StreamCorpus(["text"], new BatchOptions { MaxDegreeOfParallelism = 0 }));

        // A streamed corpus reads its texts when enumeration starts, as AnalyzeMany does.
        var streamed = Extractor.StreamCorpus(["text", null!]);
        Assert.Equal("texts", Assert.Throws<ArgumentNullException>(() => streamed.ToList()).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t \u00A0\u2029")]
    public void Empty_or_whitespace_input_gives_empty_results(string text)
    {
        Assert.Empty(Extractor.ExtractQuotes(text));
        Assert.Empty(Extractor.ExtractEntities(text));
        var analysis = Extractor.Analyze(text);
        Assert.Empty(analysis.Entities);
        Assert.Empty(analysis.Quotes);
    }

    [Fact]
    public void A_cancelled_token_stops_the_analysis()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Extractor.Analyze("Blinken said \"yes\".", cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Extractor.AnalyzeCorpus(["a", "b"], cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Extractor.StreamCorpus(["a", "b"], cancellationToken: cancelled.Token).ToList());
    }

    [Fact]
    public void A_streamed_corpus_stops_between_results_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var texts = SeedGold.Load().Documents.Select(d => d.Text).ToList();
        int yielded = 0;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in Extractor.StreamCorpus(texts, cancellationToken: cancellation.Token))
            {
                yielded++;
                cancellation.Cancel();
            }
        });
        Assert.Equal(1, yielded);
    }

    [Fact]
    public void A_streamed_corpus_gives_the_corpus_results_and_reads_nothing_before_enumeration()
    {
        var texts = SeedGold.Load().Documents.Select(d => d.Text).ToList();
        var expected = Extractor.AnalyzeCorpus(texts).Select(AnalysisInvariants.Fingerprint).ToList();
        int read = 0;

        var streamed = Extractor.StreamCorpus(texts.Select(t => { read++; return t; }), new BatchOptions { MaxDegreeOfParallelism = 2 });
        Assert.Equal(0, read);

        // Enumerated twice: each enumeration reads the texts again and gives the same results.
        Assert.Equal(expected, streamed.Select(AnalysisInvariants.Fingerprint));
        Assert.Equal(expected, streamed.Select(AnalysisInvariants.Fingerprint));
        Assert.Equal(2 * texts.Count, read);

        // Corpus resolution changed something, so the comparison is not between one-by-one results.
        Assert.NotEqual(texts.Select(t => AnalysisInvariants.Fingerprint(Extractor.Analyze(t))), expected);
    }

    [Fact]
    public void Every_offset_points_at_the_text_it_reports_and_speakers_are_listed_entities()
    {
        foreach (var document in SeedGold.Load().Documents)
        {
            AnalysisInvariants.AssertHold(document.Text, Extractor.Analyze(document.Text));
        }
    }

    [Fact]
    public void Corpus_results_come_one_per_document_in_input_order()
    {
        var texts = SeedGold.Load().Documents.Select(d => d.Text).ToList();
        var results = Extractor.AnalyzeCorpus(texts);
        Assert.Equal(texts.Count, results.Count);
        for (int i = 0; i < texts.Count; i++)
        {
            Assert.Equal(Extractor.Analyze(texts[i]).Quotes.Select(q => (q.Start, q.End)), results[i].Quotes.Select(q => (q.Start, q.End)));
        }
    }
}
