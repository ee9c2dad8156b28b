namespace NewsEntities.Tokenization;

/// <summary>
/// A token as a pair of offsets into the document text: no characters are copied, so the caller's string is the
/// single source of truth and every offset handed back points at what it says.
/// </summary>
/// <param name="Start">The index of the first UTF-16 code unit.</param>
/// <param name="Length">The number of UTF-16 code units.</param>
/// <param name="Kind">The coarse character class of the token.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>The index just past the token.</summary>
    public int End => Start + Length;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);
}
