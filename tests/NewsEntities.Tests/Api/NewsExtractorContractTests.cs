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
