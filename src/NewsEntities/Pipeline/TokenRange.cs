namespace NewsEntities.Pipeline;

/// <summary>A run of tokens of a <see cref="Document"/>, by token index, end exclusive.</summary>
internal readonly record struct TokenRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int tokenIndex) => tokenIndex >= Start && tokenIndex < End;
}
