using NewsEntities.Recognition;

namespace NewsEntities.Resolution;

/// <summary>
/// One entity of a document while the pipeline runs: the name mentions that refer to it and the pronoun or
/// nominal mentions later stages link to it.
/// </summary>
/// <remarks>
/// Clusters are reused from one document to the next (<see cref="AliasWorkspace.RentCluster"/>): nothing may keep
/// one, or its lists, past the analysis of its document; what a corpus keeps is copied (<see cref="CorpusCluster"/>).
/// </remarks>
internal sealed class EntityCluster
{
    // Made on first use: most clusters never get a reference, and only people get roles.
    private List<ReferenceMention>? references;
    private List<string>? roles;

    public EntityCluster(EntityLabel label, string name)
    {
        Label = label;
        Name = name;
    }

    public EntityLabel Label { get; set; }

    /// <summary>Makes the cluster as new for another document, keeping its lists' storage.</summary>
    public void Reset(EntityLabel label, string name)
    {
        Label = label;
        Name = name;
        NameMentions.Clear();
        references?.Clear();
        roles?.Clear();
        Gender = default;
        Keys.Clear();
        GivenName = null;
        MiddleInitials = 0;
        Known = -1;
    }

    /// <summary>The canonical name chosen so far.</summary>
    public string Name { get; set; }

    /// <summary>Indices into <see cref="Pipeline.Document.Mentions"/>, in text order.</summary>
    public List<int> NameMentions { get; } = [];

    /// <summary>Pronoun and nominal references linked to the entity, by character offsets, in text order, never overlapping.</summary>
    public List<ReferenceMention> References => references ??= [];

    /// <summary>How many <see cref="References"/> there are, without making the list.</summary>
    public int ReferenceCount => references?.Count ?? 0;

    /// <summary>What the cluster knows about the person: gender from a given name or an honorific, when known.</summary>
    public Gender Gender { get; set; }

    /// <summary>
    /// Comparison keys of the cluster's names, for corpus resolution: the normalized surnames for a person, that of
    /// its fullest name (<see cref="Name"/>) first; the normalized names and acronyms for an organization; the
    /// canonical place name for a place.
    /// </summary>
    /// <remarks>
    /// Numbers in the document's <see cref="AliasWorkspace.KeyTable"/>, made strings only when a corpus keeps them
    /// (<see cref="Pipeline.ResultBuilder.BuildForCorpus"/>). A list reused with the cluster: the corpus cluster
    /// made from it takes a copy.
    /// </remarks>
    public List<int> Keys { get; } = [];

    /// <summary>The given name of the fullest name of a person, when the document gives one.</summary>
    public string? GivenName { get; set; }

    /// <summary>The middle initials of the name <see cref="GivenName"/> comes from (see <see cref="PersonName.MiddlesCompatible"/>).</summary>
    public ulong MiddleInitials { get; set; }

    /// <summary>The index of the registered entity (<see cref="KnownEntityTable.Entities"/>) the cluster is, or -1.</summary>
    public int Known { get; set; } = -1;

    /// <summary>Role words bound to the entity by apposition or pre-modifier ("secretary of state").</summary>
    public List<string> Roles => roles ??= [];

    /// <summary>How many <see cref="Roles"/> there are, without making the list.</summary>
    public int RoleCount => roles?.Count ?? 0;
}
