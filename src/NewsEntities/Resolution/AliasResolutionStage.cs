using NewsEntities.Pipeline;

namespace NewsEntities.Resolution;

/// <summary>Groups the mentions of one document into entities: fills <see cref="Document.Clusters"/>.</summary>
internal sealed class AliasResolutionStage : IDocumentStage
{
    public void Process(Document document, CancellationToken cancellationToken)
    {
        // First pass to be written: see the foundation issue.
    }
}
