using System.Xml;
using System.Xml.Linq;

namespace NewsEntities.Tests.Rendering;

/// <summary>
/// A strict check of rendered pages: they must parse as XML (every element closed, properly nested, every
/// character escaped), and helpers to read them back.
/// </summary>
internal static class Xhtml
{
    public static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    public static IEnumerable<XElement> WithClass(this XContainer root, string name) =>
        root.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(name) == true);

    /// <summary>The text of an element without the speaker labels the page adds.</summary>
    public static string TextWithoutLabels(XElement element) =>
        string.Concat(element.DescendantNodes().OfType<XText>().Where(t => !t.Ancestors().Any(a => (string?)a.Attribute("class") is { } c && c.StartsWith("who", StringComparison.Ordinal))).Select(t => t.Value));
}
