using System.Diagnostics;
using System.Text.Json;
using NewsEntities.Pipeline;

namespace NewsEntities.Benchmarks;

/// <summary>
/// Steady-state allocation per document, overall and stage by stage (issue 6: at most twice the input's size,
/// counted as UTF-8 bytes as <c>extract --stats</c> counts it; the UTF-16 ratio is printed beside it). Allocation is deterministic, so one pass measures it exactly, in seconds, on a machine too busy for
/// timings: <c>dotnet run -c Release --project benchmarks/NewsEntities.Benchmarks -- alloc-probe corpus.jsonl</c>
/// (one JSON string per line, e.g. PolNeAR train).
/// </summary>
/// <remarks>
/// Two warm-up passes first, so pooled storage has grown to the corpus's largest document and the figures are
/// those of a long-running extractor. The stage rows run the stages one by one in a pooled document, as
/// <see cref="NewsExtractor.Analyze"/> does; their sum is the Analyze row. A quote's text is made when first read
/// (<see cref="Quote.Text"/>), so a last row gives Analyze with every quote's text read as well.
/// </remarks>
internal static class AllocationProbe
{
    public static void Run(string path)
    {
        var texts = File.ReadLines(path).Select(line => JsonSerializer.Deserialize<string>(line)!).ToList();
        var extractor = NewsExtractor.CreateDefault();
        var stages = AnalysisPipeline.Default.Stages;

        var pool = new DocumentPool(1);
        var perStage = new long[stages.Count + 2]; // rent, the stages, result and return
        for (int pass = 0; pass < 3; pass++)
        {
            Array.Clear(perStage);
            foreach (string text in texts)
            {
                extractor.Analyze(text);
                long before = GC.GetAllocatedBytesForCurrentThread();
                var document = pool.Rent(text);
                perStage[0] += GC.GetAllocatedBytesForCurrentThread() - before;
                for (int s = 0; s < stages.Count; s++)
                {
                    before = GC.GetAllocatedBytesForCurrentThread();
                    stages[s].Process(document, CancellationToken.None);
                    perStage[s + 1] += GC.GetAllocatedBytesForCurrentThread() - before;
                }

                before = GC.GetAllocatedBytesForCurrentThread();
                ResultBuilder.Build(document, includeQuotes: true, CancellationToken.None);
                pool.Return(document);
                perStage[^1] += GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }

        long analyze = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (string text in texts)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            extractor.Analyze(text);
            analyze += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        long analyzeRead = 0;
        int quoteChars = 0;
        foreach (string text in texts)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var quote in extractor.Analyze(text).Quotes)
            {
                quoteChars += quote.Text.Length;
            }

            analyzeRead += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        double inputBytes = texts.Sum(t => 2.0 * t.Length);
        double utf8Bytes = texts.Sum(t => (double)System.Text.Encoding.UTF8.GetByteCount(t));
        int n = texts.Count;
        Console.WriteLine($"{n} documents, {utf8Bytes / n:F0} UTF-8 bytes ({inputBytes / n:F0} UTF-16 bytes) each; Analyze: {cpu.TotalMilliseconds / n:F3} ms processor time each (noisy)");
        Console.WriteLine($"{"stage",-26} {"bytes/doc",10}  x UTF-8  x UTF-16");
        Print("Analyze", analyze);
        Print("document", perStage[0]);
        for (int s = 0; s < stages.Count; s++)
        {
            Print(stages[s].GetType().Name, perStage[s + 1]);
        }

        Print("result", perStage[^1]);
        Print("Analyze, every Text read", analyzeRead);

        void Print(string name, long bytes) => Console.WriteLine($"{name,-26} {bytes / (double)n,10:F0}  {bytes / utf8Bytes,7:F3}  {bytes / inputBytes,7:F3}");
    }
}
