namespace NewsEntities.Lexicons;

/// <summary>
/// Given names and their short forms ("William": "Bill", "Will", "Liam"), to tell whether two given names can
/// name the same person. Immutable.
/// </summary>
internal sealed class NicknameTable
{
    // Every name (formal or short) to the formal names it can stand for.
    private readonly Dictionary<string, string[]> formsOf;

    private NicknameTable(Dictionary<string, string[]> formsOf)
    {
        this.formsOf = formsOf;
    }

    /// <summary>The number of formal-name/nickname pairs.</summary>
    public int PairCount { get; private init; }

    /// <summary>Parses lines of "Formal&lt;TAB&gt;nick nick ...".</summary>
    public static NicknameTable Parse(IEnumerable<string> lines)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        int pairs = 0;
        foreach (string line in lines)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            string formal = line[..tab].Trim();
            Add(sets, formal, formal);
            foreach (string nick in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(sets, nick, formal);
                pairs++;
            }
        }

        var map = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, formals) in sets)
        {
            map[name] = [.. formals];
        }

        return new NicknameTable(map) { PairCount = pairs };

        static void Add(Dictionary<string, HashSet<string>> sets, string name, string formal)
        {
            if (!sets.TryGetValue(name, out var set))
            {
                set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                sets[name] = set;
            }

            set.Add(formal);
        }
    }

    /// <summary>Whether <paramref name="name"/> is in the table as a formal name or a nickname.</summary>
    public bool Knows(string name) => formsOf.ContainsKey(name);

    /// <summary>Whether the two names are a formal name and a nickname of it, or two nicknames of one name.</summary>
    public bool AreVariants(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!formsOf.TryGetValue(a, out var fa) || !formsOf.TryGetValue(b, out var fb))
        {
            return false;
        }

        foreach (string x in fa)
        {
            foreach (string y in fb)
            {
                if (string.Equals(x, y, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The formal names <paramref name="name"/> can stand for, or none.</summary>
    public IReadOnlyList<string> FormalNamesOf(string name) => formsOf.TryGetValue(name, out var f) ? f : [];
}
