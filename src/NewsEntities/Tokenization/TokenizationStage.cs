using NewsEntities.Pipeline;

namespace NewsEntities.Tokenization;

/// <summary>The first stage: fills <see cref="Document.Tokens"/>.</summary>
internal sealed class TokenizationStage : IDocumentStage
{
    public void Process(Document document, CancellationToken cancellationToken) =>
        Tokenizer.Tokenize(document.Text, document.Tokens);
}
