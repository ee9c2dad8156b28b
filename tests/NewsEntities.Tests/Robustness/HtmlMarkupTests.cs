using NewsEntities.Pipeline;
using NewsEntities.Tests.Acceptance;
using NewsEntities.Tokenization;

namespace NewsEntities.Tests.Robustness;

/// <summary>
/// Text from web pages, feeds and content systems comes with its HTML tags. An article reads the same in markup as
/// in plain text, its "&lt;p&gt;" elements its paragraphs, and every offset points at the caller's own characters.
/// </summary>
public sealed class HtmlMarkupTests
{
    private const string Head =
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><style>p > a { color: red; }</style>"
        + "<script>if (a < b && c > d) { x = '<p>'; }</script></head><body><!-- story -->";

    [Fact]
    public void Entities_and_quotes_do_not_depend_on_markup()
    {
        var extractor = NewsExtractor.CreateDefault();
        foreach (string text in SeedGold.Load().Documents.Select(d => d.Text.ReplaceLineEndings("\n")))
        {
            // Paragraphs as elements, line breaks as <br>, every capitalized word a link (names cut by tags) and
            // every word of ten letters or more emphasized.
            string marked = NewsTextGenerators.CapitalizedWord().Replace(text, "<a href=\"https://example.com/?q=1&amp;r=2\" target=\"_blank\">$0</a>");
            marked = NewsTextGenerators.LongWord().Replace(marked, "<em class=\"x\">$0</em>");
            marked = Head + marked.Replace("\n\n", "<p>", StringComparison.Ordinal).Replace("\n", "<br/>", StringComparison.Ordinal) + "</body></html>";
            AnalysisInvariants.AssertReadsAlike(extractor, text, marked);
        }
    }

    [Fact]
    public void A_quote_over_paragraph_elements_is_one_speakers()
    {
        const string Text = "<p>Jane Doe, the harbor board's chair, spoke on Monday.</p><p>\u201CThe port will open in May.</p>"
            + "<p>\u201CWe have <em>waited</em> for years,\u201D Doe said.</p>";
        var analysis = NewsExtractor.CreateDefault().Analyze(Text);

        Assert.Equal(["The port will open in May.", "We have <em>waited</em> for years,"], analysis.Quotes.Select(q => q.Text));
        Assert.All(analysis.Quotes, q => Assert.Equal("Jane Doe", q.Speaker?.Name));
        Assert.Equal(Text.IndexOf("The port", StringComparison.Ordinal), analysis.Quotes[0].Start);
        AnalysisInvariants.AssertHold(Text, analysis);
    }

    [Fact]
    public void Tags_map_back_to_the_callers_characters()
    {
        var document = new Document("<p>Hi <b>Bob</b></p><!-- x --><script>a<b</script><br>Al");

        Assert.Equal("\n\nHi Bob\n\n\nAl", document.Text);
        Assert.Equal((9, 12), document.SourceSpan(5, 8)); // Bob, without the tags around it
        Assert.Equal((3, 12), document.SourceSpan(2, 8)); // Hi <b>Bob: the tag inside is in it
        Assert.Equal((54, 56), document.SourceSpan(11, 13)); // Al, after the comment, the script and the <br>
    }

    [Theory]
    [InlineData("<p>", 3, 2)]
    [InlineData("</P>", 4, 2)]
    [InlineData("<div class=\"story\" data-x='a>b'>", 32, 2)]
    [InlineData("<br/>", 5, 1)]
    [InlineData("<br >", 5, 1)]
    [InlineData("<a href=\"https://example.com/?a=1&amp;b=2\">", 43, 0)]
    [InlineData("<em>", 4, 0)]
    [InlineData("<o:p>", 5, 0)] // unknown, but written as no prose is
    [InlineData("</tweet>", 8, 0)]
    [InlineData("<tweet/>", 8, 0)]
    [InlineData("<tweet id=\"1\">", 14, 0)]
    [InlineData("<!DOCTYPE html>", 15, 0)]
    [InlineData("<!-- a comment -->", 4, 0)] // the caller finds the comment's end
    public void A_tag_is_read_as_line_breaks_or_nothing(string text, int length, int lineBreaks)
    {
        Assert.True(HtmlMarkup.TryRead(text, out int read, out int breaks, out _));
        Assert.Equal((length, lineBreaks), (read, breaks));
    }

    [Theory]
    [InlineData("<script type=\"text/javascript\">", "script")]
    [InlineData("<STYLE>", "style")]
    [InlineData("<script/>", null)]
    [InlineData("</script>", null)]
    [InlineData("<span>", null)]
    public void A_script_or_style_element_is_known_by_its_start_tag(string text, string? rawText)
    {
        Assert.True(HtmlMarkup.TryRead(text, out _, out _, out string? element));
        Assert.Equal(rawText, element);
    }

    [Theory]
    [InlineData("< b")]
    [InlineData("<3 you")]
    [InlineData("<jane@example.com>")]
    [InlineData("<https://example.com>")]
    [InlineData("<tweet>")] // not HTML, and in a form prose could take
    [InlineData("<b and c")] // no '>'
    [InlineData("<a href=\"x<y\">")] // a second '<' first
    [InlineData("<a href=\"never closed>")]
    [InlineData("</a class=\"x\">")]
    [InlineData("<!3>")]
    [InlineData("<>")]
    public void Anything_else_stays_as_written(string text)
    {
        Assert.False(HtmlMarkup.TryRead(text, out _, out _, out _));
        Assert.Equal(text + " ok", new Document(text + " ok").Text);
    }

    [Fact]
    public void A_tag_longer_than_the_bound_stays_as_written()
    {
        string tag = "<a title=\"" + new string('x', HtmlMarkup.MaxTagLength) + "\">";

        Assert.False(HtmlMarkup.TryRead(tag, out _, out _, out _));
    }

    [Fact]
    public void An_unclosed_comment_or_script_leaves_out_only_its_tag()
    {
        Assert.Equal("a  b c", new Document("a <!-- b c").Text);
        Assert.Equal("a  b c", new Document("a <script> b c").Text);
    }
}
