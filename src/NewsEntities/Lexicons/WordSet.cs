namespace NewsEntities.Lexicons;

/// <summary>
/// An immutable set of words or phrases, compared case-insensitively, that can be probed with a span so that
/// lookups of token text allocate nothing on .NET 9 and later. A span is looked up as <see cref="LookupText"/> writes it.
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string> items;
#if NET9_0_OR_GREATER
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> spanLookup;
#endif

    public WordSet(IEnumerable<string> items)
    {
        this.items = new HashSet<string>(items, StringComparer.OrdinalIgnoreCase);
#if NET9_0_OR_GREATER
        spanLookup = this.items.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    public int Count => items.Count;

    public bool Contains(string word) => items.Contains(word);

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (LookupText.NeedsRewrite(word))
        {
            Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
            return Find(LookupText.Rewrite(word, buffer));
        }

        return Find(word);
    }

    private bool Find(ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        return spanLookup.Contains(word);
#else
        return items.Contains(word.ToString());
#endif
    }
}
