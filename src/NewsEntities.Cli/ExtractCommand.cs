using System.CommandLine;

namespace NewsEntities.Cli;

/// <summary><c>newsentities extract [--corpus] FILE...</c>: one JSON line per input file, in input order.</summary>
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
            Description = "Resolve aliases across all the files: an entity keeps one id and one name on every line.",
        };
        var command = new Command("extract", "Extract entities and attributed quotes, one JSON line per file.")
        {
            files,
            corpus,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(
            Run(parse.GetValue(files) ?? [], parse.GetValue(corpus), cancellationToken)));
        return command;
    }

    private static int Run(string[] paths, bool corpus, CancellationToken cancellationToken)
    {
        var extractor = NewsExtractor.CreateDefault();
        var inputs = paths.Select(InputReader.Read).ToList();
        var readable = inputs.Where(d => d.Text is not null).ToList();
        IReadOnlyList<DocumentAnalysis> results = corpus
            ? extractor.AnalyzeCorpus(readable.Select(d => d.Text!), cancellationToken)
            : readable.Select(d => extractor.Analyze(d.Text!, cancellationToken)).ToList();

        using var stdout = Console.OpenStandardOutput();
        int next = 0;
        int failures = 0;
        foreach (var input in inputs)
        {
            if (input.Error is not null)
            {
                Console.Error.WriteLine($"newsentities: {input.Error}");
                failures++;
                continue;
            }

            // Each line is built whole before it is written, so a failure can never leave half a JSON object.
            stdout.Write(JsonResultWriter.ToJsonLine(input.Name, results[next++]));
        }

        stdout.Flush();
        return failures == 0 ? 0 : 1;
    }
}
