using NewsEntities.Recognition;
using NewsEntities.Resolution;

namespace NewsEntities.Pipeline;

/// <summary>
/// Turns a processed <see cref="Document"/> into the public, immutable result. Entities are numbered in order of
/// first mention; quote speakers are the very same <see cref="Entity"/> instances as the entity list holds. In
/// corpus mode the result is rewritten once corpus resolution has named the clusters: clusters of one document
/// that turned out to be one entity become one.
/// </summary>
internal static class ResultBuilder
{
    public static DocumentAnalysis Build(Document document, bool includeQuotes) =>
        Build(document, includeQuotes, out _);

    /// <summary>The result of one document of a corpus, with the cluster behind each entity for corpus resolution.</summary>
    public static CorpusDocument BuildForCorpus(Document document)
    {
        var analysis = Build(document, includeQuotes: true, out var entityClusters);
        return new CorpusDocument(analysis, Array.ConvertAll(entityClusters, static c => new CorpusCluster(c)));
    }

    /// <summary>
    /// The result of a corpus document once <see cref="CorpusAliasResolver"/> has set every cluster's global
    /// identifier and name: entities take them, and entities of one document that share an identifier are merged
    /// into one, in the place of the first, with their quotes pointing at the merged entity.
    /// </summary>
    public static DocumentAnalysis WithCorpusIdentities(CorpusDocument document)
    {
        var entities = document.Analysis.Entities;
        for (int i = 0; i < entities.Count; i++)
        {
            var cluster = document.Clusters[i];
            entities[i].SetCorpusIdentity(cluster.GlobalId ?? entities[i].Id, cluster.Name);
        }

        return document.HasMerges ? Merge(document) : document.Analysis;
    }

    // Rare: two clusters of one document that only the corpus showed to be one entity. Each merged entity takes
    // the place of its first part.
    private static DocumentAnalysis Merge(CorpusDocument document)
    {
        var entities = document.Analysis.Entities;
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<List<int>>();
        for (int i = 0; i < entities.Count; i++)
        {
            if (!groups.TryGetValue(entities[i].Id, out var group))
            {
                group = [];
                groups[entities[i].Id] = group;
                order.Add(group);
            }

            group.Add(i);
        }

        var result = new List<Entity>(order.Count);
        var replacement = new Dictionary<Entity, Entity>(ReferenceEqualityComparer.Instance);
        foreach (var group in order)
        {
            var first = entities[group[0]];
            if (group.Count == 1)
            {
                result.Add(first);
                continue;
            }

            var mentions = group.SelectMany(i => entities[i].Mentions).ToArray();
            SortByPosition(mentions);
            var merged = new Entity(first.Id, first.Name, first.Type, AliasesOf(mentions, document.Clusters[group[0]].Label), Array.AsReadOnly(mentions));
            foreach (int i in group)
            {
                replacement[entities[i]] = merged;
            }

            result.Add(merged);
        }

        var quotes = new List<Quote>(document.Analysis.Quotes.Count);
        foreach (var quote in document.Analysis.Quotes)
        {
            quotes.Add(quote.Speaker is not null && replacement.TryGetValue(quote.Speaker, out var merged) ? quote with { Speaker = merged } : quote);
        }

        return new DocumentAnalysis(result.AsReadOnly(), quotes.AsReadOnly());
    }

    private static DocumentAnalysis Build(Document document, bool includeQuotes, out EntityCluster[] entityClusters)
    {
        var clusterEntity = new Entity?[document.Clusters.Count];
        var entities = new List<Entity>();
        var order = Enumerable.Range(0, document.Clusters.Count)
            .Where(c => document.Clusters[c].Label != EntityLabel.Misc && FirstOffset(document, document.Clusters[c]) < int.MaxValue)
            .OrderBy(c => FirstOffset(document, document.Clusters[c]))
            .ToArray();
        entityClusters = new EntityCluster[order.Length];
        foreach (int c in order)
        {
            var entity = CreateEntity(document, document.Clusters[c], entities.Count + 1);
            entityClusters[entities.Count] = document.Clusters[c];
            entities.Add(entity);
            clusterEntity[c] = entity;
        }

        var quotes = new List<Quote>();
        if (includeQuotes)
        {
            foreach (var q in document.Quotes)
            {
                if (!q.IsSpeech)
                {
                    continue;
                }

                var speaker = q.SpeakerCluster >= 0 ? clusterEntity[q.SpeakerCluster] : null;
                var speakerMention = q.SpeakerStart >= 0 ? Span(document, q.SpeakerStart, q.SpeakerEnd) : null;
                var cue = q.CueStart >= 0 ? Span(document, q.CueStart, q.CueEnd) : null;
                quotes.Add(new Quote(document.Slice(q.ContentStart, q.ContentEnd), q.ContentStart, q.ContentEnd, speaker, speakerMention, cue));
            }
        }

        return new DocumentAnalysis(entities.AsReadOnly(), quotes.AsReadOnly());
    }

    private static int FirstOffset(Document document, EntityCluster cluster)
    {
        int first = int.MaxValue;
        foreach (int m in cluster.NameMentions)
        {
            first = Math.Min(first, document.StartOf(document.Mentions[m].Tokens));
        }

        foreach (var r in cluster.References)
        {
            first = Math.Min(first, r.Start);
        }

        return first;
    }

    private static Entity CreateEntity(Document document, EntityCluster cluster, int ordinal)
    {
        var mentions = new Mention[cluster.NameMentions.Count + cluster.References.Count];
        int count = 0;
        foreach (int m in cluster.NameMentions)
        {
            var range = document.Mentions[m].Tokens;
            int start = document.StartOf(range);
            int end = document.EndOf(range);
            mentions[count++] = new Mention(start, end, document.Slice(start, end), MentionKind.Name);
        }

        foreach (var r in cluster.References)
        {
            mentions[count++] = new Mention(r.Start, r.End, document.Slice(r.Start, r.End), r.Kind);
        }

        SortByPosition(mentions);
        string id = "e" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Entity(id, cluster.Name, ToPublic(cluster.Label), AliasesOf(mentions, cluster.Label), Array.AsReadOnly(mentions));
    }

    private static void SortByPosition(Mention[] mentions) =>
        Array.Sort(mentions, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

    /// <summary>The distinct names the mentions write, in text order.</summary>
    private static IReadOnlyList<string> AliasesOf(Mention[] mentions, EntityLabel label)
    {
        var aliases = new List<string>();
        foreach (var mention in mentions)
        {
            if (mention.Kind != MentionKind.Name)
            {
                continue;
            }

            AddAlias(aliases, mention.Text);

            // An organization's leading "The" is an article, not part of the name: English drops it by syntax ("a
            // Jerusalem Post reporter"), so "Jerusalem Post" is as much a name of the paper as "The Jerusalem Post".
            // The article-less form is an alias too (never a mention: mentions are what the text writes).
            if (label == EntityLabel.Organization && ArticleLess(mention.Text) is { } bare)
            {
                AddAlias(aliases, bare);
            }
        }

        return aliases.AsReadOnly();
    }

    private static void AddAlias(List<string> aliases, string alias)
    {
        if (!aliases.Contains(alias, StringComparer.Ordinal))
        {
            aliases.Add(alias);
        }
    }

    /// <summary>"The Jerusalem Post" → "Jerusalem Post"; null when the name does not start with the article.</summary>
    internal static string? ArticleLess(string name) =>
        name.Length > 4 && name.StartsWith("The ", StringComparison.Ordinal) && name[4..].TrimStart() is { Length: > 0 } rest ? rest : null;

    private static TextSpan Span(Document document, int start, int end) => new(start, end, document.Slice(start, end));

    private static EntityType ToPublic(EntityLabel label) => label switch
    {
        EntityLabel.Person => EntityType.Person,
        EntityLabel.Organization => EntityType.Organization,
        EntityLabel.Location => EntityType.Location,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Misc mentions are never public."),
    };
}
