namespace NewsEntities;

/// <summary>A run of the caller's text, located by UTF-16 offsets into the string that was analysed.</summary>
/// <remarks>
/// A value, compared by its members: a quote holds its spans inline, with no object of their own. The
/// <see langword="default"/> value, which no result holds, has a <see langword="null"/> <see cref="Text"/>.
/// </remarks>
/// <param name="Start">The index of the first character.</param>
/// <param name="End">The index just past the last character (exclusive).</param>
/// <param name="Text">The characters of the input between <paramref name="Start"/> and <paramref name="End"/>, exactly as given.</param>
public readonly record struct TextSpan(int Start, int End, string Text)
{
    /// <summary>The number of UTF-16 code units in the span.</summary>
    public int Length => End - Start;
}
