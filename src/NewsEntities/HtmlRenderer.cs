using NewsEntities.Rendering;

namespace NewsEntities;

/// <summary>
/// Renders analyses as self-contained HTML pages for people to read: the article with its entity mentions and
/// quotes highlighted, a panel of entities with their aliases, and a "who said what" table.
/// </summary>
/// <remarks>
/// A page is one file: inline CSS, no script, nothing fetched from the network, readable offline in any browser.
/// Everything that comes from the input (the text, names, aliases, titles) is HTML-escaped, so an article that
/// contains markup shows it as text. The output is also well-formed XML.
/// </remarks>
/// <example>
/// <code>
/// var analysis = extractor.Analyze(article);
/// File.WriteAllText("article.html", HtmlRenderer.Render(article, analysis, "article.txt"));
/// </code>
/// </example>
public static class HtmlRenderer
{
    private const string DefaultTitle = "Who said what";

    /// <summary>Renders one document as a page titled "Who said what".</summary>
    /// <param name="text">The text that was analysed.</param>
    /// <param name="analysis">The analysis of <paramref name="text"/>.</param>
    /// <returns>A complete HTML page.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An offset of <paramref name="analysis"/> does not match <paramref name="text"/>.</exception>
    public static string Render(string text, DocumentAnalysis analysis) => Render(text, analysis, DefaultTitle);

    /// <summary>Renders one document as a page.</summary>
    /// <param name="text">The text that was analysed.</param>
    /// <param name="analysis">The analysis of <paramref name="text"/>.</param>
    /// <param name="title">The page title, such as the document's file name (plain text; it is escaped).</param>
    /// <returns>A complete HTML page.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An offset of <paramref name="analysis"/> does not match <paramref name="text"/>.</exception>
    public static string Render(string text, DocumentAnalysis analysis, string title)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(title);
        AnalysisCheck.Validate(text, analysis);
        return DocumentPage.Build(text, analysis, title);
    }

    /// <summary>Renders the index page of a corpus, titled "Who said what".</summary>
    /// <param name="documents">The documents, in the order to list them.</param>
    /// <returns>A complete HTML page linking to every document's page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is <see langword="null"/>.</exception>
    public static string RenderIndex(IEnumerable<HtmlIndexEntry> documents) => RenderIndex(documents, DefaultTitle);

    /// <summary>
    /// Renders the index page of a corpus: each document with its quote and entity counts, and each entity with its
    /// aliases, its number of quotes and the documents it appears in. Entities are joined across documents by
    /// identifier, name and type, as <see cref="NewsExtractor.AnalyzeCorpus(IEnumerable{string}, BatchOptions?, CancellationToken)"/> reports them.
    /// </summary>
    /// <param name="documents">The documents, in the order to list them.</param>
    /// <param name="title">The page title (plain text; it is escaped).</param>
    /// <returns>A complete HTML page linking to every document's page.</returns>
    /// <exception cref="ArgumentNullException">An argument, or an item of <paramref name="documents"/>, is <see langword="null"/>.</exception>
    public static string RenderIndex(IEnumerable<HtmlIndexEntry> documents, string title)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(title);
        var list = documents.ToList();
        if (list.Contains(null!))
        {
            throw new ArgumentNullException(nameof(documents), "The index contains a null document.");
        }

        return IndexPage.Build(list, title);
    }
}
