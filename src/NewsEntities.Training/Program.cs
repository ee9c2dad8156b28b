using System.Diagnostics;
using System.Globalization;
using NewsEntities.Recognition;
using NewsEntities.Recognition.Statistical;
using NewsEntities.Training;

// newsentities-training: trains the statistical recognizer and writes the model the library embeds.
//   --data DIR      the shared data folder (default: ../shared/data beside the repository)
//   --out FILE      where to write the model (default: src/NewsEntities/Resources/ner/ner.model)
//   --epochs N      passes over the training data (default 10)
//   --bits B        log2 of the number of feature buckets (default 20)
//   --seed S        shuffling seed (default 1)
//   --extra LIST    comma-separated extra corpora: gmb, wikigold
//   --no-undot      skip the undotted-initialism twins ("US" for "U.S.")
//   --no-save       evaluate only
var options = ParseArguments(args);
string repository = FindRepository();
string data = options.GetValueOrDefault("data") ?? Path.GetFullPath(Path.Combine(repository, "..", "shared", "data"));
string output = options.GetValueOrDefault("out") ?? Path.Combine(repository, "src", "NewsEntities", "Resources", "ner", "ner.model");
int epochs = int.Parse(options.GetValueOrDefault("epochs") ?? "10", CultureInfo.InvariantCulture);
int bits = int.Parse(options.GetValueOrDefault("bits") ?? "20", CultureInfo.InvariantCulture);
int seed = int.Parse(options.GetValueOrDefault("seed") ?? "1", CultureInfo.InvariantCulture);
string[] extra = (options.GetValueOrDefault("extra") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);

var clock = Stopwatch.StartNew();
string conll = Path.Combine(data, "ner", "conll2003");
var trainingSets = Corpora.Conll(Path.Combine(conll, "eng.train"));
foreach (string name in extra)
{
    trainingSets.AddRange(name switch
    {
        "gmb" => Corpora.Gmb(Path.Combine(data, "ner", "gmb", "ner_dataset.conll")),
        "wikigold" => Corpora.Conll(Path.Combine(data, "ner", "wikigold", "wikigold.conll.txt")),
        _ => throw new ArgumentException("unknown corpus " + name),
    });
}

if (!options.ContainsKey("no-undot"))
{
    trainingSets.AddRange(Augmentation.Undotted(trainingSets));
}

var training = trainingSets.Select(d => new TrainingDocument(d)).ToList();
var dev = Corpora.Conll(Path.Combine(conll, "eng.testa"));
var gazetteer = GazetteerBuilder.Build(data);
Console.WriteLine($"{training.Count} training documents, {training.Sum(d => d.TokenCount)} tokens; gazetteer {gazetteer.Count} phrases; read in {clock.Elapsed.TotalSeconds:F1}s");

var trainer = new PerceptronTrainer(new FeatureExtractor(gazetteer, bits), bits);
var random = new Random(seed);
NerModel? model = null;
for (int epoch = 1; epoch <= epochs; epoch++)
{
    var order = training.ToArray();
    random.Shuffle(order);
    int errors = trainer.Epoch(order, CancellationToken.None);
    model = trainer.ToModel();
    var score = Evaluate(model, dev);
    var (p, r, f) = score.Get();
    Console.WriteLine($"epoch {epoch}: {errors} token errors; testa P {p:F2} R {r:F2} F1 {f:F2}; {clock.Elapsed.TotalSeconds:F0}s");
}

Console.Write(Evaluate(model!, dev).Format());
if (!options.ContainsKey("no-save"))
{
    Directory.CreateDirectory(Path.GetDirectoryName(output)!);
    using (var file = File.Create(output))
    {
        model!.Save(file);
    }

    Console.WriteLine($"wrote {output}: {new FileInfo(output).Length} bytes; total {clock.Elapsed.TotalSeconds:F0}s");
    using var check = File.OpenRead(output);
    var reloaded = NerModel.Load(check);
    Console.WriteLine("reloaded: " + Evaluate(reloaded, dev).Format().Split('\n')[0]);
}

return 0;

static NerScore Evaluate(NerModel model, List<List<LabeledSentence>> documents)
{
    var score = new NerScore();
    foreach (var document in documents)
    {
        var predicted = model.Recognize(document.Select(s => s.Tokens).ToList(), CancellationToken.None);
        var gold = new List<NamedMention>();
        int offset = 0;
        foreach (var sentence in document)
        {
            NerTags.ToMentions(sentence.Tags, offset, gold);
            offset += sentence.Tokens.Count;
        }

        score.Add(gold, predicted);
    }

    return score;
}

static Dictionary<string, string?> ParseArguments(string[] args)
{
    var result = new Dictionary<string, string?>(StringComparer.Ordinal);
    for (int i = 0; i < args.Length; i++)
    {
        string key = args[i].TrimStart('-');
        string? value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
        result[key] = value;
    }

    return result;
}

static string FindRepository()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "NewsEntities.sln")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("Run from inside the repository.");
}
