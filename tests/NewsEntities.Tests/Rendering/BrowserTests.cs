using System.Text.Json;
using NewsEntities.Tests.Acceptance;
using NewsEntities.Tests.Cli;
using Xunit.Abstractions;

namespace NewsEntities.Tests.Rendering;

/// <summary>
/// The rendered pages as a reader sees them: opened in headless Chromium, checked through the DOM.
/// </summary>
public sealed class BrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string QuotesScript = """
        () => [...document.querySelectorAll('article .quote[id]')].map(q => {
          const pieces = [...document.querySelectorAll('article [data-quote="' + q.id + '"]')];
          const text = pieces.map(p => { const c = p.cloneNode(true); c.querySelectorAll('.who').forEach(w => w.remove()); return c.textContent; }).join('');
          const label = document.querySelector('article .who[data-for="' + q.id + '"]');
          return {
            id: q.id,
            speaker: q.dataset.speaker,
            label: label ? label.textContent : null,
            labelShown: !!label && label.getBoundingClientRect().width > 0,
            highlighted: getComputedStyle(q).backgroundColor !== 'rgba(0, 0, 0, 0)',
            text,
            linked: !!document.querySelector('table a[href="#' + q.id + '"]'),
          };
        })
        """;

    private const string EntitiesScript = """
        () => [...document.querySelectorAll('aside li.entity')].map(e => ({
          id: e.id,
          name: e.querySelector('.entity-name').textContent,
          aliases: [...e.querySelectorAll('.aliases li')].map(a => a.textContent),
          count: e.querySelector('.count').textContent,
        }))
        """;

    private const string InertScript = """
        () => ({
          pwned: typeof window.pwned !== 'undefined',
          elements: document.querySelectorAll('img, script, iframe, object, embed, svg, [onerror], [onload]').length,
          text: (() => { const c = document.querySelector('article').cloneNode(true); c.querySelectorAll('.who').forEach(w => w.remove()); return c.textContent; })(),
          title: document.title,
        })
        """;

    [Fact]
    public async Task Every_seed_quote_is_highlighted_with_its_speaker_and_every_entity_is_in_the_panel()
    {
        var gold = SeedGold.Load();
        var files = gold.Documents.Select(d => d.File).Order(StringComparer.Ordinal).ToList();
        var texts = files.Select(f => File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, f))).ToList();
        var analyses = NewsExtractor.CreateDefault().AnalyzeCorpus(texts);
        int goldShownRight = 0, goldAttributed = 0;

        for (int d = 0; d < files.Count; d++)
        {
            var analysis = analyses[d];
            await using var opened = await browser.OpenAsync(Path.Combine(browser.Folder, Path.ChangeExtension(files[d], ".html")));
            var quotes = (await opened.Page.EvaluateAsync<JsonElement>(QuotesScript)).EnumerateArray().ToList();

            // The page shows exactly the library's quotes, each highlighted, labelled with its speaker and linked from the table.
            Assert.Equal(analysis.Quotes.Count, quotes.Count);
            for (int i = 0; i < quotes.Count; i++)
            {
                var quote = analysis.Quotes[i];
                var shown = quotes[i];
                string where = $"{files[d]} quote {i + 1}";
                Assert.Equal("q" + (i + 1), shown.GetProperty("id").GetString());
                Assert.Equal(quote.Text, shown.GetProperty("text").GetString());
                Assert.True(shown.GetProperty("highlighted").GetBoolean(), where + " is not highlighted");
                Assert.True(shown.GetProperty("labelShown").GetBoolean(), where + " has no visible speaker label");
                Assert.True(shown.GetProperty("linked").GetBoolean(), where + " is not linked from the table");
                if (quote.Speaker is not null)
                {
                    Assert.Equal(quote.Speaker.Name, shown.GetProperty("label").GetString());
                    Assert.Equal(quote.Speaker.Name, shown.GetProperty("speaker").GetString());
                }
            }

            // Every gold quote the pipeline attributes right is on the page under its gold speaker's name.
            var goldDocument = gold.Documents.Single(g => g.File == files[d]);
            foreach (var goldQuote in goldDocument.Quotes)
            {
                int found = analysis.Quotes.ToList().FindIndex(q => SameWords(q.Text, goldQuote.Text));
                if (found < 0 || !goldQuote.Accepts(analysis.Quotes[found].Speaker))
                {
                    continue;
                }

                goldAttributed++;
                var shown = quotes[found];
                string? expected = goldQuote.Speaker is null ? analysis.Quotes[found].SpeakerMention?.Text ?? "unknown speaker" : analysis.Quotes[found].Speaker!.Name;
                if (shown.GetProperty("label").GetString() == expected && SameWords(shown.GetProperty("text").GetString()!, goldQuote.Text))
                {
                    goldShownRight++;
                }
            }

            // Every entity is in the side panel with its aliases and its number of quotes.
            var entities = (await opened.Page.EvaluateAsync<JsonElement>(EntitiesScript)).EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
            Assert.Equal(analysis.Entities.Count, entities.Count);
            for (int i = 0; i < analysis.Entities.Count; i++)
            {
                var entity = analysis.Entities[i];
                var shown = entities["ent-" + (i + 1)];
                Assert.Equal(entity.Name, shown.GetProperty("name").GetString());
                Assert.Equal(entity.Aliases, shown.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!));
                int said = analysis.Quotes.Count(q => ReferenceEquals(q.Speaker, entity));
                Assert.StartsWith(said + " quote", shown.GetProperty("count").GetString(), StringComparison.Ordinal);
            }

            Assert.All(opened.Requests, url => Assert.StartsWith("file:", url, StringComparison.Ordinal));
            Assert.Empty(opened.Dialogs);
        }

        output.WriteLine($"gold quotes attributed by the pipeline: {goldAttributed}/{gold.Documents.Sum(g => g.Quotes.Count)}; shown with that speaker: {goldShownRight}");
        Assert.Equal(goldAttributed, goldShownRight);
        Assert.True(goldAttributed > 0);
    }

    [Fact]
    public async Task The_index_links_every_seed_page()
    {
        await using var opened = await browser.OpenAsync(Path.Combine(browser.Folder, "index.html"));

        var links = (await opened.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('section[aria-labelledby=documents] tbody a')].map(a => a.href)"))
            .Select(href => new Uri(href).LocalPath)
            .ToList();

        Assert.Equal(Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Length, links.Count);
        Assert.All(links, path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public async Task A_name_shows_its_entity_on_keyboard_focus_and_on_hover()
    {
        await using var opened = await browser.OpenAsync(Path.Combine(browser.Folder, "004_22a50d3ed5d3e29f.html"));
        var page = opened.Page;

        // The first Tab from the top of the page lands on the first mention in the text.
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<JsonElement>("""
            () => { const e = document.activeElement; return {
              isMention: e.classList.contains('m'),
              tip: getComputedStyle(e, '::after').content,
              described: document.getElementById(e.getAttribute('aria-describedby')).textContent,
              data: e.dataset.tip }; }
            """);
        Assert.True(focused.GetProperty("isMention").GetBoolean());
        string name = focused.GetProperty("described").GetString()!;
        Assert.Equal("\"" + focused.GetProperty("data").GetString() + "\"", focused.GetProperty("tip").GetString());
        Assert.StartsWith(name, focused.GetProperty("data").GetString(), StringComparison.Ordinal);

        // A pronoun, hovered, shows the canonical name of the one it stands for.
        var pronoun = page.Locator("article .m[data-kind=pronoun]").First;
        await pronoun.HoverAsync();
        string hovered = await pronoun.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content");
        string entityId = (await pronoun.GetAttributeAsync("data-entity"))!;
        string canonical = await page.Locator("#" + entityId + "-name").TextContentAsync() ?? string.Empty;
        Assert.StartsWith("\"" + canonical + " \u00B7 ", hovered, StringComparison.Ordinal);
        Assert.NotEqual(canonical, await pronoun.TextContentAsync());
    }

    [Fact]
    public async Task Text_meets_wcag_aa_contrast_against_its_background()
    {
        await using var opened = await browser.OpenAsync(Path.Combine(browser.Folder, "002_4f227ef60f50ec2f.html"));

        // For one element of each kind: the contrast of its text colour with the first opaque background behind it.
        var failures = await opened.Page.EvaluateAsync<string[]>("""
            () => {
              const rgb = s => s.match(/[\d.]+/g).map(Number);
              const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
              const background = e => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; };
              const selectors = ['article p', 'article .m.per', 'article .m.org', 'article .m.loc', 'article .quote', 'article .cue', 'article .who',
                'h1', '.summary', 'h3', '.entity-name', '.count', '.aliases li', 'caption', 'tbody th', 'td.quote-cell a', '.legend li'];
              const failures = [];
              for (const selector of selectors) {
                const e = document.querySelector(selector);
                if (!e) { failures.push(selector + ': missing'); continue; }
                const [a, b] = [lum(rgb(getComputedStyle(e).color)), lum(background(e))];
                const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                if (ratio < 4.5) failures.push(selector + ': ' + ratio.toFixed(2));
              }
              return failures;
            }
            """);

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Hostile_input_stays_inert_text()
    {
        const string text = "Officials said \"<script>window.pwned = 1; alert(1)</script>\" on Monday.\n\n"
            + "John Smith told reporters: \"\"><img src=x onerror=\"window.pwned=2;alert(2)\"> is not markup.\" Smith left.";
        string folder = Path.Combine(browser.Folder, "hostile");
        Directory.CreateDirectory(folder);
        string input = Path.Combine(folder, "\"><img src=x onerror=alert(3)>.txt");
        File.WriteAllText(input, text);

        // Through the CLI: the file name is the page title, and names come from the hostile text.
        var result = CliRunner.Run(null, "render", "--out", folder, input);
        Assert.Equal(0, result.ExitCode);
        string fromCli = Path.ChangeExtension(input, ".html");

        // Through the library: hostile entity names, aliases, speaker and cue.
        var builder = new AnalysisBuilder(text);
        var smith = builder.Entity("<img src=x onerror=\"window.pwned=4\">", EntityType.Person, "John Smith", "Smith");
        builder.Entity("<script>window.pwned=5</script>", EntityType.Organization, "<script>");
        var analysis = builder.Quote("<script>window.pwned = 1; alert(1)</script>", null, "Officials", "said")
            .Quote("\"><img src=x onerror=\"window.pwned=2;alert(2)\"> is not markup.", smith, "John Smith", "told")
            .Build();
        string fromLibrary = Path.Combine(folder, "library.html");
        File.WriteAllText(fromLibrary, HtmlRenderer.Render(text, analysis, "<script>window.pwned=6</script>"));

        foreach (string path in new[] { fromCli, fromLibrary })
        {
            await using var opened = await browser.OpenAsync(path);
            var state = await opened.Page.EvaluateAsync<JsonElement>(InertScript);

            Assert.False(state.GetProperty("pwned").GetBoolean(), path + ": script ran");
            Assert.Equal(0, state.GetProperty("elements").GetInt32());
            Assert.Empty(opened.Dialogs);
            Assert.Contains("<script>window.pwned = 1; alert(1)</script>", state.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains("\"><img src=x onerror=\"window.pwned=2;alert(2)\">", state.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains(path == fromCli ? "<img src=x onerror=alert(3)>" : "<script>window.pwned=6</script>", state.GetProperty("title").GetString(), StringComparison.Ordinal);
        }
    }

    private static bool SameWords(string a, string b) => Normalize(a) == Normalize(b);

    private static string Normalize(string s) =>
        string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '"', '\u201C', '\u201D', '\'', '\u2018', '\u2019');
}
