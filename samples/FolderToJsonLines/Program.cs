// Every quote of every article in a folder, as JSON Lines, with a progress bar on standard error.
// Run: dotnet run --project samples/FolderToJsonLines -- seeds quotes.jsonl
using System.Text.Json;
using FolderToJsonLines;
using NewsEntities;

if (args.Length != 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: FolderToJsonLines FOLDER OUTPUT.jsonl");
    return 2;
}

var files = Directory.GetFiles(args[0], "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
var extractor = NewsExtractor.CreateDefault();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

var progress = new Progress<int>(done =>
{
    int width = 40;
    int filled = files.Count == 0 ? width : done * width / files.Count;
    Console.Error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{files.Count}");
});

// AnalyzeMany reads the files lazily, uses every core and yields results in file order.
var results = extractor.AnalyzeMany(files.Select(File.ReadAllText), new BatchOptions { Progress = progress }, cancel.Token);

using var output = new StreamWriter(args[1]);
int quotes = 0;
foreach (var (file, analysis) in files.Zip(results))
{
    foreach (var quote in analysis.Quotes)
    {
        var record = new QuoteRecord(file, quote.Text, quote.Start, quote.End, quote.Speaker?.Name, quote.Speaker?.Type.ToString(), quote.SpeakerMention?.Text, quote.Cue?.Text);
        output.WriteLine(JsonSerializer.Serialize(record, QuoteRecordContext.Default.QuoteRecord));
        quotes++;
    }
}

Console.Error.WriteLine($"\n{quotes} quotes from {files.Count} articles written to {args[1]}");
return 0;
