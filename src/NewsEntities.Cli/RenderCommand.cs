using System.CommandLine;

namespace NewsEntities.Cli;

/// <summary>
/// <c>newsentities render [--corpus] FILE... --out DIR</c>: one HTML page per input document, named after the input
/// file, and with <c>--corpus</c> an <c>index.html</c> across them.
/// </summary>
internal static class RenderCommand
{
    private const string IndexName = "index.html";

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Text files to read (UTF-8); '-' reads one document from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var corpus = new Option<bool>("--corpus")
        {
            Description = "Resolve aliases across all the documents and write an index.html linking them.",
        };
        var output = new Option<string>("--out")
        {
            Description = "The folder to write the pages to (created if missing).",
            Required = true,
        };
        var command = new Command("render", "Render each document as an HTML page of who said what.")
        {
            files,
            corpus,
            output,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(files) ?? [], parse.GetValue(corpus), parse.GetValue(output)!, cancellationToken)));
        return command;
    }

    private static int Run(string[] paths, bool corpus, string outputFolder, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(outputFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            Console.Error.WriteLine($"newsentities: {outputFolder}: cannot create the output folder ({e.Message})");
            return 1;
        }

        var inputs = paths.Select(InputReader.Read).ToList();
        int failures = 0;
        foreach (var unreadable in inputs.Where(d => d.Error is not null))
        {
            Console.Error.WriteLine($"newsentities: {unreadable.Error}");
            failures++;
        }

        var readable = inputs.Where(d => d.Text is not null).ToList();
        var extractor = NewsExtractor.CreateDefault();
        var analyses = corpus
            ? extractor.AnalyzeCorpus(readable.Select(d => d.Text!), cancellationToken)
            : extractor.AnalyzeMany(readable.Select(d => d.Text!), cancellationToken: cancellationToken).ToList();

        var names = new PageNames(reserved: corpus ? [IndexName] : []);
        var entries = new List<HtmlIndexEntry>();
        for (int i = 0; i < readable.Count; i++)
        {
            string name = names.For(readable[i].Name);
            if (Write(outputFolder, name, HtmlRenderer.Render(readable[i].Text!, analyses[i], readable[i].Name)))
            {
                entries.Add(new HtmlIndexEntry(readable[i].Name, Uri.EscapeDataString(name), analyses[i]));
            }
            else
            {
                failures++;
            }
        }

        if (corpus && !Write(outputFolder, IndexName, HtmlRenderer.RenderIndex(entries)))
        {
            failures++;
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>Writes one page and prints its path; a failure is reported and the other pages are still written.</summary>
    private static bool Write(string folder, string name, string html)
    {
        string path = Path.Combine(folder, name);
        try
        {
            File.WriteAllText(path, html);
            Console.WriteLine(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"newsentities: {path}: cannot write ({e.Message})");
            return false;
        }
    }

    /// <summary>
    /// Page file names from input names: the input's file name with .html for its extension ("stdin.html" for '-'),
    /// made unique with a number when two inputs share a name ("a/x.txt" and "b/x.txt" give x.html and x-2.html).
    /// </summary>
    private sealed class PageNames(IEnumerable<string> reserved)
    {
        private readonly HashSet<string> taken = new(reserved, StringComparer.OrdinalIgnoreCase);

        public string For(string input)
        {
            string stem = input == "-" ? "stdin" : Path.GetFileNameWithoutExtension(input);
            if (stem.Length == 0)
            {
                stem = "document";
            }

            string name = stem + ".html";
            for (int n = 2; !taken.Add(name); n++)
            {
                name = $"{stem}-{n}.html";
            }

            return name;
        }
    }
}
