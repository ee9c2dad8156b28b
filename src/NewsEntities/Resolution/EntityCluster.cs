using NewsEntities.Recognition;

namespace NewsEntities.Resolution;

/// <summary>
/// One entity of a document while the pipeline runs: the name mentions that refer to it and the pronoun or
/// nominal mentions later stages link to it.
/// </summary>
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

    /// <summary>The canonical name chosen so far.</summary>
    public string Name { get; set; }

    /// <summary>Indices into <see cref="Pipeline.Document.Mentions"/>, in text order.</summary>
    public List<int> NameMentions { get; } = [];

    /// <summary>Pronoun and nominal references linked to the entity, by character offsets.</summary>
    public List<ReferenceMention> References => references ??= [];

    /// <summary>How many <see cref="References"/> there are, without making the list.</summary>
    public int ReferenceCount => references?.Count ?? 0;

    /// <summary>What the cluster knows about the person: gender from a given name or an honorific, when known.</summary>
    public Gender Gender { get; set; }

    /// <summary>
    /// Comparison keys of the cluster's names, for corpus resolution: the normalized surname for a person, the
    /// normalized names and acronyms for an organization, the canonical place name for a place.
    /// </summary>
    /// <remarks>Set once, exact-size (most clusters have one key), and shared by the corpus cluster made from it.</remarks>
    public string[] Keys { get; set; } = [];

    /// <summary>The given name of the fullest name of a person, when the document gives one.</summary>
    public string? GivenName { get; set; }

    /// <summary>The index of the registered entity (<see cref="KnownEntityTable.Entities"/>) the cluster is, or -1.</summary>
    public int Known { get; set; } = -1;

    /// <summary>Role words bound to the entity by apposition or pre-modifier ("secretary of state").</summary>
    public List<string> Roles => roles ??= [];

    /// <summary>How many <see cref="Roles"/> there are, without making the list.</summary>
    public int RoleCount => roles?.Count ?? 0;
}
