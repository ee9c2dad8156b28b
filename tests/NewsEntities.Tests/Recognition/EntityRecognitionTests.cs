using NewsEntities.Recognition;
using static NewsEntities.Tests.Recognition.RecognitionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class EntityRecognitionTests
{
    [Fact]
    public void Titles_in_front_of_a_name_are_stripped_and_make_it_a_person()
    {
        var mentions = Mentions("The talks were led by Defence Minister Oren Talmi and Lieutenant General Kofi R. Mensah on Monday.");

        Assert.Contains(("Oren Talmi", EntityLabel.Person), mentions);
        Assert.Contains(("Kofi R. Mensah", EntityLabel.Person), mentions);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Minister", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_the_tagger_misses_in_a_short_text_is_a_person_where_it_speaks_a_quote()
    {
        var mentions = Mentions("Biden said on Monday that the economy was strong. \"Jobs are up,\" Biden told reporters.");

        Assert.Equal([("Biden", EntityLabel.Person), ("Biden", EntityLabel.Person)], mentions);
    }

    [Fact]
    public void A_country_in_front_of_a_title_is_a_place_of_its_own()
    {
        var mentions = Mentions("Officials said US Secretary of State Marta Oyelaran would arrive in Nairobi later.");

        Assert.Contains(("US", EntityLabel.Location), mentions);
        Assert.Contains(("Marta Oyelaran", EntityLabel.Person), mentions);
        Assert.Contains(("Nairobi", EntityLabel.Location), mentions);
    }

    [Fact]
    public void An_acronym_before_a_title_is_an_organization()
    {
        var mentions = Mentions("He met FBI Director Samuel Okoro in private.");

        Assert.Contains(("FBI", EntityLabel.Organization), mentions);
        Assert.Contains(("Samuel Okoro", EntityLabel.Person), mentions);
    }

    [Fact]
    public void Organization_keywords_type_unknown_names()
    {
        var mentions = Mentions("A statement from the Lakeside Water Authority was read by the Office of Regional Planning today.");

        Assert.Contains(("Lakeside Water Authority", EntityLabel.Organization), mentions);
        Assert.Contains(("Office of Regional Planning", EntityLabel.Organization), mentions);
    }

    [Fact]
    public void Nationality_words_are_misc_and_never_public_entities()
    {
        var entities = NewsExtractor.CreateDefault().ExtractEntities("Kenyan officials met Ethiopian and Somali delegates.");

        Assert.Empty(entities);
    }

    [Fact]
    public void Arabic_names_with_particles_are_people()
    {
        var mentions = Mentions("The deal was announced by spokesman Tariq Abu Zaher and Senior adviser Faris al-Hamdan in a statement.");

        Assert.Contains(("Tariq Abu Zaher", EntityLabel.Person), mentions);
        Assert.Contains(("Faris al-Hamdan", EntityLabel.Person), mentions);
    }

    [Fact]
    public void Two_unknown_capitalized_words_in_prose_are_a_person()
    {
        var mentions = Mentions("The report was written by Oyelaran Bakare, who visited the camp.");

        Assert.Contains(("Oyelaran Bakare", EntityLabel.Person), mentions);
    }

    [Fact]
    public void Common_words_that_open_a_sentence_are_not_names()
    {
        var mentions = Mentions("Mapping Terrorism is hard. Heightened tensions followed. Actions speak, the actions of many.");

        Assert.Empty(mentions);
    }

    [Fact]
    public void News_outlets_are_organizations()
    {
        var mentions = Mentions("The minister told Reuters and Al Jazeera that talks would resume.");

        Assert.Contains(("Reuters", EntityLabel.Organization), mentions);
        Assert.Contains(("Al Jazeera", EntityLabel.Organization), mentions);
    }

    [Fact]
    public void A_place_after_town_of_is_a_location()
    {
        var mentions = Mentions("Clashes broke out in the town of Qarawat overnight.");

        Assert.Contains(("Qarawat", EntityLabel.Location), mentions);
    }

    [Fact]
    public void Direction_words_keep_a_known_place_a_place()
    {
        var mentions = Mentions("Protests spread to East Nairobi and the Gaza Strip.");

        Assert.Contains(("East Nairobi", EntityLabel.Location), mentions);
        Assert.Contains(("Gaza Strip", EntityLabel.Location), mentions);
    }
}
