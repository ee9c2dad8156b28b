using NewsEntities.Lexicons;
using NewsEntities.Tokenization;

namespace NewsEntities.Resolution;

/// <summary>
/// A person's name cut into parts: given name, middle names or initials, and surname with its particles
/// ("Nabil | Abu Rudeineh", "Azzam | al-Ahmad", "Michael | R. | Fenzel"). Titles never reach here: the
/// recognizer strips them.
/// </summary>
/// <remarks>A struct: one is parsed for every person mention, and arrays of them hold no object per mention.</remarks>
internal readonly struct PersonName
{
    private PersonName(string? given, string surnameKey)
    {
        Given = given;
        SurnameKey = surnameKey;
    }

    /// <summary>The first given name, or null for a surname alone ("Blinken", "Abu Rudeineh").</summary>
    public string? Given { get; }

    /// <summary>The surname for comparison: lower case, hyphens as spaces, without a leading Arabic article.</summary>
    public string SurnameKey { get; }

    /// <summary>Parses the name tokens of a mention.</summary>
    public static PersonName Parse(IReadOnlyList<string> tokens, Lexicon lexicon) => Parse(string.Join(' ', tokens), lexicon);

    /// <summary>Parses a name written as words separated by single spaces, as mention names are.</summary>
    /// <remarks>The parts are cut out of <paramref name="name"/>: this runs for every person mention.</remarks>
    public static PersonName Parse(string name, Lexicon lexicon) => Parse(name, lexicon, null);

    /// <summary>As <see cref="Parse(string, Lexicon)"/>, the parts' strings shared through the alias workspace.</summary>
    public static PersonName Parse(string name, Lexicon lexicon, AliasWorkspace? work) => Parse(name.AsSpan(), lexicon, work);

    /// <summary>As <see cref="Parse(string, Lexicon)"/>, from the characters of the name.</summary>
    public static PersonName Parse(ReadOnlySpan<char> name, Lexicon lexicon, AliasWorkspace? work)
    {
        var surname = Cut(name, lexicon, out var given, out _);
        string? givenName = given is not { } g ? null : work is null ? name[g].ToString() : work.Intern(name[g]);
        return new PersonName(givenName, Normalize(surname, work));
    }

    /// <summary>
    /// As <see cref="Parse(ReadOnlySpan{char}, Lexicon, AliasWorkspace?)"/>, the surname key as its number in the
    /// workspace's <see cref="AliasWorkspace.KeyTable"/>: no string is made for it.
    /// </summary>
    public static PersonKey ParseKey(ReadOnlySpan<char> name, Lexicon lexicon, AliasWorkspace work)
    {
        var surname = Cut(name, lexicon, out var given, out ulong middle);
        Span<char> key = surname.Length <= 256 ? stackalloc char[surname.Length] : new char[surname.Length];
        return new PersonKey(given is { } g ? work.Intern(name[g]) : null, work.KeyTable.Add(WriteKey(surname, key)), middle);
    }

    // The surname, the range of the given name if there is one, and the middle initials (MiddleInitials). A name
    // with no word has an empty surname.
    private static ReadOnlySpan<char> Cut(ReadOnlySpan<char> name, Lexicon lexicon, out Range? given, out ulong middle)
    {
        given = null;
        middle = 0;
        int count = name.Count(' ') + 1;
        Span<Range> words = count <= 32 ? stackalloc Range[count] : new Range[count];
        count = name.Split(words, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count == 0)
        {
            return default;
        }

        int end = count;

        // Suffixes such as "Jr." are not the surname.
        while (end > 1 && IsSuffix(name[words[end - 1]]))
        {
            end--;
        }

        // "Van Hollen" and "Le Pen" keep their particles; "Ben Carson" has none.
        int surnameStart = end - 1;
        while (surnameStart > 0 && lexicon.Particles.Contains(name[words[surnameStart - 1]])
            && !(surnameStart == 1 && IsGivenNameLikeParticle(name[words[0]])))
        {
            surnameStart--;
        }

        given = surnameStart > 0 ? words[0] : null;
        middle = surnameStart > 1 ? MiddleInitials(name, words[1..surnameStart]) : 0;
        return name[words[surnameStart].Start..words[end - 1].End];
    }

    /// <summary>
    /// The letters of middle names written only as initials ("W." of George W. Bush, "H.W." of George H.W. Bush),
    /// five bits each, or 0 when there are none or any middle name is spelled out. Two full names whose initials
    /// differ are two people, father and son as often as not; a spelled-out middle name ("Luiz Inácio Lula da
    /// Silva", written "Luiz Inácio da Silva" as well) varies too much between writers to tell anyone apart.
    /// </summary>
    private static ulong MiddleInitials(ReadOnlySpan<char> name, ReadOnlySpan<Range> middles)
    {
        ulong code = 0;
        int letters = 0;
        foreach (var range in middles)
        {
            var word = name[range];
            foreach (char c in word)
            {
                if (c is >= 'A' and <= 'Z' && letters < MaxMiddleInitials)
                {
                    code = (code << 5) | (uint)(c - 'A' + 1);
                    letters++;
                }
                else if (c != '.')
                {
                    return 0;
                }
            }
        }

        return code;
    }

    // Five bits a letter fit twelve in a ulong; no one has more initials.
    private const int MaxMiddleInitials = 12;

    /// <summary>Whether two middle-initial codes (<see cref="MiddleInitials"/>) can belong to one person.</summary>
    public static bool MiddlesCompatible(ulong a, ulong b) => a == 0 || b == 0 || a == b;

    /// <summary>
    /// "Ben" and "Al" opening a name are given names in English news ("Ben Carson", "Al Gore"), where "bin" and "al"
    /// of Arabic names are written in lower case or joined by a hyphen.
    /// </summary>
    public static bool IsGivenNameLikeParticle(ReadOnlySpan<char> firstWord) => firstWord is "Ben" or "Al";

    /// <summary>
    /// Lower case, hyphens as spaces, typographic apostrophes as ASCII ones, no leading "al"/"el" article: "Al-Ahmad",
    /// "al-Ahmad" and "Ahmad" meet, and so do "O’Rourke" and "O'Rourke".
    /// </summary>
    /// <remarks>One pass into a buffer and one string out: this runs for every person mention.</remarks>
    public static string Normalize(ReadOnlySpan<char> surname) => Normalize(surname, null);

    private static string Normalize(ReadOnlySpan<char> surname, AliasWorkspace? work)
    {
        Span<char> key = surname.Length <= 256 ? stackalloc char[surname.Length] : new char[surname.Length];
        var result = WriteKey(surname, key);
        return work is null ? new string(result) : work.Intern(result);
    }

    // The key written into a buffer of the surname's length.
    private static ReadOnlySpan<char> WriteKey(ReadOnlySpan<char> surname, Span<char> key)
    {
        surname.ToLowerInvariant(key);
        key.Replace('-', ' ');
        key.Replace(Tokenizer.TypographicApostrophe, '\'');
        ReadOnlySpan<char> result = key;
        if (result.StartsWith("al ", StringComparison.Ordinal) || result.StartsWith("el ", StringComparison.Ordinal))
        {
            result = result[3..];
        }

        return result;
    }

    /// <summary>
    /// Whether two given names can belong to one person: equal, one the initial of the other, a name and its
    /// nickname ("William", "Bill"), or one edit apart when that edit leads to a nickname pair ("Williams" for
    /// "William", so "Bill").
    /// </summary>
    public static bool GivenNamesCompatible(string a, string b, NicknameTable nicknames) =>
        GivenNamesMatchExactly(a, b, nicknames) || ViaNearName(a, b, nicknames) || ViaNearName(b, a, nicknames);

    /// <summary>
    /// Whether two given names match without any spelling edit: equal, one the initial of the other, or a name and
    /// its nickname. A match that needs an edit ("Williams") is weaker evidence; corpus resolution asks more of it.
    /// </summary>
    public static bool GivenNamesMatchExactly(string a, string b, NicknameTable nicknames)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string ta = a.TrimEnd('.');
        string tb = b.TrimEnd('.');
        if ((ta.Length == 1 && tb.StartsWith(ta, StringComparison.OrdinalIgnoreCase)) || (tb.Length == 1 && ta.StartsWith(tb, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return nicknames.AreVariants(a, b);
    }

    // A misspelt or inflected given name ("Williams") one edit away from a name the table knows ("William").
    private static bool ViaNearName(string misspelt, string other, NicknameTable nicknames)
    {
        if (misspelt.Length < 4 || nicknames.Knows(misspelt))
        {
            return false;
        }

        if (misspelt.EndsWith('s'))
        {
            string stem = misspelt[..^1];
            if (nicknames.Knows(stem) && nicknames.AreVariants(stem, other))
            {
                return true;
            }
        }

        return other.Length >= 4 && EditDistanceAtMostOne(misspelt, other);
    }

    /// <summary>Whether the two strings differ by at most one insertion, deletion or substitution (ignoring case).</summary>
    public static bool EditDistanceAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0;
        int j = 0;
        bool edited = false;
        while (i < a.Length && j < b.Length)
        {
            if (char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[j]))
            {
                i++;
                j++;
                continue;
            }

            if (edited)
            {
                return false;
            }

            edited = true;
            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return !edited || (i == a.Length && j == b.Length);
    }

    private static bool IsSuffix(ReadOnlySpan<char> token) => token is "Jr." or "Jr" or "Sr." or "Sr" or "II" or "III" or "IV";
}

/// <summary>
/// A person mention's name as the alias stage keeps it: the first given name (null for a surname alone), the
/// number of the surname key (<see cref="PersonName.SurnameKey"/>) in the document's <see cref="KeyTable"/>, and
/// its middle initials (0 for none: see <see cref="PersonName.MiddlesCompatible"/>).
/// </summary>
internal readonly record struct PersonKey(string? Given, int Surname, ulong Middle = 0);
