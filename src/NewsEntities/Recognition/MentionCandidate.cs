using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>A proposed mention: a token range, a label and how sure the proposer was.</summary>
internal readonly record struct MentionCandidate(TokenRange Tokens, EntityLabel Label, CandidateEvidence Evidence);
