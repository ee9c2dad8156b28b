namespace NewsEntities.Pipeline;

/// <summary>
/// One step of the analysis. Stages run in a fixed order over one <see cref="Document"/>, each reading what earlier
/// stages wrote and adding its own layer. A stage holds only immutable, shared resources, so one instance serves
/// every thread at once.
/// </summary>
/// <remarks>
/// Documents are reused from one analysis to the next (<see cref="DocumentPool"/>): a stage must not keep a
/// document or any of its lists, and working storage worth reusing belongs in the document, as the recognizer's
/// does (<see cref="Document.Recognizer"/>), where it is kept between analyses and dropped with the document.
/// </remarks>
internal interface IDocumentStage
{
    void Process(Document document, CancellationToken cancellationToken);
}
