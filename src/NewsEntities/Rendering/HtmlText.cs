using System.Text;

namespace NewsEntities.Rendering;

/// <summary>
/// Escapes the caller's strings for HTML text and quoted attribute values. The output is also well-formed XML, so
/// a page can be checked with an XML parser: characters XML forbids become U+FFFD, one for one.
/// </summary>
internal static class HtmlText
{
    public static void Append(StringBuilder html, ReadOnlySpan<char> value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '&':
                    html.Append("&amp;");
                    break;
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                case '"':
                    html.Append("&quot;");
                    break;
                case '\'':
                    // Numeric: &apos; is not an HTML 4 entity, and a reader of the page may be old.
                    html.Append("&#39;");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        html.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else
                    {
                        html.Append(IsForbidden(c) ? '\uFFFD' : c);
                    }

                    break;
            }
        }
    }

    public static string Escape(string value)
    {
        var html = new StringBuilder(value.Length + 16);
        Append(html, value);
        return html.ToString();
    }

    /// <summary>
    /// Control characters other than tab, line feed and carriage return, lone surrogates and the noncharacters
    /// U+FFFE and U+FFFF: parse errors in HTML, fatal in XML, and never meaningful in news text.
    /// </summary>
    private static bool IsForbidden(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\r')
        || c is >= '\u007F' and <= '\u009F'
        || char.IsSurrogate(c)
        || c is '\uFFFE' or '\uFFFF';
}
