using NewsEntities.Lexicons;

namespace NewsEntities.Tokenization;

/// <summary>
/// HTML tags in text taken from web pages, feeds and content systems ("&lt;p&gt;", "&lt;a href=...&gt;",
/// "&lt;/em&gt;", "&lt;br/&gt;", comments). A reader sees the page, not its tags; left in, a tag is read as words
/// ("href", "strong"), a quote that opens a paragraph does not open it, and a page that holds its paragraphs in
/// "&lt;p&gt;" elements has none. <see cref="SourceText"/> therefore leaves tags out of the text the stages read,
/// with a paragraph break for a block element and a line break for "&lt;br&gt;", as a browser shows them.
/// </summary>
/// <remarks>
/// Only what is surely a tag is read as one, so that prose with angle brackets ("a &lt; b", "&lt;3",
/// "&lt;name@example.com&gt;") stays as written: an HTML element's name, or another name in a closing tag, a
/// self-closing tag or one with an attribute value ("&lt;tweet id=\"1\"&gt;"), and no second '&lt;' before the
/// tag's '&gt;'. That last rule also keeps the reading linear: the scan from one '&lt;' stops at the next.
/// </remarks>
internal static class HtmlMarkup
{
    /// <summary>A tag longer than this (its attributes included) is not read as one.</summary>
    public const int MaxTagLength = 4096;

    // Elements a browser shows as blocks of their own: each starts and ends a paragraph.
    private static readonly WordSet Blocks = new(
    [
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    ]);

    // The other elements of HTML as pages use it, inline or invisible: their tags are simply left out.
    private static readonly WordSet Others = new(
    [
        "a", "abbr", "area", "audio", "b", "base", "bdi", "bdo", "big", "body", "br", "button", "canvas", "cite", "code",
        "col", "colgroup", "data", "del", "dfn", "em", "embed", "font", "head", "html", "i", "iframe", "img", "input",
        "ins", "kbd", "label", "legend", "link", "map", "mark", "meta", "meter", "noscript", "object", "optgroup",
        "option", "output", "param", "picture", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "select",
        "small", "source", "span", "strike", "strong", "style", "sub", "sup", "svg", "template", "textarea", "time",
        "title", "track", "tt", "u", "var", "video", "wbr",
    ]);

    /// <summary>
    /// Whether <paramref name="text"/>, which starts with '&lt;', starts with a tag, a comment or a declaration
    /// ("&lt;!DOCTYPE html&gt;"); then <paramref name="length"/> is its length, <paramref name="lineBreaks"/> the
    /// line breaks it reads as (2 for a block element's tag, 1 for "&lt;br&gt;", 0 for the rest) and
    /// <paramref name="rawText"/> the name of an element whose content is not text ("script", "style") when the
    /// tag opens one. A comment's length is only that of "&lt;!--": the caller finds its end.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, out int length, out int lineBreaks, out string? rawText)
    {
        length = 0;
        lineBreaks = 0;
        rawText = null;
        if (text.Length < 3)
        {
            return false;
        }

        if (text[1] is '!' or '?')
        {
            // A comment, whose end the caller looks for; or a declaration or processing instruction: to its '>'.
            if (text.StartsWith("<!--", StringComparison.Ordinal))
            {
                length = 4;
                return true;
            }

            return char.IsAsciiLetter(text[2]) && TagEnd(text, 2, out length);
        }

        bool closing = text[1] == '/';
        int nameStart = closing ? 2 : 1;
        int nameEnd = nameStart;
        while (nameEnd < text.Length && nameEnd - nameStart < 16 && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] is '-' or ':')
            && (nameEnd > nameStart || char.IsAsciiLetter(text[nameEnd])))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart || nameEnd == text.Length || !(char.IsWhiteSpace(text[nameEnd]) || text[nameEnd] is '/' or '>'))
        {
            return false;
        }

        if (!Attributes(text, nameEnd, out length, out bool selfClosing, out bool hasValue) || (closing && hasValue))
        {
            return false;
        }

        var name = text[nameStart..nameEnd];
        if (Blocks.Contains(name))
        {
            lineBreaks = 2;
        }
        else if (Others.Contains(name))
        {
            lineBreaks = name.Equals("br", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            if (!closing && !selfClosing)
            {
                rawText = name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "script"
                    : name.Equals("style", StringComparison.OrdinalIgnoreCase) ? "style" : null;
            }
        }
        else if (!closing && !selfClosing && !hasValue && !IsPrefixed(name))
        {
            // Not an HTML element: a tag only in a form prose never takes ("</tweet>", "<tweet/>",
            // "<tweet id="1">", a word processor's "<o:p>").
            return false;
        }

        return true;
    }

    // A name with a namespace prefix ("o:p", "st1:place"), as word processors write their own tags.
    private static bool IsPrefixed(ReadOnlySpan<char> name)
    {
        for (int i = 1; i < name.Length - 1; i++)
        {
            if (name[i] == ':')
            {
                return true;
            }
        }

        return false;
    }

    // Reads the attributes after the name, up to and with the tag's '>': names, '=' and values, quoted or not.
    private static bool Attributes(ReadOnlySpan<char> text, int from, out int length, out bool selfClosing, out bool hasValue)
    {
        length = 0;
        selfClosing = hasValue = false;
        int limit = Math.Min(text.Length, MaxTagLength);
        int i = from;
        while (i < limit)
        {
            char c = text[i];
            if (c == '>')
            {
                length = i + 1;
                return true;
            }

            if (c == '<')
            {
                return false;
            }

            if (c == '/')
            {
                // Only right before the '>': "<https://example.com>" is no tag.
                selfClosing = i + 1 < limit && text[i + 1] == '>';
                if (!selfClosing)
                {
                    return false;
                }

                i++;
                continue;
            }

            if (c == '=')
            {
                hasValue = true;
                i++;
                while (i < limit && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i < limit && text[i] is '"' or '\'')
                {
                    char quote = text[i];
                    for (i++; i < limit && text[i] != quote; i++)
                    {
                        if (text[i] == '<')
                        {
                            return false;
                        }
                    }

                    i++;
                    continue;
                }
            }

            i++;
        }

        return false;
    }

    // The end of a declaration ("<!DOCTYPE html>", "<?xml ...?>"): its '>', before any '<'. Tags are short and
    // rare: plain loops here, not the vector searches, whose generic code allocates until the JIT's last tier.
    private static bool TagEnd(ReadOnlySpan<char> text, int from, out int length)
    {
        length = 0;
        for (int i = from; i < Math.Min(text.Length, MaxTagLength); i++)
        {
            if (text[i] == '<')
            {
                return false;
            }

            if (text[i] == '>')
            {
                length = i + 1;
                return true;
            }
        }

        return false;
    }
}
