namespace NewsEntities;

/// <summary>
/// An entity the caller knows in advance: its canonical name, its type and the other names texts use for it.
/// Registered through <see cref="NewsExtractorOptions.KnownEntities"/>, it wins over what the extractor would
/// infer: mentions written as <see cref="Name"/> or one of <see cref="Aliases"/> resolve to it, and the
/// resulting <see cref="Entity.Name"/> is <see cref="Name"/>.
/// </summary>
/// <param name="Name">The canonical name reported for the entity ("William J. Burns"). Also matched as a name.</param>
/// <param name="Type">Whether the entity is a person, an organization or a place.</param>
/// <param name="Aliases">
/// Other names for the entity, written as texts write them ("Bill Burns", "Burns"). An alias may belong to one
/// registered entity only.
/// </param>
/// <example>
/// <code>
/// var extractor = NewsExtractor.Create(new NewsExtractorOptions
/// {
///     KnownEntities = [new KnownEntity("William J. Burns", EntityType.Person, ["Bill Burns", "Burns"])],
/// });
/// </code>
/// </example>
public sealed record KnownEntity(string Name, EntityType Type, IReadOnlyList<string> Aliases);
