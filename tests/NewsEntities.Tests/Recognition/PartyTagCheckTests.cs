using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class PartyTagCheckTests
{
    [Fact]
    public void A_party_and_state_tag_is_no_entity_but_names_that_look_alike_stay()
    {
        var document = Labeled(
            "Sen. Ann Lee (D-Mass.) and Rep. Tom Hale, R-Texas, met Sen. Ed Ray (I-Vt.) at R-Tech and in D-Block 9.",
            ("Ann Lee", EntityLabel.Person), ("D-Mass", EntityLabel.Organization), ("Tom Hale", EntityLabel.Person),
            ("R-Texas", EntityLabel.Organization), ("Ed Ray", EntityLabel.Person), ("I-Vt", EntityLabel.Organization),
            ("R-Tech", EntityLabel.Organization), ("D-Block 9", EntityLabel.Location));

        PartyTagCheck.Apply(document, document.Mentions);

        Assert.Equal(
            ["Ann Lee", "Tom Hale", "Ed Ray", "R-Tech", "D-Block 9"],
            document.Mentions.Select(m => document.Slice(document.StartOf(m.Tokens), document.EndOf(m.Tokens))));
    }

    [Fact]
    public void The_second_part_of_a_two_part_state_in_a_tag_is_no_place_but_the_same_word_elsewhere_stays()
    {
        var document = Labeled(
            "Sen. Ann Lee (D-W.Va.) and Rep. Tom Hale, R-N.H., met Dr. Va Smith in the U.K. on Monday.",
            ("Ann Lee", EntityLabel.Person), ("Va", EntityLabel.Location), ("Tom Hale", EntityLabel.Person),
            ("H.", EntityLabel.Location), ("Va Smith", EntityLabel.Person), ("U.K.", EntityLabel.Location));

        PartyTagCheck.Apply(document, document.Mentions);

        Assert.Equal(
            ["Ann Lee", "Tom Hale", "Va Smith", "U.K."],
            document.Mentions.Select(m => document.Slice(document.StartOf(m.Tokens), document.EndOf(m.Tokens))));
    }
}
