using System.Text;

namespace NewsEntities.Tokenization;

/// <summary>
/// UTF-8 text read as Windows-1252 or Latin-1 somewhere on its way into an archive: each character beyond ASCII
/// comes out as two to four ("“" as "â€œ", "’" as "â€™", "é" as "Ã©"). A reader can still guess the text; the
/// analysis cannot, as the quotation marks are gone and the names are misspelt. These sequences are read as the
/// characters they stand for. English prose never writes them: a letter from "Â" to "ô" followed by exactly the
/// marks and symbols that the bytes of one UTF-8 character make, decoding to a character of the ranges news uses.
/// </summary>
internal static class Mojibake
{
    // The first character a sequence can start with: the lead byte 0xC2, read by the code page.
    private const char FirstLead = '\u00C2';

    // The last: lead byte 0xF4, the last of UTF-8.
    private const char LastLead = '\u00F4';

    /// <summary>
    /// Whether <paramref name="text"/>, which starts with a lead (<see cref="IsLead"/>), starts with a misread UTF-8
    /// character; then <paramref name="value"/> is the character
    /// and <paramref name="length"/> the sequence's length. Text misread twice ("ç" as "Ã§", then as "ÃƒÂ§") is
    /// read back twice.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<char> text, out Rune value, out int length)
    {
        if (!TryDecodeOnce(text, out value, out length, dropped: true))
        {
            return false;
        }

        if (value.IsBmp && IsLead((char)value.Value))
        {
            // The character read back may lead a sequence of characters read back in turn.
            Span<char> layer = stackalloc char[4];
            layer[0] = (char)value.Value;
            int read = length;
            int count = 1;
            while (count < layer.Length && read < text.Length)
            {
                var inner = default(Rune);
                int innerLength = 0;
                bool misread = IsLead(text[read]) && TryDecodeOnce(text[read..], out inner, out innerLength, dropped: true) && inner.IsBmp;
                layer[count++] = misread ? (char)inner.Value : text[read];
                read += misread ? innerLength : 1;
                if (TryDecodeOnce(layer[..count], out var twice, out int twiceLength, dropped: false) && twiceLength == count)
                {
                    value = twice;
                    length = read;
                    return true;
                }
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="c"/> may start a misread sequence.</summary>
    public static bool IsLead(char c) => c is >= FirstLead and <= LastLead;

    // dropped: whether "â€" alone may be read as "”", whose last byte was dropped (not where more may follow).
    private static bool TryDecodeOnce(ReadOnlySpan<char> text, out Rune value, out int length, bool dropped)
    {
        value = default;
        length = 0;
        int lead = text[0];
        int continuations = lead switch
        {
            <= 0xDF => 1,
            <= 0xEF => 2,
            _ => 3,
        };

        int codePoint = lead & (0x3F >> continuations);
        for (int i = 1; i <= continuations; i++)
        {
            int b = i < text.Length ? Windows1252.ToByte(text[i]) : -1;
            if (b is < 0x80 or > 0xBF)
            {
                // "”" is E2 80 9D, and 0x9D is one of the bytes Windows-1252 lacks: decoders drop it or write
                // something else, so "â€" followed by no continuation is that closing mark, the commonest case.
                if (dropped && i == 2 && lead == 0xE2 && text[1] == '\u20AC')
                {
                    codePoint = 0x201D;
                    length = 2;
                    value = new Rune(codePoint);
                    return true;
                }

                return false;
            }

            codePoint = (codePoint << 6) | (b & 0x3F);
        }

        // Overlong forms and surrogates are no UTF-8. Genuine text may hold a letter and symbols that could be
        // misread UTF-8 ("ß…" for U+07C5, "café…”" for U+9154), so only the characters of English news are read:
        // Latin letters and accents, punctuation and symbols, and the pictographs of social-media text.
        if (codePoint < MinimumOf(continuations) || !Rune.IsValid(codePoint) || !IsNewsCharacter(codePoint))
        {
            return false;
        }

        value = new Rune(codePoint);
        length = continuations + 1;
        return true;
    }

    private static int MinimumOf(int continuations) => continuations switch
    {
        1 => 0x80,
        2 => 0x800,
        _ => 0x10000,
    };

    // Latin letters and their symbols, the combining accents of decomposed letters ("a" and U+0301 for "á"), the
    // Latin letters of Vietnamese, general punctuation (dashes, quotation marks, spaces), currency signs, letterlike
    // symbols (™), and every character beyond U+FFFF (emoji), whose four bytes no genuine text spells.
    private static bool IsNewsCharacter(int codePoint) =>
        codePoint is (>= 0xA0 and <= 0x24F) or (>= 0x300 and <= 0x36F) or (>= 0x1E00 and <= 0x1EFF) or (>= 0x2000 and <= 0x206F)
            or (>= 0x20A0 and <= 0x20CF) or (>= 0x2100 and <= 0x214F) or >= 0x10000;
}
