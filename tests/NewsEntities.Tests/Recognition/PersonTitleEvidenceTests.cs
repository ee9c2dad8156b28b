using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class PersonTitleEvidenceTests
{
    private static List<(string Text, EntityLabel Label)> Corrected(Document document)
    {
        new PersonTitleEvidence(Lexicon.Default).Apply(document, document.Mentions, []);
        return document.Mentions.Select(m => (document.Slice(document.StartOf(m.Tokens), document.EndOf(m.Tokens)), m.Label)).ToList();
    }

    [Fact]
    public void A_name_a_title_introduces_is_a_person_wherever_the_tagger_made_it_an_organization()
    {
        var document = Labeled(
            "Okafor pushes on.\n\nPresident Okafor spoke on Monday. Okafor left, and Acme Corp. stayed.",
            ("Okafor", EntityLabel.Organization), ("Okafor", EntityLabel.Organization), ("Okafor", EntityLabel.Organization),
            ("Acme Corp.", EntityLabel.Organization));

        Assert.Equal(
            [("Okafor", EntityLabel.Person), ("Okafor", EntityLabel.Person), ("Okafor", EntityLabel.Person), ("Acme Corp.", EntityLabel.Organization)],
            Corrected(document));
    }

    [Fact]
    public void A_name_that_heads_an_administration_is_a_person()
    {
        var document = Labeled(
            "How has the Okafor administration responded? Okafor said little.",
            ("Okafor", EntityLabel.Organization), ("Okafor", EntityLabel.Organization));

        Assert.Equal([("Okafor", EntityLabel.Person), ("Okafor", EntityLabel.Person)], Corrected(document));

        // A country's administration is its government; a town the tagger took the name for is no country.
        Assert.Equal([("Ukraine", EntityLabel.Location)], Corrected(Labeled("The Ukraine administration sued.", ("Ukraine", EntityLabel.Location))));
        Assert.Equal([("Obama", EntityLabel.Person)], Corrected(Labeled("The Obama administration sued.", ("Obama", EntityLabel.Location))));
    }

    [Fact]
    public void A_full_name_taken_for_an_organization_is_a_person_when_a_title_introduces_its_surname_elsewhere()
    {
        var document = Labeled(
            "Barundi Okafor spoke on Monday. Later, President Okafor left, and Team Okafor stayed.",
            ("Barundi Okafor", EntityLabel.Organization), ("Okafor", EntityLabel.Person), ("Team Okafor", EntityLabel.Organization));

        Assert.Equal([EntityLabel.Person, EntityLabel.Person, EntityLabel.Organization], Corrected(document).Select(m => m.Label));

        // A full name vouches for its surname, but not for every other name that ends with it.
        var untitled = Labeled(
            "Barundi Okafor spoke on Monday. Later, Tom Okafor left.",
            ("Barundi Okafor", EntityLabel.Organization), ("Tom Okafor", EntityLabel.Person));
        Assert.Equal([EntityLabel.Organization, EntityLabel.Person], Corrected(untitled).Select(m => m.Label));
    }

    [Fact]
    public void A_full_name_with_a_known_given_name_vouches_for_its_surname_but_not_for_a_known_organization()
    {
        var document = Labeled(
            "Tom Okafor and Michael Bloomberg spoke. Okafor left, Bloomberg reported, and Super Glass-Steagall stayed. Glass-Steagall cheered.",
            ("Tom Okafor", EntityLabel.Person), ("Michael Bloomberg", EntityLabel.Person), ("Okafor", EntityLabel.Organization),
            ("Bloomberg", EntityLabel.Organization), ("Super Glass-Steagall", EntityLabel.Person), ("Glass-Steagall", EntityLabel.Organization));

        Assert.Equal(
            [EntityLabel.Person, EntityLabel.Person, EntityLabel.Person, EntityLabel.Organization, EntityLabel.Person, EntityLabel.Organization],
            Corrected(document).Select(m => m.Label));
    }

    [Fact]
    public void Al_or_Ben_before_a_surname_is_a_given_name_but_a_listed_body_keeps_its_article()
    {
        var document = Labeled(
            "Al Okafor and Ben Nkemelu met Al Jazeera and Al-Qaeda experts. Okafor spoke.",
            ("Al Okafor", EntityLabel.Organization), ("Ben Nkemelu", EntityLabel.Organization), ("Al Jazeera", EntityLabel.Organization),
            ("Al-Qaeda", EntityLabel.Organization), ("Okafor", EntityLabel.Organization));

        Assert.Equal(
            [EntityLabel.Person, EntityLabel.Person, EntityLabel.Organization, EntityLabel.Organization, EntityLabel.Person],
            Corrected(document).Select(m => m.Label));
    }

    [Fact]
    public void A_full_name_with_a_given_name_the_lists_lack_vouches_for_a_plainly_written_surname_only()
    {
        var document = Labeled(
            "Zorbak Okafor and Junge SVP spoke. Okafor left and SVP stayed.",
            ("Zorbak Okafor", EntityLabel.Person), ("Junge SVP", EntityLabel.Person), ("Okafor", EntityLabel.Organization),
            ("SVP", EntityLabel.Organization));

        Assert.Equal(
            [EntityLabel.Person, EntityLabel.Person, EntityLabel.Person, EntityLabel.Organization],
            Corrected(document).Select(m => m.Label));
    }

    [Fact]
    public void A_full_name_vouches_for_its_two_surnames_together()
    {
        var document = Labeled(
            "Debbie Wasserman Ortiz resigned. Wasserman Ortiz left.",
            ("Debbie Wasserman Ortiz", EntityLabel.Person), ("Wasserman Ortiz", EntityLabel.Organization));

        Assert.Equal([("Debbie Wasserman Ortiz", EntityLabel.Person), ("Wasserman Ortiz", EntityLabel.Person)], Corrected(document));
    }

    [Fact]
    public void A_place_becomes_a_person_only_right_after_the_title()
    {
        var document = Labeled(
            "Mr. Jordan flew to Jordan, and Jordan welcomed him.",
            ("Jordan", EntityLabel.Location), ("Jordan", EntityLabel.Location), ("Jordan", EntityLabel.Location));

        Assert.Equal(
            [("Jordan", EntityLabel.Person), ("Jordan", EntityLabel.Location), ("Jordan", EntityLabel.Location)],
            Corrected(document));
    }

    [Fact]
    public void A_lower_case_title_is_no_evidence()
    {
        var document = Labeled("The president Okafor Holdings named left.", ("Okafor Holdings", EntityLabel.Organization));

        Assert.Equal([("Okafor Holdings", EntityLabel.Organization)], Corrected(document));
    }
}
