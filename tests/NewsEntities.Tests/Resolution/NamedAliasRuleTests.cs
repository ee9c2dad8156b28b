using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Resolution;

/// <summary>One test per alias rule, on hand-labeled mentions, so each rule is checked on its own.</summary>
public sealed class NamedAliasRuleTests
{
    [Fact]
    public void A_surname_with_an_Arabic_article_joins_the_full_name()
    {
        var document = Resolve(
            "Azzam al-Ahmad led the delegation.\n\nAl-Ahmad said talks would resume.",
            ("Azzam al-Ahmad", EntityLabel.Person),
            ("Al-Ahmad", EntityLabel.Person));

        Assert.Same(ClusterOf(document, "Azzam al-Ahmad"), ClusterOf(document, "Al-Ahmad"));
        Assert.Equal("Azzam al-Ahmad", ClusterOf(document, "Al-Ahmad").Name);
    }

    [Fact]
    public void A_surname_with_a_particle_joins_the_full_name()
    {
        var document = Resolve(
            "Spokesman Nabil Abu Rudeineh spoke on Sunday. Abu Rudeineh said the decision was final.",
            ("Nabil Abu Rudeineh", EntityLabel.Person),
            ("Abu Rudeineh", EntityLabel.Person));

        Assert.Same(ClusterOf(document, "Nabil Abu Rudeineh"), ClusterOf(document, "Abu Rudeineh"));
    }

    [Fact]
    public void A_middle_initial_does_not_split_a_person_and_the_fuller_name_is_canonical()
    {
        var document = Resolve(
            "Lt. Gen. Michael R. Fenzel arrived. Michael Fenzel met officials.",
            ("Michael R. Fenzel", EntityLabel.Person),
            ("Michael Fenzel", EntityLabel.Person));

        Assert.Same(ClusterOf(document, "Michael R. Fenzel"), ClusterOf(document, "Michael Fenzel"));
        Assert.Equal("Michael R. Fenzel", ClusterOf(document, "Michael Fenzel").Name);
    }

    [Fact]
    public void A_nickname_joins_the_formal_given_name()
    {
        var document = Resolve(
            "William Burns arrived in Cairo. Bill Burns met officials.",
            ("William Burns", EntityLabel.Person),
            ("Cairo", EntityLabel.Location),
            ("Bill Burns", EntityLabel.Person));

        Assert.Same(ClusterOf(document, "William Burns"), ClusterOf(document, "Bill Burns"));
    }

    [Fact]
    public void The_USA_and_Britain_short_forms_are_one_place_each()
    {
        var document = Resolve(
            "The USA and the United States; the UK and Britain.",
            ("USA", EntityLabel.Location),
            ("United States", EntityLabel.Location),
            ("UK", EntityLabel.Location),
            ("Britain", EntityLabel.Location));

        Assert.Same(ClusterOf(document, "USA"), ClusterOf(document, "United States"));
        Assert.Same(ClusterOf(document, "UK"), ClusterOf(document, "Britain"));
        Assert.NotSame(ClusterOf(document, "UK"), ClusterOf(document, "USA"));
        Assert.Equal("United States", ClusterOf(document, "USA").Name);
    }

    [Fact]
    public void An_organization_name_with_and_without_the_article_is_one_entity()
    {
        var document = Resolve(
            "The Jerusalem Post reported it. Jerusalem Post editors agreed.",
            ("The Jerusalem Post", EntityLabel.Organization),
            ("Jerusalem Post", EntityLabel.Organization));

        Assert.Same(ClusterOf(document, "The Jerusalem Post"), ClusterOf(document, "Jerusalem Post"));
    }
}
