using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class SpeakerPositionRecallTests
{
    private static List<(string Text, EntityLabel Label)> Recalled(Document document)
    {
        var vouched = new Dictionary<ulong, bool>();
        new SpeakerPositionRecall(Lexicon.Default).Apply(document, document.Mentions, vouched);
        new VouchedNameRecall(Lexicon.Default).Apply(document, document.Mentions, vouched, []);
        return MentionsOf(document);
    }

    [Theory]
    [InlineData("The plan was ready on Monday, and Okafor left. \"Jobs are up,\" Okafor told reporters.")]
    [InlineData("The plan was ready on Monday, and Okafor left. \u201CJobs are up!\u201D Okafor added.")]
    [InlineData("The plan was ready on Monday, and Okafor left. ''Jobs are up,'' said Okafor.")]
    [InlineData("The plan was ready on Monday, and Okafor left. \"Jobs are up,\" said Okafor, who spoke first.")]
    [InlineData("The plan was ready on Monday, and Okafor left. Okafor told reporters: \"Jobs are up.\"")]
    [InlineData("The plan was ready on Monday, and Okafor left. Okafor added, \u201CJobs are up.\u201D")]
    public void A_word_in_a_speakers_place_beside_a_quote_is_a_person_there_and_everywhere_else(string text)
    {
        Assert.Equal([("Okafor", EntityLabel.Person), ("Okafor", EntityLabel.Person)], Recalled(Labeled(text)));
    }

    [Theory]
    [InlineData("\"Jobs are up.\" Officials said the plan was ready.")]
    [InlineData("\"Jobs are up,\" Democrats said.")]
    [InlineData("\"Jobs are up,\" Officials said.")]
    [InlineData("\"Jobs are up,\" He said.")]
    [InlineData("\"Jobs are up,\" said Okafor of the plan.")]
    [InlineData("On Monday the plan was ready, and Okafor left.")]
    [InlineData("The plan was ready on Monday, and then Okafor told reporters at length: \"Jobs are up.\"")]
    [InlineData("\"Talks continue,\" the envoy told reporters. Then Talks left.")]
    [InlineData("\u201CTalks continue,\u201D the envoy told reporters. Then Talks left.")]
    public void Sentence_openers_peoples_person_nouns_and_other_positions_vouch_for_nothing(string text)
    {
        Assert.Empty(Recalled(Labeled(text)));
    }

    [Theory]
    [InlineData("Okafor criticized the plan on Monday. \"It is a disgrace,\" she said. Okafor left.")]
    [InlineData("Okafor said the plan was ready. Then Okafor left.")]
    [InlineData("Okafor, 60, said the plan was ready. Then Okafor left.")]
    [InlineData("Okafor, speaking after the meeting, said the plan was ready. Then Okafor left.")]
    [InlineData("\"The plan is ready,\" Okafor, 60, said. Then Okafor left.")]
    public void A_word_that_opens_a_sentence_before_a_reporting_verb_in_the_past_is_a_person(string text)
    {
        Assert.Equal([("Okafor", EntityLabel.Person), ("Okafor", EntityLabel.Person)], Recalled(Labeled(text)));
    }

    [Theory]
    [InlineData("Polls showed a tie. Then Polls left.")]
    [InlineData("Having said that, we left.")]
    [InlineData("Close call. The race was tight.")]
    [InlineData("Nobody said a word.")]
    [InlineData("Initial reports said ten died.")]
    [InlineData("Okafor says the plan is ready. Then Okafor left.")]
    [InlineData("Rather, he said, continued struggles will coalesce support around stopping him.")]
    [InlineData("Okafor, who had spent the whole of last year abroad in the north, said it. Then Okafor left.")]
    public void Plurals_participles_function_words_and_verbs_in_the_present_after_a_sentence_opener_vouch_for_nothing(string text)
    {
        Assert.Empty(Recalled(Labeled(text)));
    }

    [Theory]
    [InlineData("The crowd booed when Okafor mentioned the plan. Then Okafor left.")]
    [InlineData("The crowd was quiet while Okafor spoke of the plan. Then Okafor left.")]
    [InlineData("Aides knew that Okafor said nothing. Then Okafor left.")]
    public void A_word_that_opens_a_clause_before_a_reporting_verb_in_the_past_is_a_person(string text)
    {
        Assert.Equal([("Okafor", EntityLabel.Person), ("Okafor", EntityLabel.Person)], Recalled(Labeled(text)));
    }

    [Theory]
    [InlineData("The crowd booed at Okafor mentioned in the plan. Then Okafor left.")]
    [InlineData("The crowd booed when Okafor mentions the plan. Then Okafor left.")]
    [InlineData("The crowd booed when Polls showed a tie. Then Polls left.")]
    public void A_clause_opener_vouches_only_before_a_reporting_verb_in_the_past(string text)
    {
        Assert.Empty(Recalled(Labeled(text)));
    }

    [Fact]
    public void A_name_the_tagger_made_misc_is_a_person_where_the_document_vouches_for_it()
    {
        var document = Labeled(
            "The Okafor troops cheered when Okafor mentioned the plan. Okafor left.",
            ("Okafor", EntityLabel.Misc),
            ("Okafor", EntityLabel.Misc),
            ("Okafor", EntityLabel.Misc));

        Assert.Equal([("Okafor", EntityLabel.Person), ("Okafor", EntityLabel.Person), ("Okafor", EntityLabel.Person)], Recalled(document));
    }

    [Fact]
    public void What_misc_is_for_keeps_its_label()
    {
        // "Carl Christian" elsewhere vouches for the surname; a Misc "Christian" is still the faith.
        var document = Labeled("A Christian group met. Christian voters left.", ("Christian", EntityLabel.Misc), ("Christian", EntityLabel.Misc));
        var vouched = new Dictionary<ulong, bool> { [PersonTitleEvidence.KeyOf(document, new TokenRange(1, 2))] = false };

        new VouchedNameRecall(Lexicon.Default).Apply(document, document.Mentions, vouched, []);

        Assert.Equal([("Christian", EntityLabel.Misc), ("Christian", EntityLabel.Misc)], MentionsOf(document));
    }

    [Fact]
    public void A_name_the_tagger_made_an_organization_keeps_its_label()
    {
        var document = Labeled("\"Jobs are up,\" Acme said. Acme grew.", ("Acme", EntityLabel.Organization), ("Acme", EntityLabel.Organization));

        Assert.Equal([("Acme", EntityLabel.Organization), ("Acme", EntityLabel.Organization)], Recalled(document));
    }
}
