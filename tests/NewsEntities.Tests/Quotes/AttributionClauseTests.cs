using NewsEntities.Recognition;
using NewsEntities.Resolution;

namespace NewsEntities.Tests.Quotes;

/// <summary>Which cue of a sentence governs a quote when there are several, and which mention stands for the speaker.</summary>
public sealed class AttributionClauseTests
{
    private static readonly TestEntity Levy = new("David Levy", Gender: Gender.Male);
    private static readonly TestEntity Hale = new("Tom Hale", Gender: Gender.Male);
    private static readonly TestEntity Gazette = new("Harbor Gazette", EntityLabel.Organization);

    private static TestQuote Only(string text, params TestEntity[] entities) =>
        Assert.Single(QuoteTestDocument.Quotes(text, entities), q => q.IsSpeech);

    [Theory]
    [InlineData("David Levy said Tom Hale was right to warn residents that the dam \"could fail this spring.\"")]
    [InlineData("David Levy said that Tom Hale had urged residents to \"leave before the storm.\"")]
    public void A_cue_inside_a_reported_clause_yields_to_the_cue_that_reports_it(string text)
    {
        var quote = Only(text, Levy, Hale);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Theory]
    [InlineData("Asked about the dam, Tom Hale said \"it could fail this spring.\"", "Tom Hale")]
    [InlineData("David Levy spoke first, and Tom Hale said \"it could fail this spring.\"", "Tom Hale")]
    [InlineData("David Levy, who said the dam was safe, now told reporters that Tom Hale \"knew better.\"", "David Levy")]
    public void Clauses_that_are_not_reported_keep_their_own_cue(string text, string speaker)
    {
        Assert.Equal(speaker, Only(text, Levy, Hale).Speaker);
    }

    [Fact]
    public void A_pronoun_and_a_listener_verb_right_after_the_quote_attribute_it()
    {
        var quote = Only("David Levy seemed to suggest the dam was safe: \"It will hold,\" he told the Harbor Gazette.", Levy, Gazette);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("he", quote.SpeakerMention);
        Assert.Equal("told", quote.Cue);
    }
}
