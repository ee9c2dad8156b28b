using NewsEntities.Pipeline;
using NewsEntities.Quotes;
using NewsEntities.Recognition;
using NewsEntities.Resolution;
using NewsEntities.Segmentation;
using NewsEntities.Tokenization;

namespace NewsEntities.Tests.Quotes;

/// <summary>An entity the test marks in the text: its name, other names, label, gender and roles.</summary>
internal sealed record TestEntity(string Name, EntityLabel Label = EntityLabel.Person, Gender Gender = Gender.Unknown)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>How many occurrences of the name, in text order, are marked: the recognizer missing the rest.</summary>
    public int MarkedOccurrences { get; init; } = int.MaxValue;
}

/// <summary>One quote as the tests read it.</summary>
internal sealed record TestQuote(string Text, string? Speaker, string? SpeakerMention, string? Cue, bool IsSpeech);

/// <summary>
/// Builds a <see cref="Document"/> the way the pipeline will once the recognizer and alias resolution land: the
/// real tokenizer and sentence splitter, then every occurrence of the given names marked as a mention (longest
/// first, on token boundaries), one cluster per entity with its surname-only mentions joined to it, then the two
/// quote stages.
/// </summary>
internal static class QuoteTestDocument
{
    public static Document Analyze(string text, params TestEntity[] entities)
    {
        var document = new Document(text);
        new TokenizationStage().Process(document, default);
        new SentenceSplitter().Process(document, default);
        Mark(document, entities);
        new QuoteDetectionStage().Process(document, default);
        new QuoteAttributionStage().Process(document, default);
        return document;
    }

    public static List<TestQuote> Quotes(string text, params TestEntity[] entities) => Read(Analyze(text, entities));

    public static List<TestQuote> Read(Document document) => document.Quotes.Select(q => new TestQuote(
        document.Slice(q.ContentStart, q.ContentEnd),
        q.SpeakerCluster >= 0 ? document.Clusters[q.SpeakerCluster].Name : null,
        q.SpeakerStart >= 0 ? document.Slice(q.SpeakerStart, q.SpeakerEnd) : null,
        q.CueStart >= 0 ? document.Slice(q.CueStart, q.CueEnd) : null,
        q.IsSpeech)).ToList();

    private static void Mark(Document document, TestEntity[] entities)
    {
        var tokenAtStart = new Dictionary<int, int>();
        var tokenAtEnd = new Dictionary<int, int>();
        for (int t = 0; t < document.Tokens.Count; t++)
        {
            tokenAtStart[document.Tokens[t].Start] = t;
            tokenAtEnd[document.Tokens[t].End] = t;
        }

        var names = new List<(string Text, int Entity)>();
        for (int e = 0; e < entities.Length; e++)
        {
            names.Add((entities[e].Name, e));
            names.AddRange(entities[e].Aliases.Select(a => (a, e)));
            if (entities[e].Label == EntityLabel.Person && entities[e].Name.Contains(' ', StringComparison.Ordinal))
            {
                names.Add((entities[e].Name[(entities[e].Name.LastIndexOf(' ') + 1)..], e));
            }
        }

        var taken = new bool[document.Tokens.Count];
        var found = new List<(TokenRange Range, int Entity)>();
        foreach (var (name, e) in names.OrderByDescending(n => n.Text.Length))
        {
            int marked = 0;
            for (int at = document.Text.IndexOf(name, StringComparison.Ordinal); at >= 0 && marked < entities[e].MarkedOccurrences;
                at = document.Text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (tokenAtStart.TryGetValue(at, out int first) && tokenAtEnd.TryGetValue(at + name.Length, out int last)
                    && !taken.AsSpan(first, last - first + 1).Contains(true))
                {
                    taken.AsSpan(first, last - first + 1).Fill(true);
                    found.Add((new TokenRange(first, last + 1), e));
                    marked++;
                }
            }
        }

        found.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        var clusterOf = new int[entities.Length];
        Array.Fill(clusterOf, -1);
        foreach (var (range, e) in found)
        {
            if (clusterOf[e] < 0)
            {
                clusterOf[e] = document.Clusters.Count;
                var cluster = new EntityCluster(entities[e].Label, entities[e].Name) { Gender = entities[e].Gender };
                cluster.Roles.AddRange(entities[e].Roles);
                document.Clusters.Add(cluster);
            }

            document.Clusters[clusterOf[e]].NameMentions.Add(document.Mentions.Count);
            document.Mentions.Add(new NamedMention(range, entities[e].Label));
            document.MentionCluster.Add(clusterOf[e]);
        }
    }
}
