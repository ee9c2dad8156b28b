using NewsEntities.Recognition;
using NewsEntities.Resolution;
using NewsEntities.Tests.Acceptance;
using Xunit.Abstractions;

namespace NewsEntities.Tests.Quotes;

/// <summary>
/// The seed articles through the quote stages with their entities marked from the gold entity list (standing in
/// for the recognizer and alias resolution until they land), with the genders and the apposition and
/// pre-modifier roles the text gives each person.
/// </summary>
public sealed class SeedQuoteAttributionTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string[]> Roles = new(StringComparer.Ordinal)
    {
        ["Antony Blinken"] = ["us secretary of state"],
        ["Mahmoud Abbas"] = ["palestinian president", "palestinian leader", "president of the palestinian national authority", "pa leader"],
        ["Ghassan Khatib"] = ["former pa minister"],
        ["Bill Burns"] = ["director of the cia", "cia director"],
        ["Benjamin Netanyahu"] = ["israeli pm", "israeli prime minister", "prime minister"],
        ["Abdel Fattah Al-Sisi"] = ["egyptian president"],
        ["Isaac Herzog"] = ["president"],
        ["Yoav Gallant"] = ["israeli defense minister", "defence minister"],
        ["Eli Cohen"] = ["israeli foreign minister"],
        ["Yair Lapid"] = ["opposition leader", "former prime minister"],
        ["Ned Price"] = ["state department spokesperson"],
        ["Daoud Shehab"] = ["islamic jihad spokesman"],
        ["Hazem Qassem"] = ["hamas spokesman"],
        ["Mahmoud Aloul"] = ["fatah deputy head"],
        ["Azzam al-Ahmad"] = ["senior palestinian leader"],
        ["Nabil Abu Rudeineh"] = ["pa deputy chief of staff"],
        ["Barbara Leaf"] = ["us assistant secretary of state for near eastern affairs"],
        ["Hady Amr"] = ["special representative to the palestinian authority"],
        ["Ahmed Hattokai"] = ["intelligence chief"],
    };

    private static readonly HashSet<string> Women = new(StringComparer.Ordinal) { "Barbara Leaf", "Enia Krivine" };

    [Fact]
    public void Seed_quotes_are_attributed_with_marked_entities()
    {
        var gold = SeedGold.Load();
        var entities = gold.Entities.Select(e => new TestEntity(
            e.Name,
            e.Type switch { EntityType.Person => EntityLabel.Person, EntityType.Organization => EntityLabel.Organization, _ => EntityLabel.Location },
            e.Type != EntityType.Person ? Gender.Unknown : Women.Contains(e.Name) ? Gender.Female : Gender.Male)
        {
            Aliases = e.Aliases,
            Roles = Roles.GetValueOrDefault(e.Name, []),
        }).ToArray();

        int total = 0, found = 0, right = 0, falseQuotes = 0;
        foreach (var document in gold.Documents)
        {
            var all = QuoteTestDocument.Quotes(document.Text, entities);
            foreach (var q in all)
            {
                output.WriteLine($"  {document.File[..3]} [{(q.IsSpeech ? "speech" : "scare")}] {q.Speaker ?? "-"} | {q.SpeakerMention} | {q.Cue} | {q.Text[..Math.Min(40, q.Text.Length)]}");
            }

            var quotes = all.Where(q => q.IsSpeech).ToList();
            var used = new bool[quotes.Count];
            foreach (var goldQuote in document.Quotes)
            {
                total++;
                int match = Enumerable.Range(0, quotes.Count).FirstOrDefault(i => !used[i] && Same(quotes[i].Text, goldQuote.Text), -1);
                if (match < 0)
                {
                    output.WriteLine($"{document.File}: missed \"{goldQuote.Text}\"");
                    continue;
                }

                used[match] = true;
                found++;
                var quote = quotes[match];
                bool ok = goldQuote.Speaker is null ? quote.Speaker is null : quote.Speaker == goldQuote.Speaker || goldQuote.AlsoAccept.Contains(quote.Speaker ?? "");
                if (ok)
                {
                    right++;
                }
                else
                {
                    output.WriteLine($"{document.File}: \"{goldQuote.Text}\" went to {quote.Speaker ?? "nobody"} ({quote.SpeakerMention}, cue {quote.Cue}), not {goldQuote.Speaker ?? "nobody"}");
                }
            }

            for (int i = 0; i < quotes.Count; i++)
            {
                if (!used[i] && !document.Ignore.Any(ignored => Same(quotes[i].Text, ignored)))
                {
                    falseQuotes++;
                    output.WriteLine($"{document.File}: false quote \"{quotes[i].Text}\"");
                }
            }
        }

        output.WriteLine($"seeds with marked entities: found {found}/{total}, speakers right {right}, false quotes {falseQuotes}");
        Assert.Equal(total, found);
        Assert.True(right >= 49, $"speakers right {right} < 49");
        Assert.Equal(0, falseQuotes);
    }

    private static bool Same(string a, string b) => Normalize(a) == Normalize(b);

    private static string Normalize(string s) =>
        string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '"', '\u201C', '\u201D', '\'', '\u2018', '\u2019');
}
