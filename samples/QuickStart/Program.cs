// The smallest useful program: who said what in one article.
// Run: dotnet run --project samples/QuickStart -- seeds/004_22a50d3ed5d3e29f.txt
using NewsEntities;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: QuickStart ARTICLE.txt");
    return 2;
}

var extractor = NewsExtractor.CreateDefault();
var analysis = extractor.Analyze(File.ReadAllText(args[0]));

foreach (var entity in analysis.Entities)
{
    Console.WriteLine($"{entity.Type,-12} {entity.Name}  ({string.Join(", ", entity.Aliases)})");
}

Console.WriteLine();
foreach (var quote in analysis.Quotes)
{
    Console.WriteLine($"{quote.Speaker?.Name ?? quote.SpeakerMention?.Text ?? "(unknown)"}: \u201C{quote.Text}\u201D");
}

return 0;
