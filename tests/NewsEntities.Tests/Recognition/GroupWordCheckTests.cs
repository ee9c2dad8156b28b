using NewsEntities.Lexicons;
using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class GroupWordCheckTests
{
    [Fact]
    public void A_people_s_word_taken_for_a_person_or_a_body_is_no_entity()
    {
        var document = Labeled(
            "Muslims and Latinos voted, Hispanic leaders said, in Latino neighborhoods.",
            ("Muslims", EntityLabel.Person), ("Latinos", EntityLabel.Organization), ("Hispanic", EntityLabel.Person),
            ("Latino", EntityLabel.Location));

        new GroupWordCheck(Lexicon.Default).Apply(document, document.Mentions);

        // A place is left to the tagger: CoNLL-2003 tags some adjectives of place as places.
        Assert.Equal([EntityLabel.Misc, EntityLabel.Misc, EntityLabel.Misc, EntityLabel.Location], document.Mentions.Select(m => m.Label));
    }

    [Fact]
    public void A_given_name_or_a_surname_of_the_document_keeps_its_label()
    {
        var document = Labeled(
            "Mark Cuban spoke. Cuban said Christian agreed.",
            ("Mark Cuban", EntityLabel.Person), ("Cuban", EntityLabel.Person), ("Christian", EntityLabel.Person));

        new GroupWordCheck(Lexicon.Default).Apply(document, document.Mentions);

        Assert.All(document.Mentions, m => Assert.Equal(EntityLabel.Person, m.Label));
    }

    [Fact]
    public void The_pipeline_makes_no_entity_of_muslims()
    {
        var entities = NewsExtractor.CreateDefault().ExtractEntities(
            "Muslims in Ohio said they felt targeted. Several Muslims said the ban was cruel.");

        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Muslim", StringComparison.Ordinal));
    }
}
