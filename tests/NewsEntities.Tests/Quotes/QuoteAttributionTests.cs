using NewsEntities.Recognition;
using NewsEntities.Resolution;

namespace NewsEntities.Tests.Quotes;

/// <summary>Speaker attribution, each construction on a small example written for it.</summary>
public sealed class QuoteAttributionTests
{
    private static readonly TestEntity Levy = new("David Levy", Gender: Gender.Male);
    private static readonly TestEntity Cohen = new("Sarah Cohen", Gender: Gender.Female);
    private static readonly TestEntity Hale = new("Tom Hale", Gender: Gender.Male);
    private static readonly TestEntity Channel5 = new("Channel 5", EntityLabel.Organization);

    private static TestQuote Only(string text, params TestEntity[] entities) =>
        Assert.Single(QuoteTestDocument.Quotes(text, entities), q => q.IsSpeech);

    private static void AssertSpeaker(TestQuote quote, string? speaker, string? mention, string? cue = null)
    {
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(mention, quote.SpeakerMention);
        if (cue is not null)
        {
            Assert.Equal(cue, quote.Cue);
        }
    }

    [Theory]
    [InlineData("Channel 5 released its schedule on Monday, the company said, calling it \"our best yet.\"", "the company", "Channel 5")]
    [InlineData("Channel 5 cut ten jobs. \"We had no choice,\" the firm said.", "the firm", "Channel 5")]
    [InlineData("The Budget Committee met. Channel 5 covered it. \"The plan is sound,\" the committee said.", "the committee", "Budget Committee")]
    [InlineData("Channel 5 posted a loss on Tuesday. \"It was a hard year,\" the broadcaster said.", "the broadcaster", "Channel 5")]
    [InlineData("Channel 5 posted a loss on Tuesday. \"It was a hard year,\" the bank said.", "the bank", "Channel 5")]
    public void A_definite_description_of_a_body_stands_for_the_organization_named_before_it(string text, string mention, string speaker)
    {
        var quote = Only(text, Channel5, new TestEntity("Budget Committee", EntityLabel.Organization));

        AssertSpeaker(quote, speaker, mention);
    }

    [Fact]
    public void It_never_stands_for_the_dateline()
    {
        var place = new TestEntity("PARIS", EntityLabel.Location);
        AssertSpeaker(Only("PARIS \u2014 The museum will close next week. \"We regret it,\" it said.", place), null, "it");
        AssertSpeaker(Only("PARIS \u2014 Channel 5 will close next week. \"We regret it,\" it said.", place, Channel5), "Channel 5", "it");
    }

    [Fact]
    public void A_definite_description_of_a_body_with_no_organization_before_it_stays_unresolved()
    {
        AssertSpeaker(Only("David Levy left. \"We had no choice,\" the company said.", Levy), null, "the company");
    }

    [Theory]
    [InlineData("\"We agree,\" David Levy and Tom Hale said in a joint statement.")]
    [InlineData("David Levy and Tom Hale said in a joint statement: \"We agree.\"")]
    public void Two_people_who_say_it_together_are_credited_to_the_first_named_whatever_the_order(string text)
    {
        AssertSpeaker(Only(text, Levy, Hale), "David Levy", "David Levy");
    }

    [Fact]
    public void A_lone_first_name_before_a_full_name_shares_its_surname_and_does_not_speak_for_both()
    {
        var quote = Only("David and Ruth Levy said in a statement: \"We agree.\"", new TestEntity("David", Gender: Gender.Male), new TestEntity("Ruth Levy", Gender: Gender.Female));

        AssertSpeaker(quote, "Ruth Levy", "Ruth Levy");
    }

    [Fact]
    public void They_after_two_people_named_together_is_no_organization_named_before_them()
    {
        var quote = Only(
            "Channel 5 covered the talks. David Levy and Tom Hale met on Monday. \"It was a good meeting,\" they said in a joint statement.",
            Channel5, Levy, Hale);

        AssertSpeaker(quote, null, "they");
    }

    [Theory]
    [InlineData("\"The plan will fail,\" David Levy said on Monday.", "David Levy", "said")]
    [InlineData("\"The plan will fail,\" said David Levy.", "David Levy", "said")]
    [InlineData("David Levy said: \"The plan will fail.\"", "David Levy", "said")]
    [InlineData("David Levy said that \"the plan will fail\" without support.", "David Levy", "said")]
    [InlineData("David Levy warned on Monday the plan \"will fail.\"", "David Levy", "warned")]
    public void Name_and_cue_before_or_after_the_quote(string text, string mention, string cue)
    {
        AssertSpeaker(Only(text, Levy), "David Levy", mention, cue);
    }

    [Theory]
    [InlineData("\"Is this the end of the plan?\" David Levy asked on Monday.", "asked")]
    [InlineData("\"We will never give up!\" said David Levy.", "said")]
    public void A_short_attribution_sentence_after_a_quote_that_ends_its_own_sentence(string text, string cue)
    {
        AssertSpeaker(Only(text, Levy), "David Levy", "David Levy", cue);
    }

    [Theory]
    [InlineData("''The plan will fail,'' said David Levy, a scholar at the institute.", "said")]
    [InlineData("''The plan will fail,'' David Levy said.", "said")]
    [InlineData("David Levy said, ''The plan will fail.''", "said")]
    public void Quotes_in_apostrophe_marks_are_attributed_like_any_other(string text, string cue)
    {
        AssertSpeaker(Only(text, Levy), "David Levy", "David Levy", cue);
    }

    [Fact]
    public void An_attribution_right_after_the_quote_wins_over_a_cue_before_it()
    {
        AssertSpeaker(Only("David Levy followed up by lamenting the churn of his job: \"There is a ton of work,\" he said.", Levy), "David Levy", "he", "said");
    }

    [Fact]
    public void A_capital_after_a_quote_that_ends_its_sentence_starts_the_next_sentence()
    {
        var quote = Only("David Levy warned that \"the plan will fail.\" Sarah Cohen said the talks went on.", Levy, Cohen);
        AssertSpeaker(quote, "David Levy", "David Levy", "warned");
    }

    [Fact]
    public void A_relative_who_speaks_for_its_antecedent()
    {
        var rubio = new TestEntity("Marco Rubio", Gender: Gender.Male);
        var florida = new TestEntity("Florida", EntityLabel.Location);
        AssertSpeaker(Only("It gave fodder to Sen. Marco Rubio of Florida, who mused on Thursday that she was \"disqualified from being the commander in chief\" because of it.", rubio, florida),
            "Marco Rubio", "who", "mused");
        AssertSpeaker(Only("The plan was backed by David Levy, who also said that \"the plan will work\" in the end.", Levy), "David Levy", "who", "said");
    }

    [Fact]
    public void A_later_quote_of_a_paragraph_goes_on_with_its_earlier_speaker_past_a_sentence_about_him()
    {
        var quotes = QuoteTestDocument.Quotes(
            "\"I like the work,\" said David Levy. He has worked at the plant for almost 24 years. \"But I like working with my hands.\"", Levy);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("David Levy", q.Speaker));
    }

    [Theory]
    [InlineData("Based on her actions that night, \"I don't see how anyone can trust her,\" Tiegen said.", "Tiegen")]
    [InlineData("\"I don't see how anyone can trust her,\" said Mark Tiegen.", "Mark Tiegen")]
    public void A_capitalized_name_the_recognizer_missed_next_to_the_cue_is_the_speaker_mention(string text, string mention)
    {
        AssertSpeaker(Only(text), null, mention, "said");
    }

    [Theory]
    [InlineData("Rachel Maddow interviewed the senator on Monday.\n\nMaddow asked, \"Will you run again next year?\"")]
    [InlineData("Maddow asked, \"Will you run again next year?\"\n\nRachel Maddow interviewed the senator on Monday.")]
    public void A_name_the_recognizer_missed_is_the_person_it_recognized_elsewhere(string text)
    {
        var document = NewsEntities.Tests.Resolution.ResolutionTestKit.Resolve(text, ("Rachel Maddow", EntityLabel.Person));
        new NewsEntities.Quotes.QuoteDetectionStage().Process(document, default);
        new NewsEntities.Quotes.QuoteAttributionStage().Process(document, default);
        AssertSpeaker(Assert.Single(QuoteTestDocument.Read(document)), "Rachel Maddow", "Maddow", "asked");
    }

    [Theory]
    [InlineData("\"Of course he is fair game,\" David Levy told \"Fox and Friends,\" on Monday.", "Of course he is fair game,")]
    [InlineData("David Levy co-wrote \"The Tragedy of Lyndon Johnson\" and said \"it was hard work.\"", "it was hard work.")]
    public void A_title_in_capitals_is_no_speech_but_a_chant_is(string text, string speech)
    {
        var quotes = QuoteTestDocument.Quotes(text, Levy);
        Assert.Equal(speech, Assert.Single(quotes, q => q.IsSpeech).Text);
        Assert.Single(QuoteTestDocument.Quotes("The crowd shouted \"Feel the Bern!\" as David Levy spoke.", Levy), q => q.IsSpeech);
    }

    [Fact]
    public void A_possessed_description_after_a_preposition_is_no_subject()
    {
        AssertSpeaker(Only("Early in his campaign, David Levy attacked Sarah Cohen, calling her, among other things, \"a failed candidate.\"", Levy, Cohen),
            "David Levy", "David Levy");
    }

    [Fact]
    public void The_listener_of_told_is_never_the_speaker()
    {
        AssertSpeaker(Only("David Levy told Sarah Cohen \"nothing has changed.\"", Levy, Cohen), "David Levy", "David Levy", "told");
        AssertSpeaker(Only("Sarah Cohen told David Levy that the talks had been \"a waste of time.\"", Levy, Cohen), "Sarah Cohen", "Sarah Cohen", "told");
        AssertSpeaker(Only("\"Nothing has changed,\" Sarah Cohen told David Levy.", Levy, Cohen), "Sarah Cohen", "Sarah Cohen", "told");
        AssertSpeaker(Only("\"Nothing has changed,\" she told David Levy.", Levy, Cohen), null, "she", "told");
    }

    [Fact]
    public void According_to_points_after_itself()
    {
        AssertSpeaker(Only("The office has a mandate to \"train and equip\" the units, according to Channel 5.", Channel5), "Channel 5", "Channel 5", "according to");
    }

    [Fact]
    public void A_pronoun_after_a_quote_goes_to_the_previous_speaker_skipping_names_inside_quotes()
    {
        var quotes = QuoteTestDocument.Quotes(
            "\"We met Tom Hale on Friday,\" David Levy said.\n\n\"Tom Hale was calm and he listened,\" he added.", Levy, Hale);
        Assert.Equal(2, quotes.Count);
        AssertSpeaker(quotes[1], "David Levy", "he", "added");
    }

    [Fact]
    public void A_pronoun_takes_the_earlier_person_of_its_gender()
    {
        AssertSpeaker(Only("David Levy met Sarah Cohen on Monday. \"It went well,\" she said.", Levy, Cohen), "Sarah Cohen", "she", "said");
        AssertSpeaker(Only("Sarah Cohen met David Levy on Monday. \"It went well,\" he said.", Levy, Cohen), "David Levy", "he", "said");
    }

    [Fact]
    public void Capitalized_words_after_an_outlet_s_possessive_are_its_show_even_as_one_word()
    {
        var quotes = QuoteTestDocument.Quotes("\"The ferry is late again,\" David Levy told Channel 5's \"Mornings.\"", Levy, Channel5);
        Assert.Equal(["The ferry is late again,"], quotes.Where(q => q.IsSpeech).Select(q => q.Text));
    }

    [Theory]
    [InlineData("David Levy spoke at noon. Appearing on Channel 5's \"Sunday Mornings,\" Levy said the ferry was late.")]
    [InlineData("David Levy spoke at noon. On the Channel 5 network's \"Harbor Watch,\" Levy said the ferry was late.")]
    public void Words_in_title_case_after_a_possessive_are_a_show_even_with_an_attribution_after_them(string text)
    {
        Assert.DoesNotContain(QuoteTestDocument.Quotes(text, Levy, Channel5), q => q.IsSpeech);
    }

    [Fact]
    public void A_pronoun_after_a_quote_in_an_opening_clause_goes_to_the_main_clause_s_person()
    {
        var quotes = QuoteTestDocument.Quotes(
            "When Tom Hale called the plan \"a disaster for the whole harbor,\" David Levy shook his head.\n\n\"It will work,\" he said.", Hale, Levy);
        Assert.Equal(["Tom Hale", "David Levy"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_pronoun_takes_the_name_in_apposition_after_an_indefinite_description()
    {
        AssertSpeaker(
            Only("Another pollster, David Levy of the harbor board, said his survey was clear.\n\n\"The numbers held,\" he said.", Levy),
            "David Levy", "he", "said");
    }

    [Fact]
    public void A_pronoun_after_a_quote_of_a_role_goes_to_the_person_the_role_stands_for_but_not_after_an_anonymous_one()
    {
        // "The candidate" no role explains is the story's topic, Ann Roe (TopicDescriptionTests), and so is "she".
        var roe = new TestEntity("Ann Roe", Gender: Gender.Female);
        var quotes = QuoteTestDocument.Quotes(
            "Ann Roe spoke on Monday. The candidate herself said the vote was \"a mistake that we will fix.\"\n\n\"Nothing has changed,\" she said.", roe);
        Assert.Equal(["Ann Roe", "Ann Roe"], quotes.Select(q => q.Speaker));

        quotes = QuoteTestDocument.Quotes(
            "Ann Roe spoke on Monday. The woman next to her said the vote was \"a mistake that we will fix.\"\n\n\"Nothing has changed,\" she said.", roe);
        Assert.Equal([null, null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_resolved_pronoun_is_added_to_its_cluster_as_a_reference()
    {
        var document = QuoteTestDocument.Analyze("Sarah Cohen arrived late. \"It went well,\" she said.", Cohen);
        var cluster = Assert.Single(document.Clusters);
        var reference = Assert.Single(cluster.References);
        Assert.Equal(MentionKind.Pronoun, reference.Kind);
        Assert.Equal("she", document.Slice(reference.Start, reference.End));
    }

    [Fact]
    public void An_apposition_between_the_name_and_the_verb_is_skipped()
    {
        var halabi = new TestEntity("Ghassan Halabi", Gender: Gender.Male) { Roles = ["former pa minister"] };
        var pa = new TestEntity("PA", EntityLabel.Organization);
        AssertSpeaker(Only("\"We have seen no change,\" Dr Ghassan Halabi, former PA minister, told", halabi, pa), "Ghassan Halabi", "Ghassan Halabi", "told");
        var council = new TestEntity("Council of Elders", EntityLabel.Organization);
        var adler = new TestEntity("Ruth Adler", Gender: Gender.Female);
        AssertSpeaker(
            Only("Ruth Adler, a member of the Council of Elders's board, told the radio that the decision was \"to continue the plan.\"", adler, council),
            "Ruth Adler", "Ruth Adler", "told");
    }

    [Fact]
    public void A_trailing_attribution_line_without_a_verb_names_the_speaker()
    {
        var roe = new TestEntity("Jane Roe", Gender: Gender.Female);
        AssertSpeaker(
            Only("Expert view\n\n\u201CThe forces were built as a tool for peace. Using them otherwise puts everything at risk.\u201D Jane Roe, Senior Fellow at the Institute\n", roe),
            "Jane Roe", "Jane Roe");
    }

    [Fact]
    public void A_quotation_dash_after_a_quote_signs_it_with_the_name()
    {
        var roe = new TestEntity("Jane Roe", Gender: Gender.Female);
        var poe = new TestEntity("Tom Poe", Gender: Gender.Male);
        var quotes = QuoteTestDocument.Quotes(
            "Readers wrote in.\n\u201CThe bridge has been closed for a year. Nobody listens.\u201D \u2015 Jane Roe\n\u201CWe need the ferry back.\u201D\u2015 Tom Poe.\n",
            roe, poe);
        Assert.Equal(["Jane Roe", "Tom Poe"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_dash_line_after_a_quote_paragraph_signs_the_quote()
    {
        var roe = new TestEntity("Jane Roe", Gender: Gender.Female);
        AssertSpeaker(
            Only("The claims, checked.\n\n\"The bridge has been closed for a year and nobody listens to us.\"\n\n- Jane Roe.\n\nThe bridge closed in May.", roe),
            "Jane Roe", "Jane Roe");
        AssertSpeaker(
            Only("The claims, checked.\n\n\"The bridge has been closed for a year and nobody listens to us.\"\n\n-Mayor Jane Roe, writing after the vote.\n\nThe bridge closed in May.", roe),
            "Jane Roe", "Jane Roe");

        // Without the dash the next paragraph is a sentence of its own, not a signature.
        var quotes = QuoteTestDocument.Quotes(
            "The claims, checked.\n\n\"The bridge has been closed for a year and nobody listens to us.\"\n\nJane Roe.\n\nThe bridge closed in May.", roe);
        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("\"This is fantastic!\" beamed David Levy as the results came in.")]
    [InlineData("\"We will not back down,\" David Levy retaliated.")]
    [InlineData("\"Will the dam hold?\" David Levy pressed.")]
    [InlineData("\"The water rose overnight,\" remembered David Levy, a farmer.")]
    [InlineData("\"We will be back next year,\" David Levy muttered.")]
    [InlineData("\"This is the finest harbor in the world,\" gushed David Levy.")]
    [InlineData("\"Nobody reads the minutes,\" David Levy groaned.")]
    public void Manner_of_speaking_verbs_after_a_quote_are_cues(string text)
    {
        Assert.Equal("David Levy", Only(text, Levy).Speaker);
    }

    [Fact]
    public void A_noun_like_verb_after_a_description_that_follows_the_quote_is_a_cue()
    {
        AssertSpeaker(Only("\"The dam will be closed until further notice,\" the county notice reads.", Levy), null, "the county notice", "reads");
    }

    [Fact]
    public void A_lead_in_ending_as_follows_names_the_source_of_the_quote_paragraphs_after_it()
    {
        var quotes = QuoteTestDocument.Quotes(
            "The council met on Monday.\n\nFull transcript as follows:\n\n\"We opened the meeting at six and heard from the engineers first.\n\n\"The dam is safe for now, but the spillway needs work before the spring floods.\"\n");
        Assert.Equal(["Full transcript", "Full transcript"], quotes.Select(q => q.SpeakerMention));
    }

    [Theory]
    [InlineData("The council met on Monday. From the report: \"The dam is safe for now.\"", null, "the report")]
    [InlineData("The council met on Monday. More from David Levy: \"The dam is safe for now.\"", "David Levy", "David Levy")]
    [InlineData("From David Levy, writing in the county paper: \"The dam is safe for now.\"", "David Levy", "David Levy")]
    [InlineData("The council met on Monday.\n\nFrom David Levy writing in the county paper:\n\n\"The dam is safe for now.\"", "David Levy", "David Levy")]
    public void A_lead_in_opening_with_from_names_the_source_of_the_quote(string text, string? speaker, string mention)
    {
        AssertSpeaker(Only(text, Levy), speaker, mention);
    }

    [Fact]
    public void A_clause_after_an_opening_from_phrase_has_its_own_subject()
    {
        AssertSpeaker(Only("From the start, David Levy said: \"The dam is safe for now.\"", Levy), "David Levy", "David Levy");
    }

    [Fact]
    public void A_possessive_statement_or_remarks_is_a_cue()
    {
        AssertSpeaker(Only("David Levy's statement that \"the deal is dead\" surprised many.", Levy), "David Levy", "David Levy", "statement");
        AssertSpeaker(Only("In her remarks, Cohen said voters \u201Cwant change now.\u201D", Cohen), "Sarah Cohen", "Cohen", "said");
    }

    [Fact]
    public void A_possessed_speech_noun_reaches_its_that_clause_across_a_few_words_but_not_across_a_comma()
    {
        AssertSpeaker(
            Only("Sarah Cohen won partly because of Mr. Levy's patronizing suggestion at a similarly timed debate that she was \"likable enough.\"", Cohen, Levy),
            "David Levy", "Levy", "suggestion");
        AssertSpeaker(
            Only("David Levy said he did not buy the boats to burnish his statement, but agreed that the fleet had \"promotional value.\"", Levy),
            "David Levy", "David Levy", "agreed");
    }

    [Fact]
    public void A_partial_quote_goes_to_the_subject_of_the_governing_verb_not_the_reporter()
    {
        AssertSpeaker(
            Only("However, Levy has now indicated that the move was \"neither final nor binding\", Channel 5 reported.", Levy, Channel5),
            "David Levy", "Levy", "indicated");
        var berlin = new TestEntity("Berlin", EntityLabel.Location);
        var quotes = QuoteTestDocument.Quotes(
            "Levy acknowledged that \"the hopes are fading\". He also lamented the deaths of \"brave soldiers\" and revealed Berlin's wish to \"deepen ties with the region\", as reported by Channel 5.",
            Levy, berlin, Channel5);
        Assert.All(quotes, q => Assert.Equal("David Levy", q.Speaker));
        Assert.Equal("revealed", quotes[2].Cue);
    }

    [Theory]
    [InlineData("The mayor spoke.\n\nDavid Levy's call for \"a full audit of the port\" went unanswered.", "call")]
    [InlineData("The mayor spoke.\n\nDavid Levy's pledge to be \"fair to every tenant\" won him votes.", "pledge")]
    [InlineData("The mayor spoke.\n\nDavid Levy's oft-repeated late-night assertion that \"the port is broke\" was false.", "assertion")]
    public void The_owner_of_a_noun_of_speech_whose_complement_is_the_quote_is_the_speaker(string text, string cue)
    {
        AssertSpeaker(Only(text, Levy), "David Levy", "David Levy", cue);
    }

    [Theory]
    [InlineData("Nothing Sarah Cohen said \"will calm the town,\" Tom Hale said.", "Tom Hale", "Tom Hale")]
    [InlineData("Sarah Cohen insisted the dam \"will hold for years,\" the senator added.", "Tom Hale", "the senator")]
    public void A_subject_and_a_speech_verb_after_the_quote_outrank_a_cue_before_it(string text, string speaker, string mention)
    {
        var hale = new TestEntity("Tom Hale", Gender: Gender.Male) { Roles = ["senator"] };
        AssertSpeaker(Only("Senator Tom Hale toured the dam. " + text, Cohen, hale), speaker, mention);
    }

    [Fact]
    public void A_name_and_a_verb_on_the_next_line_do_not_attribute_a_quote_that_ends_its_paragraph()
    {
        var quote = Assert.Single(
            QuoteTestDocument.Quotes("David Levy said the ferry \"could be running again by spring\"\n\nTom Hale says ferry plan is late\n\nThe mayor spoke.", Levy, Hale),
            q => q.IsSpeech);
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Fact]
    public void Subjects_are_never_prepositional_objects_or_possessors()
    {
        var ohio = new TestEntity("Ohio", EntityLabel.Organization);
        AssertSpeaker(
            Only("Tom Hale met David Levy at breakfast with reporters and acknowledged that he had \"read it quickly.\"", Hale, Levy),
            "Tom Hale", "Tom Hale", "acknowledged");
        AssertSpeaker(
            Only("As Tom Hale denounced Ohio's tests and pledged to \"confront the threat,\" the crowd cheered.", Hale, ohio),
            "Tom Hale", "Tom Hale", "pledged");
    }

    [Fact]
    public void A_second_coordinated_verb_takes_the_first_subject()
    {
        AssertSpeaker(
            Only("Sarah Cohen said the members would meet again, but said \"it is time to change.\"", Cohen),
            "Sarah Cohen", "Sarah Cohen", "said");
    }

    [Fact]
    public void The_subject_of_a_passive_cue_is_the_listener()
    {
        var quote = Assert.Single(QuoteTestDocument.Quotes("David Levy was asked, \"Would you do it again?\"", Levy));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_progressive_cue_is_not_passive()
    {
        var blm = new TestEntity("BLM", EntityLabel.Organization);
        AssertSpeaker(Only("The BLM group is calling on David Levy to \u201Cstop pimping votes\u201D and resign.", blm, Levy), null, "The BLM group", "calling on");
    }

    [Fact]
    public void A_colon_introduces_the_words_of_the_clause_subject()
    {
        AssertSpeaker(Only("David Levy fired back forcefully: \"If they sue us, they will lose.\"", Levy), "David Levy", "David Levy");
    }

    [Fact]
    public void Calling_someone_something_is_speech()
    {
        AssertSpeaker(Only("Tom Hale called David Levy a \"petulant child\" on Monday.", Hale, Levy), "Tom Hale", "Tom Hale", "called");
    }

    [Fact]
    public void A_description_after_an_inverted_cue_is_the_speaker()
    {
        AssertSpeaker(Only("\"He will go to work for you,\" said the 46-year-old.", Levy), null, "the 46-year-old", "said");
    }

    [Fact]
    public void A_long_quote_inside_the_next_sentence_goes_on_with_the_previous_speaker()
    {
        var quotes = QuoteTestDocument.Quotes(
            "\"I do not need his endorsement,\" David Levy said outside. But \"the endorsement of the party still helps a great deal.\"", Levy);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("David Levy", quotes[1].Speaker);
    }

    [Fact]
    public void A_long_quote_whose_clause_subject_is_a_description_holding_the_name_keeps_mentions_apart()
    {
        const string text = "Harbor talks resume.\n\nTom Hale arrived in Portmouth on Sunday.\n\n"
            + "During his visit to the region, the US secretary of state Tom Hale met the mayor on Monday and promised \"a new push for a lasting deal between the two towns\" before leaving.";
        var analysis = NewsExtractor.CreateDefault().Analyze(text);
        Robustness.AnalysisInvariants.AssertHold(text, analysis);
    }

    [Fact]
    public void A_definite_description_is_resolved_through_roles_and_recorded_as_a_reference()
    {
        var cleary = new TestEntity("James Cleary", Gender: Gender.Male) { Roles = ["uk foreign secretary"] };
        var ward = new TestEntity("Anne Ward", Gender: Gender.Female) { Roles = ["home secretary"] };
        var document = QuoteTestDocument.Analyze(
            "UK foreign secretary James Cleary met home secretary Anne Ward. Later the Foreign Secretary said the plan \"will not work.\"", cleary, ward);
        var quote = Assert.Single(QuoteTestDocument.Read(document));
        AssertSpeaker(quote, "James Cleary", "the Foreign Secretary", "said");
        var cluster = document.Clusters.Single(c => c.Name == "James Cleary");
        Assert.Contains(cluster.References, r => r.Kind == MentionKind.Nominal && document.Slice(r.Start, r.End) == "the Foreign Secretary");
    }

    [Fact]
    public void A_description_naming_a_place_the_role_lacks_is_another_office()
    {
        var hale = new TestEntity("Tom Hale", Gender: Gender.Male) { Roles = ["former harbor city mayor"] };
        var harbor = new TestEntity("Harbor City", EntityLabel.Location);
        var county = new TestEntity("Harbor County", EntityLabel.Location);

        var quote = Only("Tom Hale spoke first. Later the Harbor County mayor said the bridge \"will not be rebuilt.\"", hale, harbor, county);
        Assert.Null(quote.Speaker);
        Assert.Equal("the Harbor County mayor", quote.SpeakerMention);

        Assert.Equal("Tom Hale", Only("Tom Hale spoke first. Later the Harbor City mayor said the bridge \"will not be rebuilt.\"", hale, harbor, county).Speaker);
    }

    [Fact]
    public void A_vice_president_is_not_the_president()
    {
        var levy = new TestEntity("David Levy", Gender: Gender.Male) { Roles = ["president"] };
        var ruth = new TestEntity("Ruth Cohen", Gender: Gender.Female) { Roles = ["vice president"] };

        var quote = Only("David Levy met Ruth Cohen on Monday. Later the president said the talks were \"productive.\"", levy, ruth);
        Assert.Equal("David Levy", quote.Speaker);

        Assert.Equal("Ruth Cohen", Only("David Levy met Ruth Cohen on Monday. Later the vice president said the talks were \"productive.\"", levy, ruth).Speaker);
    }

    [Fact]
    public void Initials_in_a_description_match_the_words_of_a_role()
    {
        var ode = new TestEntity("Sam Ode", Gender: Gender.Male) { Roles = ["chairman of the national liberation army"] };
        var rix = new TestEntity("Ben Rix", Gender: Gender.Male) { Roles = ["army chairman"] };
        AssertSpeaker(
            Only("Sam Ode and Ben Rix arrived. The NLA chairman met the envoy, to whom he assured that the ban was \"only temporary for now\".", ode, rix),
            "Sam Ode", "he", "assured");
    }

    [Fact]
    public void An_indefinite_speaker_keeps_its_mention_and_its_pronoun_follows_it()
    {
        var quotes = QuoteTestDocument.Quotes(
            "Jack Reed met the delegation. \"Nothing has changed,\" a senior official told reporters. \"We are where we were,\" he added.",
            new TestEntity("Jack Reed", Gender: Gender.Male));
        Assert.Equal(2, quotes.Count);
        AssertSpeaker(quotes[0], null, "a senior official", "told");
        AssertSpeaker(quotes[1], null, "he", "added");
    }

    [Fact]
    public void Bodies_and_it_speak_and_a_name_inside_a_description_keeps_its_own_voice()
    {
        var quotes = QuoteTestDocument.Quotes(
            "\"We regret the error,\" the newspaper admitted. \"It will not happen again,\" it added.");
        Assert.Equal(2, quotes.Count);
        AssertSpeaker(quotes[0], null, "the newspaper", "admitted");
        AssertSpeaker(quotes[1], null, "it", "added");
        var state = new TestEntity("State Department", EntityLabel.Organization);
        AssertSpeaker(Only("The office must \"train and equip\" the units, according to the State Department.", state), "State Department", "State Department", "according to");
    }

    [Fact]
    public void A_pronoun_before_an_is_clitic_is_a_subject_not_a_possessor()
    {
        AssertSpeaker(Only("Tom Hale spoke. And he's predicting that the rival \"has no chance at all.\"", Hale), "Tom Hale", "he", "predicting");
    }

    [Fact]
    public void Plural_officials_are_an_indefinite_speaker()
    {
        AssertSpeaker(Only("Officials said the talks were \"productive and frank.\""), null, "Officials", "said");
    }

    [Fact]
    public void A_participle_cue_after_a_comma_goes_to_the_main_subject()
    {
        var nour = new TestEntity("Ali Nour", Gender: Gender.Male);
        var hamas = new TestEntity("Hamas", EntityLabel.Organization);
        AssertSpeaker(
            Only("Hamas spokesman Ali Nour agrees, claiming that visits by US officials are aimed at \"guaranteeing success\".", nour, hamas),
            "Ali Nour", "Ali Nour", "claiming");
        AssertSpeaker(
            Only("Levy said the plan would alarm local officials, adding that \"nobody asked them\".", Levy),
            "David Levy", "Levy", "adding");
    }

    [Fact]
    public void A_quote_opening_a_sentence_without_cue_takes_the_previous_sentence_speaker()
    {
        var haddad = new TestEntity("Omar Haddad", Gender: Gender.Male);
        var quotes = QuoteTestDocument.Quotes(
            "The decision was announced by deputy chief Omar Haddad. \"Coordination no longer exists from now on,\" in light of the \"repeated attacks on our people.\"",
            haddad);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Omar Haddad", q.Speaker));
    }

    [Fact]
    public void A_quote_alone_in_its_paragraph_takes_the_speaker_the_previous_paragraph_introduces()
    {
        var quote = Assert.Single(QuoteTestDocument.Quotes(
            "\"The vote was rigged,\" David Levy said.\n\nFormer minister Tom Hale concurs.\n\n\"There would be signs of it, and we have not seen them.\"",
            Levy, Hale), q => q.Text.StartsWith("There", StringComparison.Ordinal));
        Assert.Equal("Tom Hale", quote.Speaker);
    }

    [Fact]
    public void A_quote_alone_in_its_paragraph_gets_no_speaker_when_the_previous_paragraph_does_not_name_one()
    {
        var quote = Assert.Single(QuoteTestDocument.Quotes(
            "\"The vote was rigged,\" David Levy said.\n\nThe weather was cold on Monday.\n\n\"There would be signs of it, and we have not seen them.\"",
            Levy), q => q.Text.StartsWith("There", StringComparison.Ordinal));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void The_last_speaker_carries_to_a_standalone_quote_when_the_previous_paragraph_quotes_him()
    {
        var quotes = QuoteTestDocument.Quotes(
            "Tom Hale spoke to reporters. \"We are ready,\" he said.\n\n\"There is nothing more to add at this stage.\"", Hale);
        Assert.Equal("Tom Hale", quotes[^1].Speaker);
    }

    [Fact]
    public void A_multi_paragraph_quote_takes_its_speaker_on_every_paragraph()
    {
        var quotes = QuoteTestDocument.Quotes("\"The first part of the long statement is here.\n\n\"The second part goes on,\" Levy said.\n", Levy);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("David Levy", q.Speaker));
    }

    [Fact]
    public void Many_unattributed_quotes_and_pronouns_are_attributed_in_linear_time()
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            text.Append("\"Short words here\"\n\n\"Another quote follows in its own paragraph,\" he said, and she added \"more\".\n\n");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var quotes = QuoteTestDocument.Quotes(text.ToString(), Levy);
        Assert.Equal(60_000, quotes.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("US sets up 'security team' to liaise between the sides")]
    [InlineData("The so-called \"peace plan\" was shelved.")]
    [InlineData("The \"settlers\" arrived at dawn.")]
    public void Scare_quotes_and_titles_are_not_speech(string text)
    {
        var quote = Assert.Single(QuoteTestDocument.Quotes(text, Levy));
        Assert.False(quote.IsSpeech);
    }

    [Fact]
    public void Cue_words_cover_inflections_and_many_verbs()
    {
        string[] cues = ["said", "says", "saying", "told", "tells", "added", "noted", "warns", "insisted", "acknowledges", "conceded", "tweeted", "wrote", "stressed", "lamented", "accused", "reveals", "announced", "claimed", "criticised", "criticized", "admitted", "admitting", "replied", "rebutted", "concurred"];
        foreach (string cue in cues)
        {
            Assert.True(NewsEntities.Quotes.ReportingVerbs.Table.TryGetValue(cue, out _), cue);
        }

        Assert.False(NewsEntities.Quotes.ReportingVerbs.Table.TryGetValue("table", out _));
    }
}
