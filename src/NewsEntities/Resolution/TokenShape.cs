namespace NewsEntities.Resolution;

/// <summary>Spelling tests on one token's characters.</summary>
internal static class TokenShape
{
    /// <summary>
    /// Two or more letters, all upper case, dots and ampersands allowed, and digits unless
    /// <paramref name="allowDigits"/> is false: "PNA", "U.N.", "G7S".
    /// </summary>
    public static bool IsAllCaps(ReadOnlySpan<char> word, bool allowDigits = true)
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
            else if (c != '.' && c != '&' && !(allowDigits && char.IsDigit(c)))
            {
                return false;
            }
        }

        return letters >= 2;
    }
}
