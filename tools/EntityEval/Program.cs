// Scores the entity recognizer on a CoNLL-2003 style file (word POS chunk NER, IOB1) through the public API:
// exact-span precision, recall and F1 for PER, ORG and LOC (MISC is not an entity type of the library).
// Use the development split only (eng.testa); the test split is held out.
//
//   dotnet run --project tools/EntityEval -c Release -- ../shared/data/ner/conll2003/eng.testa [ERRORS]
//
// Another system is scored by the same rules in two steps: `--texts OUT` writes the documents as this tool builds
// them (one JSON string per line, tokens joined by spaces, a line per sentence), and `--predictions FILE` scores
// that system's names instead of the library's (one JSON array per document, in order, of {"start", "end",
// "type": "PER"|"ORG"|"LOC"}, offsets in UTF-16 code units). benchmarks/peer/compare-entities.sh does both.
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsEntities;

var positional = new List<string>();
string? textsOut = null, predictionsPath = null;
for (int a = 0; a < args.Length; a++)
{
    switch (args[a])
    {
        case "--texts" when a + 1 < args.Length:
            textsOut = args[++a];
            break;
        case "--predictions" when a + 1 < args.Length:
            predictionsPath = args[++a];
            break;
        default:
            positional.Add(args[a]);
            break;
    }
}

string path = positional.Count > 0 ? positional[0] : "../shared/data/ner/conll2003/eng.testa";
if (textsOut is not null)
{
    File.WriteAllLines(textsOut, ReadDocuments(path).Select(d => JsonSerializer.Serialize(Build(d).Text)));
    return 0;
}

using var predictions = predictionsPath is null ? null : File.OpenText(predictionsPath);
NewsExtractor? extractor = null;
var counts = new Dictionary<string, (int Gold, int Found, int Right)>(StringComparer.Ordinal);
var errors = new Dictionary<string, int>(StringComparer.Ordinal);

int documentNumber = 0;
foreach (var document in ReadDocuments(path))
{
    documentNumber++;
    var (t, gold) = Build(document);
    var found = new HashSet<(int, int, string)>();
    if (predictions is not null)
    {
        string line = predictions.ReadLine() ?? throw new InvalidDataException($"{predictionsPath}: no line for document {documentNumber}");
        foreach (var name in JsonSerializer.Deserialize<JsonElement[]>(line) ?? [])
        {
            int start = name.GetProperty("start").GetInt32(), end = name.GetProperty("end").GetInt32();
            if (start < 0 || end <= start || end > t.Length)
            {
                throw new InvalidDataException($"{predictionsPath}: document {documentNumber}: span [{start}, {end}) outside its text");
            }

            found.Add((start, end, name.GetProperty("type").GetString() ?? ""));
        }
    }
    else
    {
        extractor ??= NewsExtractor.CreateDefault();
        foreach (var entity in extractor.ExtractEntities(t))
        {
            string type = entity.Type switch { EntityType.Person => "PER", EntityType.Organization => "ORG", _ => "LOC" };
            foreach (var mention in entity.Mentions.Where(m => m.Kind == MentionKind.Name))
            {
                found.Add((mention.Start, mention.End, type));
            }
        }
    }

    foreach (string type in new[] { "PER", "ORG", "LOC" })
    {
        var c = counts.GetValueOrDefault(type);
        c.Gold += gold.Count(g => g.Item3 == type);
        c.Found += found.Count(f => f.Item3 == type);
        c.Right += found.Count(f => f.Item3 == type && gold.Contains(f));
        counts[type] = c;
    }

    foreach (var f in found.Where(f => !gold.Contains(f)))
    {
        var g = gold.FirstOrDefault(x => x.Item1 == f.Item1 && x.Item2 == f.Item2);
        string key = g.Item3 is null ? $"false {f.Item3}: {t[f.Item1..f.Item2]}" : $"{g.Item3} as {f.Item3}: {t[f.Item1..f.Item2]}";
        errors[key] = errors.GetValueOrDefault(key) + 1;
    }

    foreach (var g in gold.Where(g => !found.Any(f => f.Item1 == g.Item1 && f.Item2 == g.Item2)))
    {
        string key = $"missed {g.Item3}: {t[g.Item1..g.Item2]}";
        errors[key] = errors.GetValueOrDefault(key) + 1;
    }
}

int tg = 0, tf = 0, tr = 0;
foreach (var (type, c) in counts)
{
    Console.WriteLine(Format(type, c.Gold, c.Found, c.Right));
    tg += c.Gold;
    tf += c.Found;
    tr += c.Right;
}

Console.WriteLine(Format("ALL", tg, tf, tr));
if (positional.Count > 1)
{
    foreach (var (key, n) in errors.OrderByDescending(p => p.Value).Take(int.Parse(positional[1], CultureInfo.InvariantCulture)))
    {
        Console.WriteLine($"{n,5} {key}");
    }
}

return 0;

// A document's text (tokens joined by spaces, a line per sentence) and its gold names' spans in it.
static (string Text, HashSet<(int, int, string)> Gold) Build(List<List<(string Word, string Tag)>> document)
{
    var text = new StringBuilder();
    var gold = new HashSet<(int, int, string)>();
    foreach (var sentence in document)
    {
        string? open = null;
        int openStart = 0;
        int lastEnd = 0;
        foreach (var (word, tag) in sentence)
        {
            if (text.Length > 0 && text[^1] != '\n')
            {
                text.Append(' ');
            }

            int start = text.Length;
            text.Append(word);
            string type = tag == "O" ? "O" : tag[2..];
            bool begins = tag.StartsWith("B-", StringComparison.Ordinal) || type != open;
            if (open is not null && (type == "O" || begins))
            {
                Add(gold, openStart, lastEnd, open);
                open = null;
            }

            if (type != "O" && open is null)
            {
                open = type;
                openStart = start;
            }

            lastEnd = text.Length;
        }

        if (open is not null)
        {
            Add(gold, openStart, lastEnd, open);
        }

        text.Append('\n');
    }

    return (text.ToString(), gold);
}

static string Format(string type, int gold, int found, int right)
{
    double p = found == 0 ? 0 : (double)right / found;
    double r = gold == 0 ? 0 : (double)right / gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return string.Create(CultureInfo.InvariantCulture, $"{type}: gold {gold}, found {found}, right {right}, P {p:P1} R {r:P1} F1 {f:P1}");
}

static void Add(HashSet<(int, int, string)> gold, int start, int end, string type)
{
    if (type is "PER" or "ORG" or "LOC")
    {
        gold.Add((start, end, type));
    }
}

static IEnumerable<List<List<(string Word, string Tag)>>> ReadDocuments(string path)
{
    var document = new List<List<(string, string)>>();
    var sentence = new List<(string, string)>();
    foreach (string line in File.ReadLines(path))
    {
        if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
        {
            if (document.Count > 0)
            {
                yield return document;
            }

            document = [];
            continue;
        }

        if (line.Length == 0)
        {
            if (sentence.Count > 0)
            {
                document.Add(sentence);
                sentence = [];
            }

            continue;
        }

        string[] f = line.Split(' ');
        sentence.Add((f[0], f[^1]));
    }

    if (sentence.Count > 0)
    {
        document.Add(sentence);
    }

    if (document.Count > 0)
    {
        yield return document;
    }
}
