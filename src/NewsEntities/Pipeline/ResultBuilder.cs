using NewsEntities.Recognition;
using NewsEntities.Resolution;

namespace NewsEntities.Pipeline;

/// <summary>
/// Turns a processed <see cref="Document"/> into the public, immutable result. Entities are numbered in order of
/// first mention unless corpus resolution gave them global identifiers; quote speakers are the very same
/// <see cref="Entity"/> instances as the entity list holds.
/// </summary>
internal static class ResultBuilder
{
    public static DocumentAnalysis Build(Document document, bool includeQuotes)
    {
        var clusterEntity = new Entity?[document.Clusters.Count];
        var entities = new List<Entity>();
        foreach (var group in GroupClusters(document))
        {
            var entity = CreateEntity(document, group, entities.Count + 1);
            entities.Add(entity);
            foreach (int c in group)
            {
                clusterEntity[c] = entity;
            }
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

    /// <summary>
    /// Clusters of public types, grouped by global identifier where corpus resolution set one, ordered by first
    /// mention.
    /// </summary>
    private static List<List<int>> GroupClusters(Document document)
    {
        var groups = new List<List<int>>();
        var byGlobalId = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, document.Clusters.Count)
            .Where(c => document.Clusters[c].Label != EntityLabel.Misc && FirstOffset(document, document.Clusters[c]) < int.MaxValue)
            .OrderBy(c => FirstOffset(document, document.Clusters[c]));
        foreach (int c in order)
        {
            string? globalId = document.Clusters[c].GlobalId;
            if (globalId is not null && byGlobalId.TryGetValue(globalId, out var existing))
            {
                existing.Add(c);
                continue;
            }

            var group = new List<int> { c };
            groups.Add(group);
            if (globalId is not null)
            {
                byGlobalId[globalId] = group;
            }
        }

        return groups;
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

    private static Entity CreateEntity(Document document, List<int> group, int ordinal)
    {
        var first = document.Clusters[group[0]];
        var mentions = new List<Mention>();
        var aliases = new List<string>();
        foreach (int c in group)
        {
            var cluster = document.Clusters[c];
            foreach (int m in cluster.NameMentions)
            {
                var range = document.Mentions[m].Tokens;
                int start = document.StartOf(range);
                int end = document.EndOf(range);
                mentions.Add(new Mention(start, end, document.Slice(start, end), MentionKind.Name));
            }

            foreach (var r in cluster.References)
            {
                mentions.Add(new Mention(r.Start, r.End, document.Slice(r.Start, r.End), r.Kind));
            }
        }

        mentions.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
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
            if (first.Label == EntityLabel.Organization && ArticleLess(mention.Text) is { } bare)
            {
                AddAlias(aliases, bare);
            }
        }

        string id = first.GlobalId ?? "e" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Entity(id, first.Name, ToPublic(first.Label), aliases.AsReadOnly(), mentions.AsReadOnly());
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
