// Derives the compact lexicon files of src/NewsEntities/Resources/lexicon from the Debian-sourced lists in
// ../shared/data (gazetteers/ and names/en_*.tsv). Hand-written lists (titles, demonyms, nicknames, ...) live
// beside the output and are not touched here.
//
//   dotnet run --project tools/LexiconBuilder -- ../shared/data src/NewsEntities/Resources/lexicon
using System.Globalization;
using System.Text;
using System.Text.Json;

string data = args.Length > 0 ? args[0] : "../shared/data";
string output = args.Length > 1 ? args[1] : "src/NewsEntities/Resources/lexicon";
const int MinimumCityPopulation = 15000;

string gazetteers = Path.Combine(data, "gazetteers");
string names = Path.Combine(data, "names");

// Given names with sex: m, f or u (either). Each list votes; a name both sexes' lists hold, or only the
// "either" list, is u.
var votes = new SortedDictionary<string, (bool Male, bool Female)>(StringComparer.Ordinal);
void AddGiven(string name, char s)
{
    name = name.Trim();
    if (name.Length < 2 || !char.IsUpper(name[0]) || name.Any(c => !char.IsLetter(c) && c != '-' && c != '\''))
    {
        return;
    }

    var v = votes.GetValueOrDefault(name);
    votes[name] = (v.Male || s == 'm', v.Female || s == 'f');
}

foreach (var (file, s) in new[] { ("entities.given-male.sing", 'm'), ("entities.given-female.sing", 'f'), ("entities.given-bisex.sing", 'u') })
{
    foreach (string line in File.ReadLines(Path.Combine(gazetteers, "link-grammar", file)))
    {
        foreach (string word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int dot = word.IndexOf('.', StringComparison.Ordinal);
            AddGiven(dot > 0 ? word[..dot] : word, s);
        }
    }
}

foreach (string file in Directory.GetFiles(names, "en_*.first_names_*.tsv"))
{
    char s = file.Contains("female", StringComparison.Ordinal) ? 'f' : 'm';
    foreach (string line in File.ReadLines(file).Skip(1))
    {
        AddGiven(line.Split('\t')[0], s);
    }
}

var sex = votes.ToDictionary(p => p.Key, p => p.Value.Male == p.Value.Female ? 'u' : p.Value.Male ? 'm' : 'f');
File.WriteAllLines(Path.Combine(output, "given-names.tsv"), sex.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "\t" + p.Value));

// Surnames.
var surnames = new SortedSet<string>(StringComparer.Ordinal);
foreach (string file in Directory.GetFiles(names, "en_*.last_names.tsv"))
{
    foreach (string line in File.ReadLines(file).Skip(1))
    {
        string name = line.Split('\t')[0].Trim();
        if (name.Length > 1 && char.IsUpper(name[0]))
        {
            surnames.Add(name);
        }
    }
}

File.WriteAllLines(Path.Combine(output, "surnames.txt"), surnames);

// Places: c = country, r = region or other named place, t = town or city.
var places = new SortedDictionary<string, char>(StringComparer.Ordinal);
void AddPlace(string name, char kind)
{
    name = name.Trim();
    if (name.Length < 2 || !char.IsUpper(name[0]) || name.Contains(',', StringComparison.Ordinal))
    {
        return;
    }

    // A country outranks a region, which outranks a city of the same name.
    if (!places.TryGetValue(name, out char old) || Rank(kind) < Rank(old))
    {
        places[name] = kind;
    }

    static int Rank(char k) => k switch { 'c' => 0, 'r' => 1, _ => 2 };
}

using (var iso = JsonDocument.Parse(File.ReadAllText(Path.Combine(gazetteers, "iso_3166-1.json"))))
{
    foreach (var country in iso.RootElement.GetProperty("3166-1").EnumerateArray())
    {
        foreach (string field in new[] { "name", "common_name", "official_name" })
        {
            if (country.TryGetProperty(field, out var value))
            {
                AddPlace(value.GetString()!, 'c');
            }
        }
    }
}

foreach (string line in File.ReadLines(Path.Combine(gazetteers, "geonames-cities.tsv")).Skip(1))
{
    string[] f = line.Split('\t');
    if (long.TryParse(f[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out long population) && population >= MinimumCityPopulation)
    {
        AddPlace(f[1], 't');
    }
}

foreach (string line in File.ReadLines(Path.Combine(gazetteers, "wordnet-names.tsv")).Skip(1))
{
    string[] f = line.Split('\t');
    if (f[0] == "LOC" && f[1].All(c => char.IsLetter(c) || c == ' ' || c == '-' || c == '.') && f[1].Any(char.IsLower))
    {
        AddPlace(f[1], 'r');
    }
}

File.WriteAllLines(Path.Combine(output, "places.tsv"), places.Select(p => p.Key + "\t" + p.Value));

// Organizations named in WordNet (agencies, parties, acronyms).
var organizations = new SortedSet<string>(StringComparer.Ordinal);
foreach (string line in File.ReadLines(Path.Combine(gazetteers, "wordnet-names.tsv")).Skip(1))
{
    string[] f = line.Split('\t');
    if (f[0] == "ORG" && f[1].Length > 1 && char.IsUpper(f[1][0]) && f[1].All(c => char.IsLetterOrDigit(c) || c == ' ' || c == '-' || c == '&' || c == '.'))
    {
        organizations.Add(f[1]);
    }
}

File.WriteAllLines(Path.Combine(output, "organizations.txt"), organizations);

// Profession and role nouns ("spokesman", "diplomat"): they bind roles to people and start nominal mentions.
var professions = new SortedSet<string>(StringComparer.Ordinal);
foreach (string line in File.ReadLines(Path.Combine(gazetteers, "link-grammar", "entities.prof")))
{
    string word = line.Trim();
    int dot = word.IndexOf('.', StringComparison.Ordinal);
    word = dot > 0 ? word[..dot] : word;
    if (word.Length > 2 && word.All(c => char.IsLower(c) || c == '-'))
    {
        professions.Add(word);
    }
}

File.WriteAllLines(Path.Combine(output, "professions.txt"), professions);

var summary = new StringBuilder();
summary.Append(CultureInfo.InvariantCulture, $"given {sex.Count}, surnames {surnames.Count}, places {places.Count}, organizations {organizations.Count}, professions {professions.Count}");
Console.WriteLine(summary.ToString());
