using BenchmarkDotNet.Attributes;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using NewsEntities.Recognition.Statistical;
using NewsEntities.Segmentation;
using NewsEntities.Tokenization;

namespace NewsEntities.Benchmarks;

/// <summary>
/// The statistical recognizer alone over the five seed articles, already tokenized and split, model loaded.
/// Each operation tags the seeds <see cref="Repeats"/> times; tokens/s = <see cref="TokenCount"/> × Repeats ÷ mean time,
/// which the setup prints.
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmark
{
    private const int Repeats = 20;

    private readonly List<NamedMention> output = [];
    private Document[] documents = [];

    /// <summary>Tokens across the seed articles, for converting the time per operation into tokens per second.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        documents = SeedCorpus.Load().Select(Prepare).ToArray();
        TokenCount = documents.Sum(d => d.Tokens.Count);
        _ = NerModel.Default; // load outside the measurement
        Console.WriteLine($"// RecognizerBenchmark: {TokenCount} tokens per pass, {Repeats} passes per operation");
    }

    [Benchmark]
    public int RecognizeSeeds()
    {
        int mentions = 0;
        for (int r = 0; r < Repeats; r++)
        {
            foreach (var document in documents)
            {
                output.Clear();
                NerModel.Default.Recognize(document, output, CancellationToken.None);
                mentions += output.Count;
            }
        }

        return mentions;
    }

    private static Document Prepare(string text)
    {
        var document = new Document(text);
        Tokenizer.Tokenize(text, document.Tokens);
        new SentenceSplitter().Process(document, CancellationToken.None);
        return document;
    }
}
