namespace NewsEntities.Resolution;

/// <summary>A pronoun or nominal reference to an entity, by character offsets into the document text.</summary>
internal readonly record struct ReferenceMention(int Start, int End, MentionKind Kind);
