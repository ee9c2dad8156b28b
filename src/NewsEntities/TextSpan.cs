namespace NewsEntities;

/// <summary>A run of the caller's text, located by UTF-16 offsets into the string that was analysed.</summary>
/// <param name="Start">The index of the first character.</param>
/// <param name="End">The index just past the last character (exclusive).</param>
/// <param name="Text">The characters of the input between <paramref name="Start"/> and <paramref name="End"/>, exactly as given.</param>
public sealed record TextSpan(int Start, int End, string Text)
{
    /// <summary>The number of UTF-16 code units in the span.</summary>
    public int Length => End - Start;
}
