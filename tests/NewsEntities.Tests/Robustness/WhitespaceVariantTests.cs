using System.Text.RegularExpressions;
using NewsEntities.Tests.Acceptance;

namespace NewsEntities.Tests.Robustness;

/// <summary>
/// An article reads the same whatever whitespace it is typed with: LF, CRLF, CR (old Mac files) or the Unicode
/// paragraph separator at line ends, no-break or doubled spaces between words (web pages), and lines hard-wrapped at
/// a fixed width (plain-text archives). Only offsets and the whitespace inside returned text may differ.
/// </summary>
public sealed partial class WhitespaceVariantTests
{
    // A dateline after a headline ("Cleveland (AFP) –"), a quote that ends its paragraph before a line that opens
    // with a name and a verb, a role on the line of its name, and listed names of two words ("White House",
    // "Exxon Mobil"): the checks that look for a line end or look a name up in a list.
    private const string Article =
        "Trump rally draws thousands\n\nCleveland (AFP) – Thousands of delegates gathered on Monday as the Republican "
        + "convention opened.\n\n\"We are going to win,\" Paul Manafort, the campaign chairman, told reporters.\n\n"
        + "\"This is our moment.\"\nPence says the party is united\n\nTALLAHASSEE — Florida Gov. Rick Scott said the "
        + "state was ready. The White House said the president would not attend. Exxon Mobil declined to comment.\n";

    public static TheoryData<string, string> Variants => new()
    {
        { "\n", "\r\n" },
        { "\n", "\r" },
        { "\n", "\u2029" },
        { " ", "\u00A0" },
        { " ", "  " },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Entities_and_quotes_do_not_depend_on_the_whitespace(string typed, string variant)
    {
        var extractor = NewsExtractor.CreateDefault();
        foreach (string text in SeedGold.Load().Documents.Select(d => d.Text.ReplaceLineEndings("\n")).Append(Article))
        {
            var expected = Summary(extractor.Analyze(text));
            var actual = Summary(extractor.Analyze(text.Replace(typed, variant, StringComparison.Ordinal)));

            Assert.Equal(expected.Entities, actual.Entities);
            Assert.Equal(expected.Quotes, actual.Quotes);
        }
    }

    [Theory]
    [InlineData(60)]
    [InlineData(72)]
    [InlineData(100)]
    public void A_hard_wrapped_article_reads_as_the_article_does(int width)
    {
        var extractor = NewsExtractor.CreateDefault();
        foreach (string text in SeedGold.Load().Documents.Select(d => d.Text.ReplaceLineEndings("\n")).Append(Article))
        {
            string wrapped = NewsTextGenerators.Wrap(text, width);
            Assert.NotEqual(text, wrapped);

            var expected = Summary(extractor.Analyze(text));
            var actual = Summary(extractor.Analyze(wrapped));

            Assert.Equal(expected.Entities, actual.Entities);
            Assert.Equal(expected.Quotes, actual.Quotes);
        }
    }

    [Fact]
    public void An_article_kept_on_one_line_keeps_a_quote_that_runs_over_paragraphs()
    {
        // The paragraphs joined with spaces: the quote's second paragraph reopens its mark mid-line.
        string text = string.Concat(Enumerable.Range(1, 25).Select(i => $"The harbor board met again on day {i} of the long session in Portsmouth. "))
            + "David Levy, the board's chairman, said: \u201CThe port will open in May. It will take ships from every line. "
            + "\u201CWe have waited for years.\u201D The vote is set for June.";

        var quotes = NewsExtractor.CreateDefault().ExtractQuotes(text);

        Assert.Equal(["The port will open in May. It will take ships from every line.", "We have waited for years."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("David Levy", q.Speaker?.Name));
    }

    [Fact]
    public void An_article_kept_on_one_line_reads_only_its_first_sentence_as_the_headline()
    {
        // The short quote in the body is the wording of the sentence's subject, which a headline's quote would not
        // be; the line is cut before the last quote, which opens a sentence, and after the headline.
        string text = "Harbor board meets on the port. "
            + string.Concat(Enumerable.Range(1, 25).Select(i => $"The harbor board met again on day {i} of the long session in Portsmouth. "))
            + "During the debate, David Levy said that this was a \u201Cnew\u201D plan for the port. The vote is set for June. "
            + "\u201CIt will pass,\u201D Levy said.";

        var quotes = NewsExtractor.CreateDefault().ExtractQuotes(text);

        Assert.Equal(["new", "It will pass,"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("David Levy", q.Speaker?.Name));
    }

    private static (List<string> Entities, List<string> Quotes) Summary(DocumentAnalysis analysis) =>
    (
        analysis.Entities.Select(e => Spaced($"{e.Name}|{e.Type}|{string.Join(",", e.Mentions.Select(m => m.Text))}")).ToList(),
        analysis.Quotes.Select(q => Spaced($"{q.Text}|{q.Speaker?.Name}|{q.SpeakerMention?.Text}|{q.Cue?.Text}")).ToList()
    );

    private static string Spaced(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
