using System.Globalization;
using System.Text;

namespace NewsEntities.Rendering;

/// <summary>Builds the corpus index: every document with its counts, and every entity with the documents it appears in.</summary>
internal static class IndexPage
{
    public static string Build(IReadOnlyList<HtmlIndexEntry> documents, string title)
    {
        var html = new StringBuilder(8192 + PageStyle.Css.Length);
        PageShell.Open(html, title, withPanel: false);
        var entities = CorpusEntities(documents);
        html.Append("<header>\n<h1>").Text(title).Append("</h1>\n<p class=\"summary\">")
            .Append(PageShell.Count(documents.Count, "document", "documents")).Append(", ")
            .Append(PageShell.Count(entities.Count, "entity", "entities")).Append(", ")
            .Append(PageShell.Count(documents.Sum(d => d.Analysis.Quotes.Count), "quote", "quotes")).Append("</p>\n");
        PageShell.Legend(html, withQuotes: false);
        html.Append("</header>\n<main>\n");
        WriteDocuments(html, documents);
        WriteEntities(html, documents, entities);
        html.Append("</main>\n");
        PageShell.Close(html);
        return html.ToString();
    }

    private static void WriteDocuments(StringBuilder html, IReadOnlyList<HtmlIndexEntry> documents)
    {
        html.Append("<section class=\"panel\" aria-labelledby=\"documents\">\n<h2 id=\"documents\">Documents</h2>\n<table>\n")
            .Append("<thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Quotes</th><th scope=\"col\">Entities</th><th scope=\"col\">Speakers</th></tr></thead>\n<tbody>\n");
        foreach (var document in documents)
        {
            var speakers = document.Analysis.Quotes
                .Where(q => q.Speaker is not null)
                .GroupBy(q => q.Speaker!.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key + " (" + g.Count().ToString(CultureInfo.InvariantCulture) + ")");
            html.Append("<tr><th scope=\"row\"><a href=\"").Text(document.Href).Append("\">").Text(document.Title).Append("</a></th><td>")
                .Append(document.Analysis.Quotes.Count.ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(document.Analysis.Entities.Count.ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                .Text(string.Join(", ", speakers)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteEntities(StringBuilder html, IReadOnlyList<HtmlIndexEntry> documents, List<CorpusEntity> entities)
    {
        html.Append("<section class=\"panel\" aria-labelledby=\"corpus-entities\">\n<h2 id=\"corpus-entities\">Entities across the documents</h2>\n");
        if (entities.Count == 0)
        {
            html.Append("<p class=\"none\">No entities found.</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<caption>Most quoted first.</caption>\n<thead><tr><th scope=\"col\">Entity</th><th scope=\"col\">Aliases</th>")
            .Append("<th scope=\"col\">Quotes</th><th scope=\"col\">Documents</th></tr></thead>\n<tbody>\n");
        foreach (var entity in entities.OrderByDescending(e => e.Quotes).ThenByDescending(e => e.Documents.Count))
        {
            html.Append("<tr><th scope=\"row\"><span class=\"swatch ").Append(EntityStyle.CssClass(entity.Type)).Append("\" aria-hidden=\"true\"></span>")
                .Text(entity.Name).Append(" <span class=\"none\">").Append(EntityStyle.Label(entity.Type)).Append("</span></th><td>")
                .Text(string.Join(" \u00B7 ", entity.Aliases)).Append("</td><td>")
                .Append(entity.Quotes.ToString(CultureInfo.InvariantCulture)).Append("</td><td>");
            for (int i = 0; i < entity.Documents.Count; i++)
            {
                var document = documents[entity.Documents[i]];
                html.Append(i == 0 ? string.Empty : ", ").Append("<a href=\"").Text(document.Href).Append("\">").Text(document.Title).Append("</a>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>
    /// Joins the entities of all documents by identifier, name and type: from <see cref="NewsExtractor.AnalyzeCorpus(IEnumerable{string}, BatchOptions?, CancellationToken)"/>
    /// these are the same for one entity everywhere, and for independent analyses (where "e1" is reused) the name
    /// and type keep different entities apart.
    /// </summary>
    private static List<CorpusEntity> CorpusEntities(IReadOnlyList<HtmlIndexEntry> documents)
    {
        var byKey = new Dictionary<(string Id, string Name, EntityType Type), CorpusEntity>();
        var order = new List<CorpusEntity>();
        for (int d = 0; d < documents.Count; d++)
        {
            var analysis = documents[d].Analysis;
            foreach (var entity in analysis.Entities)
            {
                var key = (entity.Id, entity.Name, entity.Type);
                if (!byKey.TryGetValue(key, out var merged))
                {
                    merged = new CorpusEntity(entity.Name, entity.Type);
                    byKey.Add(key, merged);
                    order.Add(merged);
                }

                merged.Add(d, entity, analysis.Quotes.Count(q => ReferenceEquals(q.Speaker, entity)));
            }
        }

        return order;
    }

    private sealed class CorpusEntity(string name, EntityType type)
    {
        private readonly HashSet<string> aliasSet = new(StringComparer.Ordinal);

        public string Name { get; } = name;

        public EntityType Type { get; } = type;

        public List<string> Aliases { get; } = [];

        public List<int> Documents { get; } = [];

        public int Quotes { get; private set; }

        public void Add(int document, Entity entity, int quotes)
        {
            if (Documents.Count == 0 || Documents[^1] != document)
            {
                Documents.Add(document);
            }

            foreach (string alias in entity.Aliases)
            {
                if (aliasSet.Add(alias))
                {
                    Aliases.Add(alias);
                }
            }

            Quotes += quotes;
        }
    }
}
