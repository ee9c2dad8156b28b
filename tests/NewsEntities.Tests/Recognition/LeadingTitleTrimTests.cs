using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class LeadingTitleTrimTests
{
    [Fact]
    public void A_title_opening_a_persons_mention_is_taken_off_but_a_popes_and_other_labels_stay()
    {
        var document = Labeled(
            "He asked Mayor Bill de Blasio and Justice Scalia, then Sen. Gen. Ray Hale, Pope Francis, Sen. A. and the Justice Department.",
            ("Mayor Bill de Blasio", EntityLabel.Person), ("Justice Scalia", EntityLabel.Person), ("Sen. Gen. Ray Hale", EntityLabel.Person),
            ("Pope Francis", EntityLabel.Person), ("Sen. A.", EntityLabel.Person), ("Justice Department", EntityLabel.Organization));

        LeadingTitleTrim.Apply(document, document.Mentions);

        Assert.Equal(
            ["Bill de Blasio", "Scalia", "Ray Hale", "Pope Francis", "Sen. A.", "Justice Department"],
            document.Mentions.Select(m => document.Slice(document.StartOf(m.Tokens), document.EndOf(m.Tokens))));
    }

    [Fact]
    public void A_trimmed_title_leaves_the_persons_name_and_lets_it_join_its_full_form()
    {
        var result = NewsExtractor.CreateDefault().Analyze(
            "He asked Mayor Bill de Blasio to restart surveillance of mosques. De Blasio said no.\n\nJustice Scalia wrote for the court. "
            + "Antonin Scalia was the senior justice.");

        Assert.Contains(result.Entities, e => e.Name == "Bill de Blasio");
        var scalia = Assert.Single(result.Entities, e => e.Name == "Antonin Scalia");
        Assert.Contains(scalia.Mentions, m => m.Text == "Scalia");
        Assert.DoesNotContain(result.Entities, e => e.Name.StartsWith("Mayor", StringComparison.Ordinal) || e.Name.StartsWith("Justice", StringComparison.Ordinal));
    }
}
