namespace NewsEntities.Recognition.Statistical;

/// <summary>Character-class sketches of a token ("Blinken" → "Xxxx" long, "Xx" short; "U.S." → "X.X.").</summary>
internal static class WordShape
{
    private const int MaxLength = 16;

    [Flags]
    public enum Flags : byte
    {
        None = 0,
        Capitalized = 1,
        AllUpper = 2,
        Lowercase = 4,
        HasDigit = 8,
        HasLetter = 16,
    }

    /// <summary>Hashes of the long shape (runs capped at four) and the short shape (runs collapsed), and the flags.</summary>
    public static Flags Compute(ReadOnlySpan<char> token, out ulong longShape, out ulong shortShape)
    {
        Span<char> full = stackalloc char[MaxLength];
        Span<char> brief = stackalloc char[MaxLength];
        int fullLength = 0;
        int briefLength = 0;
        int run = 0;
        bool anyLower = false;
        bool anyUpper = false;
        Flags flags = Flags.None;
        foreach (char c in token)
        {
            char cls;
            if (char.IsUpper(c))
            {
                cls = 'X';
                anyUpper = true;
            }
            else if (char.IsLower(c))
            {
                cls = 'x';
                anyLower = true;
            }
            else if (char.IsDigit(c))
            {
                cls = 'd';
                flags |= Flags.HasDigit;
            }
            else if (char.IsLetter(c))
            {
                // Caseless scripts read as lower case: they never start a capitalised name.
                cls = 'x';
                anyLower = true;
            }
            else
            {
                cls = c;
            }

            if (briefLength > 0 && brief[briefLength - 1] == cls)
            {
                run++;
            }
            else
            {
                run = 1;
                if (briefLength < MaxLength)
                {
                    brief[briefLength++] = cls;
                }
            }

            if (run <= 4 && fullLength < MaxLength)
            {
                full[fullLength++] = cls;
            }
        }

        if (token.Length > 0)
        {
            if (char.IsUpper(token[0]))
            {
                flags |= Flags.Capitalized;
            }
            else if (char.IsLower(token[0]))
            {
                flags |= Flags.Lowercase;
            }
        }

        if (anyUpper || anyLower)
        {
            flags |= Flags.HasLetter;
        }

        if (anyUpper && !anyLower)
        {
            flags |= Flags.AllUpper;
        }

        longShape = FeatureHash.Of(full[..fullLength]);
        shortShape = FeatureHash.Of(brief[..briefLength]);
        return flags;
    }
}
