using NewsEntities.Recognition;
using NewsEntities.Tokenization;

namespace NewsEntities.Quotes;

/// <summary>Quotes that are titles or slogans rather than speech.</summary>
internal sealed partial class QuoteAttributor
{
    /// <summary>
    /// Whether a short quote of two to <see cref="ScareQuoteStage.MaxWords"/> words reads as a title: every word capitalized
    /// but the small words between them ("Fox and Friends", "The Revenant").
    /// </summary>
    private bool IsTitle(QuoteCandidate quote)
    {
        if (!quote.Closed)
        {
            return false;
        }

        int words = 0;
        bool lastCapitalized = false;
        for (int t = quote.OpenToken + 1; t < quote.CloseToken && tokens[t].Start < quote.CloseMark; t++)
        {
            if (tokens[t].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            var word = document.TokenText(t);
            bool capitalized = char.IsUpper(word[0]) || tokens[t].Kind == TokenKind.Number;
            if (!capitalized && (words == 0 || !TitleSmallWords.TryGetValue(word, out _)))
            {
                return false;
            }

            if (++words > ScareQuoteStage.MaxWords)
            {
                return false;
            }

            lastCapitalized = capitalized;
        }

        return words >= 2 && lastCapitalized && !EndsInCry(quote);
    }

    /// <summary>
    /// Whether the quote is capitalized words right after an organization's possessive, the name of its show or
    /// publication even when it is one word ("NBC's "Today"", "Fox News Channel's "Hannity,"").
    /// </summary>
    private bool IsOutletsShow(QuoteCandidate quote)
    {
        if (!quote.Closed || !AfterPossessive(quote) || CandidateEndingAt(quote.OpenToken - 1) is not (int owner and >= 0)
            || Candidates[owner].Kind != CandidateKind.Name || Candidates[owner].Label != EntityLabel.Organization)
        {
            return false;
        }

        int words = 0;
        for (int t = quote.OpenToken + 1; t < quote.CloseToken && tokens[t].Start < quote.CloseMark; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && (!char.IsUpper(document.TokenText(t)[0]) || ++words > ScareQuoteStage.MaxWords))
            {
                return false;
            }
        }

        return words > 0 && !EndsInCry(quote);
    }

    /// <summary>
    /// Whether the quote follows a possessive ("Fox News channel's "Sunday Morning Futures," Issa said"): words in title
    /// case there name the owner's show or work even when an attribution follows them.
    /// </summary>
    private bool AfterPossessive(QuoteCandidate quote) => quote.OpenToken > 0 && IsPossessive(quote.OpenToken - 1);

    /// <summary>
    /// Whether the quote is the title its writer gave a work ("released a memo titled "The Facts on Where the Race
    /// Stands"", "a column entitled, "..."""): the writer's own words, whatever their case.
    /// </summary>
    private bool IsNamedWork(QuoteCandidate quote)
    {
        int before = quote.OpenToken - 1;
        if (before > 0 && IsComma(before))
        {
            before--;
        }

        return before >= 0 && document.TokenText(before) is "titled" or "entitled";
    }

    /// <summary>Whether the last word before the closing mark at <paramref name="close"/> is followed by "?" or "!".</summary>
    private bool IsCry(int close)
    {
        int last = close - 1;
        while (last > 0 && tokens[last].Kind == TokenKind.Punctuation && !IsTerminal(last))
        {
            last--;
        }

        return IsTerminal(last) && document.TokenText(last)[0] is '?' or '!';
    }

    /// <summary>Whether the quote ends in "!" or "?": a chant or a cry is speech ("Feel the Bern!", "USA! USA!").</summary>
    private bool EndsInCry(QuoteCandidate quote)
    {
        int last = Math.Min(quote.CloseToken, tokens.Count) - 1;
        while (last > quote.OpenToken && tokens[last].Start >= quote.CloseMark)
        {
            last--;
        }

        return tokens[last].Kind == TokenKind.Punctuation && document.TokenText(last)[0] is '!' or '?';
    }

    /// <summary>Whether every word of the quote longer than three letters is capitalized ("Not Fit To Serve").</summary>
    private bool TitleCased(QuoteCandidate quote) => TitleCased(quote.OpenToken + 1, Math.Min(quote.CloseToken, tokens.Count)) >= 0;

    /// <summary>
    /// Whether the sentence is in the headline's place: the first paragraph of a text of several, or, in a text
    /// kept as one paragraph (archives that join lines with spaces), a first sentence in title case ("Trump: ‘I’m
    /// the Worst Thing That Ever Happened to the Establishment.’ Monday at Liberty University, ...").
    /// </summary>
    private bool InHeadline(int sentence)
    {
        if (paragraphOfSentence[sentence] != 0)
        {
            return false;
        }

        return document.Paragraphs.Count > 1
            || (sentence == 0 && document.Sentences.Count > 1 && TitleCased(document.Sentences[0].Start, document.Sentences[0].End) >= MinHeadlineWords);
    }

    // Prose has lower-case words of four letters and more within a few words; three capitalized ones and none in
    // lower case make a headline's title case.
    private const int MinHeadlineWords = 3;

    /// <summary>
    /// The number of words longer than three letters in tokens <paramref name="from"/> to <paramref name="to"/>, all
    /// capitalized, or -1 when one is not.
    /// </summary>
    private int TitleCased(int from, int to)
    {
        int capitalized = 0;
        for (int t = from; t < to; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && tokens[t].Length > 3)
            {
                if (!char.IsUpper(document.Text[tokens[t].Start]))
                {
                    return -1;
                }

                capitalized++;
            }
        }

        return capitalized;
    }

    // No verb: title case capitalizes "Is" and "Are", so a lower-case one between capitals makes a sentence ("Bernie
    // is Bernie.").
    private static readonly SpanWordTable<bool> TitleSmallWords = Words(
        "of", "and", "the", "a", "an", "in", "on", "for", "to", "with", "at", "by", "from", "or");
}
