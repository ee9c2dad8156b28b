using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Resolution;

/// <summary>
/// Names that look alike but belong to different entities must stay apart. The mentions are labeled by hand, so
/// these test the resolver's rules, not the recognizer's guesses.
/// </summary>
public sealed class NearCollisionTests
{
    [Fact]
    public void Two_Cohens_in_one_article_stay_apart_and_a_bare_Cohen_joins_the_latest_before_it()
    {
        var document = Resolve(
            "Foreign Minister Eli Cohen spoke first. The lawyer Dana Cohen answered him. Cohen said the case was closed. Eli Cohen left.",
            ("Eli Cohen", EntityLabel.Person),
            ("Dana Cohen", EntityLabel.Person),
            ("Cohen", EntityLabel.Person),
            ("Eli Cohen", EntityLabel.Person));

        var eli = ClusterOf(document, "Eli Cohen");
        var dana = ClusterOf(document, "Dana Cohen");
        Assert.NotSame(eli, dana);
        Assert.Same(dana, ClusterOf(document, "Cohen"));
        Assert.Same(eli, ClusterOf(document, "Eli Cohen", 1));
    }

    [Fact]
    public void A_bare_surname_far_from_a_namesake_is_the_person_the_text_named_first()
    {
        // The namesake is near the first bare "Murphy", far from the second.
        var document = Resolve(
            "Senator Chris Murphy spoke first. Anne Marie Murphy, an aide, died at the school. Murphy was 52. "
            + "The committee met again on Tuesday and heard more witnesses about the dam. The committee met again on Tuesday and heard more witnesses about the dam. The committee met again on Tuesday and heard more witnesses about the dam. The committee met again on Tuesday and heard more witnesses about the dam. The committee met again on Tuesday and heard more witnesses about the dam. Murphy said the law must change.",
            ("Chris Murphy", EntityLabel.Person),
            ("Anne Marie Murphy", EntityLabel.Person),
            ("Murphy", EntityLabel.Person),
            ("Murphy", EntityLabel.Person));

        var chris = ClusterOf(document, "Chris Murphy");
        var anne = ClusterOf(document, "Anne Marie Murphy");
        Assert.NotSame(chris, anne);
        Assert.Same(anne, ClusterOf(document, "Murphy"));
        Assert.Same(chris, ClusterOf(document, "Murphy", 1));
    }

    [Fact]
    public void A_name_the_tagger_made_of_a_common_word_and_a_surname_takes_no_bare_surname_far_after_it()
    {
        // "Will Sanders" opens a question twice: "Will" is a given name the lexicon knows, but a common word too.
        var document = Resolve(
            "Will Sanders quit?\n\nBernie Sanders spoke in Vermont. Will Sanders stay? The committee met again on Tuesday and heard more witnesses about the dam. The committee met again on Tuesday and heard more witnesses about the dam. The committee met again on Tuesday and heard more witnesses about the dam. The committee met again on Tuesday and heard more witnesses about the dam. The committee met again on Tuesday and heard more witnesses about the dam. Sanders said he would stay.",
            ("Will Sanders", EntityLabel.Person),
            ("Bernie Sanders", EntityLabel.Person),
            ("Vermont", EntityLabel.Location),
            ("Will Sanders", EntityLabel.Person),
            ("Sanders", EntityLabel.Person));

        Assert.Same(ClusterOf(document, "Bernie Sanders"), ClusterOf(document, "Sanders"));
    }

    [Fact]
    public void Jordan_the_country_and_a_person_named_Jordan_stay_apart()
    {
        var document = Resolve(
            "Jordan closed its border. Michael Jordan, a businessman in Amman, said Jordan was right. Jordan added that he would stay.",
            ("Jordan", EntityLabel.Location),
            ("Michael Jordan", EntityLabel.Person),
            ("Amman", EntityLabel.Location),
            ("Jordan", EntityLabel.Location),
            ("Jordan", EntityLabel.Person));

        var country = ClusterOf(document, "Jordan");
        var person = ClusterOf(document, "Michael Jordan");
        Assert.NotSame(country, person);
        Assert.Same(country, ClusterOf(document, "Jordan", 1));
        Assert.Same(person, ClusterOf(document, "Jordan", 2));
        Assert.Equal("Jordan", country.Name);
        Assert.Equal("Michael Jordan", person.Name);
    }

    [Fact]
    public void Washington_the_city_the_government_and_a_person_stay_apart()
    {
        var document = Resolve(
            "In Washington, officials met. Washington warned Iran on Monday. Senator Ellen Washington said Washington had acted. Washington said she agreed.",
            ("Washington", EntityLabel.Location),
            ("Washington", EntityLabel.Organization),
            ("Iran", EntityLabel.Location),
            ("Ellen Washington", EntityLabel.Person),
            ("Washington", EntityLabel.Organization),
            ("Washington", EntityLabel.Person));

        var city = ClusterOf(document, "Washington");
        var government = ClusterOf(document, "Washington", 1);
        var person = ClusterOf(document, "Ellen Washington");
        Assert.NotSame(city, government);
        Assert.NotSame(city, person);
        Assert.NotSame(government, person);
        Assert.Same(government, ClusterOf(document, "Washington", 2));
        Assert.Same(person, ClusterOf(document, "Washington", 3));
    }

    [Fact]
    public void Two_organizations_whose_acronyms_share_letters_stay_apart()
    {
        var document = Resolve(
            "The Palestinian National Authority (PNA) and the Palestine National Council met. The PNA said little.",
            ("Palestinian National Authority", EntityLabel.Organization),
            ("PNA", EntityLabel.Organization),
            ("Palestine National Council", EntityLabel.Organization),
            ("PNA", EntityLabel.Organization));

        Assert.Same(ClusterOf(document, "Palestinian National Authority"), ClusterOf(document, "PNA", 1));
        Assert.NotSame(ClusterOf(document, "Palestinian National Authority"), ClusterOf(document, "Palestine National Council"));
    }
}
