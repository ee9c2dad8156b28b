using System.Text;
using NewsEntities.Pipeline;
using NewsEntities.Tests.Acceptance;
using NewsEntities.Tokenization;

namespace NewsEntities.Tests.Robustness;

/// <summary>
/// UTF-8 text that was read as Windows-1252 or Latin-1 on its way into an archive ("â€œWeâ€™reâ€" for
/// "“We’re”", "JuliÃ¡n" for "Julián"), and Windows-1252 text read as Latin-1 ("\u0093We\u0094"), read as the
/// text they were, every offset pointing at the caller's characters.
/// </summary>
public sealed class MojibakeTests
{
    [Fact]
    public void Entities_and_quotes_do_not_depend_on_utf8_read_as_windows_1252_or_latin_1()
    {
        var extractor = NewsExtractor.CreateDefault();
        foreach (string text in SeedGold.Load().Documents.Select(d => d.Text))
        {
            AnalysisInvariants.AssertReadsAlike(extractor, text, Misread(text, windows1252: true));
            AnalysisInvariants.AssertReadsAlike(extractor, text, Misread(text, windows1252: false));
        }
    }

    [Fact]
    public void Entities_and_quotes_do_not_depend_on_windows_1252_read_as_latin_1()
    {
        // Curly marks, dashes and ellipses come out as the C1 controls U+0080-U+009F.
        var extractor = NewsExtractor.CreateDefault();
        var windows1252 = Enumerable.Range(0x80, 32).Where(b => Windows1252.ToChar(b) >= 0).ToDictionary(b => (char)Windows1252.ToChar(b), b => (char)b);
        foreach (string text in SeedGold.Load().Documents.Select(d => d.Text))
        {
            string misread = string.Concat(text.Select(c => windows1252.GetValueOrDefault(c, c)));
            if (misread != text)
            {
                AnalysisInvariants.AssertReadsAlike(extractor, text, misread);
            }
        }
    }

    [Fact]
    public void A_c1_control_reads_as_windows_1252_one_for_one()
    {
        var document = new Document("\u0093Yes,\u0094 he said \u0096 twice\u0085 \u0081");

        Assert.Equal("\u201CYes,\u201D he said \u2013 twice\u2026 \u0081", document.Text); // 0x81 is no character of it
        Assert.False(document.DiffersFromSource);
    }

    [Theory]
    [InlineData("\u00E2\u20AC\u0153", 0x201C, 3)] // “
    [InlineData("\u00E2\u20AC\u2122s", 0x2019, 3)] // ’
    [InlineData("\u00E2\u20AC\u201D", 0x2014, 3)] // —
    [InlineData("\u00E2\u20AC\u009D", 0x201D, 3)] // ”, its last byte read by Latin-1
    [InlineData("\u00E2\u20AC said", 0x201D, 2)] // ”, its last byte dropped
    [InlineData("\u00C3\u00A9", 0xE9, 2)] // é
    [InlineData("\u00C3\u00ADa", 0xED, 2)] // í, whose second byte reads as a soft hyphen
    [InlineData("\u00C2\u00A0", 0xA0, 2)] // a no-break space
    [InlineData("\u00CC\u0081", 0x301, 2)] // a combining acute accent
    [InlineData("\u00F0\u0178\u02DC\u20AC", 0x1F600, 4)] // an emoji
    [InlineData("\u00C3\u0192\u00C2\u00A7ois", 0xE7, 4)] // ç misread twice: "Ã§" read as "ÃƒÂ§"
    [InlineData("\u00C3\u00A2\u00E2\u201A\u00AC\u00E2\u201E\u00A2s", 0x2019, 8)] // ’ misread twice: "â€™" read as "Ã¢â‚¬â„¢"
    [InlineData("\u00C3\u00A2\u00E2\u201A\u00AC said", 0xE2, 2)] // "Ã¢" then "€" alone: only â, not a dropped ”
    public void A_misread_character_reads_as_itself(string text, int value, int length)
    {
        Assert.True(Mojibake.TryDecode(text, out var decoded, out int read));
        Assert.Equal((value, length), (decoded.Value, read));
    }

    [Theory]
    [InlineData("\u00C3")] // alone
    [InlineData("\u00C3O PAULO")] // SÃO PAULO
    [InlineData("\u00DF\u2026")] // "ß…": would be U+07C5, no character of news
    [InlineData("\u00D1\u00BF")] // "Ñ¿": Cyrillic, no more likely than the Latin pair
    [InlineData("\u00E9\u2026\u201D")] // "é…”" ending a quote, not U+9154
    [InlineData("\u00C2b")]
    [InlineData("\u00E0\u20AC\u20AC")] // an overlong form
    public void Anything_else_stays_as_written(string text)
    {
        Assert.False(Mojibake.TryDecode(text, out _, out _));
    }

    [Fact]
    public void A_misread_character_maps_back_to_its_whole_sequence()
    {
        var document = new Document("Juli\u00C3\u00A1n said \u00E2\u20AC\u0153no\u00E2\u20AC\u009D.");

        Assert.Equal("Juli\u00E1n said \u201Cno\u201D.", document.Text);
        Assert.Equal((0, 7), document.SourceSpan(0, 6)); // Julián: the whole "Ã¡"
        Assert.Equal((16, 18), document.SourceSpan(13, 15)); // no, between the marks
    }

    [Fact]
    public void Windows_1252_references_read_as_the_code_page_does()
    {
        Assert.True(CharacterReferences.TryDecode("&#138;", out var value, out _));
        Assert.Equal(0x160, value.Value); // Š
        Assert.Equal(-1, Windows1252.ToChar(0x9D));
        Assert.Equal(0x92, Windows1252.ToByte('\u2019'));
    }

    // The text's UTF-8 bytes read one character each, by Windows-1252 (its undefined bytes as Latin-1 reads them,
    // as lenient decoders do) or by Latin-1. Chinese characters are left as they are: English news holds one only
    // as an earlier misreading (a seed's "Jos\u8305" for "José"), which reads as no name either way.
    private static string Misread(string text, bool windows1252)
    {
        var misread = new StringBuilder();
        foreach (var c in text.EnumerateRunes())
        {
            if (c.Value is >= 0x3000 and < 0xA000)
            {
                misread.Append(c.ToString());
                continue;
            }

            foreach (byte b in Encoding.UTF8.GetBytes(c.ToString()))
            {
                int read = windows1252 ? Windows1252.ToChar(b) : -1;
                misread.Append((char)(read >= 0 ? read : b));
            }
        }

        return misread.ToString();
    }
}
