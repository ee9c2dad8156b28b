using NewsEntities.Pipeline;

namespace NewsEntities.Quotes;

/// <summary>Finds direct quotations between quote marks: fills <see cref="Document.Quotes"/>.</summary>
internal sealed class QuoteDetectionStage : IDocumentStage
{
    public void Process(Document document, CancellationToken cancellationToken)
    {
        // First pass to be written: see the foundation issue.
    }
}
