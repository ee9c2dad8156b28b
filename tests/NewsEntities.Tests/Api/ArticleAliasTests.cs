namespace NewsEntities.Tests.Api;

/// <summary>
/// An organization written with a leading "The" also has the article-less name among its aliases; mentions stay
/// what the text writes.
/// </summary>
public sealed class ArticleAliasTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.CreateDefault();

    [Fact]
    public void An_organization_written_with_The_has_the_article_less_alias_but_no_such_mention()
    {
        var extractor = NewsExtractor.Create(new NewsExtractorOptions
        {
            KnownEntities = [new KnownEntity("The Harbour Gazette", EntityType.Organization, [])],
        });

        var gazette = extractor.ExtractEntities("The Harbour Gazette reported the deal on Monday.").Single(e => e.Name == "The Harbour Gazette");

        Assert.Equal(["The Harbour Gazette", "Harbour Gazette"], gazette.Aliases);
        Assert.Equal(["The Harbour Gazette"], gazette.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void People_and_places_never_get_an_article_less_alias()
    {
        var extractor = NewsExtractor.Create(new NewsExtractorOptions
        {
            KnownEntities = [new KnownEntity("The Hague", EntityType.Location, [])],
        });

        var hague = extractor.ExtractEntities("Judges in The Hague ruled on Monday.").Single(e => e.Name == "The Hague");

        Assert.Equal(["The Hague"], hague.Aliases);
    }

    [Fact]
    public void A_name_without_the_article_gains_nothing()
    {
        var ap = Extractor.ExtractEntities("Reporters for Reuters said so.").Where(e => e.Type == EntityType.Organization);

        Assert.All(ap, e => Assert.DoesNotContain(e.Aliases, a => a.StartsWith("The ", StringComparison.Ordinal)));
    }
}
