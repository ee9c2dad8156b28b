using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Resolution;

public sealed class OrganizationAndPlaceAliasTests
{
    [Fact]
    public void An_acronym_defined_in_brackets_joins_its_name()
    {
        var document = Run("The National Water Council (NWC) met on Monday. The NWC said supplies were low.");

        Assert.Same(ClusterOf(document, "National Water Council"), ClusterOf(document, "NWC", 1));
        Assert.Equal("National Water Council", ClusterOf(document, "NWC").Name);
    }

    [Fact]
    public void A_one_word_short_form_joins_the_longer_name_whose_head_or_owner_it_is()
    {
        var document = Resolve(
            "The New York Times and Goldman Sachs met. Goldman told The Times that the Bureau of Prisons and the Bureau agreed.",
            ("The New York Times", EntityLabel.Organization), ("Goldman Sachs", EntityLabel.Organization), ("Goldman", EntityLabel.Organization),
            ("The Times", EntityLabel.Organization), ("Bureau of Prisons", EntityLabel.Organization), ("Bureau", EntityLabel.Organization));

        Assert.Same(ClusterOf(document, "The New York Times"), ClusterOf(document, "The Times"));
        Assert.Same(ClusterOf(document, "Goldman Sachs"), ClusterOf(document, "Goldman"));
        Assert.Same(ClusterOf(document, "Bureau of Prisons"), ClusterOf(document, "Bureau"));
        Assert.Equal("The New York Times", ClusterOf(document, "The Times").Name);
    }

    [Fact]
    public void A_one_word_name_that_is_no_short_form_stays_apart()
    {
        const EntityLabel Org = EntityLabel.Organization;

        // Two longer names own the word.
        var fox = Resolve("Fox News and Fox Business covered it. Fox said so.", ("Fox News", Org), ("Fox Business", Org), ("Fox", Org));
        Assert.NotSame(ClusterOf(fox, "Fox News"), ClusterOf(fox, "Fox"));
        Assert.NotSame(ClusterOf(fox, "Fox Business"), ClusterOf(fox, "Fox"));

        // "Democrats" is no suffix that news drops, and a legislature is itself.
        var senate = Resolve("Senate Democrats met. The Senate voted.", ("Senate Democrats", Org), ("Senate", Org));
        Assert.NotSame(ClusterOf(senate, "Senate Democrats"), ClusterOf(senate, "Senate"));
        var congress = Resolve("The American Congress of Obstetricians met. Congress voted.", ("American Congress of Obstetricians", Org), ("Congress", Org));
        Assert.NotSame(ClusterOf(congress, "American Congress of Obstetricians"), ClusterOf(congress, "Congress"));

        // The short form came first.
        var zika = Resolve("Zika spread. A House Zika bill failed.", ("Zika", Org), ("House Zika", Org));
        Assert.NotSame(ClusterOf(zika, "House Zika"), ClusterOf(zika, "Zika"));

        // A place.
        var washington = Resolve("The Washington Post said Washington would act.", ("The Washington Post", Org), ("Washington", Org));
        Assert.NotSame(ClusterOf(washington, "The Washington Post"), ClusterOf(washington, "Washington"));
    }

    [Fact]
    public void An_ampersand_stays_in_the_name_and_words_written_together_stay_together()
    {
        var document = Resolve(
            "Johnson & Johnson cut jobs at Texas A&M University and Goldman, Sachs.",
            ("Johnson & Johnson", EntityLabel.Organization), ("Texas A&M University", EntityLabel.Organization), ("Goldman, Sachs", EntityLabel.Organization));

        Assert.Equal("Johnson & Johnson", ClusterOf(document, "Johnson & Johnson").Name);
        Assert.Equal("Texas A&M University", ClusterOf(document, "Texas A&M University").Name);
        Assert.Equal("Goldman Sachs", ClusterOf(document, "Goldman, Sachs").Name);
    }

    [Fact]
    public void An_acronym_of_the_initials_joins_the_name()
    {
        var document = Run("The KWS warned hikers. Rangers of the Kenya Wildlife Service closed two trails.");

        Assert.Same(ClusterOf(document, "KWS"), ClusterOf(document, "Kenya Wildlife Service"));
    }

    [Fact]
    public void A_known_short_form_that_is_no_acronym_joins_the_name_before_or_after_it()
    {
        var after = Resolve(
            "The Federal Reserve held rates steady. The Fed said inflation was still high.",
            ("Federal Reserve", EntityLabel.Organization), ("Fed", EntityLabel.Organization));
        Assert.Same(ClusterOf(after, "Federal Reserve"), ClusterOf(after, "Fed"));

        var before = Resolve(
            "The Fed held rates steady. Later the Federal Reserve said inflation was still high.",
            ("Fed", EntityLabel.Organization), ("Federal Reserve", EntityLabel.Organization));
        Assert.Same(ClusterOf(before, "Federal Reserve"), ClusterOf(before, "Fed"));
    }

    [Fact]
    public void A_shorter_name_whose_words_run_through_the_longer_joins_it()
    {
        var document = Run("The Somali National Authority rejected the plan. Later the Somali Authority softened.");

        Assert.Same(ClusterOf(document, "Somali National Authority"), ClusterOf(document, "Somali Authority"));
    }

    [Fact]
    public void Different_organizations_with_one_shared_word_stay_apart()
    {
        var document = Run("The Water Authority and the Energy Authority disagreed.");

        Assert.NotSame(ClusterOf(document, "Water Authority"), ClusterOf(document, "Energy Authority"));
    }

    [Fact]
    public void Standard_short_forms_of_a_country_are_one_place()
    {
        var document = Run("The US and the U.S. Congress; the United States said so.");

        var us = ClusterOf(document, "US");
        Assert.Same(us, ClusterOf(document, "United States"));
        Assert.Equal("United States", us.Name);
    }

    [Theory]
    [InlineData("The Jerusalem Post", "jerusalem post")]
    [InlineData("Al-Aqsa  Martyrs' Brigades", "al aqsa martyrs' brigades")]
    [InlineData(" -The Hague- Group ", "hague group")]
    [InlineData("UNESCO", "unesco")]
    [InlineData("Macy\u2019s", "macy's")]
    [InlineData("", "")]
    public void Organization_keys_ignore_case_hyphens_runs_of_spaces_typographic_apostrophes_and_a_leading_article(string name, string key)
    {
        Assert.Equal(key, NewsEntities.Resolution.OrganizationNames.Key(name));
    }

    [Fact]
    public void A_long_organization_name_gets_its_key_too()
    {
        string name = string.Join(' ', Enumerable.Repeat("Water", 200));

        Assert.Equal(name.ToLowerInvariant(), NewsEntities.Resolution.OrganizationNames.Key(name));
    }
}
