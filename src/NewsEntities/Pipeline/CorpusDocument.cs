using NewsEntities.Resolution;

namespace NewsEntities.Pipeline;

/// <summary>
/// One document of a corpus between its own analysis and corpus resolution: its result as offsets (see
/// <see cref="ResultBuilder"/>) and what resolution needs of each of its entities. Neither the document's working
/// layers nor its result objects are kept: a waiting corpus holds pointer-free draft arrays, which the collector
/// copies but never traces, one <see cref="CorpusCluster"/> struct per entity and one array of keys; the results are made once their
/// corpus identifiers and names are known.
/// </summary>
internal sealed class CorpusDocument
{
    public CorpusDocument(string text, MentionDraft[] mentions, int[] entityStarts, QuoteDraft[] quotes, CorpusCluster[] clusters, string[] keys)
    {
        Keys = keys;
        Text = text;
        Mentions = mentions;
        EntityStarts = entityStarts;
        Quotes = quotes;
        Clusters = clusters;
    }

    /// <summary>The caller's text: mention and quote texts are cut from it when the result is made.</summary>
    public string Text { get; }

    /// <summary>The mentions of every entity, entity after entity, each entity's sorted by position.</summary>
    public MentionDraft[] Mentions { get; }

    /// <summary>Entity e's mentions are <see cref="Mentions"/>[EntityStarts[e]..EntityStarts[e + 1]].</summary>
    public int[] EntityStarts { get; }

    /// <summary>The speech quotes, their speakers as entity indices.</summary>
    public QuoteDraft[] Quotes { get; }

    /// <summary>Set by corpus resolution when two entities of the document turned out to be one.</summary>
    public bool HasMerges { get; set; }

    /// <summary>What corpus resolution needs of each entity, in order of first mention.</summary>
    public CorpusCluster[] Clusters { get; }

    /// <summary>The comparison keys of every entity, entity after entity (see <see cref="KeysOf"/>).</summary>
    public string[] Keys { get; }

    /// <summary>The comparison keys (<see cref="EntityCluster.Keys"/>) of entity <paramref name="entity"/>.</summary>
    public ReadOnlySpan<string> KeysOf(int entity) => Keys.AsSpan(Clusters[entity].KeyStart, Clusters[entity].KeyCount);

    public ReadOnlySpan<MentionDraft> MentionsOf(int entity) =>
        Mentions.AsSpan(EntityStarts[entity], EntityStarts[entity + 1] - EntityStarts[entity]);
}
