using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Quotes;

/// <summary>
/// Quotes with no attribution of their own: the speaker carried over from the sentence, paragraph or quote before.
/// </summary>
internal sealed partial class QuoteAttributor
{
    private bool FromEarlierSentence(int q, int sentence)
    {
        for (int j = q - 1; j >= 0 && SentenceOfQuoteEnd(j) >= sentence; j--)
        {
            if (quotes[j].SpeakerStart >= 0 && SentenceOfQuoteEnd(j) == sentence)
            {
                Copy(q, j);
                return true;
            }
        }

        var range = sentences[sentence];
        return FromLastCue(q, range.Start, range.End, range);
    }

    private bool FromPreviousParagraph(int q, int paragraph)
    {
        var range = document.Paragraphs[paragraph];
        int start = Math.Max(range.Start, range.End - 200);
        int last = range.End - 1;
        bool endsInColon = last > range.Start && quoteOf[last] < 0 && document.TokenText(last).Equals(":", StringComparison.Ordinal);
        if (endsInColon && FromLeadIn(last, sentences[sentenceOf[last]].Start) is var (leadStart, leadEnd) && leadEnd > leadStart)
        {
            // "From the report:", "From Andrea Peyser writing at The New York Post:" (a cue, but not the subject's).
            AssignSignature(q, leadStart, leadEnd);
            return true;
        }

        if (FromLastCue(q, start, range.End, default))
        {
            return true;
        }

        // "He then listed the qualities he looks for:" — a paragraph that ends in a colon introduces the words
        // of its last sentence's subject.
        if (endsInColon)
        {
            int subject = MainSubject(sentences[sentenceOf[last]].Start, last);
            if (subject >= 0)
            {
                Assign(q, subject, -1, -1);
                return true;
            }

            if (ShortLeadIn(sentences[sentenceOf[last]], last) is var (from, to) && to > from)
            {
                quotes[q].SpeakerStart = tokens[from].Start;
                quotes[q].SpeakerEnd = tokens[to - 1].End;
                return true;
            }
        }

        // The last speaker, when the previous paragraph names or quotes him. Looking back over a bounded number
        // of quotes keeps a document of many unattributed quotes linear.
        for (int j = q - 1; j >= 0 && j >= q - RecentQuotes; j--)
        {
            if (quotes[j].SpeakerCluster < 0)
            {
                // A description that names no entity ("a New Hampshire Democrat") still speaks on into the
                // next paragraph when its quote runs through the paragraph before.
                if (quotes[j].SpeakerStart >= 0 && quotes[j].OpenToken >= range.Start)
                {
                    Copy(q, j);
                    return true;
                }

                continue;
            }

            int cluster = quotes[j].SpeakerCluster;
            if (quotes[j].OpenToken >= range.Start)
            {
                Copy(q, j);
                return true;
            }

            int named = LastNameOf(cluster, start, range.End);
            if (named >= 0)
            {
                Assign(q, named, -1, -1);
                return true;
            }

            break;
        }

        return false;
    }

    /// <summary>
    /// The source a short lead-in names before "as follows" ("Partial transcript as follows:"): the words that
    /// open it, when it names no one the recognizer knows.
    /// </summary>
    private (int From, int To) ShortLeadIn(TokenRange sentence, int colon)
    {
        const int MaxLeadIn = 6;
        if (colon - sentence.Start > MaxLeadIn || colon - 2 <= sentence.Start
            || !document.TokenText(colon - 1).Equals("follows", StringComparison.Ordinal)
            || !document.TokenText(colon - 2).Equals("as", StringComparison.Ordinal))
        {
            return default;
        }

        for (int t = sentence.Start; t < colon - 2; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || IsCueWord(t))
            {
                return default;
            }
        }

        return (sentence.Start, colon - 2);
    }

    /// <summary>Copies the speaker of the nearest earlier quote that opens in the same paragraph and has one.</summary>
    private bool FromEarlierQuoteInParagraph(int q, int paragraphStart)
    {
        for (int j = q - 1; j >= 0 && j >= q - RecentQuotes && quotes[j].OpenToken >= paragraphStart; j--)
        {
            if (quotes[j].SpeakerStart >= 0)
            {
                Copy(q, j);
                return true;
            }
        }

        return false;
    }

    /// <summary>Attributes to the subject of the last cue (outside quotes) in a span before the quote.</summary>
    private bool FromLastCue(int q, int start, int end, TokenRange sentence)
    {
        for (int t = end - 1; t >= start; t--)
        {
            if (quoteOf[t] >= 0)
            {
                continue;
            }

            var own = sentence.Length > 0 ? sentence : sentences[sentenceOf[t]];
            if (IsCue(t, own.Start, out var kind, out int cueEnd))
            {
                int cue = t;
                GoverningCue(ref cue, ref cueEnd, ref kind, own.Start);
                if (AssignSubject(q, cue, cueEnd, kind, own))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Multi-paragraph quotes: a paragraph with no speaker of its own takes that of its neighbours.</summary>
    private void PropagateOverParagraphs()
    {
        for (int q = quotes.Count - 1; q >= 0; q--)
        {
            int previous = quotes[q].Previous;
            if (previous >= 0 && quotes[previous].SpeakerStart < 0 && quotes[q].SpeakerStart >= 0)
            {
                Copy(previous, q);
                quotes[previous].IsSpeech = true;
            }
        }

        for (int q = 0; q < quotes.Count; q++)
        {
            int previous = quotes[q].Previous;
            if (previous >= 0 && quotes[q].SpeakerStart < 0 && quotes[previous].SpeakerStart >= 0)
            {
                Copy(q, previous);
                quotes[q].IsSpeech = true;
            }
        }
    }
}
