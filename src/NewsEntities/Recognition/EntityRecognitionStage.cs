using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>Finds the proper-name mentions of people, organizations and places: fills <see cref="Document.Mentions"/>.</summary>
internal sealed class EntityRecognitionStage : IDocumentStage
{
    public void Process(Document document, CancellationToken cancellationToken)
    {
        // First pass to be written: see the foundation issue.
    }
}
