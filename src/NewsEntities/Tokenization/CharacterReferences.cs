using System.Globalization;
using System.Text;

namespace NewsEntities.Tokenization;

/// <summary>
/// HTML character references that text scraped from web pages keeps: "&amp;quot;", "&amp;rsquo;", "&amp;#8220;",
/// "&amp;nbsp;". Left as they are, a quote written "&amp;ldquo;...&amp;rdquo;" has no quotation mark and
/// "AT&amp;amp;T" is no company; read as the characters they stand for, such a text reads like its page.
/// </summary>
/// <remarks>
/// The named references are those news text uses: markup, quotation marks, dashes and spaces, symbols, and the
/// accented Latin letters of names; the numeric ones are decoded for every Unicode scalar value but the control
/// characters other than tab and line ends. Numbers 128-159 are read as Windows-1252, as browsers do ("&amp;#146;"
/// is ’). A reference without its semicolon is left as written.
/// </remarks>
internal static class CharacterReferences
{
    // "&#x10FFFF;" and "&thetasym;" are the longest forms anyone writes.
    private const int MaxLength = 10;

    /// <summary>
    /// Whether <paramref name="text"/>, which starts with '&amp;', starts with a reference this reads; then
    /// <paramref name="value"/> is the character and <paramref name="length"/> the reference's length.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<char> text, out Rune value, out int length)
    {
        value = default;
        length = 0;
        int semicolon = text[..Math.Min(text.Length, MaxLength + 1)].IndexOf(';');
        if (semicolon < 3)
        {
            return false;
        }

        var body = text[1..semicolon];
        int codePoint = body[0] == '#' ? Number(body[1..]) : Named(body);
        if (codePoint is >= 0x80 and <= 0x9F && body[0] == '#')
        {
            codePoint = Windows1252.ToChar(codePoint);
        }

        if (codePoint <= 0 || (codePoint < 0x20 && codePoint is not ('\t' or '\n' or '\r')) || !Rune.TryCreate(codePoint, out value))
        {
            return false;
        }

        length = semicolon + 1;
        return true;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        bool hex = digits.Length > 1 && digits[0] is 'x' or 'X';
        var number = hex ? digits[1..] : digits;
        var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        return number.Length is > 0 and <= 7 && int.TryParse(number, style, CultureInfo.InvariantCulture, out int value) ? value : -1;
    }

    private static int Named(ReadOnlySpan<char> name) => name switch
    {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u00A0',
        "shy" => '\u00AD',
        "ensp" => '\u2002',
        "emsp" => '\u2003',
        "thinsp" => '\u2009',
        "zwnj" => '\u200C',
        "zwj" => '\u200D',
        "lrm" => '\u200E',
        "rlm" => '\u200F',
        "ndash" => '\u2013',
        "mdash" => '\u2014',
        "hellip" => '\u2026',
        "lsquo" => '\u2018',
        "rsquo" => '\u2019',
        "sbquo" => '\u201A',
        "ldquo" => '\u201C',
        "rdquo" => '\u201D',
        "bdquo" => '\u201E',
        "laquo" => '\u00AB',
        "raquo" => '\u00BB',
        "prime" => '\u2032',
        "Prime" => '\u2033',
        "bull" => '\u2022',
        "middot" => '\u00B7',
        "copy" => '\u00A9',
        "reg" => '\u00AE',
        "trade" => '\u2122',
        "deg" => '\u00B0',
        "euro" => '\u20AC',
        "pound" => '\u00A3',
        "yen" => '\u00A5',
        "cent" => '\u00A2',
        "sect" => '\u00A7',
        "para" => '\u00B6',
        "times" => '\u00D7',
        "divide" => '\u00F7',
        "frac12" => '\u00BD',
        "frac14" => '\u00BC',
        "frac34" => '\u00BE',
        "aacute" => '\u00E1',
        "Aacute" => '\u00C1',
        "eacute" => '\u00E9',
        "Eacute" => '\u00C9',
        "iacute" => '\u00ED',
        "Iacute" => '\u00CD',
        "oacute" => '\u00F3',
        "Oacute" => '\u00D3',
        "uacute" => '\u00FA',
        "Uacute" => '\u00DA',
        "agrave" => '\u00E0',
        "egrave" => '\u00E8',
        "igrave" => '\u00EC',
        "ograve" => '\u00F2',
        "ugrave" => '\u00F9',
        "acirc" => '\u00E2',
        "ecirc" => '\u00EA',
        "icirc" => '\u00EE',
        "ocirc" => '\u00F4',
        "ucirc" => '\u00FB',
        "auml" => '\u00E4',
        "Auml" => '\u00C4',
        "euml" => '\u00EB',
        "iuml" => '\u00EF',
        "ouml" => '\u00F6',
        "Ouml" => '\u00D6',
        "uuml" => '\u00FC',
        "Uuml" => '\u00DC',
        "ntilde" => '\u00F1',
        "Ntilde" => '\u00D1',
        "ccedil" => '\u00E7',
        "Ccedil" => '\u00C7',
        "atilde" => '\u00E3',
        "otilde" => '\u00F5',
        "aring" => '\u00E5',
        "Aring" => '\u00C5',
        "oslash" => '\u00F8',
        "Oslash" => '\u00D8',
        "szlig" => '\u00DF',
        "aelig" => '\u00E6',
        _ => -1,
    };
}
