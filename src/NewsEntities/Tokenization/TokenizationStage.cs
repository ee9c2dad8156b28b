using NewsEntities.Pipeline;

namespace NewsEntities.Tokenization;

/// <summary>The first stage: fills <see cref="Document.Tokens"/>.</summary>
internal sealed class TokenizationStage : IDocumentStage
{
    public void Process(Document document, CancellationToken cancellationToken)
    {
        // News runs about one token per five characters; sizing the list up front spares a large document the
        // copies of repeated growth, which can't be interrupted by cancellation.
        document.Tokens.EnsureCapacity(document.Text.Length / 5);
        Tokenizer.Tokenize(document.Text, document.Tokens, cancellationToken);
    }
}
