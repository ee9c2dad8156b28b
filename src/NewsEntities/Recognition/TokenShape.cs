namespace NewsEntities.Recognition;

/// <summary>Spelling tests on one token's characters.</summary>
internal static class TokenShape
{
    /// <summary>Starts with an upper-case letter: "Blinken", "U.S.", "PA".</summary>
    public static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>Two or more letters, all upper case, dots allowed: "PNA", "U.N.".</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c != '.' && c != '&' && !char.IsDigit(c))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    /// <summary>An Arabic article or particle glued by a hyphen to a capitalized name: "al-Ahmad", "Al-Sisi", "el-Sisi".</summary>
    public static bool HasArticlePrefix(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen < 2 || hyphen > 3 || hyphen + 1 >= word.Length || !char.IsUpper(word[hyphen + 1]))
        {
            return false;
        }

        var prefix = word[..hyphen];
        return prefix.Equals("al", StringComparison.OrdinalIgnoreCase) || prefix.Equals("el", StringComparison.OrdinalIgnoreCase)
            || prefix.Equals("ad", StringComparison.OrdinalIgnoreCase) || prefix.Equals("as", StringComparison.OrdinalIgnoreCase)
            || prefix.Equals("an", StringComparison.OrdinalIgnoreCase) || prefix.Equals("ar", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A lower-case article prefix on a name ("al-Ahmad"): a name token although it starts in lower case.</summary>
    public static bool IsLowerArticleName(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]) && HasArticlePrefix(word);

    /// <summary>An initial such as "R." or "J".</summary>
    public static bool IsInitial(ReadOnlySpan<char> word) =>
        (word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.') || (word.Length == 1 && char.IsUpper(word[0]));

    /// <summary>
    /// Ends like a common noun, verb or adverb rather than a name ("Developments", "Heightened", "Mapping"): such
    /// words do not make a person name by capitals alone.
    /// </summary>
    public static bool HasCommonWordEnding(ReadOnlySpan<char> word)
    {
        if (word.Length < 5)
        {
            return false;
        }

        return EndsWith(word, "ing") || EndsWith(word, "tion") || EndsWith(word, "tions") || EndsWith(word, "ment")
            || EndsWith(word, "ments") || EndsWith(word, "ism") || EndsWith(word, "ity") || EndsWith(word, "ness")
            || EndsWith(word, "ance") || EndsWith(word, "ence") || EndsWith(word, "ship") || EndsWith(word, "ics")
            || EndsWith(word, "ened") || EndsWith(word, "ated") || EndsWith(word, "ized") || EndsWith(word, "ised") || EndsWith(word, "ly") || EndsWith(word, "ies") || EndsWith(word, "ive")
            || EndsWith(word, "ful") || EndsWith(word, "less") || EndsWith(word, "ous") || EndsWith(word, "ysis")
            || EndsWith(word, "ates");
    }

    private static bool EndsWith(ReadOnlySpan<char> word, string suffix) => word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
}
