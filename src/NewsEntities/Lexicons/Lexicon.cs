using System.Reflection;
using NewsEntities.Resolution;

namespace NewsEntities.Lexicons;

/// <summary>
/// The word lists the recognizer and the alias resolver consult: given names with sex, surnames, places,
/// organizations, titles, demonyms and nicknames. Loaded once from the embedded resources and immutable, so
/// every thread shares one instance.
/// </summary>
internal sealed class Lexicon
{
    // Behind PlaceAliases and KnownAcronyms, typed as dictionaries for span lookups.
    private readonly Dictionary<string, string> placeAliases;
    private readonly Dictionary<string, string> knownAcronyms;

    private static readonly Lazy<Lexicon> DefaultLexicon = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private Lexicon(Func<string, IEnumerable<string>> read)
    {
        var given = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, sex) in Pairs(read("given-names.tsv")))
        {
            given[name] = ParseGender(sex);
        }

        GivenNames = new WordMap<Gender>(given);
        Surnames = new WordSet(Lines(read("surnames.txt")));

        var places = new Dictionary<string, PlaceKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, kind) in Pairs(read("places.tsv")))
        {
            places[name] = kind switch { "c" => PlaceKind.Country, "r" => PlaceKind.Region, _ => PlaceKind.Town };
        }

        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, canonical) in Pairs(read("place-aliases.tsv")))
        {
            aliases[alias] = canonical;
            places[alias] = PlaceKind.Country;
            places.TryAdd(canonical, PlaceKind.Country);
        }

        Places = new WordMap<PlaceKind>(places);
        placeAliases = aliases;

        // WordNet files a country under its government too ("United States", "Washington"): a place wins.
        var organizations = new List<string>();
        foreach (string name in Lines(read("organizations.txt")))
        {
            if (!places.ContainsKey(name))
            {
                organizations.Add(name);
            }
        }

        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        var newsOrganizations = new List<string>();
        foreach (var (name, acronym) in Pairs(read("news-organizations.txt"), allowSingle: true))
        {
            organizations.Add(name);
            newsOrganizations.Add(name);
            if (acronym.Length > 0)
            {
                organizations.Add(acronym);
                acronyms.TryAdd(acronym, name);
            }
        }

        Organizations = new WordSet(organizations);
        NewsOrganizations = new WordSet(newsOrganizations);
        knownAcronyms = acronyms;
        var companies = Pairs(read("companies.txt"), allowSingle: true).ToList();
        CompanyNames = [.. companies.Select(c => c.Key)];
        Companies = new WordSet(CompanyNames);
        CompanyCommonWords = new WordSet(companies.Where(c => c.Value == "word").Select(c => c.Key));

        TitleWords = new WordSet(Lines(read("titles.txt")));
        Professions = new WordSet(Lines(read("professions.txt")));
        Demonyms = new WordSet(Lines(read("demonyms.txt")));
        StopWords = new WordSet(Lines(read("stopwords.txt")));
        Particles = new WordSet(Lines(read("particles.txt")));

        var honorifics = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, sex) in Pairs(read("honorifics.tsv")))
        {
            honorifics[word] = ParseGender(sex);
        }

        Honorifics = new WordMap<Gender>(honorifics);
        Nicknames = NicknameTable.Parse(Lines(read("nicknames.txt")));
    }

    /// <summary>The lexicon built from the embedded resources, loaded on first use.</summary>
    public static Lexicon Default => DefaultLexicon.Value;

    /// <summary>Given names and the sex they usually tell (<see cref="Gender.Unknown"/> when either).</summary>
    public WordMap<Gender> GivenNames { get; }

    public WordSet Surnames { get; }

    /// <summary>Countries, regions and towns (with their standard short forms) by name.</summary>
    public WordMap<PlaceKind> Places { get; }

    /// <summary>Whether <paramref name="name"/> is a country, or a country's or place's standard short form ("U.S."), in <see cref="Places"/>.</summary>
    public bool IsCountry(ReadOnlySpan<char> name) => Places.TryGetValue(name, out var kind) && kind == PlaceKind.Country;

    /// <summary>Short and alternative place names to their canonical name: "U.S." → "United States".</summary>
    public IReadOnlyDictionary<string, string> PlaceAliases => placeAliases;

    /// <summary>Organization names and acronyms that are organizations whatever the context.</summary>
    public WordSet Organizations { get; }

    /// <summary>
    /// Well-known companies whose names the tagger, trained on 1996 news, takes for people or places ("Google",
    /// "Tesla", "JPMorgan Chase"); a name as often a person's or a place's is listed only in a longer form.
    /// </summary>
    public WordSet Companies { get; }

    /// <summary>The names of <see cref="Companies"/>, as the list writes them.</summary>
    public IReadOnlyList<string> CompanyNames { get; }

    /// <summary>The company names that are also common English words ("Apple", "Oracle").</summary>
    public WordSet CompanyCommonWords { get; }

    /// <summary>The hand-written part of <see cref="Organizations"/>: news outlets and bodies in the news ("Reuters", "Hamas").</summary>
    public WordSet NewsOrganizations { get; }

    /// <summary>Acronyms of well-known organizations to their full name ("PLO" → "Palestine Liberation Organization").</summary>
    public IReadOnlyDictionary<string, string> KnownAcronyms => knownAcronyms;

    /// <summary><see cref="PlaceAliases"/> probed with characters: no string is made on .NET 9 and later.</summary>
    public bool TryGetPlaceAlias(ReadOnlySpan<char> name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string canonical) =>
        TryGet(placeAliases, name, out canonical);

    /// <summary><see cref="KnownAcronyms"/> probed with characters: no string is made on .NET 9 and later.</summary>
    public bool TryGetKnownAcronym(ReadOnlySpan<char> acronym, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string name) =>
        TryGet(knownAcronyms, acronym, out name);

    /// <summary>Words of titles, ranks and roles ("president", "lieutenant", "spokesman").</summary>
    public WordSet TitleWords { get; }

    /// <summary>Profession nouns ("diplomat", "prisoner").</summary>
    public WordSet Professions { get; }

    /// <summary>Nationality words ("Palestinian", "Israelis"): Misc.</summary>
    public WordSet Demonyms { get; }

    /// <summary>Words that are never a name by themselves.</summary>
    public WordSet StopWords { get; }

    /// <summary>Surname particles ("Abu", "bin", "van").</summary>
    public WordSet Particles { get; }

    /// <summary>Honorifics and the gender they tell.</summary>
    public WordMap<Gender> Honorifics { get; }

    public NicknameTable Nicknames { get; }

    /// <summary>Whether a word is a title or a profession: it can head a role ("former minister").</summary>
    public bool IsRoleWord(ReadOnlySpan<char> word) => TitleWords.Contains(word) || Professions.Contains(word);

    /// <summary>
    /// Whether a list knows <paramref name="word"/> as something other than a person's name: a function word, a title,
    /// an honorific, a profession, a people, a place or a body. A capitalized word none of them knows may be a name
    /// the given-name and surname lists lack.
    /// </summary>
    public bool ListsAsNoName(ReadOnlySpan<char> word) =>
        StopWords.Contains(word) || IsRoleWord(word) || Honorifics.TryGetValue(word, out _) || Demonyms.Contains(word)
        || Places.ContainsKey(word) || Organizations.Contains(word);

    /// <summary>Builds a lexicon from a folder of resource files; for tests and tools.</summary>
    public static Lexicon FromDirectory(string directory) => new(name => File.ReadLines(Path.Combine(directory, name)));

    private static Lexicon LoadEmbedded()
    {
        var assembly = typeof(Lexicon).Assembly;

        // The project embeds Resources/** under logical names built from the folder path, whose separator
        // depends on the build host; match on the file name within the lexicon folder.
        string[] names = assembly.GetManifestResourceNames();
        return new Lexicon(name => ReadResource(assembly, Array.Find(names, n => IsLexiconFile(n, name)) ?? name));
    }

    private static bool IsLexiconFile(string resourceName, string fileName) =>
        resourceName.EndsWith(fileName, StringComparison.Ordinal)
        && resourceName.Length > fileName.Length + "lexicon".Length
        && resourceName.AsSpan(0, resourceName.Length - fileName.Length - 1).EndsWith("lexicon", StringComparison.Ordinal);

    private static List<string> ReadResource(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException("Missing embedded resource " + resourceName);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static IEnumerable<string> Lines(IEnumerable<string> source)
    {
        foreach (string raw in source)
        {
            string line = raw.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<(string Key, string Value)> Pairs(IEnumerable<string> source, bool allowSingle = false)
    {
        foreach (string line in Lines(source))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                yield return (line[..tab].Trim(), line[(tab + 1)..].Trim());
            }
            else if (allowSingle)
            {
                yield return (line, string.Empty);
            }
        }
    }

    private static Gender ParseGender(string sex) => sex switch
    {
        "m" => Gender.Male,
        "f" => Gender.Female,
        _ => Gender.Unknown,
    };

    private static bool TryGet(Dictionary<string, string> map, ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value)
    {
#if NET9_0_OR_GREATER
        return map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value);
#else
        return map.TryGetValue(key.ToString(), out value);
#endif
    }
}
