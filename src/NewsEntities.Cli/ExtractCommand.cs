using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NewsEntities.Cli;

/// <summary><c>newsentities extract [--corpus] FILE...</c>: one JSON line per input document, in input order.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Text files to read (UTF-8); '-' reads one document from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var corpus = new Option<bool>("--corpus")
        {
            Description = "Resolve aliases across all the documents: an entity keeps one id and one name on every line.",
        };
        var input = new Option<InputFormat>("--input")
        {
            Description = "text: each FILE is one document; jsonl: each line of each FILE is one document, as a JSON string.",
            DefaultValueFactory = _ => InputFormat.Text,
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Documents analysed at once (default: one per core), with or without --corpus.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--threads must be at least 1.");
            }
        });
        var stats = new Option<bool>("--stats")
        {
            Description = "After the run, write one JSON line of throughput figures to standard error.",
        };
        var command = new Command("extract", "Extract entities and attributed quotes, one JSON line per document.")
        {
            files,
            corpus,
            input,
            threads,
            stats,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            new Settings(parse.GetValue(files) ?? [], parse.GetValue(corpus), parse.GetValue(input), parse.GetValue(threads), parse.GetValue(stats)),
            cancellationToken)));
        return command;
    }

    private static int Run(Settings settings, CancellationToken cancellationToken)
    {
        var loadClock = Stopwatch.StartNew();
        var extractor = NewsExtractor.CreateDefault();
        double modelLoadSeconds = loadClock.Elapsed.TotalSeconds;

        // The CLI runs without tiered compilation, so every method is compiled, fully optimized, at its first call:
        // over the PolNeAR train texts (one second of work) that was 0.4 s of compilation inside the run, on every
        // thread that first met a method (JitInfo). One small analysis compiles the common paths up front, once, on
        // one thread; --stats reports its time apart (warmUpSeconds), like the model load.
        var warmUpClock = Stopwatch.StartNew();
        WarmUp(extractor);
        double warmUpSeconds = warmUpClock.Elapsed.TotalSeconds;

        var runClock = Stopwatch.StartNew();
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var jitAtStart = System.Runtime.JitInfo.GetCompilationTime();
        var inputs = settings.Format == InputFormat.Jsonl
            ? settings.Paths.SelectMany(InputReader.ReadJsonLines)
            : settings.Paths.Select(InputReader.Read);
        var counter = new InputCounter();
        inputs = inputs.Select(counter.Count);

        IEnumerable<(InputDocument Input, DocumentAnalysis Analysis)> results;
        if (settings.Corpus)
        {
            // Streamed: each line is written as its result is made, so only the inputs and their compact drafts are
            // held across the corpus, never every result at once.
            var all = inputs.ToList();
            var analyses = extractor.StreamCorpus(
                all.Where(d => d.Text is not null).Select(d => d.Text!),
                new BatchOptions { MaxDegreeOfParallelism = settings.Threads },
                cancellationToken);
            results = Align(all, analyses);
        }
        else
        {
            // Unreadable inputs go through as empty text so that results stay aligned with inputs; their line is an error.
            var pending = new Queue<InputDocument>();
            var analyses = extractor.AnalyzeMany(
                inputs.Select(d => { pending.Enqueue(d); return d.Text ?? string.Empty; }),
                new BatchOptions { MaxDegreeOfParallelism = settings.Threads },
                cancellationToken);
            results = analyses.Select(a => (pending.Dequeue(), a));
        }

        int failures = Write(results);
        if (settings.Stats)
        {
            double seconds = runClock.Elapsed.TotalSeconds;

            // Processor time beside wall time: on a shared machine it is the steadier of the two.
            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds;
            double jitSeconds = (System.Runtime.JitInfo.GetCompilationTime() - jitAtStart).TotalSeconds;
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{{\"documents\":{counter.Documents},\"bytes\":{counter.Bytes},\"seconds\":{seconds:0.######},\"mbPerSecond\":{counter.Bytes / 1e6 / Math.Max(seconds, 1e-9):0.###},\"modelLoadSeconds\":{modelLoadSeconds:0.######},\"warmUpSeconds\":{warmUpSeconds:0.###},\"cpuSeconds\":{cpuSeconds:0.###},\"jitSeconds\":{jitSeconds:0.###},"
                + $"\"allocatedMB\":{GC.GetTotalAllocatedBytes() / 1e6:0.#},\"gcPauseSeconds\":{GC.GetTotalPauseDuration().TotalSeconds:0.###},"
                + $"\"gcCounts\":[{GC.CollectionCount(0)},{GC.CollectionCount(1)},{GC.CollectionCount(2)}]}}"));
        }

        return failures == 0 ? 0 : 1;
    }

    private static void WarmUp(NewsExtractor extractor)
    {
        const string text =
            "WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met Palestinian President Mahmoud Abbas in " +
            "Ramallah on Tuesday. \"We will stay the course,\" Blinken told reporters. The Palestine Liberation " +
            "Organization (PLO) said in a statement that Abbas had asked for more aid.\n\n" +
            "\u201CThis is a crucial moment,\u201D said Abbas, 87. Mr. Blinken later flew to Tel Aviv, where he said " +
            "the United Nations would help.\n";
        using var writer = new JsonResultWriter();
        _ = writer.ToJsonLine("warm-up", extractor.Analyze(text));
    }

    private static IEnumerable<(InputDocument, DocumentAnalysis)> Align(List<InputDocument> inputs, IEnumerable<DocumentAnalysis> analyses)
    {
        var empty = new DocumentAnalysis([], []);
        using var next = analyses.GetEnumerator();
        foreach (var input in inputs)
        {
            if (input.Text is null)
            {
                yield return (input, empty);
                continue;
            }

            if (!next.MoveNext())
            {
                throw new InvalidOperationException("Corpus analysis returned fewer results than documents.");
            }

            yield return (input, next.Current);
        }
    }

    private static int Write(IEnumerable<(InputDocument Input, DocumentAnalysis Analysis)> results)
    {
        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        using var writer = new JsonResultWriter();
        int failures = 0;
        foreach (var (input, analysis) in results)
        {
            if (input.Error is not null)
            {
                stdout.Flush(); // keep the message after the lines of the documents before it
                Console.Error.WriteLine($"newsentities: {input.Error}");
                failures++;
                continue;
            }

            // Each line is built whole before it is written, so a failure can never leave half a JSON object.
            stdout.Write(writer.ToJsonLine(input.Name, analysis));
        }

        return failures;
    }

    private sealed record Settings(string[] Paths, bool Corpus, InputFormat Format, int Threads, bool Stats);

    /// <summary>Counts the readable documents and their UTF-8 size as they stream past.</summary>
    private sealed class InputCounter
    {
        public int Documents { get; private set; }

        public long Bytes { get; private set; }

        public InputDocument Count(InputDocument input)
        {
            if (input.Text is not null)
            {
                Documents++;
                Bytes += Encoding.UTF8.GetByteCount(input.Text);
            }

            return input;
        }
    }
}
