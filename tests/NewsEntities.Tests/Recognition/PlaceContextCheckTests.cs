using NewsEntities.Lexicons;
using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class PlaceContextCheckTests
{
    private static EntityLabel LabelAfterCheck(string text, string name)
    {
        var document = Labeled(text, (name, EntityLabel.Organization));
        new PlaceContextCheck(Lexicon.Default).Apply(document, document.Mentions);
        return Assert.Single(document.Mentions).Label;
    }

    [Theory]
    [InlineData("Texas Sen. Ted Cruz spoke on Monday.", "Texas")]
    [InlineData("Boston Mayor Marty Walsh spoke on Monday.", "Boston")]
    [InlineData("Delegates arrived in Cleveland on Monday.", "Cleveland")]
    [InlineData("Rallies were held across Florida on Monday.", "Florida")]
    [InlineData("Lobbyists flocked in Washington on Monday.", "Washington")]
    [InlineData("Trump fever.\n\nCleveland (AFP) – The convention opened.", "Cleveland")]
    [InlineData("Trump fever.\n\nTALLAHASSEE — The convention opened.", "TALLAHASSEE")]
    [InlineData("Trump fever.\n\nPHILADELPHIA (AP) -- The convention opened.", "PHILADELPHIA")]
    [InlineData("Trump fever.\r\rCleveland (AFP) – The convention opened.", "Cleveland")]
    [InlineData("Trump fever.\u2029Cleveland (AFP) – The convention opened.", "Cleveland")]
    public void A_known_place_before_a_title_after_a_preposition_of_place_or_in_a_dateline_is_a_place(string text, string name)
    {
        Assert.Equal(EntityLabel.Location, LabelAfterCheck(text, name));
    }

    [Theory]
    [InlineData("Cleveland beat Boston on Monday.", "Cleveland")]
    [InlineData("Thome was acquired from Cleveland this season.", "Cleveland")]
    [InlineData("Results.\n\nAlba (Germany) 3 points.", "Alba")]
    [InlineData("Biden served in Obama's cabinet.", "Obama")]
    [InlineData("Delegates met in Bolton on Monday.", "Bolton")]
    [InlineData("The former UN Ambassador John Bolton spoke.", "UN")]
    [InlineData("The report appeared in Xinhua on Monday.", "Xinhua")]
    [InlineData("Jobs were cut in Toyota and Honda plants.", "Toyota")]
    [InlineData("Results.\n\nCleveland (Ohio) - 12 wins.", "Cleveland")]
    public void A_team_a_possessor_a_surname_or_a_body_keeps_the_organization(string text, string name)
    {
        Assert.Equal(EntityLabel.Organization, LabelAfterCheck(text, name));
    }

    [Fact]
    public void The_pipeline_reads_a_senator_s_state_as_a_place()
    {
        // Measured with and without the check: the tagger alone makes "Texas" an organization here.
        var entities = NewsExtractor.CreateDefault().ExtractEntities("Texas Sen. Ted Cruz spoke in Cleveland on Monday.");

        Assert.Contains(entities, e => e.Name == "Texas" && e.Type == EntityType.Location);
    }
}
