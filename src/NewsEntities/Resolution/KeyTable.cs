namespace NewsEntities.Resolution;

/// <summary>
/// The comparison keys of one document (normalized names, surnames, initials, acronym letters, words of them), each
/// stored once and known by its number: equal keys have one number, so the alias stage indexes and compares numbers,
/// and a key is a string only when corpus resolution needs it (<see cref="AliasWorkspace.KeyString"/>).
/// </summary>
/// <remarks>
/// The characters are written one key after another in one buffer, found again through an open-addressing table of
/// numbers; all storage is kept from one document to the next and emptied with the workspace
/// (<see cref="Clear"/>), so a steady state makes no object. Used by one analysis at a time.
/// </remarks>
internal sealed class KeyTable
{
    private char[] chars = [];
    private int length;

    // By number: where the key's characters are, and its hash.
    private (int Start, int Length, int Hash)[] keys = [];

    // Number + 1 of the key in each bucket, 0 for none; a power of two in size, at most half full.
    private int[] buckets = [];

    /// <summary>How many distinct keys there are.</summary>
    public int Count { get; private set; }

    /// <summary>The storage held, in items, to bound what a pooled document keeps.</summary>
    public int Capacity => Math.Max(chars.Length / 8, Math.Max(keys.Length, buckets.Length / 2));

    /// <summary>The number of the key with these characters, added if new.</summary>
    public int Add(ReadOnlySpan<char> key)
    {
        if (2 * (Count + 1) > buckets.Length)
        {
            Grow();
        }

        int hash = Hash(key);
        int mask = buckets.Length - 1;
        for (int b = hash & mask; ; b = (b + 1) & mask)
        {
            int found = buckets[b] - 1;
            if (found < 0)
            {
                int added = Append(key, hash);
                buckets[b] = added + 1;
                return added;
            }

            if (keys[found].Hash == hash && Of(found).SequenceEqual(key))
            {
                return found;
            }
        }
    }

    /// <summary>The characters of key number <paramref name="key"/>, valid until the next <see cref="Add"/>.</summary>
    public ReadOnlySpan<char> Of(int key) => chars.AsSpan(keys[key].Start, keys[key].Length);

    /// <summary>Forgets every key, keeping the storage; no character of the document stays in it.</summary>
    public void Clear()
    {
        Array.Clear(chars, 0, length);
        Array.Clear(buckets);
        length = 0;
        Count = 0;
    }

    // FNV-1a over the UTF-16 code units: deterministic, and keys are short.
    private static int Hash(ReadOnlySpan<char> key)
    {
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private int Append(ReadOnlySpan<char> key, int hash)
    {
        if (chars.Length - length < key.Length)
        {
            // The key may be a span of the old buffer (a word of a key): it is copied before the buffer is dropped.
            var grown = new char[Math.Max(length + key.Length, Math.Max(256, chars.Length * 2))];
            chars.AsSpan(0, length).CopyTo(grown);
            key.CopyTo(grown.AsSpan(length));
            chars = grown;
        }
        else
        {
            key.CopyTo(chars.AsSpan(length));
        }

        if (Count == keys.Length)
        {
            Array.Resize(ref keys, Math.Max(32, keys.Length * 2));
        }

        keys[Count] = (length, key.Length, hash);
        length += key.Length;
        return Count++;
    }

    private void Grow()
    {
        buckets = new int[Math.Max(64, buckets.Length * 2)];
        int mask = buckets.Length - 1;
        for (int k = 0; k < Count; k++)
        {
            int b = keys[k].Hash & mask;
            while (buckets[b] != 0)
            {
                b = (b + 1) & mask;
            }

            buckets[b] = k + 1;
        }
    }
}
