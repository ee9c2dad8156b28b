using System.Text;

namespace NewsEntities.Rendering;

/// <summary>The parts every page shares: document head, stylesheet, the legend, and small escaping helpers.</summary>
internal static class PageShell
{
    public static void Open(StringBuilder html, string title, bool withPanel)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            // No script, and nothing fetched: a page stays inert and readable offline even if an escaping bug slipped through.
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\" />\n")
            .Append("<title>");
        HtmlText.Append(html, title);
        html.Append("</title>\n<style>\n").Append(PageStyle.Css).Append("\n</style>\n</head>\n<body>\n<div class=\"").Append(withPanel ? "page" : "page single").Append("\">\n");
    }

    public static void Close(StringBuilder html) => html.Append("</div>\n</body>\n</html>\n");

    public static void Legend(StringBuilder html, bool withQuotes)
    {
        html.Append("<ul class=\"legend\" aria-label=\"Legend\">");
        foreach (var type in EntityStyle.Types)
        {
            html.Append("<li><span class=\"key m ").Append(EntityStyle.CssClass(type)).Append("\">")
                .Append(EntityStyle.Label(type)).Append("</span></li>");
        }

        if (withQuotes)
        {
            html.Append("<li><span class=\"key quote\">quote</span> <span class=\"who\">speaker</span></li>")
                .Append("<li><span class=\"cue\">cue</span> (\u201Csaid\u201D)</li>")
                .Append("<li>hover or tab to a name to see who it is</li>");
        }

        html.Append("</ul>\n");
    }

    public static StringBuilder Text(this StringBuilder html, string value)
    {
        HtmlText.Append(html, value);
        return html;
    }

    public static string Count(int n, string one, string many) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
