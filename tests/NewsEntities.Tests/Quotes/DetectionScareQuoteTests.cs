using NewsEntities.Quotes;

namespace NewsEntities.Tests.Quotes;

/// <summary>A short quote nobody is credited with is a scare quote or a name, and is not returned as speech.</summary>
public sealed class DetectionScareQuoteTests
{
    private static List<TestQuote> AfterScareQuoteStage(string text)
    {
        var document = QuoteTestDocument.Analyze(text);
        new ScareQuoteStage().Process(document, default);
        return QuoteTestDocument.Read(document);
    }

    [Theory]
    [InlineData("Shootings at the \"workplace\" rose in the state last year, the figures show.")]
    [InlineData("The station aired \"Saturday Night Live\" and the \"top secret\" files stayed shut.")]
    public void A_short_quote_without_a_speaker_is_not_speech(string text)
    {
        Assert.All(AfterScareQuoteStage(text), q => Assert.False(q.IsSpeech));
    }

    [Fact]
    public void A_long_quote_without_a_speaker_stays_speech()
    {
        var quotes = AfterScareQuoteStage("The sign at the gate read \"we will not leave this town until every family has a home again\" all week.");
        var quote = Assert.Single(quotes);
        Assert.Null(quote.Speaker);
        Assert.True(quote.IsSpeech);
    }

    [Fact]
    public void The_default_extractor_returns_no_scare_quote()
    {
        var quotes = NewsExtractor.CreateDefault().ExtractQuotes("Shootings at the \"workplace\" rose last year. \"We will not stop until every family is safe,\" Sarah Cohen said.");
        Assert.Equal(["We will not stop until every family is safe,"], quotes.Select(q => q.Text));
    }

    [Theory]
    [InlineData("The wicketkeeper, 31, said: \"It felt good.\"")]
    [InlineData("Fans of the club said, \"It felt good.\"")]
    public void A_short_quote_a_reporting_verb_introduces_with_a_colon_or_comma_stays_speech(string text)
    {
        Assert.True(Assert.Single(AfterScareQuoteStage(text)).IsSpeech);
    }

    [Fact]
    public void A_short_quote_after_a_verb_that_may_be_a_noun_is_still_withdrawn()
    {
        Assert.All(AfterScareQuoteStage("The rules on \"top secret\" files were set by the claims: \"top secret\" again."), q => Assert.False(q.IsSpeech));
    }

    [Theory]
    [InlineData("\"Bernie is Bernie,\" Manchin said.")]
    [InlineData("Manchin said, \"Bernie is Bernie.\"")]
    public void A_short_sentence_of_capitalized_words_in_a_quote_is_no_name(string text)
    {
        var extractor = NewsExtractor.CreateDefault();
        Assert.DoesNotContain(extractor.ExtractEntities(text), e => e.Name.Contains(" is ", StringComparison.Ordinal));
        Assert.Equal(["Bernie is Bernie"], extractor.ExtractQuotes(text).Select(q => q.Text.TrimEnd(',', '.')));
    }
}
