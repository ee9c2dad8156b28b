using NewsEntities.Recognition;
using NewsEntities.Resolution;

namespace NewsEntities.Quotes;

/// <summary>
/// A phrase that could be the speaker of a quote, by token range. Built once per document in text order, so the
/// attribution can search them by position.
/// </summary>
internal struct SpeakerCandidate
{
    public int TokenStart;
    public int TokenEnd;
    public int HeadToken;
    public CandidateKind Kind;
    public EntityLabel Label;
    public Gender Gender;
    public bool Plural;
    public bool InQuote;

    /// <summary>The cluster the candidate names: set for names, found on demand for pronouns and descriptions.</summary>
    public int Cluster;

    /// <summary>Whether <see cref="Cluster"/> is final (descriptions and pronouns are resolved lazily).</summary>
    public bool Resolved;

    public readonly bool IsPersonName => Kind == CandidateKind.Name && Label == EntityLabel.Person;
}
