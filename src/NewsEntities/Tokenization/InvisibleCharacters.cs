using System.Buffers;

namespace NewsEntities.Tokenization;

/// <summary>
/// The invisible format characters that web pages, word processors and feeds leave inside text: the soft hyphen a
/// hyphenating editor puts in long words, zero-width spaces and joiners, direction marks around names, the word
/// joiner and the byte-order mark. A reader sees "Oba&#xAD;ma" as "Obama"; so must the analysis, whose word tables,
/// feature hashes and name keys compare characters. The pipeline therefore reads the caller's text without them
/// and maps every offset of its results back (see <see cref="Pipeline.Document"/>): stripping once is one vector
/// search on the text that has none, where teaching every comparison to skip them would cost on every character.
/// </summary>
internal static class InvisibleCharacters
{
    // Every invisible character lies above this one.
    private const char LastVisible = '\u00AC';

    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        "\u00AD\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF");

    /// <summary>
    /// <paramref name="text"/> without its invisible characters (the same instance when it has none). For each
    /// removed character, <paramref name="removedAt"/> gets the offset in the returned text at which it stood, so
    /// the list is sorted, and a run of them gives one entry each at the same offset.
    /// </summary>
    public static string Strip(string text, List<int> removedAt)
    {
        removedAt.Clear();
        int next = IndexOfInvisible(text);
        if (next < 0)
        {
            return text;
        }

        char[] kept = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            int written = 0;
            int from = 0;
            while (next >= 0)
            {
                int at = from + next;
                text.AsSpan(from, at - from).CopyTo(kept.AsSpan(written));
                written += at - from;
                removedAt.Add(written);
                from = at + 1;
                next = IndexOfInvisible(text.AsSpan(from));
            }

            text.AsSpan(from).CopyTo(kept.AsSpan(written));
            written += text.Length - from;
            return new string(kept, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(kept);
        }
    }

    /// <summary><paramref name="text"/> without its invisible characters (the same instance when it has none).</summary>
    public static string Strip(string text)
    {
        // A name is a few characters: a plain loop. The vector search would read them in its generic scalar tail,
        // which allocated until the JIT's last tier (the steady-state allocation test caught it).
        int invisible = 0;
        foreach (char c in text)
        {
            invisible += c > LastVisible && Invisible.Contains(c) ? 1 : 0;
        }

        if (invisible == 0)
        {
            return text;
        }

        return string.Create(text.Length - invisible, text, static (kept, text) =>
        {
            int written = 0;
            foreach (char c in text)
            {
                if (!Invisible.Contains(c))
                {
                    kept[written++] = c;
                }
            }
        });
    }

    // Every invisible character lies above U+00AC, and news text mostly below: a vectorized search for the first
    // character outside that range, checked against the set, is about four times faster than searching for the set
    // (PolNeAR articles, about 35 such characters each: 0.2 against 0.7 ms per 200 articles once jitted).
    private static int IndexOfInvisible(ReadOnlySpan<char> text)
    {
        int at = 0;
        while (true)
        {
            int found = text[at..].IndexOfAnyExceptInRange('\0', LastVisible);
            if (found < 0)
            {
                return -1;
            }

            at += found;
            if (Invisible.Contains(text[at]))
            {
                return at;
            }

            at++;
        }
    }
}
