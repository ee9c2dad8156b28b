using Xunit.Abstractions;

namespace NewsEntities.Tests.Acceptance;

/// <summary>
/// The seed articles against their gold quotes. The thresholds are what the pipeline reaches today: they only
/// ever move up.
/// </summary>
public sealed class SeedQuoteAcceptanceTests(ITestOutputHelper output)
{
    private const int MinimumFound = 50;
    private const int MinimumSpeakersRight = 50;
    private const int MaximumFalseQuotes = 0;

    [Fact]
    public void Seeds_quotes_are_found_and_attributed()
    {
        var gold = SeedGold.Load();
        var extractor = NewsExtractor.CreateDefault();

        var score = QuoteScore.Score(gold.Documents, d => extractor.ExtractQuotes(d.Text));
        output.WriteLine(score.ToString());

        Assert.Equal(50, score.Gold);
        Assert.True(score.Found >= MinimumFound, $"found {score.Found} < {MinimumFound}");
        Assert.True(score.SpeakersRight >= MinimumSpeakersRight, $"speakers right {score.SpeakersRight} < {MinimumSpeakersRight}");
        Assert.True(score.FalseQuotes <= MaximumFalseQuotes, $"false quotes {score.FalseQuotes} > {MaximumFalseQuotes}");
    }
}
