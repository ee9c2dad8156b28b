using NewsEntities.Resolution;

namespace NewsEntities.Tests.Quotes;

/// <summary>A quote cut in two by its attribution is one quote from one speaker.</summary>
public sealed class DetectionCutQuoteTests
{
    private static readonly TestEntity Cohen = new("Sarah Cohen", Gender: Gender.Female);

    [Fact]
    public void Both_parts_of_a_quote_cut_by_its_attribution_get_its_speaker()
    {
        var quotes = QuoteTestDocument.Quotes("Sarah Cohen spoke on Monday. \"We believe,\" she said, \"that it matters.\"", Cohen);
        Assert.Equal(["We believe,", "that it matters."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Sarah Cohen", q.Speaker));
    }
}
