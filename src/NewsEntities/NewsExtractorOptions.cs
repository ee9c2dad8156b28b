namespace NewsEntities;

/// <summary>How a <see cref="NewsExtractor"/> made by <see cref="NewsExtractor.Create"/> behaves.</summary>
public sealed record NewsExtractorOptions
{
    /// <summary>
    /// Entities registered in advance, whose canonical names and aliases win over inferred ones. Empty by default.
    /// The list is copied when the extractor is created: changing it afterwards has no effect.
    /// </summary>
    public IReadOnlyList<KnownEntity> KnownEntities { get; init; } = [];
}
