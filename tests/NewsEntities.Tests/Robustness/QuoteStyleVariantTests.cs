using NewsEntities.Tests.Acceptance;

namespace NewsEntities.Tests.Robustness;

/// <summary>
/// British news opens and closes a quote with single marks and nests double ones inside; the closing mark is also
/// the apostrophe. An article gives the same quotes and speakers in either style, curly or straight.
/// </summary>
public sealed class QuoteStyleVariantTests
{
    // Apostrophes in every place a closing mark could be mistaken for one: inside words, after a plural's s, before
    // a closing mark, and a quote nested in a quote.
    private const string Article =
        "Ministers met in London on Monday.\n\n"
        + "\u201CThe Joneses\u2019 house is safe, and we won\u2019t move,\u201D said Sarah Jones, a teacher in Leeds.\n\n"
        + "Her neighbour, Tom Hale, said the council had called the plan \u201Cthe residents\u2019 choice.\u201D\n\n"
        + "\u201CMy father always told me, \u2018Stand your ground,\u2019 and I have,\u201D he added.\n";

    [Fact]
    public void Quotes_and_speakers_do_not_depend_on_the_quotation_style()
    {
        var extractor = NewsExtractor.CreateDefault();
        foreach (string text in SeedGold.Load().Documents.Select(d => d.Text).Append(Article))
        {
            var expected = Quotes(extractor.Analyze(text));
            string curly = ToBritish(text);
            string straight = curly.Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

            Assert.Equal(expected, Quotes(extractor.Analyze(curly)));
            Assert.Equal(expected, Quotes(extractor.Analyze(straight)));
        }
    }

    [Fact]
    public void Quotes_and_speakers_read_the_same_in_the_typewriter_style_of_tex_and_the_treebank()
    {
        // ``Yes,'' he said: two grave accents open, two apostrophes close.
        var extractor = NewsExtractor.CreateDefault();
        foreach (string text in SeedGold.Load().Documents.Select(d => d.Text).Append(Article))
        {
            // The seeds written with straight marks have nothing to retype.
            string typed = text.Replace("\u201C", "``", StringComparison.Ordinal).Replace("\u201D", "''", StringComparison.Ordinal);
            Assert.Equal(Quotes(extractor.Analyze(text)), Quotes(extractor.Analyze(typed)));
        }
    }

    [Fact]
    public void A_typewriter_quote_points_at_the_callers_characters()
    {
        const string Text = "Senator Jane Doe spoke on Monday. ``We will win,'' Doe said. A grave ` alone stays.";
        var analysis = NewsExtractor.CreateDefault().Analyze(Text);

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal((Text.IndexOf("We", StringComparison.Ordinal), "We will win,"), (quote.Start, quote.Text));
        Assert.Equal("Jane Doe", quote.Speaker?.Name);
        AnalysisInvariants.AssertHold(Text, analysis);
    }

    // Outer marks become single and inner ones double; an apostrophe (’ or ' inside or after a word) stays.
    private static string ToBritish(string text)
    {
        var british = text.ToCharArray();
        for (int i = 0; i < british.Length; i++)
        {
            british[i] = british[i] switch
            {
                '\u201C' => '\u2018',
                '\u201D' => '\u2019',
                '\u2018' => '\u201C',
                '"' => '\'',
                '\u2019' when i + 1 < british.Length && !char.IsLetter(text[i + 1]) && text[..i].LastIndexOf('\u2018') > text[..i].LastIndexOf('\u2019') => '\u201D',
                _ => british[i],
            };
        }

        return new string(british);
    }

    private static List<string> Quotes(DocumentAnalysis analysis) =>
        [.. analysis.Quotes.Select(q => $"{Plain(q.Text)}|{q.Speaker?.Name}|{q.SpeakerMention?.Text}")];

    private static string Plain(string text) =>
        text.Replace("``", "\u201C", StringComparison.Ordinal).Replace("''", "\u201D", StringComparison.Ordinal)
            .Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('"', '\'');
}
