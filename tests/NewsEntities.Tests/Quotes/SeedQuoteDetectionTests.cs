using NewsEntities.Pipeline;
using NewsEntities.Quotes;
using NewsEntities.Segmentation;
using NewsEntities.Tests.Acceptance;
using NewsEntities.Tokenization;
using Xunit.Abstractions;

namespace NewsEntities.Tests.Quotes;

/// <summary>
/// Quote detection alone on the seed articles: it needs no entities, so it can be held to the full gold now.
/// Every gold quote must be found and nothing else returned except the gold's ignored strings.
/// </summary>
public sealed class SeedQuoteDetectionTests(ITestOutputHelper output)
{
    [Fact]
    public void Detection_finds_every_seed_quote_and_no_false_quote()
    {
        var gold = SeedGold.Load();
        int total = 0, found = 0, falseQuotes = 0;
        foreach (var goldDocument in gold.Documents)
        {
            var document = Detect(goldDocument.Text);
            var texts = document.Quotes.Select(q => document.Slice(q.ContentStart, q.ContentEnd)).ToList();
            var used = new bool[texts.Count];
            foreach (var quote in goldDocument.Quotes)
            {
                total++;
                int match = Enumerable.Range(0, texts.Count).FirstOrDefault(i => !used[i] && Same(texts[i], quote.Text), -1);
                if (match < 0)
                {
                    output.WriteLine($"{goldDocument.File}: missed \"{quote.Text}\"");
                    continue;
                }

                used[match] = true;
                found++;
            }

            for (int i = 0; i < texts.Count; i++)
            {
                if (!used[i] && !goldDocument.Ignore.Any(ignored => Same(texts[i], ignored)))
                {
                    falseQuotes++;
                    output.WriteLine($"{goldDocument.File}: false quote \"{texts[i]}\"");
                }
            }
        }

        output.WriteLine($"detection: found {found}/{total}, false quotes {falseQuotes}");
        Assert.Equal(total, found);
        Assert.Equal(0, falseQuotes);
    }

    internal static Document Detect(string text)
    {
        var document = new Document(text);
        new TokenizationStage().Process(document, default);
        new SentenceSplitter().Process(document, default);
        new QuoteDetectionStage().Process(document, default);
        return document;
    }

    private static bool Same(string a, string b) => Normalize(a) == Normalize(b);

    private static string Normalize(string s) =>
        string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '"', '\u201C', '\u201D', '\'', '\u2018', '\u2019');
}
