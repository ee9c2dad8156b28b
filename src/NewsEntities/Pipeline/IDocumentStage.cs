namespace NewsEntities.Pipeline;

/// <summary>
/// One step of the analysis. Stages run in a fixed order over one <see cref="Document"/>, each reading what earlier
/// stages wrote and adding its own layer. A stage holds only immutable, shared resources, so one instance serves
/// every thread at once.
/// </summary>
internal interface IDocumentStage
{
    void Process(Document document, CancellationToken cancellationToken);
}
