using System.Globalization;
using System.Text;

namespace NewsEntities.Rendering;

/// <summary>Builds the page of one document: the annotated text, the entity panel and the who-said-what table.</summary>
internal sealed class DocumentPage
{
    private readonly string text;
    private readonly DocumentAnalysis analysis;
    private readonly List<Entity> entities;
    private readonly Dictionary<Entity, int> numbers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Entity, int> quoteCounts = new(ReferenceEqualityComparer.Instance);

    private DocumentPage(string text, DocumentAnalysis analysis)
    {
        this.text = text;
        this.analysis = analysis;

        // A hand-built analysis may name a speaker that is missing from its entity list; it still gets a panel entry.
        entities = [.. analysis.Entities];
        entities.AddRange(analysis.Quotes.Select(q => q.Speaker).OfType<Entity>().Where(s => !analysis.Entities.Contains(s)).Distinct());
        foreach (var entity in entities)
        {
            numbers.TryAdd(entity, numbers.Count + 1);
            quoteCounts[entity] = 0;
        }

        foreach (var quote in analysis.Quotes)
        {
            if (quote.Speaker is not null)
            {
                quoteCounts[quote.Speaker]++;
            }
        }
    }

    public static string Build(string text, DocumentAnalysis analysis, string title)
    {
        var page = new DocumentPage(text, analysis);
        var html = new StringBuilder(text.Length * 6 + PageStyle.Css.Length + 4096);
        PageShell.Open(html, title, withPanel: true);
        page.WriteHeader(html, title);
        html.Append("<main>\n<article aria-label=\"Article text\">\n");
        AnnotatedText.Write(html, text, page.Annotations(), page.SpeakerLabels());
        html.Append("\n</article>\n");
        page.WriteQuoteTable(html);
        html.Append("</main>\n");
        page.WriteEntityPanel(html);
        PageShell.Close(html);
        return html.ToString();
    }

    private static string QuoteId(int index) => "q" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private string EntityId(Entity entity) => "ent-" + numbers[entity].ToString(CultureInfo.InvariantCulture);

    private static string Tip(Entity entity) => entity.Name + " \u00B7 " + EntityStyle.Label(entity.Type);

    private void WriteHeader(StringBuilder html, string title)
    {
        int named = analysis.Quotes.Count(q => q.Speaker is not null);
        html.Append("<header>\n<h1>").Text(title).Append("</h1>\n<p class=\"summary\">");
        foreach (var type in EntityStyle.Types)
        {
            int n = entities.Count(e => e.Type == type);
            html.Append(PageShell.Count(n, EntityStyle.Label(type).ToLowerInvariant(), EntityStyle.Plural(type).ToLowerInvariant())).Append(", ");
        }

        html.Append(PageShell.Count(analysis.Quotes.Count, "quote", "quotes"))
            .Append(" (").Append(named.ToString(CultureInfo.InvariantCulture)).Append(" with a named speaker)</p>\n");
        PageShell.Legend(html, withQuotes: true);
        html.Append("</header>\n");
    }

    private List<Annotation> Annotations()
    {
        var annotations = new List<Annotation>();
        foreach (var (start, end) in Paragraphs.Find(text))
        {
            annotations.Add(new Annotation(start, end, Layer.Paragraph, "<p>", "<p>", "</p>"));
        }

        for (int i = 0; i < analysis.Quotes.Count; i++)
        {
            var quote = analysis.Quotes[i];
            string id = QuoteId(i);
            string attributes = " data-quote=\"" + id + "\" data-speaker=\"" + HtmlText.Escape(SpeakerLabel(quote)) + "\">";
            annotations.Add(new Annotation(quote.Start, quote.End, Layer.Quote, "<span class=\"quote\" id=\"" + id + "\"" + attributes, "<span class=\"quote\"" + attributes, "</span>"));
        }

        var speakerSpans = analysis.Quotes.Where(q => q.SpeakerMention.HasValue).Select(q => (q.SpeakerMention!.Value.Start, q.SpeakerMention.Value.End)).ToHashSet();
        var mentionSpans = new HashSet<(int, int)>();
        foreach (var entity in entities)
        {
            string id = EntityId(entity);
            string type = EntityStyle.CssClass(entity.Type);
            string tip = HtmlText.Escape(Tip(entity));
            foreach (var mention in entity.Mentions)
            {
                mentionSpans.Add((mention.Start, mention.End));
                string classes = "m " + type + (speakerSpans.Contains((mention.Start, mention.End)) ? " speaker" : string.Empty);
                string common = "<span class=\"" + classes + "\" data-entity=\"" + id + "\" data-kind=\"" + KindName(mention.Kind) + "\" data-tip=\"" + tip + "\"";
                annotations.Add(new Annotation(
                    mention.Start,
                    mention.End,
                    Layer.Mention,
                    // Focusable, and described by the entity's name in the panel, so keyboard and screen-reader users get the tooltip too.
                    common + " tabindex=\"0\" aria-describedby=\"" + id + "-name\">",
                    common + ">",
                    "</span>"));
            }
        }

        foreach (var (start, end) in speakerSpans.Where(s => !mentionSpans.Contains(s)).Order())
        {
            annotations.Add(new Annotation(start, end, Layer.Mention, "<span class=\"speaker-ref\">", "<span class=\"speaker-ref\">", "</span>"));
        }

        foreach (var (start, end) in analysis.Quotes.Where(q => q.Cue.HasValue).Select(q => (q.Cue!.Value.Start, q.Cue.Value.End)).Distinct())
        {
            annotations.Add(new Annotation(start, end, Layer.Cue, "<span class=\"cue\">", "<span class=\"cue\">", "</span>"));
        }

        return annotations;
    }

    /// <summary>A label before each quote naming its speaker, placed before the opening quotation mark when there is one.</summary>
    private IEnumerable<Insertion> SpeakerLabels()
    {
        for (int i = 0; i < analysis.Quotes.Count; i++)
        {
            var quote = analysis.Quotes[i];
            int at = quote.Start > 0 && IsQuotationMark(text[quote.Start - 1]) ? quote.Start - 1 : quote.Start;
            string kind = quote.Speaker is not null ? "who" : quote.SpeakerMention is not null ? "who unnamed" : "who unknown";
            yield return new Insertion(at, Layer.Quote, "<span class=\"" + kind + "\" data-for=\"" + QuoteId(i) + "\">" + HtmlText.Escape(SpeakerLabel(quote)) + "</span>");
        }
    }

    private static bool IsQuotationMark(char c) =>
        c is '"' or '\'' || char.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation;

    private static string SpeakerLabel(Quote quote) =>
        quote.Speaker?.Name ?? quote.SpeakerMention?.Text ?? "unknown speaker";

    private static string KindName(MentionKind kind) => kind switch
    {
        MentionKind.Pronoun => "pronoun",
        MentionKind.Nominal => "nominal",
        _ => "name",
    };

    private void WriteQuoteTable(StringBuilder html)
    {
        html.Append("<section class=\"panel\" aria-labelledby=\"who-said-what\">\n<h2 id=\"who-said-what\">Who said what</h2>\n");
        if (analysis.Quotes.Count == 0)
        {
            html.Append("<p class=\"none\">No quotes found.</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<caption>Every quote in text order; follow a quote to its place in the article.</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Speaker</th><th scope=\"col\">Quote</th><th scope=\"col\">Cue</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < analysis.Quotes.Count; i++)
        {
            var quote = analysis.Quotes[i];
            html.Append("<tr><th scope=\"row\"");
            if (quote.Speaker is null)
            {
                html.Append(" class=\"none\"");
            }

            html.Append('>').Text(SpeakerLabel(quote)).Append("</th><td class=\"quote-cell\"><a href=\"#").Append(QuoteId(i)).Append("\">")
                .Text(quote.Text).Append("</a></td><td>");
            if (quote.Cue is { } cue)
            {
                html.Text(cue.Text);
            }
            else
            {
                html.Append("<span class=\"none\">none</span>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private void WriteEntityPanel(StringBuilder html)
    {
        html.Append("<aside aria-labelledby=\"entities-heading\">\n<h2 id=\"entities-heading\">Entities</h2>\n");
        if (entities.Count == 0)
        {
            html.Append("<p class=\"none\">No entities found.</p>\n");
        }

        foreach (var type in EntityStyle.Types)
        {
            var ofType = entities.Where(e => e.Type == type).OrderByDescending(e => quoteCounts[e]).ToList();
            if (ofType.Count == 0)
            {
                continue;
            }

            html.Append("<h3>").Append(EntityStyle.Plural(type)).Append("</h3>\n<ul class=\"entities\">\n");
            foreach (var entity in ofType)
            {
                string id = EntityId(entity);
                html.Append("<li id=\"").Append(id).Append("\" class=\"entity\" data-entity=\"").Append(id).Append("\"><div class=\"entity-head\"><span class=\"swatch ")
                    .Append(EntityStyle.CssClass(type)).Append("\" aria-hidden=\"true\"></span><span class=\"entity-name\" id=\"").Append(id).Append("-name\">")
                    .Text(entity.Name).Append("</span> <span class=\"count\">").Append(PageShell.Count(quoteCounts[entity], "quote", "quotes"))
                    .Append("</span></div>\n<ul class=\"aliases\" aria-label=\"Aliases\">");
                foreach (string alias in entity.Aliases)
                {
                    html.Append("<li>").Text(alias).Append("</li>");
                }

                html.Append("</ul></li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</aside>\n");
    }
}
