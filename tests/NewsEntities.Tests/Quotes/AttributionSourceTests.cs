using NewsEntities.Recognition;
using NewsEntities.Resolution;

namespace NewsEntities.Tests.Quotes;

/// <summary>Sources that are no named person: documents, anonymous people, and the outlet a quote comes through.</summary>
public sealed class AttributionSourceTests
{
    private static readonly TestEntity Levy = new("David Levy", Gender: Gender.Male);
    private static readonly TestEntity Gazette = new("Harbor Gazette", EntityLabel.Organization);
    private static readonly TestEntity Hale = new("Tom Hale", Gender: Gender.Male);

    private static TestQuote Only(string text, params TestEntity[] entities) =>
        Assert.Single(QuoteTestDocument.Quotes(text, entities), q => q.IsSpeech);

    [Theory]
    [InlineData("The memo said, \"All branches will close by noon on Friday.\"", "The memo")]
    [InlineData("The letter went on to say, \"We will not renew the lease next year.\"", "The letter")]
    [InlineData("Another wrote, \"The ferry has been late every day this week.\"", "Another")]
    [InlineData("One commuter complained that \"the ferry has been late every day this week.\"", "One commuter")]
    public void A_subject_that_names_no_person_is_the_source(string text, string mention)
    {
        var quote = Only(text);
        Assert.Null(quote.Speaker);
        Assert.Equal(mention, quote.SpeakerMention);
    }

    [Theory]
    [InlineData("\"The ferry will lose,\" said a Harbor County Republican.", "a Harbor County Republican")]
    [InlineData("\"The ferry will lose,\" another Harbor County Democrat added.", "another Harbor County Democrat")]
    public void A_party_member_from_a_place_is_an_anonymous_source_not_the_place(string text, string mention)
    {
        var quote = Only(text, new TestEntity("Harbor County", EntityLabel.Location));
        Assert.Null(quote.Speaker);
        Assert.Equal(mention, quote.SpeakerMention);
    }

    [Fact]
    public void A_place_that_modifies_a_body_is_not_the_source()
    {
        var quote = Only("The Harbor City media claimed that the ferry was \"late every day this week.\"", new TestEntity("Harbor City", EntityLabel.Location));
        Assert.Null(quote.Speaker);
        Assert.Equal("The Harbor City media", quote.SpeakerMention);
    }

    [Fact]
    public void A_name_after_the_cue_is_its_object_when_a_description_is_the_subject()
    {
        Assert.Equal("The flyer", Only("The flyer told David Levy \"the meeting has moved to Thursday.\"", Levy).SpeakerMention);
    }

    [Fact]
    public void A_passive_cue_takes_no_description_as_its_source()
    {
        Assert.Null(Only("The report was described as \"a careful piece of work that will last.\"").SpeakerMention);
    }

    [Theory]
    [InlineData("\"The ferry has been late every day this week,\" one commuter wrote.", "one commuter")]
    [InlineData("\"The ferry has been late every day this week,\" another said.", "another")]
    [InlineData("\"The ferry has been late every day this week,\" read one.", "one")]
    [InlineData("\"The ferry has been late every day this week,\" tweeted another.", "another")]
    [InlineData("\"The ferry has been late every day this week,\" said one commuter familiar with the route.", "one commuter familiar")]
    public void An_indefinite_description_next_to_a_cue_after_the_quote_is_the_source(string text, string mention)
    {
        Assert.Equal(mention, Only(text).SpeakerMention);
    }

    [Theory]
    [InlineData("\"The ferry has been late every day this week,\" David Levy said, according to the Harbor Gazette.", "according to")]
    [InlineData("\"The ferry has been late every day this week,\" David Levy said, the Harbor Gazette reported.", "reported")]
    [InlineData("\"The ferry has been late every day this week,\" said David Levy, reports the Harbor Gazette.", "reports")]
    [InlineData("\"The ferry has been late every day this week,\" David Levy said in a statement according to the Harbor Gazette.", "according to")]
    public void A_report_closing_the_sentence_names_the_source_the_quote_is_credited_to(string text, string cue)
    {
        var quote = Only(text, Levy, Gazette);
        Assert.Equal("Harbor Gazette", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Theory]
    [InlineData("Polls did predict the caucus - David Levy: \"The late deciders broke one way.\"", "David Levy")]
    [InlineData("Pollsters agree - Okonkwo Ellis: \"The late deciders broke one way.\"", "Okonkwo Ellis")]
    public void A_name_between_a_dash_and_a_colon_signs_the_quote_after_it(string text, string mention)
    {
        Assert.Equal(mention, Assert.Single(QuoteTestDocument.Quotes(text, Levy)).SpeakerMention);
    }

    [Theory]
    [InlineData("\"The ferry has been late every day this week,\" David Levy said, according to The Harbor Gazette.", "according to")]
    [InlineData("\"The ferry has been late every day this week,\" David Levy said, The Harbor Gazette reported.", "reported")]
    public void An_outlet_whose_name_begins_with_its_article_is_credited_as_the_entity(string text, string cue)
    {
        var quote = Only(text, Levy, new TestEntity("The Harbor Gazette", EntityLabel.Organization));
        Assert.Equal("The Harbor Gazette", quote.Speaker);
        Assert.Equal("The Harbor Gazette", quote.SpeakerMention);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void According_to_closing_the_sentence_outranks_a_cue_before_the_quote()
    {
        var quote = Only("David Levy told staff the ferry was \"late every day\" that week, according to the Harbor Gazette.", Levy, Gazette);
        Assert.Equal("Harbor Gazette", quote.Speaker);
        Assert.Equal("according to", quote.Cue);
    }

    [Fact]
    public void According_to_right_after_a_quote_that_ends_in_a_comma_outranks_a_cue_before_the_quote()
    {
        var quote = Only("David Levy told staff the ferry was \"late every day this week,\" according to the Harbor Gazette.", Levy, Gazette);
        Assert.Equal("Harbor Gazette", quote.Speaker);
        Assert.Equal("according to", quote.Cue);
    }

    [Fact]
    public void An_outlet_reporting_a_sentence_with_a_cue_before_the_quote_leaves_the_speaker_alone()
    {
        var quote = Only("David Levy said the ferry was \"late every day\" that week, the Harbor Gazette reported.", Levy, Gazette);
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Theory]
    [InlineData("\"The contracts were hidden for two years,\" Harbor Watch added.", "added")]
    [InlineData("\"The contracts were hidden for two years,\" according to Harbor Watch.", "according to")]
    public void A_body_the_recognizer_missed_beside_a_quote_is_the_one_it_named_as_written_elsewhere(string quoted, string cue)
    {
        // Only the first "Harbor Watch" is recognized; the one beside the quote is found by its spelling.
        var watch = new TestEntity("Harbor Watch", EntityLabel.Organization) { MarkedOccurrences = 1 };
        var quote = Only("Harbor Watch sued the port in May. " + quoted, watch);
        Assert.Equal("Harbor Watch", quote.Speaker);
        Assert.Equal("Harbor Watch", quote.SpeakerMention);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void A_missed_name_beside_a_quote_takes_no_body_that_is_only_part_of_it()
    {
        var watch = new TestEntity("Harbor Watch", EntityLabel.Organization) { MarkedOccurrences = 1 };
        var quote = Only("Harbor Watch sued the port in May. \"The contracts were hidden,\" according to Harbor Watch Radio.", watch);
        Assert.Null(quote.Speaker);
        Assert.Equal("Harbor Watch Radio", quote.SpeakerMention);
    }

    [Theory]
    [InlineData("Okonkwo said, \"The bridge will open in May.\"")]
    [InlineData("Later that day, Okonkwo said the bridge \"will open in May.\"")]
    [InlineData("When Okonkwo asked, \"Will the bridge open in May?\" nobody answered.")]
    public void A_capitalized_subject_the_recognizer_missed_before_the_cue_is_the_speaker_mention(string text)
    {
        Assert.Equal("Okonkwo", Assert.Single(QuoteTestDocument.Quotes(text)).SpeakerMention);
    }

    [Fact]
    public void A_relative_who_is_the_speaker_mention_past_a_short_phrase_or_without_a_named_antecedent()
    {
        var quote = Only("David Levy, who has in the past described the plan as \"a fair deal,\" voted against it.", Levy);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("who", quote.SpeakerMention);
        Assert.Equal("who", Only("The plan drew praise from a member of the board, who added that it was \"a fair deal.\"").SpeakerMention);
    }

    [Fact]
    public void A_relative_who_after_an_apposition_closed_by_a_comma_stands_for_the_name_before_it()
    {
        // Through the whole pipeline: the apposition holds a recognized organization, so no description ends at
        // the comma before "who" and the name must be found before the apposition.
        var quotes = NewsExtractor.CreateDefault().ExtractQuotes(
            "Business groups are spending early. \"We are gearing up,\" said Dana Whitfield, the Chamber's chief political "
            + "strategist, who added that the group would zero in on local issues \"like folks are running for sheriff.\"");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("who", quotes[1].SpeakerMention?.Text);
        Assert.Equal("Dana Whitfield", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void A_relative_clause_closed_by_its_comma_leaves_the_cue_after_it_to_the_name()
    {
        var quote = Only("Harbor master David Levy, who signed in the summer, said he was \"shocked.\"", Levy);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("David Levy", quote.SpeakerMention);
    }

    [Theory]
    [InlineData("David Levy\u2019s campaign said, \"The bridge will open in May.\"")]
    [InlineData("David Levy's campaign said, \"The bridge will open in May.\"")]
    [InlineData("The Hendricks\u2019 campaign said, \"The bridge will open in May.\"")]
    public void A_possessed_body_is_the_source_whatever_the_apostrophe(string text)
    {
        Assert.EndsWith("campaign", Only(text, Levy).SpeakerMention);
    }

    [Theory]
    [InlineData("\"All branches will close by noon,\" read the statement, which was sent on Friday.", "the statement")]
    [InlineData("As one commuter told the council, \"The ferry has been late every day this week.\"", "one commuter")]
    [InlineData("Some shouted \"Open the bridge!\" as the mayor left.", "Some")]
    public void Speech_nouns_quantifiers_and_subordinate_clauses_give_descriptions_as_sources(string text, string mention)
    {
        Assert.Equal(mention, Only(text).SpeakerMention);
    }

    [Fact]
    public void A_particle_back_makes_a_cue_of_fired()
    {
        var quote = Only("David Levy fired back: \"The ferry has never been late.\"", Levy);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("fired back", quote.Cue);
    }

    [Fact]
    public void A_subject_phrase_before_the_cue_that_no_candidate_covers_outranks_the_subject_of_the_reported_clause()
    {
        var quote = Only("The mayor spoke.\n\nNearly half of the residents said Tom Hale had been \"far too slow\" with the repairs.", Hale);
        Assert.Equal("Nearly half of the residents", quote.SpeakerMention);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_with_phrase_before_a_participle_cue_is_the_speaker_of_the_participle()
    {
        var quote = Only("The mayor spoke.\n\nTom Hale left the hall early, with dozens of angry tenants chanting \"fix the dam now\" outside.", Hale);
        Assert.Equal("dozens of angry tenants", quote.SpeakerMention);
    }

    [Fact]
    public void A_source_phrase_after_according_to_is_credited_whatever_its_words()
    {
        var quote = Only("The mayor spoke.\n\n\"The ferry is running late again,\" Tom Hale told staff, according to audio obtained by reporters.", Hale);
        Assert.Equal("audio obtained by reporters", quote.SpeakerMention);
    }

    [Fact]
    public void A_description_after_a_comma_is_the_subject_of_a_cue_that_follows_the_quote()
    {
        var quote = Only("The mayor spoke.\n\nThe flooding was \"a disaster made worse\" by Tom Hale and his board, the flyers say.", Hale);
        Assert.Equal("the flyers", quote.SpeakerMention);
    }

    [Theory]
    [InlineData("A spokeswoman for Secretary of State Tom Hale said the talks were \"useful.\"", "A spokeswoman for Secretary of State Tom Hale")]
    [InlineData("An aide to Senator Hale said the bill was \"dead.\"", "An aide to Senator Hale")]
    [InlineData("A lawyer for Mr. Hale called the ruling \"outrageous.\"", "A lawyer for Mr. Hale")]
    [InlineData("A spokesman for the Harbor Gazette said: \"We do not comment on staff matters.\"", "A spokesman for the Harbor Gazette")]
    [InlineData("A spokesman for Hale said the talks were \"useful.\"", "A spokesman for Hale")]
    public void A_person_who_speaks_for_someone_is_not_that_someone(string text, string mention)
    {
        var quote = Only(text, Hale, Gazette);
        Assert.Null(quote.Speaker);
        Assert.Equal(mention, quote.SpeakerMention);
    }

    [Theory]
    [InlineData("\"We will win on Saturday,\" Harbor Gazette's captain said.", "Harbor Gazette's captain")]
    [InlineData("\"We will win on Saturday,\" the Harbor Gazette's coach said.", "the Harbor Gazette's coach")]
    public void A_member_of_a_body_who_speaks_is_not_the_body(string text, string mention)
    {
        var quote = Only(text, Gazette);
        Assert.Null(quote.Speaker);
        Assert.Equal(mention, quote.SpeakerMention);
    }

    [Fact]
    public void A_statement_a_body_possesses_is_the_body_s()
    {
        Assert.Equal("Harbor Gazette", Only("\"We will win on Saturday,\" Harbor Gazette's statement said.", Gazette).Speaker);
    }

    [Theory]
    [InlineData("The Harbor Gazette quoted David Levy as saying the talks were \"useful.\"")]
    [InlineData("The Harbor Gazette quoted David Levy as saying, \"We are ready to sign.\"")]
    [InlineData("The Harbor Gazette cited David Levy as saying the talks were \"useful.\"")]
    public void An_outlet_that_quotes_someone_as_saying_relays_his_words(string text)
    {
        var quote = Only(text, Levy, Gazette);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("saying", quote.Cue);
    }
}
