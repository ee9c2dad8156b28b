using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Quotes;

/// <summary>
/// Runs after attribution and withdraws the short quotes it found no speaker for: a quoted word or short phrase
/// with no speech cue ("workplace", "Little Marco", "top secret") is a scare quote or a name, not speech, and a
/// quote that nobody is credited with tells the reader nothing about who said what. Longer quotes stay: they
/// are speech even when their speaker is unknown.
/// </summary>
internal sealed class ScareQuoteStage : IDocumentStage
{
    /// <summary>
    /// A quote of at most this many words with no speaker is taken for a scare quote; the attributor treats a
    /// quote of this length with no cue the same way.
    /// </summary>
    internal const int MaxWords = 5;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        foreach (var quote in document.Quotes)
        {
            if (quote.IsSpeech && quote.SpeakerCluster < 0 && quote.SpeakerStart < 0 && IsShort(tokens, quote) && !IntroducedByVerb(document, quote))
            {
                quote.IsSpeech = false;
            }
        }
    }

    /// <summary>
    /// Whether a reporting verb and a colon or comma lead straight into the quote ("The wicketkeeper, 31, said:
    /// "It felt good.""): what follows is what was said, however short, even when its speaker is a phrase the
    /// attributor cannot read. A form that may be a noun ("the claims: "...") is no such evidence.
    /// </summary>
    private static bool IntroducedByVerb(Document document, QuoteCandidate quote)
    {
        int mark = quote.OpenToken - 1;
        if (mark < 1 || document.Tokens[mark].Length != 1 || document.Text[document.Tokens[mark].Start] is not (':' or ','))
        {
            return false;
        }

        return ReportingVerbs.Table.TryGetValue(document.TokenText(mark - 1), out var kind)
            && (kind & CueKind.Verb) != 0 && (kind & (CueKind.AlsoNoun | CueKind.NeedsParticle | CueKind.Nominal)) == 0;
    }

    /// <summary>Whether the quote holds at most <see cref="MaxWords"/> words (numbers count as words).</summary>
    internal static bool IsShort(List<Token> tokens, QuoteCandidate quote)
    {
        int words = 0;
        int end = Math.Min(quote.CloseToken, tokens.Count);
        for (int t = quote.OpenToken + 1; t < end; t++)
        {
            if (tokens[t].Kind is TokenKind.Word or TokenKind.Number && ++words > MaxWords)
            {
                return false;
            }
        }

        return true;
    }
}
