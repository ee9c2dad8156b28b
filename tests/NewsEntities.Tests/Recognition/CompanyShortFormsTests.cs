using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using static NewsEntities.Tests.Recognition.RecognitionTestKit;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class CompanyShortFormsTests
{
    [Fact]
    public void The_first_word_of_a_listed_company_used_alone_is_the_company()
    {
        var document = Labeled(
            "Goldman Sachs reports next week. Analysts at Goldman expect a rebound, Goldman said.",
            ("Goldman Sachs", EntityLabel.Organization), ("Goldman", EntityLabel.Location), ("Goldman", EntityLabel.Person));

        Shorten(document);

        Assert.All(Mentions(document), m => Assert.Equal(EntityLabel.Organization, m.Label));
    }

    [Theory]
    [InlineData("Morgan Freeman praised Morgan Stanley. Morgan said he was pleased.", "Morgan Freeman", "Morgan Stanley", "Morgan")] // a person's name
    [InlineData("Goldman Partners hired Goldman.", "Goldman Partners", "Goldman", null)] // no listed company
    public void A_word_that_also_names_a_person_or_starts_no_listed_company_keeps_its_label(string text, string first, string second, string? third)
    {
        var labels = third is null
            ? new[] { (first, EntityLabel.Organization), (second, EntityLabel.Person) }
            : [(first, EntityLabel.Person), (second, EntityLabel.Organization), (third, EntityLabel.Person)];
        var document = Labeled(text, labels);

        Shorten(document);

        Assert.Equal(EntityLabel.Person, Mentions(document)[^1].Label);
    }

    [Fact]
    public void Through_the_pipeline_the_short_form_joins_the_company()
    {
        var entities = NewsExtractor.CreateDefault().ExtractEntities(
            "Goldman Sachs reports next week. Analysts at Goldman expect a rebound. Goldman said it would grow.");

        var goldman = Assert.Single(entities, e => e.Name == "Goldman Sachs");
        Assert.Equal(3, goldman.Mentions.Count);
    }

    private static void Shorten(Document document) => new CompanyShortForms(Lexicon.Default).Apply(document, document.Mentions);
}
