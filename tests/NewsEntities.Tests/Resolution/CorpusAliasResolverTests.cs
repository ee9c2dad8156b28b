namespace NewsEntities.Tests.Resolution;

public sealed class CorpusAliasResolverTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.CreateDefault();

    [Fact]
    public void A_nickname_and_a_misspelt_given_name_are_one_person_named_by_the_real_given_name()
    {
        var results = Extractor.AnalyzeCorpus(
        [
            "Officials said Bill Harrington, the director of the agency, flew in.",
            "He met agency director Williams Harrington on Tuesday. Harrington declined to comment.",
        ]);

        var first = results[0].Entities.Single(e => e.Aliases.Contains("Bill Harrington"));
        var second = results[1].Entities.Single(e => e.Aliases.Contains("Williams Harrington"));
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("Bill Harrington", second.Name);
    }

    [Fact]
    public void A_name_written_with_either_apostrophe_is_one_person_across_documents()
    {
        // One outlet types the typographic apostrophe, another the ASCII one.
        var results = Extractor.AnalyzeCorpus(
        [
            "Former Rep. Beto O\u2019Rourke said on Monday that the plan would fail. O\u2019Rourke is running for governor.",
            "Former Rep. Beto O'Rourke said on Tuesday that the plan would work. O'Rourke is running for governor.",
        ]);

        Assert.Equal(
            results[0].Entities.Single(e => e.Aliases.Contains("O\u2019Rourke")).Id,
            results[1].Entities.Single(e => e.Aliases.Contains("O'Rourke")).Id);
    }

    [Fact]
    public void People_with_one_surname_and_different_given_names_stay_apart()
    {
        var results = Extractor.AnalyzeCorpus(
        [
            "Foreign Minister Eli Cohen spoke.",
            "The lawyer Dana Cohen replied.",
        ]);

        Assert.NotEqual(
            results[0].Entities.Single(e => e.Name == "Eli Cohen").Id,
            results[1].Entities.Single(e => e.Name == "Dana Cohen").Id);
    }

    [Fact]
    public void Full_names_with_different_middle_initials_stay_apart_and_a_name_without_them_joins_only_its_like()
    {
        var results = Extractor.AnalyzeCorpus(
        [
            "Former President Mark R. Hale spoke in Dallas.",
            "Former President Mark H.R. Hale spoke in Houston.",
            "Mark Hale spoke in Austin.",
            "Mark Hale left Austin.",
            "Senator Edward M. Kennedy spoke. Ted Kennedy left.",
            "Ted Kennedy spoke in Boston.",
        ]);

        string Id(int document, string alias) => results[document].Entities.Single(e => e.Aliases.Contains(alias)).Id;
        Assert.Equal(3, new[] { Id(0, "Mark R. Hale"), Id(1, "Mark H.R. Hale"), Id(2, "Mark Hale") }.Distinct().Count());
        Assert.Equal(Id(2, "Mark Hale"), Id(3, "Mark Hale"));
        Assert.Equal(Id(4, "Edward M. Kennedy"), Id(5, "Ted Kennedy"));
    }

    [Fact]
    public void Organizations_sharing_a_name_or_acronym_and_places_sharing_a_canonical_name_merge()
    {
        var results = Extractor.AnalyzeCorpus(
        [
            "The Kenya Wildlife Service (KWS) closed trails in the United States.",
            "The KWS said the U.S. would help.",
        ]);

        var kws0 = results[0].Entities.Single(e => e.Aliases.Contains("KWS"));
        var kws1 = results[1].Entities.Single(e => e.Aliases.Contains("KWS"));
        Assert.Equal(kws0.Id, kws1.Id);
        Assert.Equal("Kenya Wildlife Service", kws1.Name);
        Assert.Equal(
            results[0].Entities.Single(e => e.Type == EntityType.Location).Id,
            results[1].Entities.Single(e => e.Type == EntityType.Location).Id);
    }

    [Fact]
    public void A_full_name_typed_otherwise_in_a_few_documents_takes_the_type_most_documents_give_it()
    {
        // The tagger, which never saw "Barack", calls him an organization in the last document read alone.
        var results = AnalyzeWithOneTypedOtherwise(
            "Barack Obama",
            ["Barack Obama signed the bill.", "Barack Obama signed the order.", "Barack Obama signed the treaty."],
            "Barack Obama won Iowa in 2008.");

        var people = results.Select(r => r.Entities.Single(e => e.Name == "Barack Obama")).ToList();
        Assert.All(people, e => Assert.Equal(EntityType.Person, e.Type));
        Assert.Single(people.Select(e => e.Id).Distinct());
    }

    [Fact]
    public void A_full_name_typed_two_ways_with_no_clear_majority_stays_two_entities()
    {
        var results = Extractor.AnalyzeCorpus(["Barack Obama signed the bill.", "Barack Obama won Iowa in 2008."]);

        var first = results[0].Entities.Single(e => e.Name == "Barack Obama");
        var second = results[1].Entities.Single(e => e.Name == "Barack Obama");
        Assert.Equal(EntityType.Person, first.Type);
        Assert.Equal(EntityType.Organization, second.Type);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void A_one_word_name_typed_two_ways_keeps_its_types_at_three_to_one()
    {
        // "Cleveland" is the city and the team.
        var results = Extractor.AnalyzeCorpus(
        [
            "Delegates gathered in Cleveland on Monday.",
            "Delegates gathered in Cleveland on Tuesday.",
            "Delegates gathered in Cleveland on Wednesday.",
            "Cleveland beat Boston 5-3 on Sunday.",
        ]);

        Assert.Equal(EntityType.Organization, results[3].Entities.Single(e => e.Name == "Cleveland").Type);
    }

    [Fact]
    public void A_one_word_name_typed_otherwise_in_one_document_of_six_takes_the_type_of_the_five()
    {
        var results = AnalyzeWithOneTypedOtherwise(
            "Obama",
            [
                "President Obama signed the bill.", "President Obama signed the order.", "President Obama signed the treaty.",
                "President Obama signed the law.", "President Obama signed the decree.",
            ],
            "Clinton held a lead over Obama among black voters.");

        Assert.Equal(EntityType.Person, results[^1].Entities.Single(e => e.Name == "Obama").Type);
    }

    /// <summary>
    /// Analyses <paramref name="typedOtherwise"/> after <paramref name="majority"/> as one corpus, once it is shown that
    /// read alone it makes <paramref name="name"/> an organization.
    /// </summary>
    private static IReadOnlyList<DocumentAnalysis> AnalyzeWithOneTypedOtherwise(string name, string[] majority, string typedOtherwise)
    {
        Assert.Equal(EntityType.Organization, Extractor.Analyze(typedOtherwise).Entities.Single(e => e.Name == name).Type);
        return Extractor.AnalyzeCorpus([.. majority, typedOtherwise]);
    }

    [Fact]
    public void Global_identifiers_follow_first_appearance_across_the_corpus()
    {
        var results = Extractor.AnalyzeCorpus(
        [
            "Nairobi hosted Amina Yusuf.",
            "Amina Yusuf left Nairobi for Kampala.",
        ]);

        Assert.Equal(["e1", "e2"], results[0].Entities.Select(e => e.Id));
        Assert.Equal(["e2", "e1", "e3"], results[1].Entities.Select(e => e.Id));
    }

    [Fact]
    public void A_person_named_by_the_given_name_first_is_filed_under_the_surname_of_the_full_name()
    {
        var results = Extractor.AnalyzeCorpus(
        [
            "Amina said the plan was ready. Later, Amina Yusuf, the mayor, left for Kampala.",
            "Mayor Amina Yusuf spoke on Tuesday.",
        ]);

        Assert.Equal(
            results[0].Entities.Single(e => e.Aliases.Contains("Amina Yusuf")).Id,
            results[1].Entities.Single(e => e.Aliases.Contains("Amina Yusuf")).Id);
    }

    [Fact]
    public void A_given_name_alone_is_the_person_the_corpus_names_so_in_full_nearly_always()
    {
        var results = Extractor.AnalyzeCorpus(
        [
            "Mayor Amina Yusuf spoke on Tuesday.",
            "Amina Yusuf left for Kampala.",
            "Amina said the plan was ready.",
        ]);

        var yusuf = results[0].Entities.Single(e => e.Name == "Amina Yusuf");
        var bare = results[2].Entities.Single(e => e.Aliases.Contains("Amina"));
        Assert.Equal(yusuf.Id, bare.Id);
        Assert.Equal("Amina Yusuf", bare.Name);
    }

    [Fact]
    public void A_given_name_alone_that_two_people_share_in_full_stays_apart()
    {
        var results = Extractor.AnalyzeCorpus(
        [
            "Mayor Amina Yusuf spoke on Tuesday.",
            "Governor Amina Odhiambo left for Kampala.",
            "Amina said the plan was ready.",
        ]);

        string bare = results[2].Entities.Single(e => e.Aliases.Contains("Amina")).Id;
        Assert.NotEqual(results[0].Entities.Single(e => e.Name == "Amina Yusuf").Id, bare);
        Assert.NotEqual(results[1].Entities.Single(e => e.Name == "Amina Odhiambo").Id, bare);
    }

    [Fact]
    public void A_given_name_that_is_a_surname_in_the_corpus_is_read_as_the_surname()
    {
        var results = Extractor.AnalyzeCorpus(
        [
            "Governor Chris Christie spoke on Tuesday.",
            "Christie said the plan was ready.",
        ]);

        Assert.Equal(
            results[0].Entities.Single(e => e.Name == "Chris Christie").Id,
            results[1].Entities.Single(e => e.Aliases.Contains("Christie")).Id);
    }

    [Fact]
    public void A_misspelt_given_name_with_another_role_stays_a_different_person()
    {
        var results = Extractor.AnalyzeCorpus(
        [
            "Officials said Bill Harrington, the director of the agency, flew in.",
            "The dancer Williams Harrington performed on Tuesday.",
        ]);

        Assert.NotEqual(
            results[0].Entities.Single(e => e.Aliases.Contains("Bill Harrington")).Id,
            results[1].Entities.Single(e => e.Aliases.Contains("Williams Harrington")).Id);
    }

    [Fact]
    public void Two_entities_of_one_document_that_the_corpus_shows_to_be_one_become_one_with_their_quotes()
    {
        var results = Extractor.AnalyzeCorpus(
        [
            "The Kenya Wildlife Service (KWS) closed two parks. Kenya Service rangers patrolled the border.",
            "\"We will reopen soon,\" the KWS said on Monday. Kenya Service officials agreed.",
        ]);

        var second = results[1];
        var service = Assert.Single(second.Entities, e => e.Aliases.Contains("KWS"));
        Assert.Contains("Kenya Service", service.Aliases);
        Assert.Equal(results[0].Entities.Single(e => e.Aliases.Contains("KWS")).Id, service.Id);
        Assert.Equal([.. service.Mentions.OrderBy(m => m.Start)], service.Mentions);
        var quote = Assert.Single(second.Quotes);
        Assert.Same(service, quote.Speaker);
    }
}
