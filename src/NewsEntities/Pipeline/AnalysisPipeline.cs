using NewsEntities.Quotes;
using NewsEntities.Recognition;
using NewsEntities.Resolution;
using NewsEntities.Segmentation;
using NewsEntities.Tokenization;

namespace NewsEntities.Pipeline;

/// <summary>
/// The ordered stages of the English pipeline. Built once from the embedded resources and shared: every stage is
/// immutable after construction, so one pipeline serves any number of threads.
/// </summary>
internal sealed class AnalysisPipeline
{
    private static readonly Lazy<AnalysisPipeline> English = new(CreateEnglish, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IDocumentStage[] entityStages;
    private readonly IDocumentStage[] quoteStages;

    public AnalysisPipeline(IDocumentStage[] entityStages, IDocumentStage[] quoteStages, CorpusAliasResolver corpusResolver)
    {
        this.entityStages = entityStages;
        this.quoteStages = quoteStages;
        Stages = [.. entityStages, .. quoteStages];
        CorpusResolver = corpusResolver;
    }

    /// <summary>The English pipeline, loaded on first use and shared by every extractor.</summary>
    public static AnalysisPipeline Default => English.Value;

    public CorpusAliasResolver CorpusResolver { get; }

    /// <summary>
    /// Every stage in the order <see cref="Run(Document, bool, CancellationToken)"/> applies them, the quote stages
    /// last: for measuring stage by stage (benchmarks) without a second copy of the pipeline's order.
    /// </summary>
    public IReadOnlyList<IDocumentStage> Stages { get; }

    /// <summary>Runs the stages over <paramref name="text"/>; the quote stages only when <paramref name="withQuotes"/>.</summary>
    public Document Run(string text, bool withQuotes, CancellationToken cancellationToken)
    {
        var document = new Document(text);
        Run(document, withQuotes, cancellationToken);
        return document;
    }

    /// <summary>
    /// Runs the stages over an empty <paramref name="document"/> (new, or reset by a <see cref="DocumentPool"/>); the
    /// quote stages only when <paramref name="withQuotes"/>.
    /// </summary>
    public void Run(Document document, bool withQuotes, CancellationToken cancellationToken)
    {
        Run(document, entityStages, cancellationToken);
        if (withQuotes)
        {
            Run(document, quoteStages, cancellationToken);
        }
    }

    /// <summary>
    /// This pipeline with another alias resolution (registered entities): the other stages, immutable, are shared.
    /// </summary>
    public AnalysisPipeline WithResolution(AliasResolutionStage resolution, CorpusAliasResolver corpusResolver) =>
        new([.. entityStages.Select(s => s is AliasResolutionStage ? resolution : s)], quoteStages, corpusResolver);

    private static void Run(Document document, IDocumentStage[] stages, CancellationToken cancellationToken)
    {
        foreach (var stage in stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
        }
    }

    private static AnalysisPipeline CreateEnglish() => new(
        [new TokenizationStage(), new SentenceSplitter(), new EntityRecognitionStage(), new AliasResolutionStage()],
        [new QuoteDetectionStage(), new QuoteAttributionStage(), new ScareQuoteStage()],
        new CorpusAliasResolver());
}
