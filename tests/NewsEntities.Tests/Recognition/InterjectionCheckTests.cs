using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class InterjectionCheckTests
{
    [Fact]
    public void A_two_letter_place_in_mixed_case_is_an_interjection_unless_a_period_abbreviates_it()
    {
        var document = Labeled(
            "Oh, okay. LOUISVILLE, Ky. (AP) - Hi, all. Berea, OH, voted.",
            ("Oh", EntityLabel.Location), ("LOUISVILLE", EntityLabel.Location), ("Ky", EntityLabel.Location), ("Hi", EntityLabel.Location),
            ("Berea", EntityLabel.Location), ("OH", EntityLabel.Location));

        InterjectionCheck.Apply(document, document.Mentions);

        Assert.Equal(
            ["LOUISVILLE", "Ky", "Berea", "OH"],
            document.Mentions.Select(m => document.Slice(document.StartOf(m.Tokens), document.EndOf(m.Tokens))));
    }
}
