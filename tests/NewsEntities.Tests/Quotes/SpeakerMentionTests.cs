using NewsEntities.Recognition;
using NewsEntities.Resolution;

namespace NewsEntities.Tests.Quotes;

/// <summary>Which mention in the quote's clause stands for the speaker, and which pronouns are exposed as his mentions.</summary>
public sealed class SpeakerMentionTests
{
    private static readonly TestEntity Levy = new("David Levy", Gender: Gender.Male);
    private static readonly TestEntity Ruth = new("Ruth Cohen", Gender: Gender.Female);

    private static TestQuote Only(string text, params TestEntity[] entities) =>
        Assert.Single(QuoteTestDocument.Quotes(text, entities), q => q.IsSpeech);

    [Fact]
    public void A_pronoun_after_a_comma_and_a_subordinator_is_the_subject_of_its_own_clause()
    {
        var quote = Only("The mayor spoke.\n\nRuth Cohen backed the plan, although she kept its budget \"far too thin\" for the work.", Ruth);
        Assert.Equal("she", quote.SpeakerMention);
        Assert.Equal("Ruth Cohen", quote.Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_fronted_clause_is_the_subject_of_the_main_clause()
    {
        var quote = Only("The mayor spoke.\n\nWhen Ruth Cohen left the council in May, she left its report on \"the back burner\" for good.", Ruth);
        Assert.Equal("she", quote.SpeakerMention);
        Assert.Equal("Ruth Cohen", quote.Speaker);
    }

    [Fact]
    public void A_pronoun_of_the_speaker_in_the_sentence_of_his_quote_is_exposed_as_his_mention()
    {
        const string text = "The mayor spoke.\n\n\"The dam is safe,\" David Levy said on Monday, though he conceded nothing.";
        var document = QuoteTestDocument.Analyze(text, Levy);
        var levy = document.Clusters.Single(c => c.Name == "David Levy");
        int he = text.IndexOf(" he ", StringComparison.Ordinal) + 1;
        Assert.Contains(levy.References, r => r.Start == he && r.End == he + 2 && r.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void A_relative_pronoun_after_the_speakers_name_is_exposed_as_his_mention()
    {
        const string text = "The mayor spoke.\n\n\"The dam is safe,\" said David Levy, who thinks the council \"panics too easily.\"";
        var document = QuoteTestDocument.Analyze(text, Levy);
        var levy = document.Clusters.Single(c => c.Name == "David Levy");
        int who = text.IndexOf("who", StringComparison.Ordinal);
        Assert.Contains(levy.References, r => r.Start == who && r.End == who + 3 && r.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void A_possessive_before_the_quote_that_refers_to_the_speaker_is_exposed_as_his_mention()
    {
        const string text = "The mayor spoke.\n\nDavid Levy repeated his warning that the dam \"could fail this spring.\"";
        var document = QuoteTestDocument.Analyze(text, Levy);
        var levy = document.Clusters.Single(c => c.Name == "David Levy");
        int his = text.IndexOf("his", StringComparison.Ordinal);
        Assert.Contains(levy.References, r => r.Start == his && r.End == his + 3 && r.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void A_possessive_of_another_gender_is_not_exposed_as_the_speakers_mention()
    {
        const string text = "The mayor spoke.\n\nDavid Levy repeated her warning that the dam \"could fail this spring.\"";
        var document = QuoteTestDocument.Analyze(text, Levy);
        var levy = document.Clusters.Single(c => c.Name == "David Levy");
        Assert.DoesNotContain(levy.References, r => document.Slice(r.Start, r.End) == "her");
    }

    [Fact]
    public void A_possessive_owning_a_noun_of_speech_whose_that_clause_holds_the_quote_is_the_speaker()
    {
        var quote = Only("The mayor spoke.\n\nDavid Levy was challenged over his statement on Monday that the dam \"could fail this spring.\"", Levy);
        Assert.Equal("his", quote.SpeakerMention);
        Assert.Equal("David Levy", quote.Speaker);

        var named = Only("The mayor spoke.\n\nCritics seized on Ruth Cohen's claim that the dam \"could fail this spring.\"", Ruth);
        Assert.Equal("Ruth Cohen", named.Speaker);
    }

    [Theory]
    [InlineData("The mayor spoke.\n\nDavid Levy mocked Ruth Cohen's promise of \"a safer dam\" in every town.")]
    [InlineData("The mayor spoke.\n\nDavid Levy recalled Ruth Cohen's warning: \"The dam is not safe.\"")]
    public void A_possessed_noun_of_speech_right_before_the_quote_names_its_speaker(string text)
    {
        Assert.Equal("Ruth Cohen", Only(text, Levy, Ruth).Speaker);
    }

    [Fact]
    public void A_possessed_noun_of_speech_that_is_only_the_object_of_a_verdict_leaves_the_speaker_to_the_verb()
    {
        var quote = Only("The mayor spoke.\n\nDavid Levy called Ruth Cohen's comments \"reckless and wrong.\"", Levy, Ruth);
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Fact]
    public void An_opening_prepositional_phrase_holds_no_subject()
    {
        var gazette = new TestEntity("Harbor Gazette", EntityLabel.Organization);
        var quote = Only("The mayor spoke.\n\nIn a Harbor Gazette interview later that day, David Levy went further: \"The dam could fail.\"", Levy, gazette);
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Theory]
    [InlineData("Ruth Cohen")]
    [InlineData("Sen. Ruth Cohen")]
    [InlineData("Republican Senator Ruth Cohen")]
    public void The_name_in_a_with_phrase_is_the_subject_of_its_participle(string named)
    {
        var quote = Only($"The mayor spoke.\n\nCritics were quick to respond, with {named} tweeting that the plan was \"a disaster\" for the town.", Ruth);
        Assert.Equal("Ruth Cohen", quote.Speaker);
        Assert.Equal("Ruth Cohen", quote.SpeakerMention);
    }

    [Fact]
    public void A_pronoun_goes_to_the_subject_of_its_own_sentence_before_the_speaker_of_an_earlier_quote()
    {
        var hale = new TestEntity("Tom Hale", Gender: Gender.Male);
        var quotes = QuoteTestDocument.Quotes(
            "The mayor spoke.\n\n\"The dam is safe,\" David Levy said. Tom Hale fired back at once: \"It is not safe at all,\" he wrote.", Levy, hale);
        Assert.Equal("Tom Hale", quotes[1].Speaker);
    }

    [Theory]
    [InlineData("The mayor spoke.\n\nWhen Ruth Cohen called for his arrest, Sarah Levy replied that she was pleased because, she said, it was \"plain to everyone.\"")]
    [InlineData("\"We will see,\" Sarah Levy said.\n\nAsked whether Ruth Cohen should resign, she replied: \"I don't know.\"")]
    public void A_pronoun_goes_to_the_subject_of_its_sentence_s_main_clause_not_to_a_name_in_its_opening_clause(string text)
    {
        var sarah = new TestEntity("Sarah Levy", Gender: Gender.Female);
        Assert.Equal("Sarah Levy", QuoteTestDocument.Quotes(text, Ruth, sarah).Last(q => q.IsSpeech).Speaker);
    }

    [Theory]
    [InlineData("The mayor spoke.\n\nLevy's deputy, Tom Hale, struck a brighter tone. \"The dam is safe,\" he told reporters.")]
    [InlineData("The mayor spoke.\n\nFor David Levy, Tom Hale is the real problem. \"The dam is safe,\" he told reporters.")]
    [InlineData("The mayor spoke.\n\nLevy's been saying for weeks that Tom Hale is wrong. \"The dam is safe,\" he told reporters.", "David Levy")]
    public void A_pronoun_goes_to_the_subject_of_the_sentence_before_rather_than_its_first_name(string text, string speaker = "Tom Hale")
    {
        var hale = new TestEntity("Tom Hale", Gender: Gender.Male);
        Assert.Equal(speaker, Only(text, Levy, hale).Speaker);
    }

    [Theory]
    [InlineData("The mayor spoke.\n\nIt was a reversal for David Levy. He said that Tom Hale must do more. \"The dam is not safe,\" he said.", "David Levy")]
    [InlineData("The mayor spoke.\n\nDavid Levy was there. Asked about Tom Hale, he said the dam would hold. He added that Hale was wrong. \"It is safe,\" he said.", "David Levy")]
    [InlineData("The mayor spoke.\n\n\"It is late,\" said Ruth Cohen.\n\nSarah Levy's future is unclear, but she said she would stay. \"I am not leaving,\" she said.", "Sarah Levy")]
    public void A_pronoun_follows_a_same_person_subject_pronoun_of_an_earlier_sentence_to_what_it_stands_for(string text, string speaker)
    {
        var hale = new TestEntity("Tom Hale", Gender: Gender.Male);
        var sarah = new TestEntity("Sarah Levy", Gender: Gender.Female);
        Assert.Equal(speaker, QuoteTestDocument.Quotes(text, Levy, hale, Ruth, sarah).Last(q => q.IsSpeech).Speaker);
    }

    [Fact]
    public void A_bare_surname_of_the_wrong_gender_stands_for_the_more_often_named_person_of_that_surname()
    {
        var bill = new TestEntity("Bill Clinton", Gender: Gender.Male);
        var hillary = new TestEntity("Hillary Clinton", Gender: Gender.Female);

        // Bare "Clinton" is Bill's here (the test document gives it to the first entity listed); "she" makes it hers.
        var quote = QuoteTestDocument.Quotes(
            "Hillary Clinton met Bill Clinton. Hillary Clinton spoke first, and Hillary Clinton spoke last. Ruth Cohen left early.\n\n"
            + "Clinton then took questions. \"We will win,\" she said.",
            bill, hillary, Ruth).Last();
        Assert.Equal("Hillary Clinton", quote.Speaker);

        // Bare "Clinton" is Hillary's, the more often named: "he" is not Bill but the man named before.
        quote = QuoteTestDocument.Quotes(
            "Hillary Clinton met Bill Clinton. Hillary Clinton spoke first. David Levy left early.\n\nClinton then took questions. \"We will win,\" he said.",
            hillary, bill, Levy).Last();
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Fact]
    public void A_run_of_sentences_that_each_open_with_a_pronoun_resolves_without_deep_recursion()
    {
        string text = "The mayor spoke.\n\nDavid Levy came. " + string.Concat(Enumerable.Repeat("He walked on. ", 20_000)) + "\"The dam is safe,\" he said.";
        var quote = Assert.Single(QuoteTestDocument.Quotes(text, Levy), q => q.IsSpeech);
        Assert.Equal("he", quote.SpeakerMention);
    }

    [Theory]
    [InlineData("Ruth Cohen of Columbia, South Carolina says the dam will hold if the town keeps \"doing what it's doing.\"", "Ruth Cohen")]
    [InlineData("The mayor spoke after a woman in Worcester, Massachusetts, told him the dam was \"too old to trust.\"", "a woman")]
    [InlineData("Voters in Tennessee and Georgia were worried; most said they were \"very worried.\"", "Voters")]
    public void A_place_set_beside_or_coordinated_with_a_preposition_s_object_is_no_subject(string text, string mention)
    {
        string[] places = ["Columbia", "South Carolina", "Worcester", "Massachusetts", "Tennessee", "Georgia"];
        var entities = places.Select(p => new TestEntity(p, EntityLabel.Location)).Append(new TestEntity("Ruth Cohen", Gender: Gender.Female));
        Assert.Equal(mention, Only(text, [.. entities]).SpeakerMention);
    }

    [Fact]
    public void The_subject_pronoun_of_the_sentence_before_a_quote_that_goes_on_from_it_is_exposed_as_the_speakers_mention()
    {
        const string text = "The mayor spoke.\n\n\"The dam is safe,\" David Levy said. He then had a question for the crowd. \"Who will pay for the repairs?\"";
        var document = QuoteTestDocument.Analyze(text, Levy);
        var levy = document.Clusters.Single(c => c.Name == "David Levy");
        int he = text.IndexOf("He ", StringComparison.Ordinal);
        Assert.Equal("David Levy", QuoteTestDocument.Read(document)[1].Speaker);
        Assert.Contains(levy.References, r => r.Start == he && r.End == he + 2 && r.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void A_pronoun_of_someone_else_in_the_sentence_is_not_exposed_as_the_speakers_mention()
    {
        const string text = "The mayor spoke.\n\n\"The dam is safe,\" David Levy said after she asked him about \"the cracks.\"";
        var document = QuoteTestDocument.Analyze(text, Levy, Ruth);
        var levy = document.Clusters.Single(c => c.Name == "David Levy");
        Assert.DoesNotContain(levy.References, r => document.Slice(r.Start, r.End) == "she");
    }

    [Fact]
    public void A_description_between_a_quote_and_its_cue_may_hold_a_comma_between_adjectives()
    {
        var quote = Only("\"From day one, I made the dam the top priority,\" the bespectacled, 71-year-old engineer said in an interview.");
        Assert.Equal("the bespectacled, 71-year-old engineer", quote.SpeakerMention);
    }


    [Theory]
    [InlineData("The complaint, which was filed in federal court, alleged that the firm \"failed to protect the data\" of its clients.", "The complaint")]
    [InlineData("A footnote in the report makes that clear: \"These figures do not apply to the old system.\"", "A footnote")]
    public void A_document_that_speaks_is_the_speaker_mention(string text, string mention)
    {
        var quote = Only("Ruth Cohen sued the firm in May.\n\n" + text, Ruth);
        Assert.Equal(mention, quote.SpeakerMention);
        Assert.Null(quote.Speaker);
    }

    [Theory]
    [InlineData("The train rolled in when a young boy shouted, \"Here they come!\"", "a young boy")]
    [InlineData("\"It's not right to say anything against them,\" tweeted a German user from Hanover.", "a German user")]
    [InlineData("One attendee said, \"This is not going to be over in March.\"", "One attendee")]
    [InlineData("At a forum with military leaders on Monday, one questioner claimed that \"political correctness\" was hurting the army.", "one questioner")]
    [InlineData("The case is over whether the school is what former employees have called a \"fraudulent scheme.\"", "former employees")]
    public void Indefinite_people_of_everyday_news_keep_their_description(string text, string mention)
    {
        var quote = Only("Ruth Cohen spoke first.\n\n" + text, Ruth);
        Assert.Equal(mention, quote.SpeakerMention);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_party_named_inside_an_indefinite_description_is_not_the_speaker()
    {
        var quote = Only(
            "Ruth Cohen spoke first.\n\n\"It is what it is,\" one Labour backbencher said, speaking on condition of anonymity.",
            Ruth, new TestEntity("Labour", EntityLabel.Organization));
        Assert.Equal("one Labour backbencher", quote.SpeakerMention);
        Assert.Null(quote.Speaker);
    }

    [Theory]
    [InlineData("A senior official, speaking on condition of anonymity because he was not authorized to discuss the talks, said the deal was \"close to done.\"", "A senior official")]
    [InlineData("A senior official, who spoke on condition of anonymity because she was not authorized to speak, said the deal was \"close to done.\"", "A senior official")]
    public void An_anonymous_source_that_opens_the_sentence_is_the_speaker_whoever_its_apposition_names(string text, string mention)
    {
        var quote = Only(text, Ruth);
        Assert.Equal(mention, quote.SpeakerMention);
        Assert.Null(quote.Speaker);
    }

    [Theory]
    [InlineData("Ruth Cohen chairs the committee\n\nOfficials in Kyiv said the strike was \"a war crime\".")]
    [InlineData("Reporting from the Kyiv Bureau\n\nOfficials said the strike was \"a war crime\".")]
    public void A_description_does_not_run_over_a_line_break_into_the_next_line_s_subject(string text)
    {
        var quote = Only(text, Ruth);
        Assert.Equal("Officials", quote.SpeakerMention);
    }

    [Fact]
    public void Groups_of_people_in_the_plural_are_the_subject_of_a_participle_after_the_clause()
    {
        var quote = Only("Ruth Cohen spoke first.\n\nIn August, several environmental groups granted Ruth Cohen an extension, saying her \"start-up capital was less than expected.\"", Ruth);
        Assert.EndsWith("groups", quote.SpeakerMention, StringComparison.Ordinal);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_pronoun_skips_an_indefinite_description_in_apposition()
    {
        var quote = Only("Ruth Cohen has worked at the plant for years. Her husband, a factory worker, lost his job in May.\n\n\"I loved it,\" she said.", Ruth);
        Assert.Equal("Ruth Cohen", quote.Speaker);
    }

    [Fact]
    public void A_publication_described_by_its_kind_is_the_speaker_mention()
    {
        var quote = Only("Ruth Cohen spoke first.\n\nThe conservative publication has opposed her, arguing she is \"a political opportunist who would trash the party\" for votes.", Ruth);
        Assert.Equal("The conservative publication", quote.SpeakerMention);
    }

    [Theory]
    [InlineData("The mayor spoke.\n\nThe goalkeeper, 31, said: \"It felt good.\"", "The goalkeeper")]
    [InlineData("The mayor spoke.\n\nThe striker, who scored twice, said: \"It felt good.\"", "The striker")]
    [InlineData("The mayor spoke.\n\nThe drummer said: \"We will tour.\"", "The drummer")]
    [InlineData("The mayor spoke.\n\nThe 34-year-old, who was making his first start, said: \"It felt good.\"", "The 34-year-old")]
    [InlineData("The mayor spoke.\n\nA 34-year-old man said: \"It felt good.\"", "A 34-year-old man")]
    public void A_role_in_sport_or_music_or_an_age_describes_the_speaker(string text, string mention)
    {
        var quote = Only(text);
        Assert.Null(quote.Speaker);
        Assert.Equal(mention, quote.SpeakerMention);
    }

    [Theory]
    [InlineData("The mayor spoke.\n\nArsenal's captain said: \"We will win.\"", "Arsenal's captain")]
    [InlineData("The mayor spoke.\n\nThe Stones' drummer said: \"We will tour.\"", "The Stones' drummer")]
    public void An_unresolved_role_keeps_its_possessor_in_the_speaker_mention(string text, string mention)
    {
        var quote = Only(text, new TestEntity("Arsenal", EntityLabel.Organization), new TestEntity("Stones", EntityLabel.Organization));
        Assert.Null(quote.Speaker);
        Assert.Equal(mention, quote.SpeakerMention);
    }
}
