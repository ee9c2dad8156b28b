using NewsEntities.Recognition;

namespace NewsEntities.Tests.Quotes;

public class RoleIndexTests
{
    private const string Text = "Lena Ortiz met Sam Reyes and Ana Cole in Lima. Nobody else came.";

    private static readonly TestEntity[] People =
    [
        new("Lena Ortiz") { Roles = ["foreign minister"] },
        new("Sam Reyes") { Roles = ["secretary of state", "party leader"] },
        new("Ana Cole") { Roles = ["finance minister"] },
        new("Lima", EntityLabel.Location) { Roles = ["capital"] },
    ];

    [Theory]
    [InlineData("minister", "minister", "Lena Ortiz,Ana Cole")]
    [InlineData("State", "Secretary", "Sam Reyes")] // last word of the role, head noun before "of"; case ignored
    [InlineData("leader", "leader", "Sam Reyes,Lena Ortiz,Ana Cole")] // and the ministers: "prime minister" is a leader
    [InlineData("party", "spokesman", "")]
    [InlineData("envoy", "envoy", "")]
    [InlineData("capital", "capital", "")] // places are never speakers' descriptions
    public void Finds_each_person_with_a_role_sharing_the_last_word_or_the_head_noun_once(string lastWord, string headWord, string expected)
    {
        var document = QuoteTestDocument.Analyze(Text, People);

        var found = document.QuoteWorkspace.Roles.Find(document, lastWord, headWord).Select(c => document.Clusters[c].Name).Order();

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), found);
    }

    [Fact]
    public void A_reused_workspace_indexes_the_next_document_afresh()
    {
        var document = QuoteTestDocument.Analyze(Text, People);
        Assert.NotEmpty(document.QuoteWorkspace.Roles.Find(document, "minister", "minister"));

        var next = QuoteTestDocument.Analyze("Tom Hale met Ivy Lund.", new TestEntity("Tom Hale") { Roles = ["prime minister"] }, new TestEntity("Ivy Lund"));
        document.Reset(next.Text);
        document.Clusters.AddRange(next.Clusters);

        Assert.Equal(["Tom Hale"], document.QuoteWorkspace.Roles.Find(document, "minister", "minister").Select(c => document.Clusters[c].Name));
    }
}
