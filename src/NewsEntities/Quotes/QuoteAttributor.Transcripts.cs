namespace NewsEntities.Quotes;

/// <summary>Transcripts quoted turn by turn ("Partial transcript as follows:" and the paragraphs after it).</summary>
internal sealed partial class QuoteAttributor
{
    /// <summary>The most words in a transcript's speaker label ("JAKE TAPPER:").</summary>
    private const int LabelWords = 3;

    /// <summary>
    /// A paragraph of a quoted transcript: one that opens with its speaker's name in capitals and a colon
    /// (""KAINE: Well, look, ..."), or a later paragraph of the same quote with no label, which goes on with the
    /// turn before it (""But the truth is ...""). The label names the speaker and is not part of the words, so
    /// the quote's content starts after it.
    /// </summary>
    private bool TranscriptTurn(int q)
    {
        var quote = quotes[q];
        int colon = SpeakerLabelColon(quote);
        if (colon > 0 && AcceptedLabel(q, colon, out int named))
        {
            if (named >= 0)
            {
                Assign(q, named, -1, -1);
            }
            else
            {
                quote.SpeakerStart = tokens[quote.OpenToken + 1].Start;
                quote.SpeakerEnd = tokens[colon - 1].End;
            }

            quote.ContentStart = tokens[colon + 1].Start;
            quote.TranscriptTurn = true;
            return true;
        }

        // A label that is not a speaker's ("VIDEO:") heads words that are not the turn before it goes on with.
        if (colon == 0 && quote.Previous >= 0 && quotes[quote.Previous].TranscriptTurn)
        {
            Copy(q, quote.Previous);
            quote.TranscriptTurn = true;

            // "(CROSSTALK.)", "[APPLAUSE]": the transcriber's note between turns is nobody's words.
            quote.IsSpeech = !IsBracketed(quote);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The colon of a speaker label that opens a quote which opens its paragraph: one to <see cref="LabelWords"/>
    /// words in capitals ("PENCE", "MR. TRUMP") and then a colon with words after it; 0 when there is none.
    /// </summary>
    private int SpeakerLabelColon(QuoteCandidate quote)
    {
        int open = quote.OpenToken;
        if (open != document.Paragraphs[paragraphOfSentence[sentenceOf[open]]].Start)
        {
            return 0;
        }

        int end = Math.Min(quote.CloseToken, tokens.Count);
        int words = 0, letters = 0;
        for (int t = open + 1; t < end && words <= LabelWords; t++)
        {
            var word = document.TokenText(t);
            if (word.Equals(":", StringComparison.Ordinal))
            {
                // One capital alone is the "Q:" and "A:" of an interview, not a name.
                return letters >= 2 && t + 1 < end ? t : 0;
            }

            // A word may come in several tokens ("O'ROURKE", "MR."): only a space starts the next one.
            bool joined = t > open + 1 && tokens[t].Start == tokens[t - 1].End;
            int capitals = Capitals(word);
            if (capitals < 0 || (capitals == 0 && !joined))
            {
                return 0;
            }

            letters += capitals;
            words += joined ? 0 : 1;
        }

        return 0;
    }

    /// <summary>
    /// Whether a label is a speaker's: it is a person's name, or the same label opens another paragraph of the
    /// quotes around it, as the turns of a transcript do (a single "VIDEO:" or "UPDATE:" is a heading).
    /// </summary>
    private bool AcceptedLabel(int q, int colon, out int named)
    {
        int labelStart = quotes[q].OpenToken + 1;
        named = CandidateStartingAt(labelStart);
        if (named >= 0 && Candidates[named].TokenEnd == colon && Candidates[named].IsPersonName)
        {
            return true;
        }

        named = -1;
        var label = LabelText(quotes[q], colon);
        for (int other = Math.Max(0, q - RecentQuotes); other < Math.Min(quotes.Count, q + RecentQuotes + 1); other++)
        {
            if (other != q && SpeakerLabelColon(quotes[other]) is int otherColon and > 0 && LabelText(quotes[other], otherColon).SequenceEqual(label))
            {
                return true;
            }
        }

        return false;
    }

    private ReadOnlySpan<char> LabelText(QuoteCandidate quote, int colon) =>
        document.Text.AsSpan(tokens[quote.OpenToken + 1].Start, tokens[colon].Start - tokens[quote.OpenToken + 1].Start);

    /// <summary>
    /// The number of capital letters in a token of a label, which may hold periods, apostrophes and hyphens too
    /// ("O'ROURKE"); -1 when it holds a lower-case letter or anything else.
    /// </summary>
    private static int Capitals(ReadOnlySpan<char> token)
    {
        int letters = 0;
        foreach (char c in token)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not ('.' or '\'' or '\u2019' or '-'))
            {
                return -1;
            }
        }

        return letters;
    }

    /// <summary>Whether the quote's words are all inside one pair of round or square brackets.</summary>
    private bool IsBracketed(QuoteCandidate quote)
    {
        var words = document.Text.AsSpan(quote.ContentStart, quote.ContentEnd - quote.ContentStart).TrimEnd(".\"\u201d ");
        return words.Length > 2 && ((words[0] == '(' && words[^1] == ')') || (words[0] == '[' && words[^1] == ']'))
            && words[1..^1].IndexOfAny("()[]") < 0;
    }
}
