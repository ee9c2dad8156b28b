using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>A proper-name mention found by the recognizer: a token range and its label.</summary>
internal readonly record struct NamedMention(TokenRange Tokens, EntityLabel Label);
