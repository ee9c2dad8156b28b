using NewsEntities.Pipeline;

namespace NewsEntities.Tokenization;

/// <summary>The first stage: fills <see cref="Document.Tokens"/>.</summary>
internal sealed class TokenizationStage : IDocumentStage
{
    public void Process(Document document, CancellationToken cancellationToken)
    {
        // News runs about one token per five characters (PolNeAR train: 5.1); sizing the list up front spares a large
        // document the copies of repeated growth, which can't be interrupted by cancellation. Sized for one per four,
        // so that the typical article does not outgrow it and double it at the very end (a tenth of a token list's
        // bytes spare beats two lists' worth of garbage).
        document.Tokens.EnsureCapacity(document.Text.Length / 4);
        Tokenizer.Tokenize(document.Text, document.Tokens, cancellationToken);
    }
}
