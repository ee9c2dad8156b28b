namespace NewsEntities;

/// <summary>One place in a document where an entity is referred to.</summary>
/// <remarks>
/// A value, compared by its members: a result stores its mentions inline, with no object of their own. The
/// <see langword="default"/> value, which no result holds, has a <see langword="null"/> <see cref="Text"/>.
/// </remarks>
/// <param name="Start">The index of the first character, in UTF-16 code units.</param>
/// <param name="End">The index just past the last character (exclusive).</param>
/// <param name="Text">The input text between <paramref name="Start"/> and <paramref name="End"/>.</param>
/// <param name="Kind">Whether the mention is a name, a pronoun or a nominal description.</param>
public readonly record struct Mention(int Start, int End, string Text, MentionKind Kind = MentionKind.Name);
