using NewsEntities.Pipeline;
using NewsEntities.Resolution;
using NewsEntities.Tests.Acceptance;

namespace NewsEntities.Tests.Resolution;

/// <summary>
/// The alias stage keeps its working storage with the document (issue 6): a document reused after others groups
/// its mentions exactly as a fresh one does, and what a result or a corpus keeps of a cluster is unchanged by the
/// documents analysed after it.
/// </summary>
public sealed class AliasWorkspaceTests
{
    private static readonly List<string> Seeds = SeedGold.Load().Documents.Select(d => d.Text).ToList();

    [Fact]
    public void A_reused_document_groups_mentions_as_a_fresh_one()
    {
        // Long before short and short before long, so reused storage is both larger and smaller than needed.
        var texts = Seeds.Concat(Seeds.AsEnumerable().Reverse())
            .Append("Cohen met Eli Cohen. Cohen said the PNA and the Palestinian National Authority agreed.").Append(string.Empty).ToList();
        var reused = new Document(string.Empty);
        foreach (string text in texts)
        {
            reused.Reset(text);
            Run(reused);
            var fresh = new Document(text);
            Run(fresh);
            Assert.Equal(Fingerprint(fresh), Fingerprint(reused));
        }
    }

    [Fact]
    public void What_a_corpus_keeps_of_a_cluster_outlives_the_reuse_of_its_document()
    {
        var document = new Document(Seeds[0]);
        Run(document);
        var kept = ResultBuilder.BuildForCorpus(document, CancellationToken.None);
        string before = Describe(kept);
        Assert.Contains(kept.Clusters, c => c.KeyCount > 0);

        foreach (string text in Seeds.Skip(1))
        {
            document.Reset(text);
            Run(document);
        }

        Assert.Equal(before, Describe(kept));

        static string Describe(CorpusDocument kept) => string.Join("\n", kept.Clusters.Select((c, e) =>
            $"{c.Name}|{string.Join(",", kept.KeysOf(e).ToArray())}|{c.GivenName}|{string.Join(",", c.Roles)}"));
    }

    [Fact]
    public void A_reused_cluster_starts_without_the_references_and_roles_of_its_last_document()
    {
        var document = new Document(Seeds[0]);
        Run(document);
        foreach (var cluster in document.Clusters)
        {
            cluster.References.Add(new ReferenceMention(0, 1, MentionKind.Pronoun));
            cluster.Roles.Add("left over");
        }

        document.Reset(Seeds[1]);
        Run(document);

        Assert.NotEmpty(document.Clusters);
        Assert.All(document.Clusters, c => Assert.Equal(0, c.ReferenceCount));
        Assert.All(document.Clusters, c => Assert.DoesNotContain("left over", c.Roles));
    }

    [Fact]
    public void Running_the_stage_again_without_a_reset_leaves_the_first_clusters_intact()
    {
        var document = new Document(Seeds[0]);
        Run(document);
        var first = document.Clusters.ToList();
        string before = string.Join("\n", first.Select(c => $"{c.Label}|{c.Name}|{string.Join(",", c.NameMentions)}|{string.Join(",", c.Keys)}"));

        new AliasResolutionStage().Process(document, CancellationToken.None);

        Assert.Equal(before, string.Join("\n", first.Select(c => $"{c.Label}|{c.Name}|{string.Join(",", c.NameMentions)}|{string.Join(",", c.Keys)}")));
        Assert.Equal(2 * first.Count, document.Clusters.Count);
        Assert.Empty(first.Intersect(document.Clusters.Skip(first.Count)));
    }

    [Fact]
    public void A_reset_document_holds_none_of_the_last_texts_names()
    {
        var document = new Document(Seeds[0]);
        Run(document);
        Assert.Contains(document.Aliases.Texts, t => t is not null);

        document.Reset(string.Empty);

        Assert.All(document.Aliases.Texts, t => Assert.Null(t));
        Assert.All(document.Aliases.Keys, k => Assert.Equal(-1, k));
        Assert.Equal(0, document.Aliases.KeyTable.Count);
        Assert.Empty(document.Aliases.FullNames);
        Assert.Empty(document.Aliases.OrganizationsByKey);
    }

    private static void Run(Document document)
    {
        AnalysisPipeline.Default.Run(document, withQuotes: false, CancellationToken.None);
    }

    private static string Fingerprint(Document document) => string.Join("\n", document.Clusters.Select(c =>
        $"{c.Label}|{c.Name}|{string.Join(",", c.Keys)}|{c.GivenName}|{c.Gender}|{c.Known}|{string.Join(",", c.NameMentions)}|{string.Join(",", c.Roles)}"))
        + "\n" + string.Join(",", document.MentionCluster);
}
