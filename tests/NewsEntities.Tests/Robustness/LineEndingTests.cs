using NewsEntities.Tests.Acceptance;

namespace NewsEntities.Tests.Robustness;

/// <summary>
/// An article reads the same whatever ends its lines: LF, CRLF, CR (old Mac files) or the Unicode paragraph
/// separator. Only offsets may differ, by the extra characters of CRLF.
/// </summary>
public sealed class LineEndingTests
{
    // A dateline after a headline ("Cleveland (AFP) –"), a quote that ends its paragraph before a line that opens
    // with a name and a verb, and a role on the line of its name: the checks that look for a line end.
    private const string Article =
        "Trump rally draws thousands\n\nCleveland (AFP) – Thousands of delegates gathered on Monday as the Republican "
        + "convention opened.\n\n\"We are going to win,\" Paul Manafort, the campaign chairman, told reporters.\n\n"
        + "\"This is our moment.\"\nPence says the party is united\n\nTALLAHASSEE — Florida Gov. Rick Scott said the "
        + "state was ready.\n";

    public static TheoryData<string> LineEnds => new() { "\r\n", "\r", "\u2029" };

    [Theory]
    [MemberData(nameof(LineEnds))]
    public void Entities_and_quotes_do_not_depend_on_the_line_ends(string lineEnd)
    {
        var extractor = NewsExtractor.CreateDefault();
        foreach (string text in SeedGold.Load().Documents.Select(d => d.Text.ReplaceLineEndings("\n")).Append(Article))
        {
            var expected = Summary(extractor.Analyze(text));
            var actual = Summary(extractor.Analyze(text.Replace("\n", lineEnd, StringComparison.Ordinal)));

            Assert.Equal(expected.Entities, actual.Entities);
            Assert.Equal(expected.Quotes, actual.Quotes);
        }
    }

    private static (List<string> Entities, List<string> Quotes) Summary(DocumentAnalysis analysis) =>
    (
        analysis.Entities.Select(e => $"{e.Name}|{e.Type}|{string.Join(",", e.Mentions.Select(m => m.Text))}").ToList(),
        analysis.Quotes.Select(q => $"{q.Text.ReplaceLineEndings("\n")}|{q.Speaker?.Name}|{q.SpeakerMention?.Text}|{q.Cue?.Text}").ToList()
    );
}
