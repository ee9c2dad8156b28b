using System.Diagnostics;
using System.Globalization;
using NewsEntities.Recognition;
using NewsEntities.Recognition.Statistical;
using NewsEntities.Training;

// newsentities-training: trains the statistical recognizer and writes the model the library embeds.
//   --data DIR      the shared data folder (default: ../shared/data beside the repository)
//   --out FILE      where to write the model (default: src/NewsEntities/Resources/ner/ner.model)
//   --epochs N      passes over the training data (default 12)
//   --bits B        log2 of the number of feature buckets (default 20)
//   --seed S        shuffling seed (default 1)
//   --runs R        average the weights of R runs with seeds S..S+R-1 (default 8)
//   --every-epoch   score eng.testa after every epoch, not just the last
//   --extra LIST    comma-separated extra corpora: gmb, wikigold
//   --no-undot      skip the undotted-initialism twins ("US" for "U.S.")
//   --no-title      skip the twins with all-caps headlines recast in Title Case
//   --no-save       evaluate only
var options = ParseArguments(args);
string repository = FindRepository();
string data = options.GetValueOrDefault("data") ?? Path.GetFullPath(Path.Combine(repository, "..", "shared", "data"));
string output = options.GetValueOrDefault("out") ?? Path.Combine(repository, "src", "NewsEntities", "Resources", "ner", "ner.model");
int epochs = int.Parse(options.GetValueOrDefault("epochs") ?? "12", CultureInfo.InvariantCulture);
int bits = int.Parse(options.GetValueOrDefault("bits") ?? "20", CultureInfo.InvariantCulture);
int seed = int.Parse(options.GetValueOrDefault("seed") ?? "1", CultureInfo.InvariantCulture);
int runs = int.Parse(options.GetValueOrDefault("runs") ?? "8", CultureInfo.InvariantCulture);
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

var originals = trainingSets.ToList();
if (!options.ContainsKey("no-undot"))
{
    trainingSets.AddRange(Augmentation.Undotted(originals));
}

if (!options.ContainsKey("no-title"))
{
    trainingSets.AddRange(Augmentation.TitleCased(originals));
}

var training = trainingSets.Select(d => new TrainingDocument(d)).ToList();
var dev = Corpora.Conll(Path.Combine(conll, "eng.testa"));
var gazetteer = GazetteerBuilder.Build(data);
Console.WriteLine($"{training.Count} training documents, {training.Sum(d => d.TokenCount)} tokens; gazetteer {gazetteer.Count} phrases; read in {clock.Elapsed.TotalSeconds:F1}s");

// Several runs that differ only in shuffling seed are averaged (parameter mixing): the same size and speed as
// one model, with less of the luck of one data order.
var extractor = new FeatureExtractor(gazetteer, bits);
float[]? mixedWeights = null;
float[]? mixedTransitions = null;
for (int run = 0; run < runs; run++)
{
    var trainer = new PerceptronTrainer(extractor, bits);
    var random = new Random(seed + run);
    for (int epoch = 1; epoch <= epochs; epoch++)
    {
        var order = training.ToArray();
        random.Shuffle(order);
        int errors = trainer.Epoch(order, CancellationToken.None);
        string devScore = "";
        if (options.ContainsKey("every-epoch") || epoch == epochs)
        {
            var (p, r, f) = NerScore.Evaluate(trainer.ToModel(), dev).Get();
            devScore = $"; testa P {p:F2} R {r:F2} F1 {f:F2}";
        }

        Console.WriteLine($"run {run + 1} epoch {epoch}: {errors} token errors{devScore}; {clock.Elapsed.TotalSeconds:F0}s");
    }

    var (w, t) = trainer.Averaged();
    mixedWeights ??= new float[w.Length];
    mixedTransitions ??= new float[t.Length];
    for (int i = 0; i < w.Length; i++)
    {
        mixedWeights[i] += w[i] / runs;
    }

    for (int i = 0; i < t.Length; i++)
    {
        mixedTransitions[i] += t[i] / runs;
    }
}

var model = NerModel.FromWeights(bits, gazetteer, mixedWeights!, mixedTransitions!);
Console.Write(NerScore.Evaluate(model, dev).Format());
if (!options.ContainsKey("no-save"))
{
    Directory.CreateDirectory(Path.GetDirectoryName(output)!);
    using (var file = File.Create(output))
    {
        model.Save(file);
    }

    Console.WriteLine($"wrote {output}: {new FileInfo(output).Length} bytes; total {clock.Elapsed.TotalSeconds:F0}s");
    var loadClock = Stopwatch.StartNew();
    NerModel reloaded;
    using (var check = File.OpenRead(output))
    {
        reloaded = NerModel.Load(check);
    }

    loadClock.Stop();
    Console.WriteLine($"reloaded in {loadClock.Elapsed.TotalMilliseconds:F0} ms: " + NerScore.Evaluate(reloaded, dev).Format().Split('\n')[0]);
}

return 0;

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
