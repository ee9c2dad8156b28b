using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class OpeningWordCheckTests
{
    [Fact]
    public void A_capitalized_function_word_that_opens_a_name_is_taken_off_it()
    {
        var document = Labeled(
            "As Vulture put it, he won. Does Marco Rubio know? Unlike Cruz, Even Lindsey Graham agreed.",
            ("As Vulture", EntityLabel.Organization), ("Does Marco Rubio", EntityLabel.Person), ("Unlike Cruz", EntityLabel.Person),
            ("Even Lindsey Graham", EntityLabel.Person));

        OpeningWordCheck.Apply(document, document.Mentions);

        Assert.Equal(
            ["Vulture", "Marco Rubio", "Cruz", "Lindsey Graham"],
            document.Mentions.Select(m => document.Slice(document.StartOf(m.Tokens), document.EndOf(m.Tokens))));
    }

    [Fact]
    public void A_preposition_that_opens_a_name_is_taken_off_it()
    {
        var document = Labeled(
            "Despite Rubio, he won. Besides Centerview, two banks advised. Among Supreme Court justices, none spoke. From Bush's post: no.",
            ("Despite Rubio", EntityLabel.Person), ("Besides Centerview", EntityLabel.Organization), ("Among Supreme Court", EntityLabel.Organization),
            ("From Bush", EntityLabel.Person));

        OpeningWordCheck.Apply(document, document.Mentions);

        Assert.Equal(
            ["Rubio", "Centerview", "Supreme Court", "Bush"],
            document.Mentions.Select(m => document.Slice(document.StartOf(m.Tokens), document.EndOf(m.Tokens))));
    }

    [Theory]
    [InlineData("Will Rogers spoke.", "Will Rogers")]
    [InlineData("IS Khorasan claimed the attack.", "IS Khorasan")]
    [InlineData("As said, Vulture won.", "Vulture")]
    public void Given_names_abbreviations_and_one_word_names_keep_their_words(string text, string name)
    {
        var document = Labeled(text, (name, EntityLabel.Person));

        OpeningWordCheck.Apply(document, document.Mentions);

        var mention = Assert.Single(document.Mentions);
        Assert.Equal(name, document.Slice(document.StartOf(mention.Tokens), document.EndOf(mention.Tokens)));
    }
}
