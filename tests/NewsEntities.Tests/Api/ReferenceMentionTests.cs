namespace NewsEntities.Tests.Api;

/// <summary>Pronouns and descriptions that quote attribution links to a speaker reach the public result as mentions.</summary>
public sealed class ReferenceMentionTests
{
    private const string Text =
        "US Secretary of State Antony Blinken met officials in Ramallah on Tuesday. "
        + "The Secretary of State also lamented the deaths of \"innocent civilians on both sides\". "
        + "\"We will keep working for calm,\" he said.";

    private static readonly NewsExtractor Extractor = NewsExtractor.CreateDefault();

    [Fact]
    public void A_speaker_pronoun_and_a_speaker_description_are_mentions_of_the_entity_with_their_kind()
    {
        var analysis = Extractor.Analyze(Text);

        var blinken = Assert.Single(analysis.Entities, e => e.Name == "Antony Blinken");
        Assert.Contains(blinken.Mentions, m => m.Kind == MentionKind.Nominal && m.Text == "The Secretary of State");
        Assert.Contains(blinken.Mentions, m => m.Kind == MentionKind.Pronoun && m.Text == "he");
        Assert.All(blinken.Mentions, m => Assert.Equal(Text[m.Start..m.End], m.Text));
        Assert.Equal(blinken.Mentions.OrderBy(m => m.Start), blinken.Mentions);
    }

    [Fact]
    public void Pronouns_and_descriptions_are_never_aliases()
    {
        var blinken = Extractor.Analyze(Text).Entities.Single(e => e.Name == "Antony Blinken");

        Assert.Equal(["Antony Blinken"], blinken.Aliases);
    }

    [Fact]
    public void The_quotes_of_the_reference_mentions_have_the_entity_as_speaker()
    {
        var analysis = Extractor.Analyze(Text);
        var blinken = analysis.Entities.Single(e => e.Name == "Antony Blinken");

        Assert.All(analysis.Quotes, q => Assert.Same(blinken, q.Speaker));
        Assert.NotEmpty(analysis.Quotes);
    }

    [Fact]
    public void Reference_mentions_come_through_corpus_mode_too()
    {
        var blinken = Extractor.AnalyzeCorpus([Text])[0].Entities.Single(e => e.Name == "Antony Blinken");

        Assert.Contains(blinken.Mentions, m => m.Kind == MentionKind.Pronoun);
        Assert.Contains(blinken.Mentions, m => m.Kind == MentionKind.Nominal);
    }
}
