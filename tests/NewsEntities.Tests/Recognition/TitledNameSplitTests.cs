using NewsEntities.Lexicons;
using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class TitledNameSplitTests
{
    [Fact]
    public void An_organization_a_title_and_a_person_s_name_read_as_one_mention_are_split()
    {
        var document = Labeled(
            "DNC Chair Debbie Wasserman Schultz met Supreme Court Justice Ruth Bader Ginsburg.",
            ("DNC Chair Debbie Wasserman Schultz", EntityLabel.Organization), ("Supreme Court Justice Ruth Bader Ginsburg", EntityLabel.Person));

        new TitledNameSplit(Lexicon.Default).Apply(document, document.Mentions, []);

        Assert.Equal(
            [("DNC", EntityLabel.Organization), ("Debbie Wasserman Schultz", EntityLabel.Person), ("Supreme Court", EntityLabel.Organization), ("Ruth Bader Ginsburg", EntityLabel.Person)],
            document.Mentions.Select(m => (document.Slice(document.StartOf(m.Tokens), document.EndOf(m.Tokens)), m.Label)));
    }

    [Theory]
    [InlineData("Massachusetts General Hospital")]
    [InlineData("National Director of Government Affairs")]
    [InlineData("Chief Justice John Roberts")]
    public void A_title_inside_a_name_or_in_front_of_it_leaves_the_mention_whole(string name)
    {
        var document = Labeled($"{name} spoke.", (name, EntityLabel.Organization));

        new TitledNameSplit(Lexicon.Default).Apply(document, document.Mentions, []);

        var mention = Assert.Single(document.Mentions);
        Assert.Equal(name, document.Slice(document.StartOf(mention.Tokens), document.EndOf(mention.Tokens)));
    }
}
