using NewsEntities.Pipeline;
using NewsEntities.Tests.Acceptance;
using NewsEntities.Tokenization;

namespace NewsEntities.Tests.Robustness;

/// <summary>
/// Text scraped from web pages keeps HTML character references ("&amp;ldquo;", "&amp;#8217;", "&amp;amp;"). An
/// article reads the same with them as with the characters they stand for, and every offset points at the
/// caller's own characters, the whole reference for a character read from one.
/// </summary>
public sealed class CharacterReferenceTests
{
    [Fact]
    public void Entities_and_quotes_do_not_depend_on_character_references()
    {
        var extractor = NewsExtractor.CreateDefault();
        foreach (string text in SeedGold.Load().Documents.Select(d => d.Text))
        {
            string encoded = text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
                .Replace("\u201C", "&#8220;", StringComparison.Ordinal).Replace("\u201D", "&#x201D;", StringComparison.Ordinal)
                .Replace("\u2019", "&rsquo;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal)
                .Replace("\u2014", "&mdash;", StringComparison.Ordinal);
            AnalysisInvariants.AssertReadsAlike(extractor, text, encoded);
        }
    }

    [Fact]
    public void A_quote_between_references_points_at_the_callers_characters()
    {
        const string Text = "&ldquo;We&rsquo;re staying,&rdquo; said Antony Blinken of AT&amp;T.";
        var analysis = NewsExtractor.CreateDefault().Analyze(Text);

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("We&rsquo;re staying,", quote.Text);
        Assert.Equal(Text.IndexOf("We", StringComparison.Ordinal), quote.Start);
        Assert.Equal("Antony Blinken", quote.Speaker?.Name);
        AnalysisInvariants.AssertHold(Text, analysis);
    }

    [Theory]
    [InlineData("&amp;", (int)'&', 5)]
    [InlineData("&quot;x", (int)'"', 6)]
    [InlineData("&#8220;", 0x201C, 7)]
    [InlineData("&#x2019;", 0x2019, 8)]
    [InlineData("&#X2019;", 0x2019, 8)]
    [InlineData("&#146;", 0x2019, 6)] // Windows-1252, as browsers read it
    [InlineData("&eacute;", 0xE9, 8)]
    [InlineData("&nbsp;", 0xA0, 6)]
    [InlineData("&#128512;", 0x1F600, 9)] // beyond U+FFFF: two UTF-16 units
    public void A_reference_reads_as_its_character(string text, int value, int length)
    {
        Assert.True(CharacterReferences.TryDecode(text, out var decoded, out int read));
        Assert.Equal((value, length), (decoded.Value, read));
    }

    [Theory]
    [InlineData("& ")]
    [InlineData("&amp")] // no semicolon
    [InlineData("&T;")]
    [InlineData("&unknown;")]
    [InlineData("&#;")]
    [InlineData("&#0;")]
    [InlineData("&#xD800;")] // a lone surrogate
    [InlineData("&#99999999;")]
    [InlineData("&#129;")] // a Windows-1252 gap
    [InlineData("&verylongentityname;")]
    public void Anything_else_stays_as_written(string text)
    {
        Assert.False(CharacterReferences.TryDecode(text, out _, out _));
    }

    [Fact]
    public void A_reference_maps_back_to_the_whole_reference()
    {
        var document = new Document("AT&amp;T and &shy;Q&#8217;s");

        Assert.Equal("AT&T and Q\u2019s", document.Text);
        Assert.Equal((0, 8), document.SourceSpan(0, 4)); // AT&T
        Assert.Equal((2, 7), document.SourceSpan(2, 3)); // &
        Assert.Equal((18, 27), document.SourceSpan(9, 12)); // Q’s: after the soft hyphen's reference
        Assert.Equal((18, 26), document.SourceSpan(9, 11)); // Q’: the whole reference
        Assert.Equal((19, 19), document.SourceSpan(10, 10)); // empty, before ’
    }

    [Fact]
    public void An_emoji_read_from_a_reference_maps_back_to_the_whole_reference()
    {
        var document = new Document("Wow &#128512; ok");

        Assert.Equal("Wow \U0001F600 ok", document.Text);
        Assert.Equal((4, 13), document.SourceSpan(4, 6));
        Assert.Equal((14, 16), document.SourceSpan(7, 9));
    }
}
