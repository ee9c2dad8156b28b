using NewsEntities.Pipeline;

namespace NewsEntities.Quotes;

/// <summary>Finds each quote's speaker and cue.</summary>
internal sealed class QuoteAttributionStage : IDocumentStage
{
    public void Process(Document document, CancellationToken cancellationToken)
    {
        // First pass to be written: see the foundation issue.
    }
}
