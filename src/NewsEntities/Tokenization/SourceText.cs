using System.Buffers;

namespace NewsEntities.Tokenization;

/// <summary>
/// The text the stages read, made from the caller's: invisible format characters left out
/// (<see cref="InvisibleCharacters"/>) and HTML character references read as the characters they stand for
/// (<see cref="CharacterReferences"/>). Almost every text has neither and is read as it is; for the others,
/// <see cref="Pipeline.Document.SourceSpan"/> takes result offsets back to the caller's characters.
/// </summary>
internal static class SourceText
{
    /// <summary>
    /// The text to analyse for <paramref name="source"/> (the same instance when nothing changes). Each character
    /// of <paramref name="source"/> that has no character of its own in the result (an invisible one, or the rest
    /// of a reference after the character it stands for) adds to <paramref name="removedAt"/> the result offset
    /// before which it stood, so the list is sorted; the rest of a reference also goes to
    /// <paramref name="referenceTails"/>, so that a span ending with the reference's character takes it whole.
    /// </summary>
    public static string Normalize(string source, List<int> removedAt, List<int> referenceTails)
    {
        removedAt.Clear();
        referenceTails.Clear();

        // An ampersand that starts no reference ("AT&T", "Q&A") changes nothing: a text with only such ones is
        // read as it is, without a copy.
        int ampersand = -1;
        int next = NextSpecial(source, 0, ref ampersand);
        while (next >= 0 && source[next] == '&' && !CharacterReferences.TryDecode(source.AsSpan(next), out _, out _))
        {
            next = NextSpecial(source, next + 1, ref ampersand);
        }

        if (next < 0)
        {
            return source;
        }

        // The result is never longer than the source: a reference is longer than its character.
        char[] kept = ArrayPool<char>.Shared.Rent(source.Length);
        try
        {
            int written = 0;
            int from = 0;
            while (next >= 0)
            {
                source.AsSpan(from, next - from).CopyTo(kept.AsSpan(written));
                written += next - from;
                from = next + 1;
                if (source[next] != '&')
                {
                    removedAt.Add(written);
                }
                else if (CharacterReferences.TryDecode(source.AsSpan(next), out var value, out int length))
                {
                    // One character, or two for one beyond U+FFFF (an emoji): the rest of the reference goes after.
                    bool shown = !(value.IsBmp && InvisibleCharacters.IsInvisible((char)value.Value));
                    int own = shown ? value.EncodeToUtf16(kept.AsSpan(written)) : 0;
                    written += own;
                    for (int k = own; k < length; k++)
                    {
                        removedAt.Add(written);
                        if (shown)
                        {
                            referenceTails.Add(written);
                        }
                    }

                    from = next + length;
                }
                else
                {
                    kept[written++] = '&';
                }

                next = NextSpecial(source, from, ref ampersand);
            }

            source.AsSpan(from).CopyTo(kept.AsSpan(written));
            written += source.Length - from;
            return new string(kept, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(kept);
        }
    }

    /// <summary>
    /// <paramref name="name"/> as the stages read it (the same instance when nothing changes): what an alias is
    /// made of, a name rather than its spelling.
    /// </summary>
    public static string Normalize(string name)
    {
        // A name is a few characters: a plain loop. The vector searches would read them in their generic scalar
        // tail, which allocated until the JIT's last tier (the steady-state allocation test caught it).
        foreach (char c in name)
        {
            if (c == '&' || InvisibleCharacters.IsInvisible(c))
            {
                var removed = new List<int>();
                string normalized = Normalize(name, removed, []);
                return removed.Count > 0 ? normalized : name;
            }
        }

        return name;
    }

    // The next '&' or invisible character at or after from, or -1. The next '&' is kept in ampersand between calls
    // (-1 before the first; past the end when there is none), so that a text with many invisible characters and
    // no '&' is not searched to its end for one at each of them.
    private static int NextSpecial(string source, int from, ref int ampersand)
    {
        if (ampersand < from)
        {
            ampersand = source.IndexOf('&', from);
            if (ampersand < 0)
            {
                ampersand = source.Length;
            }
        }

        int invisible = InvisibleCharacters.IndexOf(source.AsSpan(from, ampersand - from));
        return invisible >= 0 ? from + invisible : ampersand < source.Length ? ampersand : -1;
    }
}
