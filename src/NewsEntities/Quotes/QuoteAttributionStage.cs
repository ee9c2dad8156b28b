using NewsEntities.Pipeline;

namespace NewsEntities.Quotes;

/// <summary>
/// Attributes every detected quote to its speaker and tells speech from scare quotes and titles: sets the
/// speaker, speaker mention, cue and <see cref="QuoteCandidate.IsSpeech"/> of <see cref="Document.Quotes"/>, and
/// adds the pronoun and description mentions it resolves to their clusters' references.
/// </summary>
internal sealed class QuoteAttributionStage : IDocumentStage
{
    public void Process(Document document, CancellationToken cancellationToken)
    {
        if (document.Quotes.Count == 0)
        {
            return;
        }

        document.QuoteWorkspace.Attributor.Run(cancellationToken);
    }
}
