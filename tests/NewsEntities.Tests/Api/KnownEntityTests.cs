namespace NewsEntities.Tests.Api;

public sealed class KnownEntityTests
{
    private static readonly NewsExtractor Burns = NewsExtractor.Create(new NewsExtractorOptions
    {
        KnownEntities = [new KnownEntity("William J. Burns", EntityType.Person, ["Bill Burns", "Burns"])],
    });

    [Fact]
    public void A_registered_name_wins_over_the_inferred_one_for_every_alias()
    {
        var entities = Burns.ExtractEntities("CIA director Bill Burns flew to Cairo. Burns met officials there.");

        var burns = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("William J. Burns", burns.Name);
        Assert.Equal(["Bill Burns", "Burns"], burns.Aliases);
    }

    [Fact]
    public void A_misspelt_full_name_that_fits_the_registered_name_is_that_entity()
    {
        var entities = Burns.ExtractEntities("Officials said Williams Burns arrived on Monday.");

        Assert.Equal("William J. Burns", Assert.Single(entities, e => e.Aliases.Contains("Williams Burns")).Name);
    }

    [Fact]
    public void In_corpus_mode_every_document_names_the_registered_entity_alike()
    {
        var results = Burns.AnalyzeCorpus(
        [
            "Bill Burns flew to Cairo on Monday.",
            "Williams Burns met the negotiators. Burns said little.",
        ]);

        var first = results[0].Entities.Single(e => e.Aliases.Contains("Bill Burns"));
        var second = results[1].Entities.Single(e => e.Aliases.Contains("Williams Burns"));
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("William J. Burns", second.Name);
        Assert.Contains("Burns", second.Aliases);
    }

    [Fact]
    public void A_registered_name_the_recognizer_would_miss_is_found_and_takes_the_registered_type()
    {
        var extractor = NewsExtractor.Create(new NewsExtractorOptions
        {
            KnownEntities = [new KnownEntity("Kestrel Dynamics", EntityType.Organization, ["kestrel"])],
        });

        var entities = extractor.ExtractEntities("Shares of kestrel rose after Kestrel Dynamics said sales were up.");

        var kestrel = Assert.Single(entities, e => e.Name == "Kestrel Dynamics");
        Assert.Equal(EntityType.Organization, kestrel.Type);
        Assert.Equal(["kestrel", "Kestrel Dynamics"], kestrel.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Two_registered_entities_sharing_a_surname_stay_apart()
    {
        var extractor = NewsExtractor.Create(new NewsExtractorOptions
        {
            KnownEntities =
            [
                new KnownEntity("Eli Cohen", EntityType.Person, []),
                new KnownEntity("Dana Cohen", EntityType.Person, []),
            ],
        });

        var entities = extractor.ExtractEntities("Eli Cohen met Dana Cohen. Later Eli Cohen left.");

        Assert.Equal(["Eli Cohen", "Dana Cohen"], entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name));
    }

    [Fact]
    public void Registration_is_copied_so_later_changes_have_no_effect()
    {
        var aliases = new List<string> { "Bill Burns" };
        var extractor = NewsExtractor.Create(new NewsExtractorOptions { KnownEntities = [new KnownEntity("William J. Burns", EntityType.Person, aliases)] });
        aliases[0] = "Somebody Else";

        Assert.Equal("William J. Burns", extractor.ExtractEntities("Bill Burns spoke.").Single().Name);
    }

    [Fact]
    public void Create_with_no_registered_entities_behaves_as_the_default()
    {
        const string text = "Bill Burns met Antony Blinken in Cairo.";

        Assert.Equal(
            NewsExtractor.CreateDefault().ExtractEntities(text).Select(e => e.Name),
            NewsExtractor.Create(new NewsExtractorOptions()).ExtractEntities(text).Select(e => e.Name));
    }

    [Fact]
    public void Invalid_registrations_are_rejected_with_a_clear_message()
    {
        Assert.Throws<ArgumentNullException>(() => NewsExtractor.Create(null!));
        Assert.Throws<ArgumentNullException>(() => NewsExtractor.Create(new NewsExtractorOptions { KnownEntities = null! }));
        Assert.Throws<ArgumentNullException>(() => NewsExtractor.Create(new NewsExtractorOptions { KnownEntities = [null!] }));
        Assert.Throws<ArgumentNullException>(() => NewsExtractor.Create(new NewsExtractorOptions { KnownEntities = [new KnownEntity("A B", EntityType.Person, null!)] }));
        Assert.Throws<ArgumentException>(() => NewsExtractor.Create(new NewsExtractorOptions { KnownEntities = [new KnownEntity(" ", EntityType.Person, [])] }));
        Assert.Throws<ArgumentException>(() => NewsExtractor.Create(new NewsExtractorOptions { KnownEntities = [new KnownEntity("A B", EntityType.Person, [""])] }));
        Assert.Throws<ArgumentException>(() => NewsExtractor.Create(new NewsExtractorOptions { KnownEntities = [new KnownEntity("A B", (EntityType)42, [])] }));

        var duplicate = Assert.Throws<ArgumentException>(() => NewsExtractor.Create(new NewsExtractorOptions
        {
            KnownEntities =
            [
                new KnownEntity("William J. Burns", EntityType.Person, ["Burns"]),
                new KnownEntity("Nicholas Burns", EntityType.Person, ["Burns"]),
            ],
        }));
        Assert.Contains("\"Burns\"", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains("Nicholas Burns", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_extractor_with_registered_entities_serves_many_threads()
    {
        const string text = "Bill Burns flew to Cairo. Burns met officials.";
        string expected = string.Join('|', Burns.ExtractEntities(text).Select(e => e.Name));

        Parallel.For(0, 32, _ => Assert.Equal(expected, string.Join('|', Burns.ExtractEntities(text).Select(e => e.Name))));
    }
}
