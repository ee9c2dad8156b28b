namespace NewsEntities.Quotes;

/// <summary>
/// A read-only, case-insensitive map from words to a small value, looked up by character span so that the
/// document's text is never copied into strings (net8.0 has no alternate lookup for spans on its dictionaries).
/// Open addressing over a power-of-two table; built once, then shared by every thread.
/// </summary>
internal sealed class SpanWordTable<TValue>
    where TValue : struct
{
    private readonly string?[] keys;
    private readonly TValue[] values;
    private readonly int mask;

    public SpanWordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var list = entries.ToList();
        int size = 16;
        while (size < list.Count * 2)
        {
            size <<= 1;
        }

        keys = new string?[size];
        values = new TValue[size];
        mask = size - 1;
        foreach (var (key, value) in list)
        {
            int slot = Hash(key) & mask;
            while (keys[slot] is { } existing && !existing.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            values[slot] = value;
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (word.Length > 0)
        {
            int slot = Hash(word) & mask;
            while (keys[slot] is { } key)
            {
                if (word.Equals(key, StringComparison.OrdinalIgnoreCase))
                {
                    value = values[slot];
                    return true;
                }

                slot = (slot + 1) & mask;
            }
        }

        value = default;
        return false;
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            // ASCII letters fold with a bit; anything else through the invariant culture.
            char lower = c < 0x80 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            hash = (hash ^ lower) * 16777619;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
