namespace NewsEntities.Lexicons;

/// <summary>
/// An immutable map from words or phrases (compared case-insensitively) to values, probed with spans without
/// allocating on .NET 9 and later. A span is looked up as <see cref="LookupText"/> writes it.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class WordMap<TValue>
{
    private readonly Dictionary<string, TValue> items;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> spanLookup;
#endif

    public WordMap(Dictionary<string, TValue> items)
    {
        this.items = new Dictionary<string, TValue>(items, StringComparer.OrdinalIgnoreCase);
#if NET9_0_OR_GREATER
        spanLookup = this.items.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    public int Count => items.Count;

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value) =>
        items.TryGetValue(key, out value);

    public bool TryGetValue(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
    {
        if (LookupText.NeedsRewrite(key))
        {
            Span<char> buffer = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
            return Find(LookupText.Rewrite(key, buffer), out value);
        }

        return Find(key, out value);
    }

    private bool Find(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
    {
#if NET9_0_OR_GREATER
        return spanLookup.TryGetValue(key, out value);
#else
        return items.TryGetValue(key.ToString(), out value);
#endif
    }

    public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _);
}
