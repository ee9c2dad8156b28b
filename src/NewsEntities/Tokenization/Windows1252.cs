namespace NewsEntities.Tokenization;

/// <summary>
/// The Windows-1252 code page where it differs from Latin-1: bytes 0x80-0x9F, which it reads as typographic marks
/// and letters ("’" is 0x92). Web text meets it twice: numeric character references in that range, which browsers
/// read by it, and UTF-8 read by it by mistake (<see cref="Mojibake"/>).
/// </summary>
internal static class Windows1252
{
    // Bytes 0x80-0x9F; '\0' where the code page defines none (0x81, 0x8D, 0x8F, 0x90, 0x9D).
    private const string High = "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0"
        + "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    /// <summary>The character byte <paramref name="value"/> (0x80-0x9F) stands for, or -1 where none is defined.</summary>
    public static int ToChar(int value) => value is >= 0x80 and <= 0x9F && High[value - 0x80] != '\0' ? High[value - 0x80] : -1;

    /// <summary>
    /// The byte that <paramref name="c"/> was read from, if text was read as Windows-1252 or Latin-1: the
    /// code page's own characters, the control characters U+0080-U+009F that Latin-1 (and lenient Windows-1252
    /// decoders, for the undefined bytes) give for 0x80-0x9F, and U+00A0-U+00FF; otherwise -1.
    /// </summary>
    public static int ToByte(char c)
    {
        if (c is >= '\u0080' and <= '\u00FF')
        {
            return c;
        }

        int at = c < '\u0152' ? -1 : High.IndexOf(c);
        return at >= 0 ? 0x80 + at : -1;
    }
}
