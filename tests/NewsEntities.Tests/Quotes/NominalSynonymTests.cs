namespace NewsEntities.Tests.Quotes;

/// <summary>
/// A description that names a person's office in other words ("the Palestinian leader" for a president) finds the
/// person when a modifier agrees, through the whole pipeline.
/// </summary>
public class NominalSynonymTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.CreateDefault();

    [Fact]
    public void A_leader_with_the_nationality_of_a_president_is_that_president()
    {
        var quote = Single("Palestinian President Mahmoud Abbas met Israeli Prime Minister Naftali Bennett on Sunday. Abbas spoke first.\n\n"
            + "\"We will not give up our rights,\" the Palestinian leader said.");

        Assert.Equal("Mahmoud Abbas", quote.Speaker?.Name);
        Assert.Equal("the Palestinian leader", quote.SpeakerMention?.Text);
    }

    [Fact]
    public void The_nationality_chooses_between_two_leaders()
    {
        var quote = Single("Kenyan President Daniel Mwangi met Ugandan Prime Minister Moses Okello.\n\n\"We agreed on the border,\" the Ugandan leader said.");

        Assert.Equal("Moses Okello", quote.Speaker?.Name);
    }

    [Fact]
    public void A_bare_synonym_names_nobody_but_keeps_its_words()
    {
        var quote = Single("Kenyan President Daniel Mwangi met the press.\n\n\"We agreed on the border,\" the leader said.");

        Assert.Null(quote.Speaker);
        Assert.Equal("the leader", quote.SpeakerMention?.Text);
    }

    [Fact]
    public void The_office_itself_wins_over_a_synonym()
    {
        var quote = Single("Kenyan President Daniel Mwangi met Kenyan Prime Minister Moses Okello.\n\n\"We agreed on the border,\" the Kenyan president said.");

        Assert.Equal("Daniel Mwangi", quote.Speaker?.Name);
    }

    private static Quote Single(string text) => Assert.Single(Extractor.ExtractQuotes(text));
}
