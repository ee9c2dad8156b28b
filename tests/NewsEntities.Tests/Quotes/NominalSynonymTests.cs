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

    [Fact]
    public void An_admiral_described_as_such_is_what_a_later_pronoun_stands_for()
    {
        var quote = Single("Admiral Ruth Cohen arrived on Monday. Sarah Levy met her at the port. Asked later, the admiral smiled.\n\n"
            + "\"My voice is low,\" she said.");

        Assert.Equal("Ruth Cohen", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Sen. Ruth Cohen", "the senator")]
    [InlineData("Rep. Ruth Cohen", "the congresswoman")]
    [InlineData("Rep. Ruth Cohen", "the lawmaker")]
    [InlineData("Gov. Ruth Cohen", "the governor")]
    public void An_abbreviated_title_is_the_office_a_bare_description_names(string titled, string description)
    {
        var quote = Single($"{titled} unveiled a bill on Tuesday.\n\n\"This is the moment,\" {description} said.");

        Assert.Equal("Ruth Cohen", quote.Speaker?.Name);
        Assert.Equal(description, quote.SpeakerMention?.Text);
    }

    [Theory]
    [InlineData("Coach Ruth Cohen", "the coach")]
    [InlineData("Ruth Cohen, the Rangers coach,", "the coach")]
    [InlineData("Actress Ruth Cohen", "the actress")]
    public void A_coach_or_an_actor_titled_so_is_who_the_bare_role_names(string titled, string description)
    {
        var quote = Single($"{titled} was blunt after the game on Tuesday.\n\n\"This is the moment,\" {description} said.");

        Assert.Equal("Ruth Cohen", quote.Speaker?.Name);
        Assert.Equal(description, quote.SpeakerMention?.Text);
    }

    [Theory]
    [InlineData("Sen. Ruth Cohen (D-N.Y.)", "the New York senator")]
    [InlineData("Sen. Ruth Cohen, I-Vt.,", "the Vermont senator")]
    [InlineData("Sen. Ruth Cohen of Vermont", "the Vermont senator")]
    [InlineData("Rep. Ruth Cohen, R-Texas,", "the Texas Republican")]
    [InlineData("Rep. Ruth Cohen (R-TX)", "the Texas congresswoman")]
    public void The_state_of_a_party_tag_or_an_of_phrase_makes_the_state_s_lawmaker(string titled, string description)
    {
        var quote = Single($"{titled} and Gov. David Levy spoke on Tuesday.\n\n\"This is the moment,\" {description} said.");

        Assert.Equal("Ruth Cohen", quote.Speaker?.Name);
    }

    [Fact]
    public void Another_state_s_senator_is_not_the_one_tagged()
    {
        var quote = Single("Sen. Ruth Cohen (D-N.Y.) spoke on Tuesday.\n\n\"This is the moment,\" the Ohio senator said.");

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void The_senator_is_the_one_the_text_goes_on_about_rather_than_the_last_named()
    {
        var quote = Single("Sen. Ruth Cohen met Sen. David Levy on Monday. Cohen later criticized Levy's plan.\n\n"
            + "\"It will not pass,\" the senator said.");

        Assert.Equal("Ruth Cohen", quote.Speaker?.Name);
    }

    [Fact]
    public void A_senator_named_long_before_is_no_safe_guess_for_the_senator()
    {
        var quote = Single("Sen. Ruth Cohen spoke on Monday. The bill went to committee. Critics were many. The mayor objected. "
            + "Voters were split. Polls were close.\n\n\"It will not pass,\" the senator said.");

        Assert.Null(quote.Speaker);
        Assert.Equal("the senator", quote.SpeakerMention?.Text);
    }

    private static Quote Single(string text) => Assert.Single(Extractor.ExtractQuotes(text));
}
