using System.Text;
using NewsEntities.Tests.Acceptance;

namespace NewsEntities.Tests.Robustness;

/// <summary>
/// Every kind of garbage scraped news can hold: each input must be analysed without an exception, with every
/// offset right, and an unclosed or unbalanced mark must not produce a quote that swallows the document.
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class BadInputCatalogueTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.CreateDefault();

    public static TheoryData<string> Cases => new(Catalogue.Keys);

    private static Dictionary<string, Func<string>> Catalogue { get; } = new(StringComparer.Ordinal)
    {
        ["empty"] = () => string.Empty,
        ["whitespace"] = () => " \t\r\n\u00A0\u2003\u3000 ",
        ["one character"] = () => "\"",
        ["20 MB document"] = () => Repeat(string.Join("\n\n", SeedGold.Load().Documents.Select(d => d.Text)), 20_000_000),
        ["1 MB line without spaces"] = () => new string('x', 1_000_000),
        ["100,000 quote marks"] = () => new string('"', 100_000),
        ["alternating quote marks and apostrophes"] = () => Repeat("\"'\u201C\u2019\u2018\u201D", 100_000),
        ["only punctuation"] = () => Repeat(".,;:!?-()[]{}\u2014\u2026", 100_000),
        ["control characters"] = () => string.Concat(Enumerable.Range(0, 32).Select(c => (char)c)) + "Blinken said \"x\u0007y\".\u007F\u0085",
        ["lone surrogates"] = () => "Blinken \uD800said \"\uDC00yes\uD83D\".\uDFFF",
        ["emoji, ZWJ sequences and combining marks"] = () => "Blinken 👨‍👩‍👧‍👦 said \"e\u0301te\u0308 🏳️‍🌈 👍🏽\" \u0301\u0301\u0301.",
        ["right-to-left text"] = () => "\u05D1\u05DC\u05D9\u05E0\u05E7\u05DF \u05D0\u05DE\u05E8 \"\u05E9\u05DC\u05D5\u05DD\" \u0627\u0644\u0631\u0626\u064A\u0633 \u0642\u0627\u0644 \u00AB\u0633\u0644\u0627\u0645\u00BB \u202Eevil\u202C",
        ["mojibake"] = () => "Coordinator America: Jos\u8305 Antonio \u00E2\u20AC\u0153quoted\u00E2\u20AC\u009D said Blinken.",
        ["HTML remnants and entities"] = () => "<p>Blinken said &quot;we&#39;re here&quot; &amp; left.</p><script>alert(\"x\")</script><a href=\"x\">",
        ["CRLF and bare CR line endings"] = () => "Blinken said:\r\n\"We stay.\"\rAbbas said \"No.\"\r\n\r\nEnd.",
        ["a BOM"] = () => "\uFEFFBlinken said \"yes\".",
        ["only invisible characters"] = () => Repeat("\u00AD\u200B\u200D\u200E\u2060\uFEFF", 1_000_000),
        ["a soft hyphen in every word of a 5 MB document"] = () => Repeat("Blin\u00ADken told Ab\u00ADbas in Ra\u00ADmal\u00ADlah: \u201CWe stay.\u201D ", 5_000_000),
        ["deeply nested brackets and quotes"] = () => new string('(', 50_000) + Repeat("\u201C\u2018\"", 30_000) + new string(')', 50_000),
        ["a place name that ends the text after a bracket"] = () => "a)Antony", // found by a longer property run
        ["a cue that opens the text before \"it\""] = () => "said it \"was fine.\"", // found by a longer property run
        ["markup of every kind unclosed"] = () => "<a href=\"x <!-- [link](https://x.com/(a **b _c ``d \u00E2\u20AC \u0093 e\u0301 > # \\",
        ["a quote that never closes in a 5 MB document"] = () => "He said \u201C" + Repeat("and the talks went on for hours in Ramallah. ", 5_000_000),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_analysed_without_an_exception_and_with_every_offset_right(string name)
    {
        string text = Catalogue[name]();
        var analysis = Extractor.Analyze(text);
        AnalysisInvariants.AssertHold(text, analysis);
        Assert.All(analysis.Quotes, q => Assert.True(q.Text.Length < 20_000, $"a {q.Text.Length}-character quote in '{name}'"));
    }

    [Fact]
    public void Unbalanced_and_empty_marks_give_no_quote()
    {
        Assert.Empty(Extractor.ExtractQuotes(new string('"', 100_000)));
        Assert.Empty(Extractor.ExtractQuotes("He said \u201C" + Repeat("talks went on. ", 100_000)));
        Assert.Empty(Extractor.ExtractQuotes("Comments\n\"\""));
    }

    internal static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
