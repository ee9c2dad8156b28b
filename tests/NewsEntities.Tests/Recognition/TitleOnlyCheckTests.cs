using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class TitleOnlyCheckTests
{
    [Fact]
    public void A_title_abbreviation_right_before_a_name_is_no_name_but_a_team_s_nickname_is()
    {
        var document = Labeled(
            "Sens. Ted Cruz and Marco Rubio voted no. The Sens won in Ottawa. Reps . Jim Hall spoke. Sens. They left Boston.",
            ("Sens", EntityLabel.Organization), ("Ted Cruz", EntityLabel.Person), ("Marco Rubio", EntityLabel.Person),
            ("Sens", EntityLabel.Organization), ("Ottawa", EntityLabel.Location), ("Reps", EntityLabel.Organization),
            ("Jim Hall", EntityLabel.Person), ("Sens", EntityLabel.Organization), ("Boston", EntityLabel.Location));

        TitleOnlyCheck.Apply(document, document.Mentions);

        // Kept: the team, a title whose period is not its own, and one before no recognized name.
        Assert.Equal(
            ["Ted Cruz", "Marco Rubio", "Sens", "Ottawa", "Reps", "Jim Hall", "Sens", "Boston"],
            document.Mentions.Select(m => document.Slice(document.StartOf(m.Tokens), document.EndOf(m.Tokens))));
    }

    [Fact]
    public void The_pipeline_keeps_the_senators_and_drops_their_title()
    {
        var entities = NewsExtractor.CreateDefault().ExtractEntities("Sens. Ted Cruz and Marco Rubio voted against the bill on Tuesday.");

        Assert.DoesNotContain(entities, e => e.Name == "Sens");
        Assert.Contains(entities, e => e.Name == "Ted Cruz" && e.Type == EntityType.Person);
    }
}
