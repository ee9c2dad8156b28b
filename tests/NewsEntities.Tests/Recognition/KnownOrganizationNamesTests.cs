using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class KnownOrganizationNamesTests
{
    [Fact]
    public void A_company_the_tagger_took_for_a_person_a_place_or_another_name_is_an_organization()
    {
        var document = Labeled(
            "Google and Tesla hired JPMorgan Chase and OpenAI.",
            ("Google", EntityLabel.Person), ("Tesla", EntityLabel.Location), ("JPMorgan Chase", EntityLabel.Person), ("OpenAI", EntityLabel.Misc));

        Correct(document);

        Assert.All(document.Mentions, m => Assert.Equal(EntityLabel.Organization, m.Label));
    }

    [Fact]
    public void A_listed_outlet_or_body_taken_for_a_place_or_another_name_is_an_organization_but_a_person_stays_one()
    {
        var document = Labeled(
            "Al-Arabiya said ISIS had fled, and Bloomberg agreed.",
            ("Al-Arabiya", EntityLabel.Location), ("ISIS", EntityLabel.Misc), ("Bloomberg", EntityLabel.Person));

        Correct(document);

        // "Bloomberg said" is as often Michael Bloomberg: a person the tagger saw stays a person.
        Assert.Equal([EntityLabel.Organization, EntityLabel.Organization, EntityLabel.Person], document.Mentions.Select(m => m.Label));
    }

    [Fact]
    public void A_wire_service_in_a_dateline_is_an_organization()
    {
        // The tagger makes "UPI" another name here; before the list knew it, it stayed one.
        var entities = NewsExtractor.CreateDefault().ExtractEntities("Nov. 16 (UPI) - Officials said on Monday that the talks would resume.");

        Assert.Contains(entities, e => e.Name == "UPI" && e.Type == EntityType.Organization);
    }

    [Fact]
    public void A_person_name_ending_in_an_organization_head_is_an_organization_but_a_plural_looking_surname_is_not()
    {
        var document = Labeled(
            "Harmony Enterprises and the Brennan Center hired Serena Williams and Ryan Group.",
            ("Harmony Enterprises", EntityLabel.Person), ("Brennan Center", EntityLabel.Person), ("Serena Williams", EntityLabel.Person),
            ("Ryan Group", EntityLabel.Person));

        Correct(document);

        Assert.Equal(
            [EntityLabel.Organization, EntityLabel.Organization, EntityLabel.Person, EntityLabel.Organization],
            document.Mentions.Select(m => m.Label));
    }

    [Theory]
    [InlineData("Judicial Watch", nameof(EntityLabel.Organization))]
    [InlineData("Edison Research", nameof(EntityLabel.Organization))]
    [InlineData("Getty Images", nameof(EntityLabel.Organization))]
    [InlineData("Boston Globe", nameof(EntityLabel.Organization))]
    [InlineData("Orlando Sentinel", nameof(EntityLabel.Organization))]
    [InlineData("Trump Tower", nameof(EntityLabel.Location))]
    [InlineData("Park Avenue", nameof(EntityLabel.Location))]
    [InlineData("Yankee Stadium", nameof(EntityLabel.Location))]
    [InlineData("Mayflower Hotel", nameof(EntityLabel.Location))]
    [InlineData("Tomas Post", nameof(EntityLabel.Person))]
    [InlineData("Jim Courier", nameof(EntityLabel.Person))]
    public void A_name_tagged_a_person_is_a_body_or_a_place_when_its_last_word_heads_one(string name, string expected)
    {
        // "Post" and "Courier" head no body's name here: CoNLL-2003 has people called Tomas Post and Jim Courier.
        Assert.Equal(Enum.Parse<EntityLabel>(expected), CorrectedPersonLabel(name));
    }

    [Fact]
    public void A_listed_body_that_goes_with_the_article_is_an_organization_after_it()
    {
        var document = Labeled(
            "The White House and the Kremlin spoke, the Islamic State said.",
            ("White House", EntityLabel.Location), ("Kremlin", EntityLabel.Location), ("Islamic State", EntityLabel.Location));

        Correct(document);

        Assert.All(document.Mentions, m => Assert.Equal(EntityLabel.Organization, m.Label));
    }

    [Fact]
    public void A_company_name_after_the_article_is_left_as_tagged()
    {
        var document = Labeled("Fires spread across the Amazon, Amazon said.", ("Amazon", EntityLabel.Location), ("Amazon", EntityLabel.Location));

        Correct(document);

        Assert.Equal([EntityLabel.Location, EntityLabel.Organization], document.Mentions.Select(m => m.Label));
    }

    [Theory]
    [InlineData("Ford")]
    [InlineData("Hilton")]
    [InlineData("Goldman")]
    public void A_name_as_often_a_person_s_is_not_listed_alone(string name)
    {
        Assert.Equal(EntityLabel.Person, CorrectedPersonLabel(name));
    }

    /// <summary>The label the corrections give <paramref name="name"/>, tagged a person, in a sentence of its own.</summary>
    private static EntityLabel CorrectedPersonLabel(string name)
    {
        var document = Labeled($"{name} spoke on Monday.", (name, EntityLabel.Person));

        Correct(document);

        return Assert.Single(document.Mentions).Label;
    }

    // News refers to a person again by surname alone, so a lone word of the list must be no known surname.
    [Fact]
    public void No_single_word_of_the_company_list_is_a_surname()
    {
        var words = CompanyLines().Where(line => !line.Contains(' ', StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(words);
        Assert.DoesNotContain(words, Lexicon.Default.Surnames.Contains);
    }

    private static IEnumerable<string> CompanyLines()
    {
        var assembly = typeof(Lexicon).Assembly;
        string name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("companies.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Trim();
            }
        }
    }

    private static void Correct(Document document) => new KnownOrganizationNames(Lexicon.Default).Apply(document, document.Mentions);
}
