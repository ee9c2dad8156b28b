using System.Buffers;

namespace NewsEntities.Lexicons;

/// <summary>
/// The text a lexicon is probed with: a name of several words as written ("White&#160;House" with a no-break space
/// from a web page, "White  House" with two) is looked up with one ASCII space between its words, as the lists
/// write it.
/// </summary>
internal static class LookupText
{
    // char.IsWhiteSpace's set.
    private static readonly SearchValues<char> Spaces = SearchValues.Create(
        " \t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>Whether <paramref name="word"/> must be rewritten before a lookup (most text never is).</summary>
    /// <remarks>
    /// Lexicons are probed several times per token, mostly with one word: one vectorized search answers for those,
    /// and only a name of several words is read on (a first version searched twice and cost up to 3% of an analysis).
    /// </remarks>
    public static bool NeedsRewrite(ReadOnlySpan<char> word)
    {
        int first = word.IndexOfAny(Spaces);
        if (first < 0)
        {
            return false;
        }

        bool afterSpace = false;
        foreach (char c in word[first..])
        {
            bool space = char.IsWhiteSpace(c);
            if (space && (c != ' ' || afterSpace))
            {
                return true;
            }

            afterSpace = space;
        }

        return false;
    }

    /// <summary>
    /// <paramref name="word"/> with each run of whitespace as one space, written into <paramref name="buffer"/> (at
    /// least as long as the word).
    /// </summary>
    public static ReadOnlySpan<char> Rewrite(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int length = 0;
        bool space = false;
        foreach (char c in word)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = c;
        }

        return buffer[..length];
    }
}
