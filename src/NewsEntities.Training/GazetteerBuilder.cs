using System.Text.Json;
using NewsEntities.Recognition.Statistical;
using NewsEntities.Tokenization;

namespace NewsEntities.Training;

/// <summary>
/// Builds the model's gazetteer from the shared lists (names, places, WordNet proper names, link-grammar
/// entities) plus short hand-written lists of organization words and person titles. Only hashes reach the model.
/// </summary>
internal sealed class GazetteerBuilder
{
    // Words that end or head organization names in news.
    private static readonly string[] OrganizationWords =
    [
        "Ministry", "Party", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "Co", "Co.", "Plc", "PLC",
        "Bank", "Association", "Council", "Committee", "Union", "University", "Group", "Agency", "Department",
        "Club", "FC", "Organisation", "Organization", "Commission", "Federation", "Institute", "Company", "Airlines",
        "Airways", "Holdings", "Industries", "Authority", "Front", "Movement", "Army", "Parliament", "Congress",
        "Senate", "Court", "Board", "Bureau", "Office", "Police", "Exchange", "Fund", "Foundation", "Society",
        "League", "Alliance", "Assembly", "Cabinet", "Government", "Services", "Systems", "Technologies",
        "International", "Motors", "Securities", "Capital", "Partners", "Press", "News", "Times", "Post", "Journal",
        "Television", "Radio", "Network", "Trust", "College", "School", "Hospital", "Church", "Brigade", "Brigades",
        "Forces", "Navy", "Guard", "Council", "AG", "SA", "NV", "GmbH", "Bhd", "BV", "AB", "ASA", "Oyj", "SpA",
        "United", "Rovers", "Athletic", "Wanderers", "City", "Town", "County",
    ];

    // Titles and roles that stand before or near a person's name but are never part of it.
    private static readonly string[] PersonTitles =
    [
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Lord", "Lady",
        "President", "Vice President", "Prime Minister", "Minister", "Foreign Minister", "Secretary",
        "Secretary of State", "Secretary-General", "Secretary General", "Chancellor", "King", "Queen", "Prince",
        "Princess", "Pope", "Sheikh", "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.", "Mayor",
        "General", "Gen.", "Colonel", "Col.", "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.",
        "Admiral", "Adm.", "Major", "Maj.", "Commander", "Judge", "Justice", "Ambassador", "Envoy", "spokesman",
        "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief", "director", "coach", "manager", "leader",
        "Rev.", "Reverend", "Father", "Bishop", "Archbishop", "Cardinal", "Ayatollah", "Emir", "Sultan", "Speaker",
        "premier", "Premier", "striker", "midfielder", "defender", "goalkeeper", "captain", "president",
        "minister", "secretary", "chancellor", "analyst", "economist", "officer", "official", "dealer", "trader",
    ];

    private static readonly string[] FunctionWords =
    [
        "the", "of", "and", "in", "a", "to", "for", "on", "at", "by", "with", "from", "de", "la", "le", "van",
        "von", "der", "del", "al", "bin", "ibn", "st", "st.", "du", "di", "da", "dos", "das", "el",
    ];

    private readonly Dictionary<ulong, uint> phrases = [];
    private readonly List<Token> scratch = [];
    private int maxTokens = 1;

    public int Count => phrases.Count;

    public static Gazetteer Build(string dataDirectory)
    {
        var builder = new GazetteerBuilder();
        string gaz = Path.Combine(dataDirectory, "gazetteers");
        string names = Path.Combine(dataDirectory, "names");

        foreach (string file in Directory.GetFiles(names, "en_*.tsv").Order(StringComparer.Ordinal))
        {
            var category = file.Contains("last_names", StringComparison.Ordinal) ? GazetteerCategory.LastName : GazetteerCategory.FirstName;
            foreach (string line in File.ReadLines(file).Skip(1))
            {
                builder.Add(line.Split('\t')[0], category);
            }
        }

        string lg = Path.Combine(gaz, "link-grammar");
        foreach (string file in new[] { "entities.given-bisex.sing", "entities.given-female.sing", "entities.given-male.sing" })
        {
            builder.AddLinkGrammar(Path.Combine(lg, file), GazetteerCategory.FirstName);
        }

        builder.AddLinkGrammar(Path.Combine(lg, "entities.locations.sing"), GazetteerCategory.LocationWord);
        builder.AddLinkGrammar(Path.Combine(lg, "entities.national.sing"), GazetteerCategory.Country);
        builder.AddLinkGrammar(Path.Combine(lg, "entities.us-states.sing"), GazetteerCategory.Region);
        builder.AddLinkGrammar(Path.Combine(lg, "entities.prof"), GazetteerCategory.PersonTitle);

        foreach (string line in File.ReadLines(Path.Combine(gaz, "geonames-cities.tsv")).Skip(1))
        {
            string[] f = line.Split('\t');
            builder.Add(f[1], GazetteerCategory.City);
            builder.Add(f[3], GazetteerCategory.Region);
            builder.Add(f[5], GazetteerCategory.Country);
        }

        builder.AddIso(Path.Combine(gaz, "iso_3166-1.json"), "3166-1", GazetteerCategory.Country);
        builder.AddIso(Path.Combine(gaz, "iso_3166-3.json"), "3166-3", GazetteerCategory.Country);
        builder.AddIso(Path.Combine(gaz, "iso_3166-2.json"), "3166-2", GazetteerCategory.Region);

        foreach (string line in File.ReadLines(Path.Combine(gaz, "wordnet-names.tsv")).Skip(1))
        {
            string[] f = line.Split('\t');
            if (f.Length < 5 || f[4] != "instance")
            {
                // Capitalised lemmas are class words ("American", "Democrat"): not names of one thing.
                continue;
            }

            var category = f[0] switch
            {
                "PER" => GazetteerCategory.PersonName,
                "LOC" => GazetteerCategory.PlaceName,
                "ORG" => GazetteerCategory.OrganizationName,
                _ => (GazetteerCategory?)null,
            };
            if (category is not null)
            {
                builder.Add(f[1], category.Value);
            }
        }

        foreach (string word in OrganizationWords)
        {
            builder.Add(word, GazetteerCategory.OrganizationWord);
        }

        foreach (string word in PersonTitles)
        {
            builder.Add(word, GazetteerCategory.PersonTitle);
        }

        foreach (string word in FunctionWords)
        {
            builder.Add(word, GazetteerCategory.FunctionWord);
        }

        return new Gazetteer(builder.phrases, builder.maxTokens);
    }

    private void Add(string phrase, GazetteerCategory category)
    {
        phrase = phrase.Replace('_', ' ').Trim();
        if (phrase.Length == 0)
        {
            return;
        }

        scratch.Clear();
        Tokenizer.Tokenize(phrase, scratch);
        if (scratch.Count == 0 || scratch.Count > 6)
        {
            return;
        }

        ulong key = FeatureHash.Seed;
        for (int i = 0; i < scratch.Count; i++)
        {
            key = Gazetteer.Key(key, scratch[i].Span(phrase), i == 0);
        }

        ref uint bits = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(phrases, key, out _);
        bits |= 1u << (int)category;
        maxTokens = Math.Max(maxTokens, scratch.Count);
    }

    // link-grammar dictionaries: whitespace-separated words with ".x" subscripts, ';' ending definitions.
    private void AddLinkGrammar(string path, GazetteerCategory category)
    {
        foreach (string word in File.ReadAllText(path).Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.StartsWith('%') || word.Contains(':', StringComparison.Ordinal) || word.Contains(';', StringComparison.Ordinal))
            {
                continue;
            }

            int dot = word.LastIndexOf('.');
            string bare = dot > 0 && dot >= word.Length - 3 && !word.EndsWith('.') ? word[..dot] : word;
            bare = bare.Trim('"');
            // Skip the two-letter country codes ("AS", "BO") that would match ordinary words.
            if (bare.Length > 2)
            {
                Add(bare, category);
            }
        }
    }

    private void AddIso(string path, string root, GazetteerCategory category)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var entry in json.RootElement.GetProperty(root).EnumerateArray())
        {
            foreach (string field in new[] { "name", "official_name", "common_name" })
            {
                if (entry.TryGetProperty(field, out var value) && value.GetString() is { } name)
                {
                    Add(name, category);
                }
            }
        }
    }
}
