using System.Text.RegularExpressions;
using NewsEntities.Pipeline;
using NewsEntities.Tests.Acceptance;
using NewsEntities.Tokenization;

namespace NewsEntities.Tests.Robustness;

/// <summary>
/// Articles as content systems and scrapers write them in Markdown read as the text: links, images, emphasis,
/// headings, block quotes and escapes are left out, and every offset points at the caller's characters.
/// </summary>
public sealed partial class MarkdownTests
{
    [Fact]
    public void Entities_and_quotes_do_not_depend_on_markdown()
    {
        var extractor = NewsExtractor.CreateDefault();
        foreach (string text in SeedGold.Load().Documents.Select(d => d.Text.ReplaceLineEndings("\n")))
        {
            // Every capitalized word a link, every word of ten letters or more strong, a heading, an image after
            // it, and each paragraph that opens with a quote a block quote.
            string marked = NewsTextGenerators.CapitalizedWord().Replace(text, "[$0](https://example.com/news?id=1&x=(2))");
            marked = NewsTextGenerators.LongWord().Replace(marked, "**$0**");
            marked = QuoteParagraph().Replace(marked, "> $0");
            int headline = marked.IndexOf('\n', StringComparison.Ordinal);
            marked = "# " + marked[..headline] + "\n\n![A photo](https://example.com/a.jpg)" + marked[headline..];
            AnalysisInvariants.AssertReadsAlike(extractor, text, marked);
        }
    }

    [Theory]
    [InlineData("See [the report](https://example.com/r) now", "See the report now")]
    [InlineData("See [**the** report](/r) now", "See the report now")]
    [InlineData("A ![photo](https://example.com/a.jpg) here", "A  here")]
    [InlineData("He **said** it *twice* and __again__", "He said it twice and again")]
    [InlineData("## Trump wins\n\n> \u201CWe won,\u201D he said.", "Trump wins\n\n\u201CWe won,\u201D he said.")]
    [InlineData("snake\\_case and 5 \\* 3", "snake_case and 5 * 3")]
    public void Markdown_reads_as_its_text(string markdown, string text)
    {
        Assert.Equal(text, new Document(markdown).Text);
    }

    [Theory]
    [InlineData("[Sanders] should stay in (he said)")]
    [InlineData("The [note](not a link) stays")]
    [InlineData("5 * 3 * 2 = 30")]
    [InlineData("snake_case_name and file_name")]
    [InlineData("#SanBernardino and\n#hashtag")]
    [InlineData("x >= 5 and\n>no space")]
    [InlineData("**not closed and *not either")]
    [InlineData("a ** b ** c")]
    public void Prose_with_the_same_characters_stays_as_written(string text)
    {
        Assert.Equal(text, new Document(text).Text);
    }

    [Fact]
    public void A_link_maps_back_to_the_callers_characters()
    {
        const string Text = "[Antony Blinken](https://example.com/b) said: \u201CWe **stay**.\u201D";
        var analysis = NewsExtractor.CreateDefault().Analyze(Text);

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("We **stay**.", quote.Text);
        Assert.Equal("Antony Blinken", quote.Speaker?.Name);
        Assert.Equal((1, "Antony Blinken"), (quote.Speaker!.Mentions[0].Start, quote.Speaker.Mentions[0].Text));
        AnalysisInvariants.AssertHold(Text, analysis);
    }

    [GeneratedRegex(@"(?m)^[\u201C""]")]
    private static partial Regex QuoteParagraph();
}
