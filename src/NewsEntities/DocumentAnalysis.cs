namespace NewsEntities;

/// <summary>Everything extracted from one document: its entities and its quotes.</summary>
/// <param name="Entities">The entities mentioned in the document, in order of first mention.</param>
/// <param name="Quotes">The direct quotes in the document, in text order. Their speakers are items of <paramref name="Entities"/>.</param>
public sealed record DocumentAnalysis(IReadOnlyList<Entity> Entities, IReadOnlyList<Quote> Quotes);
