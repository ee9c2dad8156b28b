namespace NewsEntities.Resolution;

/// <summary>Comparison keys of organization and place names: normalized text, initials, token subsequences.</summary>
internal static class OrganizationNames
{
    private static readonly string[] Minor = ["of", "the", "for", "and", "on", "in", "&"];

    /// <summary>Lower case, hyphens as spaces, no leading "the": "The Jerusalem Post" = "Jerusalem Post".</summary>
    public static string Key(string name) => Key(name, null);

    /// <summary>As <see cref="Key(string)"/>, the string shared through the alias workspace when it has made it before.</summary>
    public static string Key(string name, AliasWorkspace? work) => Key(name.AsSpan(), work);

    /// <inheritdoc cref="Key(string, AliasWorkspace?)"/>
    public static string Key(ReadOnlySpan<char> name, AliasWorkspace? work)
    {
        // One pass into a buffer and one string out: keys are made for every organization and place mention.
        Span<char> joined = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
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

            joined[length++] = c;
        }

        Span<char> lower = length <= 256 ? stackalloc char[length] : new char[length];
        joined[..length].ToLowerInvariant(lower);
        ReadOnlySpan<char> key = lower;
        key = key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
        return work is null ? new string(key) : work.Intern(key);
    }

    /// <summary>Whether the name is written as an acronym: "PA", "U.N.", "USSC".</summary>
    public static bool IsAcronym(string name) => TokenShape.IsAllCaps(name, allowDigits: false);

    /// <inheritdoc cref="IsAcronym(string)"/>
    public static bool IsAcronym(ReadOnlySpan<char> name) => TokenShape.IsAllCaps(name, allowDigits: false);

    /// <summary>The acronym letters of an acronym ("U.N." → "UN"); the acronym itself when it is letters only.</summary>
    public static string AcronymLetters(string acronym) => AcronymLetters(acronym, null);

    /// <inheritdoc cref="Key(string, AliasWorkspace?)"/>
    public static string AcronymLetters(string acronym, AliasWorkspace? work) =>
        AcronymLetters(acronym, acronym.AsSpan(), work);

    /// <inheritdoc cref="Key(string, AliasWorkspace?)"/>
    public static string AcronymLetters(ReadOnlySpan<char> acronym, AliasWorkspace work) => AcronymLetters(null, acronym, work);

    // The acronym's own string serves when it is letters only and there is one.
    private static string AcronymLetters(string? whole, ReadOnlySpan<char> acronym, AliasWorkspace? work)
    {
        Span<char> letters = acronym.Length <= 256 ? stackalloc char[acronym.Length] : new char[acronym.Length];
        int length = 0;
        foreach (char c in acronym)
        {
            if (char.IsLetter(c))
            {
                letters[length++] = c;
            }
        }

        return length == acronym.Length && whole is not null ? whole
            : work is null ? new string(letters[..length]) : work.Intern(letters[..length]);
    }

    /// <summary>
    /// The initials of a multi-word name, skipping minor words; words written in capitals give all their letters:
    /// "Palestinian National Authority" → "PNA", "Office of US Security Coordinator" → "OUSSC".
    /// </summary>
    /// <remarks>Built in a buffer, word by word, with no substring: this runs for every organization name.</remarks>
    public static string Initials(string name) => Initials(name, null);

    /// <inheritdoc cref="Key(string, AliasWorkspace?)"/>
    public static string Initials(string name, AliasWorkspace? work) => Initials(name.AsSpan(), work);

    /// <inheritdoc cref="Key(string, AliasWorkspace?)"/>
    public static string Initials(ReadOnlySpan<char> name, AliasWorkspace? work)
    {
        Span<char> chars = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
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

        return work is null ? new string(chars[..length]) : work.Intern(chars[..length]);
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
    public static bool IsOrderedSubset(string shorter, string longer)
    {
        int sCount = shorter.AsSpan().Count(' ') + 1;
        int lCount = longer.AsSpan().Count(' ') + 1;
        if (sCount < 2 || sCount >= lCount)
        {
            return false;
        }

        Span<Range> s = sCount <= 32 ? stackalloc Range[sCount] : new Range[sCount];
        Span<Range> l = lCount <= 32 ? stackalloc Range[lCount] : new Range[lCount];
        shorter.AsSpan().Split(s, ' ');
        longer.AsSpan().Split(l, ' ');
        if (!shorter.AsSpan()[s[0]].SequenceEqual(longer.AsSpan()[l[0]]) || !shorter.AsSpan()[s[^1]].SequenceEqual(longer.AsSpan()[l[^1]]))
        {
            return false;
        }

        int j = 0;
        foreach (var word in l)
        {
            if (j < sCount && longer.AsSpan()[word].SequenceEqual(shorter.AsSpan()[s[j]]))
            {
                j++;
            }
        }

        return j == sCount;
    }
}
