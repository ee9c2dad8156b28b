using NewsEntities.Recognition;

namespace NewsEntities.Resolution;

/// <summary>
/// What corpus resolution needs of one entity of one document, kept while the rest of the document's working
/// state is let go: a corpus holds one of these per entity until every document has been read.
/// </summary>
/// <remarks>
/// A struct, laid out in its document's array: a waiting corpus holds one per entity, and an array of them is one
/// object for the collector instead of one per entity. Corpus resolution writes through references to the array.
/// </remarks>
internal struct CorpusCluster
{
    public CorpusCluster(EntityCluster cluster, int firstNameStart, int keyStart)
    {
        FirstNameStart = firstNameStart;
        Label = cluster.Label;
        Name = cluster.Name;
        // Keys and roles are copied out of their lists: the cluster is reused for the next document its
        // working document analyses (AliasWorkspace), long before corpus resolution. The keys go into one array
        // per document (CorpusDocument.Keys), not one per entity: a waiting corpus is that many fewer objects for
        // the collector to promote.
        KeyStart = keyStart;
        KeyCount = cluster.Keys.Count;
        GivenName = cluster.GivenName;
        MiddleInitials = cluster.MiddleInitials;
        Known = cluster.Known;
        Roles = cluster.RoleCount == 0 ? [] : [.. cluster.Roles];
    }

    /// <summary>
    /// The entity's type; corpus resolution replaces it with the type most of its group's documents give, when a
    /// full name is typed one way in some documents and another way in others.
    /// </summary>
    public EntityLabel Label { get; set; }

    /// <summary>Where the entity is first named in its document: corpus identifiers follow this order.</summary>
    public readonly int FirstNameStart { get; }

    /// <summary>The document-level canonical name; corpus resolution replaces it with the corpus-wide one.</summary>
    public string Name { get; set; }

    /// <summary>
    /// Where the entity's keys (<see cref="EntityCluster.Keys"/>) start in its document's
    /// <see cref="Pipeline.CorpusDocument.Keys"/>.
    /// </summary>
    public readonly int KeyStart { get; }

    /// <summary>How many keys the entity has.</summary>
    public readonly int KeyCount { get; }

    /// <inheritdoc cref="EntityCluster.GivenName"/>
    public readonly string? GivenName { get; }

    /// <inheritdoc cref="EntityCluster.MiddleInitials"/>
    public readonly ulong MiddleInitials { get; }

    /// <inheritdoc cref="EntityCluster.Known"/>
    public readonly int Known { get; }

    /// <inheritdoc cref="EntityCluster.Roles"/>
    public readonly string[] Roles { get; }

    /// <summary>Set by corpus resolution: the identifier the entity has in every document of the corpus.</summary>
    public string? GlobalId { get; set; }
}
