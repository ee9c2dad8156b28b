using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using static NewsEntities.Tests.Recognition.RecognitionTestKit;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class CoordinatedNameSplitTests
{
    [Fact]
    public void Two_names_of_several_words_read_as_one_organization_are_split()
    {
        var document = Labeled("BuzzFeed News and Yahoo News reported it.", ("BuzzFeed News and Yahoo News", EntityLabel.Organization));

        Split(document);

        Assert.Equal([("BuzzFeed News", EntityLabel.Organization), ("Yahoo News", EntityLabel.Organization)], Mentions(document));
    }

    [Fact]
    public void A_single_word_side_is_split_off_when_the_document_names_it_alone()
    {
        var document = Labeled(
            "Citigroup and Wells Fargo reported profits. Citigroup said costs fell.",
            ("Citigroup and Wells Fargo", EntityLabel.Organization), ("Citigroup", EntityLabel.Organization));

        Split(document);

        Assert.Equal(
            [("Citigroup", EntityLabel.Organization), ("Wells Fargo", EntityLabel.Organization), ("Citigroup", EntityLabel.Organization)],
            Mentions(document));
    }

    [Fact]
    public void A_country_split_off_an_organization_is_a_place()
    {
        var document = Labeled("France and Deutsche Bank agreed.", ("France and Deutsche Bank", EntityLabel.Organization));

        Split(document);

        Assert.Equal([("France", EntityLabel.Location), ("Deutsche Bank", EntityLabel.Organization)], Mentions(document));
    }

    [Theory]
    [InlineData("Securities and Exchange Commission", "It sued.")]
    [InlineData("U.S. Food and Drug Administration", "It ruled.")]
    [InlineData("Doral Golf Resort and Spa", "It opened.")]
    [InlineData("Duff and Phelps", "It rated the bonds.")]
    [InlineData("Organisation for Security and Cooperation in Europe", "It met.")]
    [InlineData("Transatlantic Trade and Investment Partnership", "(TTIP) stalled.")]
    public void A_name_whose_and_joins_the_words_of_one_name_stays_whole(string name, string rest)
    {
        var document = Labeled($"The {name} {rest}", (name, EntityLabel.Organization));

        Split(document);

        Assert.Equal([(name, EntityLabel.Organization)], Mentions(document));
    }

    [Fact]
    public void One_word_and_a_headed_name_stay_whole_even_when_the_word_is_named_alone()
    {
        var document = Labeled(
            "The Parks and Recreation Department agreed with the Parks commissioner.",
            ("Parks and Recreation Department", EntityLabel.Organization), ("Parks", EntityLabel.Organization));

        Split(document);

        Assert.Equal(("Parks and Recreation Department", EntityLabel.Organization), Mentions(document)[0]);
    }

    [Fact]
    public void Places_and_persons_are_left_whole()
    {
        var document = Labeled(
            "Trinidad and Tobago hosted Bill and Hillary Clinton.",
            ("Trinidad and Tobago", EntityLabel.Location), ("Bill and Hillary Clinton", EntityLabel.Person));

        Split(document);

        Assert.Equal([("Trinidad and Tobago", EntityLabel.Location), ("Bill and Hillary Clinton", EntityLabel.Person)], Mentions(document));
    }

    [Fact]
    public void Through_the_recognizer_two_banks_with_their_own_mentions_are_two_entities()
    {
        var entities = NewsExtractor.CreateDefault().ExtractEntities(
            "Citigroup and Wells Fargo reported higher profits on Friday. Citigroup said costs fell, and Wells Fargo said loans grew.");

        Assert.Contains(entities, e => e.Name == "Citigroup" && e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Name == "Wells Fargo" && e.Type == EntityType.Organization);
        Assert.DoesNotContain(entities, e => e.Name.Contains(" and ", StringComparison.Ordinal));
    }

    private static void Split(Document document) => new CoordinatedNameSplit(Lexicon.Default).Apply(document, document.Mentions);
}
