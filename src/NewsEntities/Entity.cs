using NewsEntities.Pipeline;

namespace NewsEntities;

/// <summary>
/// A person, organization or place, with every name a document (or a corpus) uses for it.
/// </summary>
/// <remarks>
/// Entities are compared by reference: the same <see cref="Entity"/> instance is shared by a document's
/// <see cref="DocumentAnalysis.Entities"/> list and by the <see cref="Quote.Speaker"/> of its quotes.
/// </remarks>
public sealed class Entity
{
    private readonly ReadOnlySlice<Mention> mentions;

    internal Entity(string id, string name, EntityType type, IReadOnlyList<string> aliases, ReadOnlySlice<Mention> mentions)
    {
        Id = id;
        Name = name;
        Type = type;
        Aliases = aliases;
        this.mentions = mentions;
    }

    /// <summary>
    /// An identifier unique within one result ("e1", "e2", ...). In corpus mode the same real-world entity has the
    /// same identifier in every document of the corpus.
    /// </summary>
    public string Id { get; }

    /// <summary>The canonical name: the fullest, most reliable name used for the entity.</summary>
    public string Name { get; }

    /// <summary>Whether the entity is a person, an organization or a place.</summary>
    public EntityType Type { get; }

    /// <summary>
    /// The distinct names used for the entity, in order of first appearance. For an organization named with a
    /// leading "The" ("The Jerusalem Post"), the name without it is an alias too, as English drops the article in
    /// use ("a Jerusalem Post reporter"); <see cref="Mentions"/> always hold exactly what the text writes.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Every mention of the entity in the document, in text order.</summary>
    public IReadOnlyList<Mention> Mentions => mentions;

    /// <summary><see cref="Mentions"/> as a span, in text order, for searching.</summary>
    internal ReadOnlySpan<Mention> MentionSpan => mentions.AsSpan();

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Type})";
}
