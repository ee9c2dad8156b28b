using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class CoordinatedPersonEvidenceTests
{
    private static List<(string Text, EntityLabel Label)> Recalled(Document document)
    {
        var vouched = new Dictionary<ulong, bool>();
        new PersonTitleEvidence(Lexicon.Default).Apply(document, document.Mentions, vouched);
        new CoordinatedPersonEvidence(Lexicon.Default).Apply(document, document.Mentions, vouched);
        new VouchedNameRecall(Lexicon.Default).Apply(document, document.Mentions, vouched, []);
        return MentionsOf(document);
    }

    [Fact]
    public void A_guessed_place_joined_to_a_person_is_a_person_there_and_everywhere_else()
    {
        var after = Labeled("Okafor and Nkemelu agreed. Nkemelu left.", ("Okafor", EntityLabel.Person), ("Nkemelu", EntityLabel.Location), ("Nkemelu", EntityLabel.Location));
        var before = Labeled("Nkemelu and Okafor agreed. Nkemelu left.", ("Nkemelu", EntityLabel.Location), ("Okafor", EntityLabel.Person), ("Nkemelu", EntityLabel.Location));

        Assert.All(Recalled(after), m => Assert.Equal(EntityLabel.Person, m.Label));
        Assert.All(Recalled(before), m => Assert.Equal(EntityLabel.Person, m.Label));
    }

    [Fact]
    public void An_untagged_word_joined_to_a_known_person_is_a_person()
    {
        var document = Labeled("Tom Okafor and Nkemelu agreed. Nkemelu left.", ("Tom Okafor", EntityLabel.Person));

        Assert.Equal([("Tom Okafor", EntityLabel.Person), ("Nkemelu", EntityLabel.Person), ("Nkemelu", EntityLabel.Person)], Recalled(document));
    }

    [Theory]
    [InlineData("Okafor and Jordan agreed.", "Jordan", false)] // a place the gazetteer knows
    [InlineData("Okafor and Acme agreed.", "Acme", true)]
    [InlineData("He watched \u201COkafor and Nkemelu,\u201D a film.", "Nkemelu", false)]
    public void Known_places_organizations_and_titles_keep_their_label(string text, string other, bool organization)
    {
        var label = organization ? EntityLabel.Organization : EntityLabel.Location;
        var document = Labeled(text, ("Okafor", EntityLabel.Person), (other, label));

        Assert.Equal((other, label), Recalled(document)[1]);
    }

    [Theory]
    [InlineData("He spoke on Fox and Friends.")] // a person no one vouched for, and a word the tagger left out
    [InlineData("Fox and Govs. Tom Okafor spoke.")]
    [InlineData("Fox or Friends spoke.")]
    public void Untagged_words_beside_an_unvouched_name_abbreviations_and_or_vouch_for_nothing(string text)
    {
        var document = Labeled(text, ("Fox", EntityLabel.Person));

        Assert.Equal([("Fox", EntityLabel.Person)], Recalled(document).Where(m => m.Text != "Tom Okafor"));
    }
}
