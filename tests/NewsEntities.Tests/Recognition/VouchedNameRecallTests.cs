using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class VouchedNameRecallTests
{
    private static List<(string Text, EntityLabel Label, int Start)> Recalled(Document document)
    {
        var vouched = new Dictionary<ulong, bool>();
        new PersonTitleEvidence(Lexicon.Default).Apply(document, document.Mentions, vouched);
        new VouchedNameRecall(Lexicon.Default).Apply(document, document.Mentions, vouched, []);
        return document.Mentions.Select(m => (document.TextOf(m.Tokens).ToString(), m.Label, document.StartOf(m.Tokens))).ToList();
    }

    [Fact]
    public void A_full_name_after_a_title_vouches_for_its_surname_too()
    {
        const string Text = "Okafor: \"We will win the state.\"\n\nPresident Tom Okafor spoke on Monday.";
        var document = Labeled(Text, ("Tom Okafor", EntityLabel.Person));

        Assert.Equal([("Okafor", EntityLabel.Person, 0), ("Tom Okafor", EntityLabel.Person, Text.IndexOf("Tom", StringComparison.Ordinal))], Recalled(document));
    }

    [Fact]
    public void A_vouched_surname_the_tagger_took_for_a_place_is_a_person_unless_the_gazetteer_knows_the_place()
    {
        const string Text = "Tom Okafor and Michael Jordan spoke. Okafor left for Jordan.";
        var document = Labeled(
            Text, ("Tom Okafor", EntityLabel.Person), ("Michael Jordan", EntityLabel.Person), ("Okafor", EntityLabel.Location), ("Jordan", EntityLabel.Location));

        Assert.Equal(
            [EntityLabel.Person, EntityLabel.Person, EntityLabel.Person, EntityLabel.Location],
            Recalled(document).Select(m => m.Label));
    }

    [Fact]
    public void A_surname_the_document_vouches_for_is_a_person_where_the_tagger_missed_it()
    {
        const string Text = "Tom Okafor spoke. Then Okafor left, and even as Okafor claimed it, Mr. Nkemelu stayed. Reluctantly, Nkemelu cheered.";
        var document = Labeled(Text, ("Tom Okafor", EntityLabel.Person), ("Nkemelu", EntityLabel.Person));

        Assert.Equal(
            [
                ("Tom Okafor", EntityLabel.Person, 0), ("Okafor", EntityLabel.Person, Text.IndexOf("Okafor left", StringComparison.Ordinal)),
                ("Okafor", EntityLabel.Person, Text.IndexOf("Okafor claimed", StringComparison.Ordinal)), ("Nkemelu", EntityLabel.Person, Text.IndexOf("Nkemelu stayed", StringComparison.Ordinal)),
                ("Nkemelu", EntityLabel.Person, Text.LastIndexOf("Nkemelu", StringComparison.Ordinal)),
            ],
            Recalled(document));
    }

    [Fact]
    public void A_vouched_surname_inside_another_name_or_a_compound_is_left_alone()
    {
        const string Text = "Tom Okafor spoke at Okafor Tower, then at the Main Okafor hall, to anti-Okafor protesters. OKAFOR WINS.";
        var document = Labeled(Text, ("Tom Okafor", EntityLabel.Person));

        Assert.Equal([("Tom Okafor", EntityLabel.Person, 0)], Recalled(document));
    }

    [Fact]
    public void With_no_evidence_nothing_is_added()
    {
        var document = Labeled("Okafor spoke. Then Okafor left.", ("Okafor", EntityLabel.Organization));

        Assert.Equal([("Okafor", EntityLabel.Organization, 0)], Recalled(document));
    }
}
