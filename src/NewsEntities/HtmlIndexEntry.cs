namespace NewsEntities;

/// <summary>One document of a corpus index page (<see cref="HtmlRenderer.RenderIndex(IEnumerable{HtmlIndexEntry})"/>).</summary>
public sealed record HtmlIndexEntry
{
    /// <summary>Creates an index entry.</summary>
    /// <param name="title">The name the document is listed under (plain text; it is escaped).</param>
    /// <param name="href">
    /// Where the document's page is: a URL relative to the index page, or an absolute <c>http</c> or <c>https</c> URL.
    /// Relative URLs should be percent-encoded (for a file name, <see cref="Uri.EscapeDataString(string)"/>).
    /// </param>
    /// <param name="analysis">The document's analysis, preferably one of the results of <see cref="NewsExtractor.AnalyzeCorpus(IEnumerable{string}, BatchOptions?, CancellationToken)"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="href"/> has a scheme other than <c>http</c> or <c>https</c> (such as <c>javascript:</c>).</exception>
    public HtmlIndexEntry(string title, string href, DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(href);
        ArgumentNullException.ThrowIfNull(analysis);
        if (!Rendering.SafeLink.IsSafe(href))
        {
            throw new ArgumentException("Only relative, http and https links are allowed: " + href, nameof(href));
        }

        Title = title;
        Href = href;
        Analysis = analysis;
    }

    /// <summary>The name the document is listed under.</summary>
    public string Title { get; }

    /// <summary>The link to the document's page.</summary>
    public string Href { get; }

    /// <summary>The document's analysis.</summary>
    public DocumentAnalysis Analysis { get; }
}
