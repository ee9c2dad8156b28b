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
    [InlineData("David Levy said the council's statement was \"a fabrication from start to end.\"")]
    public void A_cue_inside_a_reported_clause_yields_to_the_cue_that_reports_it(string text)
    {
        var quote = Only(text, Levy, Hale);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Theory]
    [InlineData("The mayor spoke.\n\n\"We have had better years,\" David Levy, wearing \"Vote Hale\" pins, said as he left.")]
    [InlineData("The mayor spoke.\n\nThe dam is \"a danger\" and \"a disgrace,\" David Levy told reporters.")]
    public void A_quoted_phrase_between_a_quote_and_its_reporting_clause_does_not_end_the_search_for_the_cue(string text)
    {
        var quote = QuoteTestDocument.Quotes(text, Levy, Hale)[0];
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Fact]
    public void A_quoted_phrase_in_a_new_clause_does_not_lend_its_cue_to_the_quote_before()
    {
        var quotes = QuoteTestDocument.Quotes(
            "The mayor spoke.\n\nDavid Levy sniped that the plan was \"learning on the job,\" while Tom Hale sent \"Dear David\" letters that called him naive.", Levy, Hale);
        Assert.Equal("David Levy", quotes[0].Speaker);
    }

    [Fact]
    public void A_cue_after_an_apposition_reports_the_clause_after_it()
    {
        var quote = Only("David Levy, opening the new pier on Saturday, said it would tell a story of \"hard work and patience.\"", Levy);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void The_subject_before_an_apposition_is_the_person_a_place_follows()
    {
        var quote = Only(
            "Tom Hale of Springfield, who campaigned alongside David Levy in his county, said the town \"is in a hopeful mood.\"",
            Hale, Levy, new TestEntity("Springfield", EntityLabel.Location));
        Assert.Equal("Tom Hale", quote.Speaker);
    }

    [Fact]
    public void A_quote_after_a_sentence_goes_to_the_cue_that_reports_the_sentence()
    {
        var quotes = QuoteTestDocument.Quotes(
            "David Levy said that for years some critics had predicted a collapse. \"That is not going to happen.\"", Levy);
        Assert.Equal("David Levy", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("Asked about the dam, Tom Hale said \"it could fail this spring.\"", "Tom Hale")]
    [InlineData("David Levy spoke first, and Tom Hale said \"it could fail this spring.\"", "Tom Hale")]
    [InlineData("David Levy, who said the dam was safe, now told reporters that Tom Hale \"knew better.\"", "David Levy")]
    [InlineData("After David Levy criticized Tom Hale in a debate, Tom Hale shot back, \"The dam is safe.\"", "Tom Hale")]
    [InlineData("When David Levy noted that the dam had not been inspected \u2015 as was true for years \u2015 Tom Hale boasted, \"That makes me right.\"", "Tom Hale")]
    public void Clauses_that_are_not_reported_keep_their_own_cue(string text, string speaker)
    {
        Assert.Equal(speaker, Only(text, Levy, Hale).Speaker);
    }

    [Fact]
    public void A_name_inside_an_indefinite_apposition_only_modifies_its_noun()
    {
        var quote = Only(
            "Tom Hale, a staunch David Levy ally, conceded some faults even as he defended the plan, saying, \"Most of the dam is sound.\"",
            Hale, Levy);
        Assert.Equal("Tom Hale", quote.Speaker);
    }

    [Fact]
    public void An_opening_clause_runs_on_past_the_description_of_its_subject()
    {
        var quote = Only(
            "When Tom Hale, David Levy's campaign manager, was asked if David Levy would debate, he laughed and said, \"We'll see.\"",
            Hale, Levy);
        Assert.Equal("Tom Hale", quote.Speaker);
        Assert.Equal("he", quote.SpeakerMention);
    }

    [Fact]
    public void With_no_cue_a_relative_clause_about_a_person_that_holds_the_quote_is_his_wording()
    {
        var quote = Only("The mayor spoke.\n\nDavid Levy contrasted that with Tom Hale who is looking to bring \"people together\" on the dam.", Levy, Hale);
        Assert.Equal("Tom Hale", quote.Speaker);
        Assert.Equal("who", quote.SpeakerMention);
    }

    [Fact]
    public void An_infinitive_cue_after_a_coordinated_verb_has_the_first_clause_subject()
    {
        var quote = Only("David Levy joked that Tom Hale was his answer, but went on to say, \"The dam is not safe.\"", Levy, Hale);
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Theory]
    [InlineData("The mayor spoke.\n\nDavid Levy blamed the flooding on \"lazy planners\" and left the hall.", "David Levy")]
    [InlineData("The mayor spoke.\n\nLater he dismissed the report as \"a waste of paper\" in an interview.", "he")]
    [InlineData("The mayor spoke.\n\nFlanked by Tom Hale, the county engineer, David Levy blamed the flooding on \"lazy planners\" again.", "David Levy")]
    [InlineData("The mayor spoke.\n\nFlanked by Tom Hale, the county spokesman, David Levy blamed the flooding on \"lazy planners\" again.", "David Levy")]
    public void With_no_cue_a_quote_inside_a_sentence_is_the_wording_of_its_person_subject(string text, string mention)
    {
        Assert.Equal(mention, Only(text, Levy, Hale).SpeakerMention);
    }

    [Theory]
    [InlineData("David Levy blamed the flooding on \"lazy planners\" and left the hall.")]
    [InlineData("The mayor spoke. David Levy blamed the flooding on \"lazy planners\" and left the hall.")]
    public void With_no_cue_a_quote_inside_a_sentence_is_its_subject_s_wording_in_a_text_of_one_paragraph(string text)
    {
        Assert.Equal("David Levy", Only(text, Levy).Speaker);
    }

    [Theory]
    [InlineData("The mayor spoke.\n\nAsked whether he would run again, David Levy laughed. \"Ask me next year.\"", "David Levy")]
    [InlineData("The mayor spoke.\n\nDavid Levy shrugged. \"We will see what happens in the fall. Nobody knows.\"", "David Levy")]
    [InlineData("David Levy took the stage.\n\nHe paused. \"We will see what happens in the fall.\"", "He")]
    public void With_no_cue_whole_sentences_of_quote_after_a_sentence_about_a_person_are_his(string text, string mention)
    {
        Assert.Equal(mention, Only(text, Levy).SpeakerMention);
    }

    [Theory]
    [InlineData("The mayor spoke.\n\nThe show pleased David Levy. \"Billions,\" on cable, is next.")]
    [InlineData("The mayor spoke.\n\nDavid Levy shrugged.\n\n\"We will see what happens in the fall.\"")]
    [InlineData("The mayor spoke.\n\nThe crowd cheered for David Levy. \"We will see what happens in the fall.\"")]
    public void With_no_cue_a_quote_the_sentence_goes_on_after_or_in_another_paragraph_or_after_a_sentence_about_no_person_has_no_speaker(string text)
    {
        Assert.DoesNotContain(QuoteTestDocument.Quotes(text, Levy), q => q.IsSpeech && q.SpeakerMention is not null);
    }

    [Fact]
    public void With_no_cue_a_long_quote_inside_a_sentence_is_the_wording_of_any_subject()
    {
        var quote = Only("The mayor spoke.\n\nThe Harbor Gazette blamed the council for \"pretending the old dam will hold another winter\" before May.", Gazette);
        Assert.Equal("Harbor Gazette", quote.Speaker);
    }

    [Fact]
    public void With_no_cue_a_short_quote_inside_a_sentence_needs_a_person_subject()
    {
        Assert.DoesNotContain(QuoteTestDocument.Quotes("The mayor spoke.\n\nThe Harbor Gazette printed a map of the \"danger zone\" on Monday.", Gazette),
            q => q.IsSpeech && q.Speaker is not null);
    }

    [Theory]
    [InlineData("David Levy Says \"Flooding Is A Planning Failure\"\n\nThe mayor spoke.")]
    [InlineData("The mayor spoke.\n\nDavid Levy appeared on \"The Morning Show With Sarah Cohen\" last week.")]
    public void Headlines_and_titles_take_no_subject_as_their_speaker(string text)
    {
        Assert.DoesNotContain(QuoteTestDocument.Quotes(text, Levy), q => q.IsSpeech && q.SpeakerMention is not null);
    }

    [Fact]
    public void A_paragraph_ending_in_a_colon_introduces_the_words_of_its_subject()
    {
        var quotes = QuoteTestDocument.Quotes(
            "The mayor spoke first.\n\nDavid Levy then listed his demands:\n\n\"Open the bridge by May.\"\n\n\"Fix the ferry schedule.\"", Levy);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("David Levy", q.Speaker));
    }

    [Fact]
    public void A_colon_introduces_the_words_of_the_subject_of_its_own_clause()
    {
        Assert.Equal("Tom Hale", Only("David Levy spoke for an hour, but Tom Hale had one more thing to add: \"The dam could fail.\"", Levy, Hale).Speaker);
    }

    [Fact]
    public void A_coordinated_cue_after_the_quote_shares_the_subject_before_it()
    {
        var quote = Only("David Levy blamed the flooding on \"lazy planners\" and suggested a new board.", Levy);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("suggested", quote.Cue);
    }

    [Fact]
    public void A_cue_with_no_speaker_of_its_own_leaves_the_earlier_quote_of_the_sentence_to_speak()
    {
        var quotes = QuoteTestDocument.Quotes(
            "David Levy dismissed the study, calling it \"a sloppy draft\" that was described in a \"rushed memo\" by the board.", Levy);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("David Levy", q.Speaker));
    }

    [Fact]
    public void A_sentence_cut_after_an_abbreviation_keeps_its_subject()
    {
        Assert.Equal("Tom Hale", Only("Rep. Tom Hale, R-Ore., told reporters that the dam \"could fail this spring.\"", Hale).Speaker);
    }

    [Fact]
    public void A_quote_in_title_case_in_the_headline_is_no_speech()
    {
        var quotes = QuoteTestDocument.Quotes(
            "David Levy: \"Flooding Is A Planning Failure Nobody Wants To Fix\"\n\nDavid Levy said \"flooding is a planning failure.\"", Levy);
        Assert.Equal(["flooding is a planning failure."], quotes.Where(q => q.IsSpeech).Select(q => q.Text));
    }

    [Fact]
    public void A_quote_in_title_case_in_a_title_case_first_sentence_of_a_text_of_one_paragraph_is_no_speech()
    {
        var quotes = QuoteTestDocument.Quotes(
            "David Levy: \"Flooding Is A Planning Failure Nobody Wants To Fix.\" David Levy said \"flooding is a planning failure.\"", Levy);
        Assert.Equal(["flooding is a planning failure."], quotes.Where(q => q.IsSpeech).Select(q => q.Text));
    }

    [Fact]
    public void According_to_at_the_start_of_a_sentence_credits_its_quotes_to_the_source()
    {
        var quote = Only("According to the Harbor Gazette, David Levy praised the \"brave volunteers\" at the dam.", Levy, Gazette);
        Assert.Equal("Harbor Gazette", quote.Speaker);
    }

    [Fact]
    public void A_coordinated_cue_takes_the_subject_of_the_sentence_s_first_cue()
    {
        var quote = Only("In an interview with Tom Hale, David Levy said he would stay and added, \"I am not going anywhere.\"", Levy, Hale);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("added", quote.Cue);
    }

    [Fact]
    public void A_participle_after_before_or_while_shares_the_main_subject()
    {
        var quotes = QuoteTestDocument.Quotes(
            "\"The dam is safe,\" David Levy told reporters, before insisting he had a \"good plan\" for the river.", Levy);
        Assert.All(quotes, q => Assert.Equal("David Levy", q.Speaker));
    }

    [Theory]
    [InlineData("After blasting the Harbor Gazette for its story, David Levy doubled down by reading a letter about \"cowards\" and \"liars.\"")]
    [InlineData("After blasting the Harbor Gazette for its story, David Levy doubled down on his talk of \"cowards\" and \"liars.\"")]
    public void A_gerund_after_an_opening_preposition_takes_the_main_clause_subject_not_the_preposition_or_its_object(string text)
    {
        var quotes = QuoteTestDocument.Quotes("The mayor spoke.\n\n" + text, Levy, Gazette);
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal("David Levy", q.SpeakerMention));
    }

    [Theory]
    [InlineData("Citing \"obligations in the county,\" the mayor's spokeswoman told the Harbor Gazette that he would skip the vote.", "the mayor's spokeswoman")]
    [InlineData("Speaking to the Harbor Gazette on Monday, David Levy referred to the dam as \"a disaster waiting to happen.\"", "David Levy")]
    public void A_participle_opening_the_sentence_takes_the_main_clause_subject(string text, string subject)
    {
        var quote = Assert.Single(QuoteTestDocument.Quotes("The mayor's office issued a statement.\n\n" + text, Levy, Gazette));
        Assert.Equal(subject, quote.SpeakerMention);
    }

    [Fact]
    public void A_name_after_its_article_right_after_the_quote_outranks_a_cue_before_it()
    {
        var quote = Only(
            "The mayor spoke.\n\nDuring their phone call Tuesday, David Levy and Tom Hale \"agreed to reopen the dam,\" the Harbor Gazette said.",
            Levy, Hale, Gazette);
        Assert.Equal("Harbor Gazette", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void A_prepositional_phrase_opening_the_sentence_is_no_subject_phrase()
    {
        var quotes = QuoteTestDocument.Quotes(
            "The mayor spoke.\n\nDuring their phone call Tuesday, David Levy and Tom Hale \"agreed to reopen the dam.\"", Levy, Hale);
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.DoesNotContain("During", q.SpeakerMention ?? string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Soon after the gruesome murder of Father Tom Hale in Normandy, David Levy asserted that France had lost its identity: \"France is no longer France,\" he claimed.")]
    [InlineData("Even before Tom Hale took the stage, David Levy told the crowd that the dam was safe: \"Nobody will get hurt,\" he claimed.")]
    public void A_subordinate_clause_opened_by_a_modified_subordinator_holds_no_subject_of_the_main_clause(string text)
    {
        var quote = Only("The mayor spoke.\n\n" + text, Levy, Hale);
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Fact]
    public void A_colon_introduces_the_words_of_the_main_clause_subject_not_of_an_opening_clause()
    {
        var quote = Only(
            "The mayor spoke.\n\nEver since he endorsed Tom Hale this month, David Levy has been a powerful surrogate, visiting the offices with a simple message: \"Do not screw this up!\"",
            Levy, Hale);
        Assert.Equal("David Levy", quote.Speaker);

        // An opening "as" clause reports what follows it.
        var reported = Only("The mayor spoke.\n\nAs Tom Hale saw it, David Levy had one aim: \"Keep the dam safe for the town.\"", Levy, Hale);
        Assert.Equal("Tom Hale", reported.Speaker);
    }

    [Fact]
    public void A_participle_after_a_relative_clause_about_the_subject_takes_the_subject_not_a_name_inside_the_clause()
    {
        var quote = Only(
            "The mayor spoke.\n\nMr. Levy, who said last week that a judge in a case involving the Harbor Gazette was biased, issued a statement Tuesday saying, \"I do not feel that heritage makes anyone partial.\"",
            Levy, Gazette);
        Assert.Equal("David Levy", quote.Speaker);

        // Without a relative clause, the clause nearest the participle keeps its own subject.
        var coordinated = Only(
            "The mayor spoke.\n\nDavid Levy led the charge, and within weeks the campaign had sent letters to voters, and placed ads calling the dam \"a $25 million mistake.\"",
            Levy);
        Assert.NotEqual("David Levy", coordinated.Speaker);
    }

    [Fact]
    public void The_listener_of_the_main_clause_is_not_the_subject_of_an_opening_participle()
    {
        var quotes = QuoteTestDocument.Quotes(
            "The mayor's office issued a statement.\n\nRecalling \"the consequences of the flood for every family,\" the statement urged the council to act.",
            Levy);
        Assert.All(quotes, q => Assert.Null(q.SpeakerMention));
    }

    [Theory]
    [InlineData("Asked whether David Levy was \"a good mayor,\" most voters said yes.")]
    [InlineData("Asked if David Levy \"has the integrity to serve,\" 75 percent of voters said yes.")]
    public void The_subject_of_a_question_is_not_the_speaker_of_its_wording(string text)
    {
        var quote = QuoteTestDocument.Quotes("The poll was out.\n\n" + text, Levy)[0];
        Assert.Null(quote.Speaker);
        Assert.NotEqual("David Levy", quote.SpeakerMention);
    }

    [Fact]
    public void A_cue_after_being_is_passive_and_the_words_before_it_are_no_speaker()
    {
        var quotes = QuoteTestDocument.Quotes(
            "The mayor spoke.\n\nHis comments came after being asked about the \"dam scandal\" of the spring.", Levy);
        Assert.All(quotes, q => Assert.Null(q.SpeakerMention));
    }

    [Fact]
    public void A_subordinator_before_a_passive_cue_is_no_speaker()
    {
        var quotes = QuoteTestDocument.Quotes(
            "The mayor spoke.\n\nBut when asked how she would define the \"establishment\" of the town, she fought back.");
        Assert.All(quotes, q => Assert.NotEqual("But when", q.SpeakerMention));
    }

    [Theory]
    [InlineData("The Harbor Day Festival released a statement on Wednesday, saying the dam was \"safe for the crowds.\"", "The Harbor Day Festival")]
    [InlineData("The town released a statement Wednesday saying the claims \"are based on opinion, not facts.\"", "The town")]
    public void A_participle_after_a_main_clause_whose_subject_is_no_candidate_takes_that_subject(string text, string mention)
    {
        var quote = Only("The mayor spoke.\n\n" + text);
        Assert.Equal(mention, quote.SpeakerMention);
        Assert.Null(quote.Speaker);
        Assert.Equal("saying", quote.Cue);
    }

    [Fact]
    public void A_participle_after_upon_shares_the_main_subject_past_an_apposition_that_names_somebody()
    {
        var quote = Only(
            "The mayor spoke.\n\nDavid Levy, himself a Tom Hale supporter during the primary, drew boos upon saying, \"The dam is safe.\"", Levy, Hale);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("saying", quote.Cue);
    }

    [Fact]
    public void A_name_and_a_verb_after_a_question_attribute_it_however_long_their_sentence()
    {
        var quotes = QuoteTestDocument.Quotes(
            "Tom Hale spoke first.\n\n\"Who is going to pay for the new dam, and when?\" David Levy told the council at its meeting on Monday evening in the town hall.", Levy, Hale);
        Assert.Equal("David Levy", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_participle_right_after_a_quote_goes_on_with_its_speaker()
    {
        var quotes = QuoteTestDocument.Quotes(
            "To be fair, Okonkwo told the council that Tom Hale \"had a reckless plan for the dam,\" adding, \"He never listened to the engineers.\"", Hale);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Okonkwo", q.SpeakerMention));
    }

    [Fact]
    public void A_party_tag_in_parentheses_after_a_name_is_no_speaker()
    {
        var tag = new TestEntity("D-OR", EntityLabel.Organization);
        Assert.Equal("Tom Hale", Only("Sen. Tom Hale (D-OR) said the dam was \"safe enough.\"", Hale, tag).Speaker);
        Assert.Equal("Tom Hale", Only("Sen. Tom Hale (D-Ore.), who has backed David Levy, said the dam was \"safe enough.\"", Hale, Levy).Speaker);
    }

    [Fact]
    public void A_sentence_cut_inside_parentheses_is_rejoined()
    {
        Assert.Equal("Tom Hale", Only("Rep. Tom Hale (D-N.Y.) said David Levy promised that the dam \"will hold.\"", Hale, Levy).Speaker);
    }

    [Fact]
    public void A_participle_after_a_comma_takes_the_subject_of_the_sentence_s_reporting_verb()
    {
        var quote = Only("Alongside David Levy, even a senior official said the dam was old, saying, \"It needs work.\"", Levy);
        Assert.Equal("a senior official", quote.SpeakerMention);
    }

    [Fact]
    public void The_object_of_a_preposition_between_a_quote_and_its_cue_is_no_speaker()
    {
        Assert.Equal("Tom Hale", Only("\"This will be a hard winter\" for David Levy, said Tom Hale.", Levy, Hale).Speaker);
    }

    [Fact]
    public void A_pronoun_and_a_listener_verb_right_after_the_quote_attribute_it()
    {
        var quote = Only("David Levy seemed to suggest the dam was safe: \"It will hold,\" he told the Harbor Gazette.", Levy, Gazette);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("he", quote.SpeakerMention);
        Assert.Equal("told", quote.Cue);
    }

    [Theory]
    [InlineData("PORTLAND, May 3 -- Tom Hale toured the dam, saying it \"could fail this spring.\"")]
    [InlineData("At a meeting in Salem, Oregon, on Monday, Tom Hale toured the dam, saying it \"could fail this spring.\"")]
    public void A_place_set_off_by_commas_is_no_subject(string text)
    {
        var portland = new TestEntity("PORTLAND", EntityLabel.Location);
        var salem = new TestEntity("Salem", EntityLabel.Location);
        var oregon = new TestEntity("Oregon", EntityLabel.Location);
        Assert.Equal("Tom Hale", Only(text, portland, salem, oregon, Hale).Speaker);
    }

    [Theory]
    [InlineData("Acknowledging that David Levy \"had a point,\" though, Tom Hale said the dam was safe.", "Tom Hale", "Tom Hale")]
    [InlineData("Citing \"the hard years of the flood\" the mayor urged residents to stay calm.", null, "the mayor")]
    public void An_opening_participle_that_runs_into_the_quote_takes_the_main_subject(string text, string? speaker, string mention)
    {
        var quote = Only(text, Levy, Hale);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(mention, quote.SpeakerMention);
    }

    [Theory]
    [InlineData("The vote would bring \"a summer of pain\" for David Levy and his allies, said Tom Hale, a local pollster.")]
    [InlineData("David Levy made a \"grave mistake\" in the budget talks, Tom Hale has said.")]
    public void A_reporting_clause_set_off_by_a_comma_names_its_own_subject(string text)
    {
        Assert.Equal("Tom Hale", Only(text, Levy, Hale).Speaker);
    }

    [Fact]
    public void After_a_comma_a_listener_verb_keeps_its_subject_before_it()
    {
        var quote = Only("\"We will rebuild the dam,\" Tom Hale, the mayor, told David Levy on Monday.", Levy, Hale);
        Assert.Equal("Tom Hale", quote.Speaker);
    }

    [Theory]
    [InlineData("Residents found a notice that said, \"The dam is closed until spring.\"", "that")]
    [InlineData("The town cited the Harbor Gazette report, which notes, \"The dam is closed until spring.\"", "which")]
    public void A_relative_which_or_that_before_the_verb_is_its_subject(string text, string mention)
    {
        Assert.Equal(mention, Only(text, Gazette).SpeakerMention);
    }

    [Fact]
    public void A_coordinated_cue_skips_the_subject_of_an_opening_subordinate_clause()
    {
        var cohen = new TestEntity("Sarah Cohen", Gender: Gender.Female);
        var quote = Only("When David Levy toured the dam, Sarah Cohen smiled and said, \"It will hold.\"", Levy, cohen);
        Assert.Equal("Sarah Cohen", quote.Speaker);
    }

    [Theory]
    [InlineData("David Levy emailed supporters saying, \"The struggle for the dam continues.\"", "David Levy")]
    [InlineData("The council released a statement on Wednesday saying the plan \"rests on opinion, not on any facts.\"", "The council")]
    public void A_participle_after_the_object_of_a_verb_takes_the_subject_of_that_verb(string text, string mention)
    {
        Assert.Equal(mention, Only(text, Levy, Hale).SpeakerMention);
    }

    [Fact]
    public void The_wire_agency_of_a_dateline_is_no_subject()
    {
        var quote = Only("Levy swipes at the plan.\n\nWashington (AFP) \u2013 Democrat David Levy has taken a swipe at the plan of his rival, saying its \u201cbombastic promises\u201d would fail.", Levy, new TestEntity("AFP", EntityLabel.Organization));
        Assert.Equal("David Levy", quote.Speaker);
    }
    [Fact]
    public void A_dateline_place_before_a_dash_is_no_subject()
    {
        var quote = Only(
            "LONDON \u2014 Prime Minister David Levy on Thursday defended the budget, calling it \"the right choice.\"",
            Levy, new TestEntity("LONDON", EntityLabel.Location));
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Fact]
    public void Went_on_after_a_quote_is_a_cue_for_its_subject()
    {
        var quotes = QuoteTestDocument.Quotes(
            "Tom Hale asked about the dam.\n\n\"You know, it happens, right?\" David Levy went on, as if he had not heard. \"But you have to get over it.\"", Levy, Hale);
        Assert.Equal("David Levy", quotes[0].Speaker);
        Assert.Equal("went on", quotes[0].Cue);
    }

    [Theory]
    [InlineData("Tom Hale went on to the dam. \"It is safe,\" he said.")]
    [InlineData("Tom Hale went on a tour of the dam, \"the safest in the state.\"")]
    public void Went_on_with_a_destination_or_an_object_is_no_cue(string text)
    {
        Assert.DoesNotContain(QuoteTestDocument.Quotes(text, Levy, Hale), q => q.Cue == "went on");
    }

    [Fact]
    public void A_relative_who_after_an_apposition_stands_for_the_name_before_it_never_for_a_place()
    {
        var quote = Only(
            "David Levy, a Springfield native who writes of a contest \"where the loser becomes the main course,\" is running again.",
            Levy, new TestEntity("Springfield", EntityLabel.Location));
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Fact]
    public void A_coordinated_cue_takes_the_main_clause_subject_not_one_in_an_opening_clause()
    {
        var quote = Only("As the crowd began to chant, David Levy smiled and joked, \"Nobody here is being fair today.\"", Levy, Hale);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("joked", quote.Cue);
    }

    [Theory]
    [InlineData("The mayor was, in the words of David Levy, \"the torchbearer\" of the harbor plan.")]
    [InlineData("\"Nobody won this one,\" in the words of David Levy, who sat on the council.")]
    public void In_the_words_of_names_the_speaker_after_it(string text)
    {
        var quote = Only(text, Levy, Hale);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("words of", quote.Cue);
    }

    [Theory]
    [InlineData("\"Your Honor,\" David Levy said, \"I would like to answer the question.\"", "Your Honor,")]
    [InlineData("The French are big fans of \"Prison Break,\" David Levy said.", "Prison Break,")]
    public void Words_in_title_case_with_a_subject_and_a_speech_verb_right_after_are_speech(string text, string words)
    {
        var quote = Assert.Single(QuoteTestDocument.Quotes(text, Levy), q => q.IsSpeech && q.Text.Contains(words, StringComparison.Ordinal));
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Theory]
    [InlineData("The board found no sign that Tom Hale had \"ties of any consequence\" to the firm, said the board's chairman, David Levy, on Monday.")]
    [InlineData("The board found no sign that Tom Hale had \"ties of any consequence\" to the firm, David Levy said.")]
    public void An_attribution_closing_the_sentence_reports_a_quote_after_an_earlier_cue(string text)
    {
        Assert.Equal("David Levy", Only(text, Levy, Hale).Speaker);
    }

    [Fact]
    public void An_outlet_reporting_the_sentence_leaves_the_quote_to_the_earlier_cue()
    {
        var quote = Only("David Levy said the dam would \"hold for a century,\" the Harbor Gazette reported.", Levy, Gazette);
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Theory]
    [InlineData("During the first debate, David Levy cracked, \"I'm a builder, but a builder who gets things done.\"")]
    [InlineData("As David Levy sang back in the 1980s, \"They'll turn us all into beggars.\"")]
    public void Cracked_and_sang_are_speech_cues(string text)
    {
        Assert.Equal("David Levy", Only(text, Levy).Speaker);
    }

    [Fact]
    public void A_gerund_after_by_is_the_manner_and_the_noun_after_it_no_agent()
    {
        Assert.Equal("David Levy", Only("David Levy, however, interjected by hitting Tom Hale for wanting to \"sell the harbor for parking.\"", Levy, Hale).Speaker);
    }

    [Fact]
    public void A_participle_after_a_comma_inside_a_closing_mark_shares_the_main_subject()
    {
        var quote = Assert.Single(
            QuoteTestDocument.Quotes("David Levy trashed Tom Hale on the \"Morning Show,\" calling him \"a menace to the harbor.\"", Levy, Hale),
            q => q.Text.Contains("menace", StringComparison.Ordinal));
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Theory]
    [InlineData("\"People are angry,\" said Harbor City Alderman David Levy.")]
    [InlineData("\"People are angry,\" said Harbor City Gov. David Levy, who took office in May.")]
    [InlineData("\"People are angry,\" said former Harbor City governor David Levy.")]
    public void A_place_before_a_titled_name_after_an_inverted_cue_is_no_speaker(string text)
    {
        var quote = Only(text, Levy, new TestEntity("Harbor City", EntityLabel.Location));
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal("David Levy", quote.SpeakerMention);
    }

    [Theory]
    [InlineData("\"The ferry is late again,\" said Hale campaign manager David Levy.")]
    [InlineData("\"The ferry is late again,\" Hale campaign manager David Levy said on Monday.")]
    [InlineData("\"The ferry is late again,\" said Harbor Gazette editor David Levy.")]
    [InlineData("\"The ferry is late again,\" said Harbor Gazette ranking editor David Levy.")]
    [InlineData("\"The ferry is late again,\" said Pentagon spokesman Navy Capt. David Levy.")]
    [InlineData("\"The ferry is late again,\" former Hale speechwriter David Levy wrote in a column.")]
    public void A_person_or_a_body_before_a_titled_name_is_no_speaker(string text)
    {
        var quote = Only(text, Levy, Hale, Gazette, new TestEntity("Pentagon", EntityLabel.Organization), new TestEntity("Navy", EntityLabel.Organization));
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Theory]
    [InlineData("\"People are angry,\" said the board's chairman, David Levy.")]
    [InlineData("Tom Hale left early. \"People are angry,\" said the board's chairman, David Levy, after the meeting had ended in a long row about the harbor.")]
    public void An_inverted_cue_takes_the_possessed_title_and_the_name_in_apposition_to_it(string text)
    {
        Assert.Equal("David Levy", Only(text, Levy, Hale).Speaker);
    }

    [Fact]
    public void A_name_inside_an_opening_participle_clause_is_no_subject_of_the_main_clause()
    {
        var quote = Only("Asked on Monday whether Tom Hale would stay, David Levy shook his head and said, \"No, he will not.\"", Hale, Levy);
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Fact]
    public void A_name_that_modifies_a_noun_is_neither_the_speaker_nor_a_pronoun_s_antecedent()
    {
        var okafor = new TestEntity("Okafor");
        var adviser = Only("\"The harbor will close,\" said a senior Okafor adviser.", okafor);
        Assert.Null(adviser.Speaker);
        Assert.Equal("a senior Okafor adviser", adviser.SpeakerMention);

        var roe = new TestEntity("Ann Roe", Gender: Gender.Female);
        Assert.Equal("Ann Roe", Only("Ann Roe criticized the Okafor administration on Monday. \"It has failed,\" she said.", roe, okafor).Speaker);
    }

    [Theory]
    [InlineData("David Levy told the Harbor Gazette in a written statement, \"We will not sell the harbor.\"")]
    [InlineData("David Levy said in a written statement to the Harbor Gazette that the sale was \"out of the question.\"")]
    public void A_verb_form_after_a_determiner_is_no_cue(string text)
    {
        Assert.Equal("David Levy", Only(text, Levy, Gazette).Speaker);
    }

    [Fact]
    public void A_participle_coordinated_with_an_earlier_one_has_its_subject()
    {
        var quote = Assert.Single(
            QuoteTestDocument.Quotes("Republicans were quick to chime in, with David Levy tweeting that it was a \"disaster\" for the harbor and asking, \"How can anyone trust the board?\"", Levy),
            q => q.Text.StartsWith("How", StringComparison.Ordinal));
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Fact]
    public void A_description_set_off_by_commas_after_a_name_is_the_name_s()
    {
        var quote = Only("David Levy, the board's longest-serving member, on Tuesday called the plan \"a disaster for the harbor.\"", Levy);
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Fact]
    public void A_possessor_after_a_participle_opens_the_reported_words_and_does_not_say_them()
    {
        // The main clause's subject, which is no candidate, says them (A_participle_after_a_main_clause_whose_subject_is_no_candidate_takes_that_subject).
        var quote = Only("The town released a statement Wednesday saying Levy's comments \"are based on his opinion, not on the facts.\"", Levy);
        Assert.Null(quote.Speaker);
        Assert.Equal("The town", quote.SpeakerMention);

        Assert.Equal("David Levy", Only("The town fell silent, said Levy, \"and it has stayed silent ever since then.\"", Levy).Speaker);
    }

    [Theory]
    [InlineData("The mayor spoke.\n\nOn Monday, David Levy released a memo titled \"The Facts on Where the Harbor Stands.\"")]
    [InlineData("The mayor spoke.\n\nDavid Levy published a column in the Gazette, entitled, \"Why the Harbor Needs a New Ferry Now.\"")]
    public void A_title_its_writer_gave_a_work_is_the_writer_s_wording(string text)
    {
        Assert.Equal("David Levy", Only(text, Levy).Speaker);
    }

    [Fact]
    public void A_clause_subject_that_modifies_a_titled_person_gives_way_to_that_person()
    {
        var harbor = new TestEntity("Harbor Board", EntityLabel.Organization);
        var quote = Only("The mayor spoke.\n\nHarbor Board spokesman David Levy released a memo titled \"The Facts on Where the Harbor Stands.\"", harbor, Levy);
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Theory]
    [InlineData("Tom Hale said David Levy shouted: \"I will close the dam.\"", "David Levy", "shouted")]
    [InlineData("Tom Hale said David Levy told her: \"I will close the dam.\"", "David Levy", "told")]
    [InlineData("Police said David Levy told officers, \"I only looked down for a second.\"", "David Levy", "told")]
    [InlineData("Tom Hale said David Levy was right to urge leaders \"to close the dam.\"", "Tom Hale", "said")]
    [InlineData("Tom Hale said David Levy was told: \"Close the dam.\"", "Tom Hale", "said")]
    public void A_reported_cue_that_introduces_the_quote_itself_gives_its_own_subject_s_words(string text, string speaker, string cue)
    {
        var quote = Only(text, Levy, Hale);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void The_rest_of_a_quote_cut_by_its_attribution_keeps_that_attribution()
    {
        var quotes = QuoteTestDocument.Quotes(
            "\"We have been clear,\" said Senator David Levy, who asked for patience, \"that any deal must include the dam.\"", Levy);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("David Levy", q.Speaker));
        Assert.All(quotes, q => Assert.Equal("David Levy", q.SpeakerMention));
        Assert.All(quotes, q => Assert.Equal("said", q.Cue));
    }

    [Theory]
    [InlineData("The goalkeeper, 31, said it was \"a great feeling\".", "The goalkeeper")]
    [InlineData("The striker, who was making his first start, said it \"felt good.\"", "The striker")]
    public void A_subject_before_an_apposition_speaks_not_the_it_after_the_cue(string text, string mention)
    {
        Assert.Equal(mention, Only(text).SpeakerMention);
    }

    [Theory]
    [InlineData("The winger, 31, said it was \"a great feeling\".")]
    [InlineData("The winger, who was making his first start, said it \"felt good.\"")]
    public void It_after_a_cue_is_never_its_speaker(string text)
    {
        Assert.DoesNotContain(QuoteTestDocument.Quotes(text), q => q.SpeakerMention == "it");
    }

    [Theory]
    [InlineData("\"We did nothing wrong,\" David Levy countered.", "countered")]
    [InlineData("\"We did nothing wrong,\" David Levy reckoned.", "reckoned")]
    [InlineData("\"We did nothing wrong,\" David Levy texted.", "texted")]
    [InlineData("\"We did nothing wrong,\" David Levy sighed.", "sighed")]
    [InlineData("\"We did nothing wrong,\" David Levy bragged.", "bragged")]
    [InlineData("\"We did nothing wrong,\" David Levy chuckled.", "chuckled")]
    [InlineData("David Levy, countering the charge, said the plan was \"a follower, not a leader.\"", "said")]
    [InlineData("David Levy counters that the plan was \"a follower, not a leader.\"", "counters")]
    public void Manner_verbs_of_speech_report_a_quote(string text, string cue)
    {
        var quote = Only(text, Levy);
        Assert.Equal("David Levy", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Theory]
    [InlineData("The mayor spoke.\n\nDavid Levy said, \"Bernie is Bernie.\"")]
    [InlineData("The mayor spoke.\n\n\"Bernie is Bernie,\" David Levy said.")]
    public void Capitalized_words_with_a_lower_case_verb_between_them_are_a_sentence_not_a_title(string text)
    {
        Assert.Equal("David Levy", Only(text, Levy).Speaker);
    }
}
