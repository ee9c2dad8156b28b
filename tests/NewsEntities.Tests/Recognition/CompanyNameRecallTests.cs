using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using static NewsEntities.Tests.Recognition.RecognitionTestKit;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class CompanyNameRecallTests
{
    [Fact]
    public void A_listed_company_the_tagger_missed_is_added_in_text_order()
    {
        var document = Labeled("Shares of AT&T fell while Microsoft rose, Reuters said.", ("Reuters", EntityLabel.Organization));

        Recall(document);

        Assert.Equal([("AT&T", EntityLabel.Organization), ("Microsoft", EntityLabel.Organization), ("Reuters", EntityLabel.Organization)], Mentions(document));
    }

    [Theory]
    [InlineData("Microsoft, the largest investor, declined to comment.", "Microsoft")] // no common word: at a sentence's start too
    [InlineData("Yesterday OpenAI's chief spoke.", "OpenAI")] // before a possessive ending
    [InlineData("Apple said on Monday it would cut prices.", "Apple")] // a common word, but a reporting verb follows
    public void A_listed_company_is_recalled_at_a_sentence_s_start_or_before_a_possessive(string text, string name)
    {
        var document = Labeled(text);

        Recall(document);

        Assert.Equal([(name, EntityLabel.Organization)], Mentions(document));
    }

    [Theory]
    [InlineData("Apple pie is sweet.")] // a common word opening a sentence
    [InlineData("Apple pickers said the harvest was late.")] // the verb's subject is a longer phrase
    [InlineData("Fires spread across the Amazon.")] // after "the"
    [InlineData("She opened Google Maps.")] // part of a longer name
    [InlineData("It backed Google-owned firms.")] // part of a compound
    [InlineData("The apple fell.")] // not written as listed
    public void A_company_name_that_may_be_something_else_is_not_recalled(string text)
    {
        var document = Labeled(text);

        Recall(document);

        Assert.Empty(document.Mentions);
    }

    [Fact]
    public void A_name_inside_a_mention_is_left_to_the_mention()
    {
        var document = Labeled("The Apple Daily closed.", ("Apple Daily", EntityLabel.Organization));

        Recall(document);

        Assert.Equal([("Apple Daily", EntityLabel.Organization)], Mentions(document));
    }

    private static void Recall(Document document) =>
        new CompanyNameRecall(Lexicon.Default).Apply(document, document.Mentions, document.Recognizer.AddedMentions);
}
