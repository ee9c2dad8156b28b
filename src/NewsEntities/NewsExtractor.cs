using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Resolution;

namespace NewsEntities;

/// <summary>
/// Reads English news text and tells who is mentioned and who said what: the people, organizations and places
/// of a document, each with its canonical name and aliases, and every direct quote with its speaker.
/// </summary>
/// <remarks>
/// Create one extractor and reuse it: it is immutable and thread-safe, and the embedded language resources it
/// uses are loaded once per process and shared by every instance. It also keeps the working storage of finished
/// analyses (a few per core) for the next ones, so a long-lived extractor allocates little besides its results.
/// </remarks>
/// <example>
/// <code>
/// var extractor = NewsExtractor.CreateDefault();
/// foreach (var quote in extractor.ExtractQuotes(article))
///     Console.WriteLine($"{quote.Speaker?.Name ?? "?"}: {quote.Text}");
/// </code>
/// </example>
public sealed class NewsExtractor
{
    private readonly AnalysisPipeline pipeline;

    // Working documents reused from one analysis to the next (issue 6: steady-state allocation). Per extractor, so
    // extractors share no mutable state; thread-safe, so the extractor stays usable from any number of threads.
    private readonly DocumentPool documents = new();

    private NewsExtractor(AnalysisPipeline pipeline)
    {
        this.pipeline = pipeline;
    }

    /// <summary>Creates an extractor over the embedded English resources (loaded on first use, then shared).</summary>
    /// <returns>A thread-safe extractor.</returns>
    public static NewsExtractor CreateDefault() => Create(new NewsExtractorOptions());

    /// <summary>
    /// Creates an extractor over the embedded English resources that knows the caller's entities in advance: their
    /// names and aliases win over inferred ones (see <see cref="NewsExtractorOptions.KnownEntities"/>).
    /// </summary>
    /// <param name="options">The registered entities. They are validated and copied: later changes have no effect.</param>
    /// <returns>A thread-safe extractor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, its entity list, an entity or an alias list is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A registered name or alias is empty, a type is undefined, or one name is registered for two entities.
    /// </exception>
    public static NewsExtractor Create(NewsExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var known = KnownEntityTable.Create(options.KnownEntities, Lexicon.Default);
        if (known.IsEmpty)
        {
            return new(AnalysisPipeline.Default);
        }

        return new(AnalysisPipeline.Default.WithResolution(
            new AliasResolutionStage(Lexicon.Default, known),
            new CorpusAliasResolver(Lexicon.Default, known)));
    }

    /// <summary>Finds the direct quotes of a document and their speakers.</summary>
    /// <param name="text">The document text. Offsets in the result are UTF-16 indices into this string.</param>
    /// <param name="cancellationToken">Stops the analysis; an <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>The quotes in text order; empty for empty or whitespace-only text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Quote> ExtractQuotes(string text, CancellationToken cancellationToken = default) =>
        Analyze(text, cancellationToken).Quotes;

    /// <summary>Finds the people, organizations and places of a document, with their aliases resolved.</summary>
    /// <param name="text">The document text. Offsets in the result are UTF-16 indices into this string.</param>
    /// <param name="cancellationToken">Stops the analysis; an <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>The entities in order of first mention; empty for empty or whitespace-only text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Entity> ExtractEntities(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text, withQuotes: false, static (document, token) => ResultBuilder.Build(document, includeQuotes: false, token), cancellationToken).Entities;
    }

    /// <summary>Finds both the entities and the quotes of a document; quote speakers are items of its entity list.</summary>
    /// <param name="text">The document text. Offsets in the result are UTF-16 indices into this string.</param>
    /// <param name="cancellationToken">Stops the analysis; an <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>The document's entities and quotes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public DocumentAnalysis Analyze(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text, withQuotes: true, static (document, token) => ResultBuilder.Build(document, includeQuotes: true, token), cancellationToken);
    }

    /// <summary>
    /// Analyzes a stream of independent documents on several cores, yielding one result per document in input order.
    /// Memory stays bounded whatever the length of the stream: only a small window of documents (four per degree of
    /// parallelism) is read ahead of the result being yielded.
    /// </summary>
    /// <param name="texts">The documents, read lazily as results are consumed.</param>
    /// <param name="options">Degree of parallelism and progress reporting; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the analysis; an <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>The results, in the order of <paramref name="texts"/>, produced as the sequence is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The degree of parallelism is less than 1.</exception>
    public IEnumerable<DocumentAnalysis> AnalyzeMany(IEnumerable<string> texts, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        options ??= new BatchOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        return BatchRunner.Run(texts, text => Analyze(text, cancellationToken), options, cancellationToken);
    }

    /// <summary>
    /// Analyzes several documents as one corpus: an entity named differently in different documents ("Bill Burns",
    /// "Williams Burns") is one entity, with one identifier and one canonical name in every result.
    /// </summary>
    /// <param name="texts">The documents. The sequence is read once.</param>
    /// <param name="cancellationToken">Stops the analysis; an <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>One result per input document, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is <see langword="null"/>.</exception>
    public IReadOnlyList<DocumentAnalysis> AnalyzeCorpus(IEnumerable<string> texts, CancellationToken cancellationToken = default) =>
        AnalyzeCorpus(texts, new BatchOptions { MaxDegreeOfParallelism = 1 }, cancellationToken);

    /// <summary>
    /// Analyzes several documents as one corpus, as <see cref="AnalyzeCorpus(IEnumerable{string}, CancellationToken)"/>
    /// does, with the documents analysed on several cores before the corpus-wide resolution. The results are the
    /// same whatever the degree of parallelism.
    /// </summary>
    /// <param name="texts">The documents. The sequence is read once.</param>
    /// <param name="options">Degree of parallelism and progress (documents analysed so far); <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the analysis; an <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>One result per input document, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The degree of parallelism is less than 1.</exception>
    public IReadOnlyList<DocumentAnalysis> AnalyzeCorpus(IEnumerable<string> texts, BatchOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        options ??= new BatchOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        var documents = AnalyzeAndResolve(texts, options, cancellationToken);
        var results = new DocumentAnalysis[documents.Count];
        for (int i = 0; i < results.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results[i] = ResultBuilder.WithCorpusIdentities(documents[i], cancellationToken);
        }

        return Array.AsReadOnly(results);
    }

    /// <summary>
    /// Analyzes several documents as one corpus, with the same results as
    /// <see cref="AnalyzeCorpus(IEnumerable{string}, BatchOptions, CancellationToken)"/>, but yields them one at a
    /// time instead of returning them all: a corpus too large to hold as results (10-15 KB per news article) can be
    /// written out or aggregated as it goes.
    /// </summary>
    /// <remarks>
    /// Corpus resolution needs every document before the first result is known, so the first call to
    /// <see cref="System.Collections.IEnumerator.MoveNext"/> reads and analyses the whole of <paramref name="texts"/>;
    /// until then nothing is read. Meanwhile each document is held in a compact form (offsets and what resolution
    /// needs of each entity, a few kilobytes per article, besides its text), and each is let go as its result is
    /// yielded. The sequence is read once per enumeration.
    /// </remarks>
    /// <param name="texts">The documents, read when enumeration starts.</param>
    /// <param name="options">Degree of parallelism and progress (documents analysed so far); <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the analysis, and the enumeration between results; an <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>One result per input document, in input order, made as the sequence is enumerated.</returns>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="texts"/> is <see langword="null"/> (at the call), or one of its items is (when enumeration starts).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The degree of parallelism is less than 1.</exception>
    public IEnumerable<DocumentAnalysis> StreamCorpus(IEnumerable<string> texts, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        options ??= new BatchOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        return StreamResolved(texts, options, cancellationToken);
    }

    private IEnumerable<DocumentAnalysis> StreamResolved(IEnumerable<string> texts, BatchOptions options, CancellationToken cancellationToken)
    {
        var documents = AnalyzeAndResolve(texts, options, cancellationToken);
        for (int i = 0; i < documents.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = ResultBuilder.WithCorpusIdentities(documents[i], cancellationToken);

            // A yielded document's drafts are no longer needed: on a large corpus, what is held shrinks as it goes.
            documents[i] = null!;
            yield return result;
        }
    }

    // Each document's draft is made while the document is fresh, and its working layers die young; only the draft
    // and what resolution needs of its entities wait for the corpus-wide pass, so holding a large corpus costs
    // little more than holding its texts.
    private List<CorpusDocument> AnalyzeAndResolve(IEnumerable<string> texts, BatchOptions options, CancellationToken cancellationToken)
    {
        var documents = texts.TryGetNonEnumeratedCount(out int count) ? new List<CorpusDocument>(count) : [];
        foreach (var document in BatchRunner.Run(
            texts, text => Run(text, withQuotes: true, ResultBuilder.BuildForCorpus, cancellationToken), options, cancellationToken))
        {
            documents.Add(document);
        }

        pipeline.CorpusResolver.Resolve(documents, cancellationToken);
        return documents;
    }

    /// <summary>
    /// Analyzes <paramref name="text"/> in a pooled document and builds the result from it. The result must not keep
    /// any of the document's lists (the result builders copy what they keep): the document goes back to the pool,
    /// emptied, as soon as the result is built, and also when the analysis fails or is cancelled.
    /// </summary>
    private TResult Run<TResult>(string text, bool withQuotes, Func<Document, CancellationToken, TResult> build, CancellationToken cancellationToken)
    {
        var document = documents.Rent(text);
        try
        {
            pipeline.Run(document, withQuotes, cancellationToken);
            return build(document, cancellationToken);
        }
        finally
        {
            documents.Return(document);
        }
    }
}
