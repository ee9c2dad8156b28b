using NewsEntities.Tokenization;

namespace NewsEntities.Resolution;

/// <summary>Comparison keys of organization and place names: normalized text, initials, token subsequences.</summary>
internal static class OrganizationNames
{
    private static readonly string[] Minor = ["of", "the", "for", "and", "on", "in", "&"];

    /// <summary>
    /// Lower case, hyphens as spaces, typographic apostrophes as ASCII ones, no leading "the": "The Jerusalem Post" =
    /// "Jerusalem Post", "Macy’s" = "Macy's".
    /// </summary>
    public static string Key(string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return new string(WriteKey(name, buffer));
    }

    /// <summary>The number of the name's key (<see cref="Key(string)"/>) in the workspace's <see cref="AliasWorkspace.KeyTable"/>.</summary>
    public static int KeyNumber(ReadOnlySpan<char> name, AliasWorkspace work)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return work.KeyTable.Add(WriteKey(name, buffer));
    }

    // The key written into a buffer of the name's length: one pass, then lower case in place.
    private static ReadOnlySpan<char> WriteKey(ReadOnlySpan<char> name, Span<char> joined)
    {
        int length = 0;
        bool space = false;
        foreach (char c in name)
        {
            if (c is ' ' or '-')
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                joined[length++] = ' ';
                space = false;
            }

            joined[length++] = Tokenizer.AsciiApostrophe(c);
        }

        Span<char> lower = length <= 256 ? stackalloc char[length] : new char[length];
        joined[..length].ToLowerInvariant(lower);
        lower.CopyTo(joined);
        ReadOnlySpan<char> key = joined[..length];
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>Whether the name is written as an acronym: "PA", "U.N.", "USSC".</summary>
    public static bool IsAcronym(string name) => TokenShape.IsAllCaps(name, allowDigits: false);

    /// <inheritdoc cref="IsAcronym(string)"/>
    public static bool IsAcronym(ReadOnlySpan<char> name) => TokenShape.IsAllCaps(name, allowDigits: false);

    /// <summary>
    /// The number in the workspace's <see cref="AliasWorkspace.KeyTable"/> of an acronym's letters ("U.N." → "UN").
    /// </summary>
    public static int AcronymLettersNumber(ReadOnlySpan<char> acronym, AliasWorkspace work)
    {
        Span<char> letters = acronym.Length <= 256 ? stackalloc char[acronym.Length] : new char[acronym.Length];
        return work.KeyTable.Add(WriteAcronymLetters(acronym, letters));
    }

    private static ReadOnlySpan<char> WriteAcronymLetters(ReadOnlySpan<char> acronym, Span<char> letters)
    {
        int length = 0;
        foreach (char c in acronym)
        {
            if (char.IsLetter(c))
            {
                letters[length++] = c;
            }
        }

        return letters[..length];
    }

    /// <summary>
    /// The number in the workspace's <see cref="AliasWorkspace.KeyTable"/> of the initials of a multi-word name,
    /// minor words skipped and words written in capitals giving all their letters: "Palestinian National Authority"
    /// → "PNA", "Office of US Security Coordinator" → "OUSSC".
    /// </summary>
    /// <remarks>Built in a buffer, word by word, with no substring: this runs for every organization name.</remarks>
    public static int InitialsNumber(ReadOnlySpan<char> name, AliasWorkspace work)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return work.KeyTable.Add(WriteInitials(name, buffer));
    }

    private static ReadOnlySpan<char> WriteInitials(ReadOnlySpan<char> name, Span<char> chars)
    {
        int length = 0;
        var rest = name;
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(' ', '-');
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            if (word.IsEmpty || IsMinor(word))
            {
                continue;
            }

            if (TokenShape.IsAllCaps(word, allowDigits: false))
            {
                foreach (char c in word)
                {
                    if (char.IsLetter(c))
                    {
                        chars[length++] = c;
                    }
                }
            }
            else if (char.IsLetter(word[0]))
            {
                chars[length++] = char.ToUpperInvariant(word[0]);
            }
        }

        return chars[..length];
    }

    // The word lowered as string.ToLowerInvariant would lower it, compared with the minor words.
    private static bool IsMinor(ReadOnlySpan<char> word)
    {
        foreach (string minor in Minor)
        {
            if (minor.Length != word.Length)
            {
                continue;
            }

            int i = 0;
            while (i < word.Length && char.ToLowerInvariant(word[i]) == minor[i])
            {
                i++;
            }

            if (i == word.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the shorter name's key words appear in order in the longer one's with the same first and last word:
    /// "Palestinian Authority" within "Palestinian National Authority". Both are keys (<see cref="Key(string)"/>),
    /// words separated by single spaces.
    /// </summary>
    /// <remarks>The words are compared in place, with no array or substring: this runs for every new multi-word name.</remarks>
    public static bool IsOrderedSubset(ReadOnlySpan<char> shorter, ReadOnlySpan<char> longer)
    {
        int sCount = shorter.Count(' ') + 1;
        int lCount = longer.Count(' ') + 1;
        if (sCount < 2 || sCount >= lCount)
        {
            return false;
        }

        Span<Range> s = sCount <= 32 ? stackalloc Range[sCount] : new Range[sCount];
        Span<Range> l = lCount <= 32 ? stackalloc Range[lCount] : new Range[lCount];
        shorter.Split(s, ' ');
        longer.Split(l, ' ');
        if (!shorter[s[0]].SequenceEqual(longer[l[0]]) || !shorter[s[^1]].SequenceEqual(longer[l[^1]]))
        {
            return false;
        }

        int j = 0;
        foreach (var word in l)
        {
            if (j < sCount && longer[word].SequenceEqual(shorter[s[j]]))
            {
                j++;
            }
        }

        return j == sCount;
    }
}
