using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using NewsEntities.Tokenization;

namespace NewsEntities.Quotes;

/// <summary>
/// Attributions after a quote: a cue with its subject, a bare attribution line or byline, and a report that closes
/// the sentence.
/// </summary>
internal sealed partial class QuoteAttributor
{
    /// <summary>
    /// A report that closes the quote's sentence names the source the words come through, and that source is the
    /// one the quote is credited to: ""...," Levy said, according to Channel 5." / "..., the Times reported." /
    /// "..., reports the Times.".
    /// </summary>
    private void ReportedBy(int q)
    {
        var quote = quotes[q];
        // A cue before the quote keeps its subject against an outlet: in "Levy indicated that the move was "final",
        // Channel 5 reported" the words are Levy's, which the outlet only relays. "according to" is different: it
        // vouches for the whole sentence ("Levy told staff it was "late", according to a source there").
        if (!quote.Closed || quote.SpeakerStart < 0)
        {
            return;
        }

        bool cueBefore = quote.CueStart >= 0 && quote.CueStart < quote.OpenMark;

        int close = quote.CloseToken;
        var sentence = sentences[sentenceOf[close]];
        int limit = Math.Min(sentence.End, close + 1 + CueLookAhead);
        // The scan starts right after the closing mark: a comma inside the quote (""...," according to Reuters")
        // leaves "according" next to it, and every other report still needs a comma before it.
        for (int t = close + 1; t < limit && quoteOf[t] < 0; t++)
        {
            var word = document.TokenText(t);
            // "according to" needs no comma before it ("said in a statement according to the Times").
            bool according = word.Equals("according", StringComparison.Ordinal);
            if ((!IsComma(t - 1) && !according) || tokens[t].Kind != TokenKind.Word || (cueBefore && !according))
            {
                continue;
            }

            if (according && t + 2 < limit && document.TokenText(t + 1).Equals("to", StringComparison.Ordinal))
            {
                Credit(q, t + 2, t, t + 2, sentence.End, limit);
                return;
            }

            if (word is "reported" or "reports" && t + 1 < limit)
            {
                Credit(q, t + 1, t, t + 1, sentence.End, limit);
                return;
            }

            int c = CandidateAtOrAfterArticle(t);
            if (c >= 0 && Candidates[c].Kind == CandidateKind.Name && Candidates[c].Label == EntityLabel.Organization)
            {
                int verb = Candidates[c].TokenEnd;
                if (verb + 1 < limit && document.TokenText(verb) is "reported" or "reports" && IsTerminal(verb + 1))
                {
                    Assign(q, c, verb, verb + 1);
                    return;
                }
            }
        }
    }

    /// <summary>Credits a quote to the source named at <paramref name="at"/>: a name there (after an article), else a description.</summary>
    private void Credit(int q, int at, int cue, int cueEnd, int sentenceEnd, int limit)
    {
        int c = at < limit ? CandidateAtOrAfterArticle(at) : -1;
        if (c >= 0 && !Candidates[c].InQuote && Candidates[c].Kind is CandidateKind.Name or CandidateKind.Nominal)
        {
            Assign(q, c, cue, cueEnd);
            return;
        }

        if (DescriptionAfter(at, sentenceEnd, modifierAllowed: true) is var (from, to) && to > from)
        {
            AssignDescription(q, from, to, cue, cueEnd);
            return;
        }

        // "according to audio provided to the Times", "according to officials with knowledge of the meeting": a
        // source phrase that runs to the end of the clause, whatever its words.
        int end = at;
        while (end < sentenceEnd && end - at < CreditPhraseTokens && quoteOf[end] < 0 && DescriptionWord(end) && !IsCueWord(end))
        {
            end++;
        }

        if (end > at && end - at < CreditPhraseTokens && end < tokens.Count && (IsComma(end) || IsTerminal(end)))
        {
            // "according to Judicial Watch": a run of capitals is a name the recognizer missed here, which may
            // be recognized elsewhere.
            if (IsCapitalizedRun(at, end))
            {
                AssignDescription(q, at, end, cue, cueEnd);
            }
            else
            {
                AssignPhrase(q, at, end, cue, cueEnd);
            }
        }
    }

    /// <summary>
    /// The candidate that starts at <paramref name="t"/>, or right after an article there: "The New York Times" is
    /// one name with its article, "the Times" a name after one.
    /// </summary>
    private int CandidateAtOrAfterArticle(int t)
    {
        int c = CandidateStartingAt(t);
        return c < 0 && IsDeterminer(document.TokenText(t)) ? CandidateStartingAt(t + 1) : c;
    }

    /// <summary>The longest source phrase, in tokens, read after "according to" or "reported" up to a comma or the sentence end.</summary>
    private const int CreditPhraseTokens = 12;

    /// <summary>
    /// A subject and a reporting verb right after a closing mark, in either order and after at most a comma:
    /// ""...," he said", ""..." said Blinken". Only a name or a pronoun counts, and the verb must be a plain
    /// verb (no noun, participle or listener verb), so the words read as nothing but the attribution.
    /// </summary>
    private bool TightAttributionAfter(int close, out int speaker, out int cue, out int cueEnd)
    {
        speaker = cue = cueEnd = -1;
        int t = close + 1;
        if (t < tokens.Count && IsComma(t))
        {
            t++;
        }

        // A quote that ends its paragraph has no attribution after it: the next line may be a headline that
        // opens with a name and a verb ("Blinken reaffirms US backing").
        if (t >= tokens.Count || quoteOf[t] >= 0 || document.LineBreakBetween(close, t))
        {
            return false;
        }

        // After a quote that ends its sentence, a capital starts the next one (""...." He said the plan ..."):
        // only a lower-case word still attributes it (""...?" he asked").
        int last = close - 1;
        while (last > 0 && tokens[last].Kind == TokenKind.Punctuation && !IsTerminal(last) && !IsComma(last))
        {
            last--;
        }

        if (IsTerminal(last) && (document.TokenText(last)[0] == '.' || char.IsUpper(document.TokenText(t)[0])))
        {
            return false;
        }

        var sentence = sentences[sentenceOf[t]];
        int sentenceStart = sentence.Start;
        int c = CandidateStartingAt(t);
        if (c < 0 && t + 1 < tokens.Count && document.TokenText(t).Equals("the", StringComparison.Ordinal)
            && CandidateStartingAt(t + 1) is int named and >= 0 && Candidates[named].Kind == CandidateKind.Name)
        {
            // ""...," the White House said": a name the recognizer took without its article.
            c = named;
        }

        if (c >= 0 && Candidates[c].Kind is CandidateKind.Name or CandidateKind.Pronoun or CandidateKind.Nominal && !Candidates[c].InQuote)
        {
            int verb = Candidates[c].TokenEnd;
            // After a subject, a listener verb reads as the attribution too (""...," he told the Times").
            if (verb < tokens.Count && quoteOf[verb] < 0 && IsCue(verb, sentenceStart, out var kind, out int end) && PlainVerb(kind & ~CueKind.TakesListener))
            {
                speaker = c;
                cue = verb;
                cueEnd = end;
                return true;
            }

            return false;
        }

        if (IsCue(t, sentenceStart, out var kind2, out int end2) && PlainVerb(kind2) && end2 < tokens.Count)
        {
            int after = CandidateStartingAt(end2);
            if (after >= 0 && Candidates[after].Kind is CandidateKind.Name && !Candidates[after].InQuote)
            {
                speaker = InvertedSubject(after, sentence.End);
                cue = t;
                cueEnd = end2;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A reporting clause set off by a comma that ends the sentence after a quote: ", said the bureau's director,
    /// James B. Comey, on Monday." or ", Comey said." with at most a few words after it. An outlet's "reported"
    /// does not count: it relays the words of the sentence's own speaker.
    /// </summary>
    private (int Speaker, int Cue, int CueEnd) SentenceFinalAttribution(int close, TokenRange sentence)
    {
        int sentenceStart = sentence.Start;
        int sentenceEnd = sentence.End;
        for (int k = close + 1; k < sentenceEnd - 2; k++)
        {
            if (quoteOf[k] >= 0 || !IsComma(k))
            {
                continue;
            }

            int speaker = -1, cue = -1, cueEnd = -1;
            if (IsCue(k + 1, sentenceStart, out var kind, out int end) && PlainVerb(kind))
            {
                int after = CandidateStartingAt(end);
                if (after >= 0 && !Candidates[after].InQuote)
                {
                    (speaker, cue, cueEnd) = (InvertedSubject(after, sentenceEnd), k + 1, end);
                }
            }
            else if (CandidateStartingAt(k + 1) is int subject and >= 0 && !Candidates[subject].InQuote && Candidates[subject].Kind != CandidateKind.Indefinite)
            {
                int verb = Candidates[subject].TokenEnd;
                if (verb < sentenceEnd && IsCue(verb, sentenceStart, out kind, out end) && PlainVerb(kind))
                {
                    (speaker, cue, cueEnd) = (subject, verb, end);
                }
            }

            if (speaker >= 0 && !IsOutletReport(cue)
                && sentenceEnd - Math.Max(cueEnd, Candidates[speaker].TokenEnd) <= 8 && !HasQuoteBetween(Math.Max(cueEnd, Candidates[speaker].TokenEnd), sentenceEnd))
            {
                return (speaker, cue, cueEnd);
            }
        }

        return (-1, -1, -1);
    }

    /// <summary>
    /// Whether the cue is "reported"/"reports": said of a sentence, it is an outlet relaying the words of the
    /// sentence's own speaker, not a speaker of its own.
    /// </summary>
    private bool IsOutletReport(int cue) => document.TokenText(cue).StartsWith("report", StringComparison.OrdinalIgnoreCase);

    private bool HasQuoteBetween(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (quoteOf[t] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Who the candidate right after an inverted cue stands for: the titled person rather than a name before the
    /// title ("said Chicago Alderman Jason C. Ervin"), the possessed title rather than its owner (", said the board's
    /// chairman"), and the name in apposition rather than the title (", said the bureau's director, James B. Comey").
    /// </summary>
    private int InvertedSubject(int after, int sentenceEnd)
    {
        if (Candidates[after].Kind == CandidateKind.Name && TitledPersonAfterName(after, sentenceEnd) is int titled and >= 0)
        {
            // "said Chicago Alderman Jason C. Ervin", "Sanders campaign manager Jeff Weaver": the name before the
            // title tells where or whose it is.
            return titled;
        }

        if (Candidates[after].TokenEnd + 1 < sentenceEnd && IsPossessive(Candidates[after].TokenEnd)
            && CandidateStartingAt(Candidates[after].TokenEnd + 1) is int owned and >= 0)
        {
            after = owned;
        }

        int named = Candidates[after].Kind != CandidateKind.Name && Candidates[after].TokenEnd + 1 < sentenceEnd && IsComma(Candidates[after].TokenEnd)
            ? CandidateStartingAt(Candidates[after].TokenEnd + 1) : -1;
        return named >= 0 && Candidates[named].IsPersonName ? named : after;
    }

    /// <summary>The speaker of a cue after a quote: a person named between them, else anything there, else after the cue.</summary>
    private int SpeakerAfterQuote(int close, int cue, int cueEnd, CueKind kind, int sentenceEnd)
    {
        if ((kind & CueKind.SpeakerAfter) == 0)
        {
            // A reporting clause set off by a comma after more words than the quote ("... "a summer of agony" for
            // Clinton, said Bannon" / "..., Rendell added") names its own subject; a name before the comma
            // belongs to the reported words.
            if ((kind & CueKind.TakesListener) == 0 && ReportingClauseSubject(close, cue, cueEnd, sentenceEnd) is int tail and >= 0)
            {
                return tail;
            }

            int between = FirstCandidate(close + 1, cue, sentenceEnd, preferPerson: true, subjectsOnly: true);
            if (between >= 0)
            {
                return between;
            }
        }

        // "according to X" names its source as the object of "to".
        if ((kind & CueKind.TakesListener) != 0)
        {
            return -1;
        }

        int subject = FirstCandidate(cueEnd, cueEnd + 5, sentenceEnd, preferPerson: false, subjectsOnly: (kind & CueKind.SpeakerAfter) == 0);
        return subject >= 0 && Candidates[subject].TokenStart == cueEnd ? InvertedSubject(subject, sentenceEnd) : subject;
    }

    /// <summary>
    /// The subject of a reporting clause that a comma sets off from words running on after the quote: the name
    /// right after an inverted cue (", said Bannon") or right before the cue, past auxiliaries (", Comey has
    /// said"). -1 when the cue follows the quote directly or no comma stands between them. A cue that takes a
    /// listener is no inverted one: after ", told" comes the listener.
    /// </summary>
    private int ReportingClauseSubject(int close, int cue, int cueEnd, int sentenceEnd)
    {
        if (cue - 1 > close + 1 && IsComma(cue - 1))
        {
            int after = FirstCandidate(cueEnd, cueEnd + 5, sentenceEnd, preferPerson: false, subjectsOnly: true);
            return after >= 0 && Candidates[after].TokenStart == cueEnd ? InvertedSubject(after, sentenceEnd) : -1;
        }

        int k = cue - 1;
        while (k > close && IsAdverbOrAuxiliary(k))
        {
            k--;
        }

        int subject = CandidateEndingAt(k + 1);
        if (subject < 0)
        {
            return -1;
        }

        int before = Candidates[subject].TokenStart - 1;
        return before > close + 1 && IsComma(before) ? subject : -1;
    }

    /// <summary>
    /// A quote that ends its sentence ("...!", "...?") followed by a short sentence that only attributes it:
    /// "Blinken said." / "asked the minister.".
    /// </summary>
    private bool BareAttributionAfter(int close, out int speaker, out int cue, out int cueEnd)
    {
        speaker = cue = cueEnd = -1;
        int s = sentenceOf[close];
        if (close != sentences[s].End - 1 || s + 1 >= sentences.Count || paragraphOfSentence[s + 1] != paragraphOfSentence[s])
        {
            return false;
        }

        var next = sentences[s + 1];
        if (next.Length > ShortAttribution)
        {
            // ""... a very good relationship, who knows?" Trump told the station in an interview ...": a name and
            // a plain verb right after a question or a cry attribute it, however long their sentence.
            int name = CandidateStartingAt(next.Start);
            if (name < 0 || !Candidates[name].IsPersonName || Candidates[name].InQuote || !IsCry(close))
            {
                return false;
            }

            int verb = Candidates[name].TokenEnd;
            if (verb < next.End && quoteOf[verb] < 0 && IsCue(verb, next.Start, out var verbKind, out int verbEnd) && PlainVerb(verbKind & ~CueKind.TakesListener))
            {
                speaker = name;
                cue = verb;
                cueEnd = verbEnd;
                return true;
            }

            return false;
        }

        for (int t = next.Start; t < Math.Min(next.End, next.Start + 6) && quoteOf[t] < 0; t++)
        {
            if (IsCue(t, next.Start, out var kind, out int end))
            {
                cue = t;
                cueEnd = end;
                speaker = SpeakerAfterQuote(next.Start - 1, t, end, kind, next.End);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A person named right after a closing quote, alone or before an apposition, with no verb; or on a dash line
    /// of his own after a quote that fills its paragraph.
    /// </summary>
    private int TrailingAttribution(QuoteCandidate quote)
    {
        int close = quote.CloseToken;
        int lastWord = close - 1;
        while (lastWord > quote.OpenToken && tokens[lastWord].Start >= quote.CloseMark)
        {
            lastWord--;
        }

        if (lastWord <= quote.OpenToken || !IsTerminal(lastWord))
        {
            return -1;
        }

        // Only a quote that makes up its paragraph has a byline after it; after a quote inside running text a name
        // starts the next sentence.
        var paragraph = document.Paragraphs[paragraphOfSentence[sentenceOf[close]]];
        int lead = paragraph.Start;
        while (lead < quote.OpenToken && IsDash(lead))
        {
            lead++;
        }

        if (lead != quote.OpenToken)
        {
            return -1;
        }

        int t = close + 1;
        if (t >= paragraph.End && paragraphOfSentence[sentenceOf[close]] + 1 < document.Paragraphs.Count)
        {
            // A quote that fills its paragraph may be signed on a line of its own, set off by a dash
            // (""...."\n\n- Bernie Sanders."): without the dash the next paragraph is ordinary text.
            paragraph = document.Paragraphs[paragraphOfSentence[sentenceOf[close]] + 1];
            if (!IsDash(paragraph.Start))
            {
                return -1;
            }
        }

        while (t < paragraph.End && IsDash(t))
        {
            t++;
        }

        int c = t < paragraph.End ? CandidateStartingAt(t) : -1;
        if (c < 0 && t < paragraph.End)
        {
            // "- President Obama, tweeting after ...": a title before the name.
            c = TitledPersonAt(t, paragraph.End);
        }

        if (c < 0 || !Candidates[c].IsPersonName)
        {
            return -1;
        }

        int end = Candidates[c].TokenEnd;
        bool signed = end >= paragraph.End || (IsTerminal(end) && end + 1 >= paragraph.End);
        return signed || IsComma(end) || document.TokenText(end).Equals("(", StringComparison.Ordinal) ? c : -1;
    }

    /// <summary>
    /// Whether the word ends a short description that follows a closing quote mark (""...," the email read"):
    /// such a phrase is the subject of the word after it, which is then a verb, not a noun.
    /// </summary>
    private bool EndsDescriptionAfterQuote(int end)
    {
        const int MaxDescriptionWords = 4;
        for (int t = end; t > 0 && end - t < MaxDescriptionWords; t--)
        {
            var word = document.TokenText(t);
            if (tokens[t].Kind != TokenKind.Word || char.IsUpper(word[0]) && !DescriptionDeterminers.TryGetValue(word, out _))
            {
                return false;
            }

            if (t < end && DescriptionDeterminers.TryGetValue(word, out _))
            {
                return quoteOf[t - 1] >= 0 && t - 1 == quotes[quoteOf[t - 1]].CloseToken;
            }
        }

        return false;
    }
}
