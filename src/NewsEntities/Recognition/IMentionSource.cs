using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// Proposes candidate mentions for a document: the capitalization rules today, a statistical tagger later. The
/// recognition stage runs one source, then the rule corrections, so a source can be swapped without touching
/// the rules.
/// </summary>
internal interface IMentionSource
{
    /// <summary>Appends candidates in text order, never overlapping, to <paramref name="candidates"/>.</summary>
    void Propose(Document document, LineLayout layout, List<MentionCandidate> candidates);
}
