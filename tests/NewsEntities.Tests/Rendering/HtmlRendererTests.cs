using System.Xml.Linq;
using NewsEntities.Pipeline;
using NewsEntities.Tests.Acceptance;

namespace NewsEntities.Tests.Rendering;

public sealed class HtmlRendererTests
{
    private const string Hostile = "\"><img src=x onerror=\"window.pwned=1\"> <script>window.pwned=2</script> & 'x'";

    [Fact]
    public void Markup_in_the_text_names_aliases_cues_and_title_is_escaped_into_plain_text()
    {
        string text = "Hostile <b>Smith</b> said \"" + Hostile + "\" yesterday.";
        var builder = new AnalysisBuilder(text);
        var smith = builder.Entity("<script>alert(1)</script>", EntityType.Person, "<b>Smith</b>");
        var analysis = builder.Quote(Hostile, smith, "<b>Smith</b>", "said").Build();

        string html = HtmlRenderer.Render(text, analysis, "<title>" + Hostile);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=\"", html, StringComparison.Ordinal);
        var page = Xhtml.Parse(html);
        Assert.Equal("<title>" + Hostile, page.Descendants("title").Single().Value);
        Assert.Equal("<title>" + Hostile, page.Descendants("h1").Single().Value);
        Assert.Equal("\n" + text + "\n", Xhtml.TextWithoutLabels(page.Descendants("article").Single()));
        Assert.Equal("<script>alert(1)</script>", page.Descendants().Single(e => (string?)e.Attribute("data-for") == "q1").Value);
        Assert.Equal("<b>Smith</b>", page.WithClass("aliases").Single().Value);
        Assert.Equal(Hostile, page.Descendants("td").First().Value);
    }

    [Fact]
    public void Characters_xml_forbids_become_replacement_characters_one_for_one()
    {
        string text = "A\u0000B\u0001C\uD800D\uFFFEE \uD83D\uDE00 \t ok";

        var page = Xhtml.Parse(HtmlRenderer.Render(text, new DocumentAnalysis([], [])));

        Assert.Equal("\nA\uFFFDB\uFFFDC\uFFFDD\uFFFDE \uD83D\uDE00 \t ok\n", page.Descendants("article").Single().Value);
    }

    [Fact]
    public void Overlapping_spans_are_split_into_well_formed_pieces_that_keep_their_text()
    {
        // The mention "Jones Smith" straddles the end of the quote, and the quote runs over two paragraphs.
        const string text = "Intro.\n\n\"We stay.\n\nWe fight Jones\" Smith said.";
        var builder = new AnalysisBuilder(text);
        var jones = builder.Entity("Jones Smith", EntityType.Person, "Jones\" Smith");
        var analysis = builder.Quote("We stay.\n\nWe fight Jones", jones, "Jones\" Smith", "said").Build();

        var page = Xhtml.Parse(HtmlRenderer.Render(text, analysis));

        var quotePieces = page.Descendants().Where(e => (string?)e.Attribute("data-quote") == "q1").ToList();
        Assert.Equal(2, quotePieces.Count); // one per paragraph; the mention is split at the quote's end instead
        Assert.Equal("q1", (string?)quotePieces[0].Attribute("id"));
        Assert.All(quotePieces.Skip(1), p => Assert.Null(p.Attribute("id")));
        Assert.Equal("We stay.We fight Jones", string.Concat(quotePieces.Select(Xhtml.TextWithoutLabels)));
        var mentionPieces = page.Descendants("article").Single().WithClass("m").ToList();
        Assert.Equal("Jones\" Smith", string.Concat(mentionPieces.Select(p => p.Value)));
        Assert.Equal(2, mentionPieces.Count);
        Assert.Single(mentionPieces, p => p.Attribute("tabindex") is not null);
        Assert.All(page.Descendants("article").Single().Elements(), p => Assert.Equal("p", p.Name.LocalName));
        Assert.Equal("\n" + text + "\n", Xhtml.TextWithoutLabels(page.Descendants("article").Single()));
    }

    [Fact]
    public void Random_overlapping_annotations_always_give_well_formed_pages_with_the_text_intact()
    {
        var random = new Random(9);
        const string alphabet = "ab \n\"<>&'";
        for (int round = 0; round < 300; round++)
        {
            string text = new(Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var mentions = Enumerable.Range(0, random.Next(0, 6)).Select(_ => RandomSpan(random, text)).Select(s => new Mention(s.Start, s.End, s.Text)).ToArray();
            var entity = new Entity("e1", "<x>", EntityType.Organization, ["<x>"], new ReadOnlySlice<Mention>(mentions));
            var quotes = Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
            {
                var span = RandomSpan(random, text);
                return new Quote(span.Text, span.Start, span.End, random.Next(2) == 0 ? entity : null, RandomSpan(random, text), RandomSpan(random, text));
            }).ToList();

            var page = Xhtml.Parse(HtmlRenderer.Render(text, new DocumentAnalysis([entity], quotes)));

            Assert.Equal("\n" + text.ReplaceLineEndings("\n") + "\n", Xhtml.TextWithoutLabels(page.Descendants("article").Single()));
            for (int q = 0; q < quotes.Count; q++)
            {
                var pieces = page.Descendants().Where(e => (string?)e.Attribute("data-quote") == "q" + (q + 1)).ToList();
                Assert.True(quotes[q].Text.Trim().Length == 0 || pieces.Count > 0, $"round {round}: quote {q} not highlighted");
            }
        }
    }

    [Fact]
    public void A_seed_page_has_every_quote_mention_and_entity_and_is_well_formed()
    {
        var document = SeedGold.Load().Documents[0];
        var analysis = NewsExtractor.CreateDefault().Analyze(document.Text);

        var page = Xhtml.Parse(HtmlRenderer.Render(document.Text, analysis, document.File));

        Assert.Equal(analysis.Quotes.Count, page.Descendants("tbody").Single().Elements("tr").Count());
        for (int i = 0; i < analysis.Quotes.Count; i++)
        {
            var first = page.Descendants().Single(e => (string?)e.Attribute("id") == "q" + (i + 1));
            Assert.Equal(analysis.Quotes[i].Speaker?.Name, (string?)first.Attribute("data-speaker"));
        }

        Assert.Equal(analysis.Entities.Sum(e => e.Mentions.Count), page.Descendants("article").Single().WithClass("m").Count(m => m.Attribute("tabindex") is not null));
        Assert.Equal(analysis.Entities.Select(e => e.Name).Order(StringComparer.Ordinal), page.WithClass("entity-name").Select(e => e.Value).Order(StringComparer.Ordinal));
        Assert.All(page.Descendants("th"), th => Assert.NotNull(th.Attribute("scope")));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var empty = new DocumentAnalysis([], []);
        Assert.Throws<ArgumentNullException>(() => HtmlRenderer.Render(null!, empty));
        Assert.Throws<ArgumentNullException>(() => HtmlRenderer.Render("x", null!));
        Assert.Throws<ArgumentNullException>(() => HtmlRenderer.Render("x", empty, null!));
        Assert.Throws<ArgumentNullException>(() => HtmlRenderer.RenderIndex(null!));
        Assert.Throws<ArgumentNullException>(() => HtmlRenderer.RenderIndex([null!]));
        Assert.Throws<ArgumentNullException>(() => HtmlRenderer.RenderIndex([], null!));
        Assert.Throws<ArgumentNullException>(() => new HtmlIndexEntry(null!, "a.html", empty));
        Assert.Throws<ArgumentNullException>(() => new HtmlIndexEntry("a", null!, empty));
        Assert.Throws<ArgumentNullException>(() => new HtmlIndexEntry("a", "a.html", null!));

        var quote = new Quote("other", 0, 5, null, null, null);
        Assert.Throws<ArgumentException>(() => HtmlRenderer.Render("words", new DocumentAnalysis([], [quote])));
        Assert.Throws<ArgumentException>(() => HtmlRenderer.Render("wor", new DocumentAnalysis([], [quote with { Text = "words" }])));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:x")]
    public void Index_links_that_could_run_code_are_refused(string href) =>
        Assert.Throws<ArgumentException>(() => new HtmlIndexEntry("a", href, new DocumentAnalysis([], [])));

    [Theory]
    [InlineData("a.html")]
    [InlineData("sub/a%3Ab.html")]
    [InlineData("./x:y.html")]
    [InlineData("https://example.org/a.html")]
    [InlineData("#top")]
    public void Relative_and_web_links_are_accepted(string href) =>
        Assert.Equal(href, new HtmlIndexEntry("a", href, new DocumentAnalysis([], [])).Href);

    [Fact]
    public void The_index_joins_corpus_entities_and_escapes_titles_and_links()
    {
        var texts = SeedGold.Load().Documents.Take(2).Select(d => d.Text).ToList();
        var analyses = NewsExtractor.CreateDefault().AnalyzeCorpus(texts);
        var entries = new[] { new HtmlIndexEntry(Hostile, "a.html?x=\"1\"&y=2", analyses[0]), new HtmlIndexEntry("second", "b.html", analyses[1]) };

        string html = HtmlRenderer.RenderIndex(entries, "Corpus <i>");

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var page = Xhtml.Parse(html);
        var links = page.Descendants("a").ToList();
        Assert.Contains(links, a => (string?)a.Attribute("href") == "a.html?x=\"1\"&y=2" && a.Value == Hostile);
        int shared = analyses[0].Entities.Select(e => e.Id).Intersect(analyses[1].Entities.Select(e => e.Id), StringComparer.Ordinal).Count();
        int rows = page.Descendants("section").Last().Descendants("tbody").Single().Elements("tr").Count();
        Assert.Equal(analyses.Sum(a => a.Entities.Count) - shared, rows);
    }

    private static TextSpan RandomSpan(Random random, string text)
    {
        int start = random.Next(text.Length + 1);
        int end = random.Next(start, text.Length + 1);
        return new TextSpan(start, end, text[start..end]);
    }
}
