namespace NewsEntities.Tokenization;

/// <summary>The coarse class of a token, decided from its characters alone.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, inner hyphens, apostrophes or abbreviation periods.</summary>
    Word,

    /// <summary>Starts with a digit: 2023, 1,000.50, 4G, 13-year-old.</summary>
    Number,

    /// <summary>A punctuation mark, quote marks and apostrophes included.</summary>
    Punctuation,

    /// <summary>A currency sign, emoji or other symbol.</summary>
    Symbol,
}
