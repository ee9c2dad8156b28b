using System.Buffers;
using System.Runtime.InteropServices;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using NewsEntities.Resolution;
using NewsEntities.Tokenization;

namespace NewsEntities.Quotes;

/// <summary>
/// The attribution of one document's quotes. Every search is bounded (a sentence, a few sentences back, a fixed
/// number of tokens), so the work is linear in the document's length.
/// </summary>
/// <remarks>
/// For each quote, in order of preference: a reporting cue before the quote in its sentence, whose subject is the
/// speaker ("Blinken acknowledged that "..."", "X told Y "...""); a cue after it ("..." X said / said X); an
/// attribution line after a quote with no verb ("..." Enia Krivine, Senior Director ...); the speaker of an
/// earlier quote in the same sentence; for a quote that starts its sentence, the previous sentence's quote or cue;
/// for a quote that starts its paragraph, the previous paragraph's cue, or the last speaker when the previous
/// paragraph names him. Pronouns go to the speaker of a quote just before them, else to the nearest earlier
/// compatible person outside quotes; descriptions go to the person whose roles they match.
/// </remarks>
internal sealed class QuoteAttributor : IDisposable
{
    /// <summary>How far before a quote, in tokens, a cue is looked for.</summary>
    private const int CueLookBehind = 80;

    /// <summary>How far after a quote, in tokens, a cue is looked for.</summary>
    private const int CueLookAhead = 25;

    /// <summary>How many sentences back a pronoun looks for its antecedent.</summary>
    private const int PronounSentences = 4;

    /// <summary>The longest sentence, in tokens, read as a bare attribution after a quote ("Blinken said.").</summary>
    private const int ShortAttribution = 12;

    /// <summary>The longest apposition or relative clause, in tokens, between a subject and its verb.</summary>
    private const int AppositionTokens = 30;

    /// <summary>The most tokens between a relative "who" and the cue it is the subject of.</summary>
    private const int RelativeGap = 8;

    /// <summary>How many quotes back the last speaker is looked for.</summary>
    private const int RecentQuotes = 16;

    private readonly Document document;
    private readonly List<Token> tokens;
    private readonly List<QuoteCandidate> quotes;
    private readonly List<SpeakerCandidate> candidateList;
    private readonly int[] sentenceOf;
    private readonly int[] quoteOf;
    private readonly int[] paragraphOfSentence;
    private readonly int[] quoteSpeaker;

    private readonly List<TokenRange> sentences;

    public QuoteAttributor(Document document)
    {
        this.document = document;
        tokens = document.Tokens;
        quotes = document.Quotes;
        candidateList = CandidateFinder.Find(document);
        sentences = document.Sentences;
        sentenceOf = ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Count));
        quoteOf = ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Count));
        paragraphOfSentence = ArrayPool<int>.Shared.Rent(Math.Max(1, sentences.Count));
        quoteSpeaker = ArrayPool<int>.Shared.Rent(quotes.Count);
    }

    private Span<SpeakerCandidate> Candidates => CollectionsMarshal.AsSpan(candidateList);

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(sentenceOf);
        ArrayPool<int>.Shared.Return(quoteOf);
        ArrayPool<int>.Shared.Return(paragraphOfSentence);
        ArrayPool<int>.Shared.Return(quoteSpeaker);
    }

    public void Run(CancellationToken cancellationToken)
    {
        BuildMaps();
        for (int q = 0; q < quotes.Count; q++)
        {
            if ((q & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            quoteSpeaker[q] = -1;
            Attribute(q);
            ReportedBy(q);
        }

        PropagateOverParagraphs();
        ExposeSpeakerPronouns();
    }

    /// <summary>
    /// A speaker's pronouns in the sentence of his quote ("When Trump announced his candidacy, he referred to
    /// Mexican immigrants as "criminals"") are mentions of him, whichever mention the attribution went through:
    /// each personal pronoun outside quotes there that resolves to the speaker is added to his references.
    /// </summary>
    private void ExposeSpeakerPronouns()
    {
        for (int q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            int cluster = quote.SpeakerCluster;
            if (cluster < 0 || !quote.IsSpeech || document.Clusters[cluster].Label != EntityLabel.Person)
            {
                continue;
            }

            var sentence = sentences[sentenceOf[quote.OpenToken]];
            for (int i = LowerBound(sentence.Start); i < candidateList.Count && Candidates[i].TokenStart < sentence.End; i++)
            {
                ref var c = ref Candidates[i];
                if (c.Kind == CandidateKind.Pronoun && c.Label == EntityLabel.Person && !c.Plural && c.Gender != Gender.Unknown
                    && !c.InQuote && Resolve(i, q) == cluster)
                {
                    AddReference(cluster, tokens[c.TokenStart].Start, tokens[c.TokenEnd - 1].End, MentionKind.Pronoun);
                }
                else if (c.Kind == CandidateKind.Nominal && c.Label == EntityLabel.Person && !c.Plural && !c.InQuote && Resolve(i, q) == cluster)
                {
                    AddReference(cluster, tokens[c.TokenStart].Start, tokens[c.TokenEnd - 1].End, MentionKind.Nominal);
                }
            }

            // "said Alderman Jason Ervin, who thinks the mayor "needs to listen"": the relative pronoun is the
            // speaker too.
            for (int t = sentence.Start + 1; t < sentence.End; t++)
            {
                if (quoteOf[t] < 0 && document.TokenText(t).Equals("who", StringComparison.Ordinal)
                    && RelativeAntecedent(t, sentence.Start) is int antecedent and >= 0 && Resolve(antecedent, q) == cluster)
                {
                    AddReference(cluster, tokens[t].Start, tokens[t].End, MentionKind.Pronoun);
                }
            }

            // "particularly his warning that Britain would go to the "back of the queue"": a possessive before the
            // quote whose nearest earlier person of its gender in the sentence is the speaker.
            for (int t = sentence.Start; t < quote.OpenToken; t++)
            {
                var word = document.TokenText(t);
                var gender = word.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male
                    : word.Equals("her", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Unknown;
                if (gender != Gender.Unknown && quoteOf[t] < 0 && NearestPersonBefore(t, sentence.Start, gender, q) == cluster)
                {
                    AddReference(cluster, tokens[t].Start, tokens[t].End, MentionKind.Pronoun);
                }
            }
        }
    }

    /// <summary>The cluster of the nearest person before <paramref name="t"/> in its sentence whose gender agrees, or -1.</summary>
    private int NearestPersonBefore(int t, int sentenceStart, Gender gender, int q)
    {
        for (int i = LowerBound(t) - 1; i >= 0 && Candidates[i].TokenStart >= sentenceStart; i--)
        {
            ref var c = ref Candidates[i];
            if (c.InQuote || c.Plural || c.Label != EntityLabel.Person || c.Kind == CandidateKind.Nominal)
            {
                continue;
            }

            int cluster = c.Kind == CandidateKind.Pronoun ? Resolve(i, q) : c.Cluster;
            if (cluster >= 0 && GenderAgrees(ClusterGender(cluster, c.Gender), gender))
            {
                return cluster;
            }
        }

        return -1;
    }

    private void BuildMaps()
    {
        var paragraphs = document.Paragraphs;
        int p = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            for (int t = sentence.Start; t < sentence.End; t++)
            {
                sentenceOf[t] = s;
                quoteOf[t] = -1;
            }

            while (p + 1 < paragraphs.Count && paragraphs[p].End <= sentence.Start)
            {
                p++;
            }

            paragraphOfSentence[s] = p;
        }

        for (int q = 0; q < quotes.Count; q++)
        {
            int last = Math.Min(quotes[q].CloseToken, tokens.Count - 1);
            for (int t = quotes[q].OpenToken; t <= last; t++)
            {
                quoteOf[t] = q;
            }
        }

        foreach (ref var candidate in Candidates)
        {
            candidate.InQuote = quoteOf[candidate.TokenStart] >= 0;
        }
    }

    private void Attribute(int q)
    {
        var quote = quotes[q];
        int openSentence = sentenceOf[quote.OpenToken];
        var sentence = sentences[openSentence];
        if (quote.OpenToken > 0 && document.TokenText(quote.OpenToken - 1).Equals("so-called", StringComparison.OrdinalIgnoreCase))
        {
            quote.IsSpeech = false;
            return;
        }

        // "Fiorina told "Fox and Friends,"", "a co-author of "Those Guys Have All the Fun"": the name of a show or
        // a work where a place or a listener stands, not words spoken. A quote in title case in the headline is a
        // title or a slogan as often, and restates the story's own quote when it is not.
        if (IsTitle(quote) || (paragraphOfSentence[openSentence] == 0 && document.Paragraphs.Count > 1 && TitleCased(quote) && !EndsInCry(quote)))
        {
            quote.IsSpeech = false;
            return;
        }

        // A pronoun and a verb right after the closing mark ("...," he said) name the speaker of this quote even
        // when the sentence also has a cue before it ("X followed up by lamenting: "...," he said"); a name there
        // may be the outlet that reports the whole sentence ("Levy indicated that "...", Channel 5 reported").
        if (quote.Closed && TightAttributionAfter(quote.CloseToken, out int tight, out int tightCue, out int tightEnd)
            && Candidates[tight].Kind == CandidateKind.Pronoun)
        {
            Assign(q, tight, tightCue, tightEnd);
            return;
        }

        // "Polls did predict the caucus - Ann Selzer: "..."": a name set off by a dash before the colon signs the
        // words, as in a newsletter's digest of other writers, whatever verb the line before it has.
        if (quote.OpenToken - 1 > sentence.Start && document.TokenText(quote.OpenToken - 1).Equals(":", StringComparison.Ordinal)
            && SignedAfterDash(quote.OpenToken - 1, sentence.Start) is var (signStart, signEnd) && signEnd > signStart)
        {
            int named = CandidateStartingAt(signStart);
            if (named >= 0 && Candidates[named].TokenEnd == signEnd && Candidates[named].Kind == CandidateKind.Name)
            {
                Assign(q, named, -1, -1);
            }
            else
            {
                quote.SpeakerStart = tokens[signStart].Start;
                quote.SpeakerEnd = tokens[signEnd - 1].End;
            }

            return;
        }

        // "after her March comment that "..."", "his statement on Wednesday that "..."": the words are the
        // content of the possessor's speech, whatever verb governs the phrase ("He was challenged over ...").
        if (PossessedSpeech(quote.OpenToken, sentence.Start, out int owner, out int noun) && AssignOwner(q, owner, noun, sentence.Start))
        {
            return;
        }

        // A cue before the quote in its sentence governs it: "Blinken acknowledged that "..."".
        if (FindCueBefore(quote.OpenToken, sentence.Start, out int cue, out int cueEnd, out var kind))
        {
            if (OpeningParticipleSubject(quote, cue, kind, sentence))
            {
                return;
            }

            GoverningCue(ref cue, ref cueEnd, ref kind, sentence.Start);
            if ((kind & CueKind.Participle) != 0 && q > 0 && quotes[q - 1].SpeakerStart >= 0 && quotes[q - 1].Closed
                && quotes[q - 1].CloseToken < cue && cue - quotes[q - 1].CloseToken <= 2 && SentenceOfQuoteEnd(q - 1) == openSentence)
            {
                // "X told Y that Z "...," adding, "..."": the participle goes on from the quote just before it.
                Copy(q, q - 1);
                quote.CueStart = tokens[cue].Start;
                quote.CueEnd = tokens[cueEnd - 1].End;
                return;
            }

            if (!AssignSubject(q, cue, cueEnd, kind, sentence) && q > 0 && quotes[q - 1].SpeakerStart >= 0 && SentenceOfQuoteEnd(q - 1) == openSentence)
            {
                // "calling it a "paperwork error" that was reported in a "hit piece"": a cue with no speaker of
                // its own leaves the sentence's earlier quote to speak for this one.
                Copy(q, q - 1);
            }

            return;
        }

        bool closed = quote.Closed;
        if (closed)
        {
            var closeSentence = sentences[sentenceOf[quote.CloseToken]];
            int limit = Math.Min(closeSentence.End, quote.CloseToken + 1 + CueLookAhead);
            for (int t = quote.CloseToken + 1; t < limit && quoteOf[t] < 0; t++)
            {
                if (IsCue(t, closeSentence.Start, out kind, out cueEnd)
                    && !((kind & CueKind.Nominal) != 0 && cueEnd < limit && IsCue(cueEnd, closeSentence.Start, out _, out _)))
                {
                    if ((kind & CueKind.Participle) != 0 && !StartsClause(quote.CloseToken + 1, t))
                    {
                        // "... a defense of "New York values," saying ...": the participle's subject is the main
                        // clause's, before the quote.
                        Assign(q, MainSubject(sentence.Start, quote.OpenToken), t, cueEnd);
                        return;
                    }

                    if (t - 1 > quote.CloseToken && Coordinators.TryGetValue(document.TokenText(t - 1), out _)
                        && ClauseSubject(sentence.Start, quote.OpenToken) is int first and >= 0)
                    {
                        // "Trump blamed the shootings on "sickos" and suggested ...": the coordinated verb shares
                        // the subject of the clause before the quote.
                        Assign(q, first, t, cueEnd);
                        return;
                    }

                    int after = SpeakerAfterQuote(quote.CloseToken, t, cueEnd, kind, closeSentence.End);
                    if (after < 0 && DescriptionBetween(quote.CloseToken + 1, t) is var (from, to) && to > from)
                    {
                        AssignDescription(q, from, to, t, cueEnd);
                        return;
                    }

                    if (after < 0 && (kind & CueKind.TakesListener) == 0 && t - quote.CloseToken <= 2
                        && DescriptionAfter(cueEnd, closeSentence.End) is var (from2, to2) && to2 > from2)
                    {
                        AssignDescription(q, from2, to2, t, cueEnd);
                        return;
                    }

                    if (after < 0 && UnknownNameNextTo(quote.CloseToken + 1, t, cueEnd, kind, closeSentence.End) is var (from3, to3) && to3 > from3)
                    {
                        AssignDescription(q, from3, to3, t, cueEnd);
                        return;
                    }

                    Assign(q, after, t, cueEnd);
                    return;
                }
            }

            if (BareAttributionAfter(quote.CloseToken, out int speaker, out cue, out cueEnd))
            {
                Assign(q, speaker, cue, cueEnd);
                return;
            }

            if (TrailingAttribution(quote) is int byline and >= 0)
            {
                Assign(q, byline, -1, -1);
                return;
            }
        }

        if (quote.OpenToken - 1 > sentence.Start && document.TokenText(quote.OpenToken - 1).Equals(":", StringComparison.Ordinal))
        {
            // "Rubio fired back forcefully: "..."": a colon introduces the words of the clause's subject.
            int subject = ClauseSubject(sentence.Start, quote.OpenToken - 1);
            if (subject >= 0)
            {
                Assign(q, subject, -1, -1);
                return;
            }
        }

        // A second quote of a sentence whose first has a speaker: "...," in light of the "...".
        if (q > 0 && quotes[q - 1].SpeakerStart >= 0 && SentenceOfQuoteEnd(q - 1) == openSentence)
        {
            Copy(q, q - 1);
            return;
        }

        // With no cue, a quote inside a sentence whose subject is a person is his wording: "Trump blamed the
        // shootings on "sickos"", "Merkel heralded the deal as a "breakthrough"". Not so in a headline, whose
        // quotes are titles and slogans as often as words, nor for a quote in title case ("The Late Show").
        if (quote.OpenToken > sentence.Start && paragraphOfSentence[openSentence] > 0 && !TitleCased(quote)
            && PersonSubject(sentence.Start, quote.OpenToken) is int person and >= 0)
        {
            Assign(q, person, -1, -1);
            return;
        }

        int paragraph = paragraphOfSentence[openSentence];
        // A quote that opens its sentence, or one too long to be a scare quote, goes on from the sentence before.
        if ((quote.OpenToken == sentence.Start || !ScareQuoteStage.IsShort(tokens, quote)) && openSentence > 0
            && paragraphOfSentence[openSentence - 1] == paragraph && FromEarlierSentence(q, openSentence - 1))
        {
            return;
        }

        if (quote.OpenToken == document.Paragraphs[paragraph].Start && paragraph > 0 && FromPreviousParagraph(q, paragraph - 1))
        {
            return;
        }

        // A quote that opens a later sentence of a paragraph whose earlier quote has a speaker goes on with him,
        // even past a sentence about him (""...," said Maynard. He has worked there 24 years. "...."").
        if ((quote.OpenToken == sentence.Start || !ScareQuoteStage.IsShort(tokens, quote)) && FromEarlierQuoteInParagraph(q, document.Paragraphs[paragraph].Start))
        {
            return;
        }

        if (ScareQuoteStage.IsShort(tokens, quote))
        {
            quote.IsSpeech = false;
        }
    }

    /// <summary>
    /// A noun of speech owned by a possessive ("her claim", "Trump's March comment") whose "that" clause holds the
    /// quote: "her claim that she "never sent ..."". The owner is the possessive determiner or the "'s" token.
    /// </summary>
    private bool PossessedSpeech(int openToken, int sentenceStart, out int owner, out int noun)
    {
        owner = noun = -1;
        for (int k = openToken - 1; k > sentenceStart && openToken - k <= 4 && quoteOf[k] < 0; k--)
        {
            if (!document.TokenText(k).Equals("that", StringComparison.Ordinal))
            {
                continue;
            }

            for (int n = k - 1; n > sentenceStart && k - n <= 4 && quoteOf[n] < 0; n--)
            {
                if (!ReportingVerbs.IsSpeechNoun(document.TokenText(n)))
                {
                    continue;
                }

                // The owner stands right before the noun or before one modifier ("her March comment").
                for (int o = n - 1; o >= sentenceStart && n - o <= 2; o--)
                {
                    if (IsPossessive(o) || PossessiveDeterminers.TryGetValue(document.TokenText(o), out _))
                    {
                        owner = o;
                        noun = n;
                        return true;
                    }
                }

                return false;
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// Credits a quote to the owner of a noun of speech: the name before "'s", or "his"/"her" and the person of
    /// the sentence it stands for. Returns false, crediting nothing, when the owner is neither.
    /// </summary>
    private bool AssignOwner(int q, int owner, int noun, int sentenceStart)
    {
        if (IsPossessive(owner))
        {
            int named = CandidateEndingAt(owner);
            if (named < 0)
            {
                return false;
            }

            Assign(q, named, noun, noun + 1);
            return true;
        }

        var word = document.TokenText(owner);
        var gender = word.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male
            : word.Equals("her", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Unknown;
        int cluster = gender == Gender.Unknown ? -1 : NearestPersonBefore(owner, sentenceStart, gender, q);
        if (cluster < 0)
        {
            return false;
        }

        var quote = quotes[q];
        quote.CueStart = tokens[noun].Start;
        quote.CueEnd = tokens[noun].End;
        quote.SpeakerStart = tokens[owner].Start;
        quote.SpeakerEnd = tokens[owner].End;
        quote.SpeakerCluster = cluster;
        AddReference(cluster, quote.SpeakerStart, quote.SpeakerEnd, MentionKind.Pronoun);
        return true;
    }

    /// <summary>
    /// The one to four capitalized words between a dash and the colon at <paramref name="colon"/> ("... - Philip
    /// Bump:"), or an empty range.
    /// </summary>
    private (int From, int To) SignedAfterDash(int colon, int sentenceStart)
    {
        int from = colon;
        while (from - 1 > sentenceStart && colon - from < 4 && tokens[from - 1].Kind == TokenKind.Word && quoteOf[from - 1] < 0
            && char.IsUpper(document.TokenText(from - 1)[0]))
        {
            from--;
        }

        return from < colon && from - 1 > sentenceStart && IsDash(from - 1) ? (from, colon) : default;
    }

    /// <summary>
    /// A participle that opens the sentence and runs on into the quote has the subject of the main clause that
    /// follows the quote: "Acknowledging that the plan "has flaws," though, Levy said ...", "Recalling "the
    /// hard years" the statement urged ...". Returns whether that subject was assigned.
    /// </summary>
    private bool OpeningParticipleSubject(QuoteCandidate quote, int cue, CueKind kind, TokenRange sentence)
    {
        if ((kind & CueKind.Participle) == 0 || (kind & CueKind.SpeakerAfter) != 0 || cue != sentence.Start || !quote.Closed)
        {
            return false;
        }

        for (int t = cue + 1; t < quote.OpenToken; t++)
        {
            if (IsComma(t) || quoteOf[t] >= 0)
            {
                return false;
            }
        }

        // The main clause starts after the quote, past a comma and a sentence adverb ("though,").
        int start = quote.CloseToken + 1;
        for (int steps = 0; start < sentence.End && steps < 3 && (IsComma(start) || SentenceAdverbs.TryGetValue(document.TokenText(start), out _)); steps++)
        {
            start++;
        }

        int q = quoteOf[quote.OpenToken];
        int c = start < sentence.End && quoteOf[start] < 0 ? CandidateStartingAt(start) : -1;
        if (c >= 0 && !Candidates[c].InQuote && Candidates[c].Kind is CandidateKind.Name or CandidateKind.Pronoun or CandidateKind.Nominal
            && (Candidates[c].Kind != CandidateKind.Name || Candidates[c].Label != EntityLabel.Location)
            && Candidates[c].TokenEnd < sentence.End && IsVerbAfterSubject(Candidates[c].TokenEnd))
        {
            Assign(q, c, cue, cue + 1);
            return true;
        }

        if (DescriptionAfter(start, sentence.End) is var (from, to) && to > from && to < sentence.End && IsVerbAfterSubject(to))
        {
            AssignDescription(q, from, to, cue, cue + 1);
            return true;
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="t"/> can be the verb of a subject before it: a lower-case word that is no function word.</summary>
    private bool IsVerbAfterSubject(int t)
    {
        var word = document.TokenText(t);
        return tokens[t].Kind == TokenKind.Word && char.IsLower(word[0]) && !IsDeterminer(word) && !Prepositions.TryGetValue(word, out _)
            && !Coordinators.TryGetValue(word, out _);
    }

    private static readonly SpanWordTable<bool> SentenceAdverbs = Words("though", "however", "too", "then");

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
        for (int t = close + 2; t < limit && quoteOf[t] < 0; t++)
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

            int c = CandidateStartingAt(IsDeterminer(word) ? t + 1 : t);
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
        int first = at < limit && IsDeterminer(document.TokenText(at)) ? at + 1 : at;
        int c = CandidateStartingAt(first);
        if (c >= 0 && !Candidates[c].InQuote && Candidates[c].Kind is CandidateKind.Name or CandidateKind.Nominal)
        {
            Assign(q, c, cue, cueEnd);
            return;
        }

        if (DescriptionAfter(at, sentenceEnd, modifierAllowed: true) is var (from, to) && to > from)
        {
            AssignDescription(q, from, to, cue, cueEnd);
        }
    }

    /// <summary>
    /// Moves from a cue inside a reported clause to the cue that reports it: in "Yepez said Perez was right to urge
    /// leaders "to stand up"" the words are credited to Yepez. A cue counts as reported when an earlier plain
    /// verb cue of the sentence, after its own subject, opens a clause ("that", or a name or pronoun right after
    /// it) whose subject stands between them; clauses parted by a comma or a semicolon or joined by a coordinator
    /// or a relative pronoun are not nested, and neither is anything after another quote.
    /// </summary>
    private void GoverningCue(ref int cue, ref int cueEnd, ref CueKind kind, int sentenceStart)
    {
        // "According to ProPublica, Clinton praised her "wonderful donors"": the source that opens the sentence
        // reports all of it.
        if (cue > sentenceStart + 2 && (kind & CueKind.SpeakerAfter) == 0
            && document.TokenText(sentenceStart).Equals("According", StringComparison.Ordinal)
            && IsCue(sentenceStart, sentenceStart, out var according, out int accordingEnd) && (according & CueKind.SpeakerAfter) != 0)
        {
            cue = sentenceStart;
            cueEnd = accordingEnd;
            kind = according;
            return;
        }

        bool subjectBetween = false;
        for (int t = cue - 1, steps = 0; t >= sentenceStart && steps < CueLookBehind; t--, steps++)
        {
            if (quoteOf[t] >= 0 || IsTerminal(t))
            {
                return;
            }

            var word = document.TokenText(t);
            // A comma closes a clause of its own ("After Brown criticized him, Clinton shot back, "..."").
            if (word.Equals(";", StringComparison.Ordinal) || word.Equals(":", StringComparison.Ordinal) || IsComma(t)
                || (tokens[t].Kind == TokenKind.Word && (Coordinators.TryGetValue(word, out _) || IsRelative(t) && !word.Equals("that", StringComparison.Ordinal))))
            {
                return;
            }

            if (CandidateStartingAt(t) >= 0 && !IsPrepositionObject(t))
            {
                subjectBetween = true;
            }

            if (subjectBetween && t < cue - 1 && IsCue(t, sentenceStart, out var outer, out int outerEnd) && PlainVerb(outer & ~CueKind.TakesListener)
                && (outer & CueKind.NeedsParticle) == 0 && RelativeSubject(t, sentenceStart) < 0 && !IsInfinitive(t)
                && t > sentenceStart && !IsComma(t - 1) && outerEnd < cue
                && (document.TokenText(outerEnd).Equals("that", StringComparison.Ordinal) || StartsSubject(outerEnd)))
            {
                cue = t;
                cueEnd = outerEnd;
                kind = outer;
                subjectBetween = false;
            }
        }
    }

    /// <summary>
    /// The end of what stands before a parenthesis closing right before <paramref name="end"/> ("Claire McCaskill
    /// (D-Mo.),"), or <paramref name="end"/> itself.
    /// </summary>
    private int BeforeParenthesis(int end, int sentenceStart)
    {
        if (end - 1 <= sentenceStart || !document.TokenText(end - 1).Equals(")", StringComparison.Ordinal))
        {
            return end;
        }

        for (int t = end - 2; t > sentenceStart && end - t <= 8; t--)
        {
            if (document.TokenText(t).Equals("(", StringComparison.Ordinal))
            {
                return t;
            }
        }

        return end;
    }

    /// <summary>The first plain verb cue in [<paramref name="from"/>, <paramref name="to"/>) outside quotes, or -1.</summary>
    private int FirstPlainCue(int from, int to)
    {
        for (int t = Math.Max(from, to - CueLookBehind); t < to; t++)
        {
            if (quoteOf[t] < 0 && IsCue(t, from, out var kind, out _) && PlainVerb(kind & ~CueKind.TakesListener) && (kind & CueKind.NeedsParticle) == 0)
            {
                return t;
            }
        }

        return -1;
    }

    private bool IsInfinitive(int t) => t > 0 && document.TokenText(t - 1).Equals("to", StringComparison.Ordinal);

    /// <summary>The nearest cue before <paramref name="openToken"/> in its sentence, skipping other quotes.</summary>
    private bool FindCueBefore(int openToken, int sentenceStart, out int cue, out int cueEnd, out CueKind kind)
    {
        int t = openToken - 1;
        for (int steps = 0; t >= sentenceStart && steps < CueLookBehind; steps++)
        {
            if (quoteOf[t] >= 0)
            {
                t = quotes[quoteOf[t]].OpenToken - 1;
                continue;
            }

            // A speech noun points at a speaker only through its possessor ("Blinken's remarks"); "in a written
            // statement" leaves the verb to find.
            if (IsCue(t, sentenceStart, out kind, out cueEnd) && ((kind & CueKind.Nominal) == 0 || (t > 0 && IsPossessive(t - 1))))
            {
                cue = t;
                return true;
            }

            // "called Obama a "petulant child"": naming someone just before the quote is speaking of him.
            if (openToken - t <= 10 && IsCallVerb(t) && (t == 0 || !IsDeterminer(document.TokenText(t - 1))))
            {
                cue = t;
                cueEnd = t + 1;
                kind = document.TokenText(t).EndsWith("ing", StringComparison.Ordinal) ? CueKind.Verb | CueKind.Participle : CueKind.Verb;
                return true;
            }

            t--;
        }

        cue = cueEnd = -1;
        kind = CueKind.None;
        return false;
    }

    private bool IsCue(int t, int sentenceStart, out CueKind kind, out int cueEnd)
    {
        kind = CueKind.None;
        cueEnd = t + 1;
        if (tokens[t].Kind != TokenKind.Word || quoteOf[t] >= 0)
        {
            return false;
        }

        var word = document.TokenText(t);
        if (!ReportingVerbs.Table.TryGetValue(word, out kind))
        {
            return false;
        }

        // Capitalized inside a sentence, the word is a name ("United States", "Said").
        if (char.IsUpper(word[0]) && t != sentenceStart && !IsOpeningMark(t - 1))
        {
            return false;
        }

        if (InsideName(t))
        {
            return false;
        }

        if ((kind & CueKind.AlsoNoun) != 0 && t > 0 && !VerbContext(t - 1))
        {
            // "claims", "questions", "reports" are nouns unless a subject, an auxiliary or "to" stands before them.
            return false;
        }

        if ((kind & CueKind.NeedsParticle) != 0)
        {
            if (t + 1 < tokens.Count && IsParticle(document.TokenText(t + 1)))
            {
                cueEnd = t + 2;
            }
            else if (!(word.StartsWith("call", StringComparison.OrdinalIgnoreCase) && t + 1 < tokens.Count && IsObjectPronoun(document.TokenText(t + 1))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Assigns the speaker a cue points at (<see cref="SubjectOf"/>); when the cue's subject is a relative "who"
    /// ("Rubio, who mused that "..."") the speaker is its antecedent and the mention is the pronoun, the word that
    /// stands for the speaker in the cue's own clause. Returns whether a speaker was found.
    /// </summary>
    private bool AssignSubject(int q, int cue, int cueEnd, CueKind kind, TokenRange sentence)
    {
        int who = (kind & CueKind.SpeakerAfter) == 0 ? RelativeSubject(cue, sentence.Start) : -1;
        int antecedent = who >= 0 ? RelativeAntecedent(who, sentence.Start) : -1;
        if (who >= 0 && antecedent < 0)
        {
            // "said one Democrat familiar with the talks, who added that ...": the antecedent is no candidate, but
            // "who" stands for the speaker in the cue's own clause all the same.
            int before = SubjectOf(cue, cueEnd, kind, sentence);
            Assign(q, before >= 0 && Candidates[before].TokenStart < who ? before : -1, cue, cueEnd);
            quotes[q].SpeakerStart = tokens[who].Start;
            quotes[q].SpeakerEnd = tokens[who].End;
            return true;
        }

        if (antecedent < 0)
        {
            int speaker = SubjectOf(cue, cueEnd, kind, sentence);
            // "The email said, "..."", "Another tweeted, "..."": a subject that names no person is still the source,
            // and it outranks a name after the cue, which is then its object ("the ad said Trump "..."").
            if ((speaker < 0 || (Candidates[speaker].TokenStart >= cueEnd && (kind & CueKind.SpeakerAfter) == 0))
                && (kind & (CueKind.SpeakerAfter | CueKind.Nominal)) == 0
                && DescriptionBefore(cue, sentence.Start) is var (from, to) && to > from)
            {
                AssignDescription(q, from, to, cue, cueEnd);
                return true;
            }

            Assign(q, speaker, cue, cueEnd);
            return speaker >= 0;
        }

        Assign(q, antecedent, cue, cueEnd);
        quotes[q].SpeakerStart = tokens[who].Start;
        quotes[q].SpeakerEnd = tokens[who].End;
        return true;
    }

    /// <summary>The relative "who", "which" or "that" that is the subject of a cue ("who also said", "which notes", "a message that said"), or -1.</summary>
    private int RelativeSubject(int cue, int sentenceStart)
    {
        if (cue - 1 <= sentenceStart || PassiveAuxiliaries.TryGetValue(document.TokenText(cue - 1), out _))
        {
            return -1;
        }

        // Adverbs, auxiliaries and a short phrase may stand between them ("who has in the past described", "who,
        // on a call Friday, criticized"); a name or a pronoun there is the verb's own subject ("whom Levy called").
        for (int k = cue - 1; k > sentenceStart && cue - k <= RelativeGap && quoteOf[k] < 0; k--)
        {
            var word = document.TokenText(k);
            if (word.Equals("who", StringComparison.Ordinal))
            {
                return k;
            }

            // "the report, which notes", "a message that said": a "which" or "that" right before the verb (past
            // auxiliaries), after a noun, is its relative subject; after a verb "that" opens a clause ("argued
            // that"), and after a preposition "which" is an object ("to which 21 percent said").
            if ((word.Equals("which", StringComparison.Ordinal) || word.Equals("that", StringComparison.Ordinal))
                && AuxiliariesOnly(k + 1, cue) && tokens[k - 1].Kind is TokenKind.Word or TokenKind.Punctuation
                && !IsCueWord(k - 1) && !AdverbsAndAuxiliaries.TryGetValue(document.TokenText(k - 1), out _)
                && !Prepositions.TryGetValue(document.TokenText(k - 1), out _)
                && (word[0] == 'w' || tokens[k - 1].Kind == TokenKind.Word))
            {
                return k;
            }

            if (tokens[k].Kind == TokenKind.Punctuation ? !IsComma(k) : IsCueWord(k) || IsRelative(k) || StartsSubject(k))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool AuxiliariesOnly(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!AdverbsAndAuxiliaries.TryGetValue(document.TokenText(t), out _))
            {
                return false;
            }
        }

        return true;
    }

    private bool StartsSubject(int t)
    {
        int c = CandidateStartingAt(t);
        return c >= 0 && Candidates[c].Kind is CandidateKind.Name or CandidateKind.Pronoun;
    }

    /// <summary>The person a relative "who" stands for: the name or description just before it, across a comma.</summary>
    private int RelativeAntecedent(int who, int sentenceStart)
    {
        int end = who;
        if (end - 1 > sentenceStart && IsComma(end - 1))
        {
            end--;
        }

        int c = CandidateEndingAt(end);
        if (c < 0 || Candidates[c].Kind == CandidateKind.Pronoun)
        {
            return -1;
        }

        // "Sen. Marco Rubio of Florida, who": the person before the "of" phrase, not the place.
        if (IsPlace(c) && Candidates[c].TokenStart - 1 > sentenceStart && document.TokenText(Candidates[c].TokenStart - 1).Equals("of", StringComparison.Ordinal))
        {
            int owner = CandidateEndingAt(Candidates[c].TokenStart - 1);
            if (owner >= 0 && Candidates[owner].IsPersonName)
            {
                return owner;
            }
        }

        return c;
    }

    /// <summary>The speaker a cue before a quote points at: its subject, its agent, or what follows it.</summary>
    private int SubjectOf(int cue, int cueEnd, CueKind kind, TokenRange sentence)
    {
        if ((kind & CueKind.SpeakerAfter) != 0)
        {
            return FirstCandidate(cueEnd, cueEnd + 5, sentence.End, preferPerson: false);
        }

        if (cueEnd < sentence.End && document.TokenText(cueEnd).Equals("by", StringComparison.Ordinal))
        {
            int agent = FirstCandidate(cueEnd + 1, cueEnd + 10, sentence.End, preferPerson: true);
            if (agent >= 0)
            {
                return agent;
            }
        }

        if ((kind & CueKind.Participle) != 0 && cue > sentence.Start
            && (IsComma(cue - 1) || ParticipleLinks.TryGetValue(document.TokenText(cue - 1), out _)))
        {
            // "..., adding that", "..., before insisting": the subject of the main clause, not the nearest noun;
            // the subject of its reporting verb when it has one ("Alongside X, a strategist said ..., saying").
            int mainCue = FirstPlainCue(sentence.Start, cue);
            int main = mainCue >= 0 ? NearestBefore(mainCue, sentence.Start, possessorAllowed: false) : -1;
            if (main < 0)
            {
                main = MainSubject(sentence.Start, cue);
            }

            if (main >= 0)
            {
                return main;
            }
        }

        int k = cue - 1;
        bool passive = false;
        while (k >= sentence.Start && IsAdverbOrAuxiliary(k))
        {
            passive |= PassiveAuxiliaries.TryGetValue(document.TokenText(k), out _);
            k--;
        }

        if (passive && (kind & (CueKind.Nominal | CueKind.Participle)) == 0 && !document.TokenText(cue).EndsWith("ing", StringComparison.Ordinal))
        {
            // "Blumenthal was asked": the subject is the listener; only a "by" agent (handled above) speaks.
            return -1;
        }

        if (k > sentence.Start && IsComma(k))
        {
            // "Dr Ghassan Khatib, former PA minister, told": the name before the apposition.
            // The apposition may hold commas of its own ("Clinton, at a meeting in Columbus, Ohio, said") or a
            // relative clause ("Trump, who ..., said"): the first person named before one of its commas.
            for (int c = k - 1; c >= Math.Max(sentence.Start, k - AppositionTokens) && quoteOf[c] < 0; c--)
            {
                if (IsComma(c))
                {
                    int before = CandidateEndingAt(BeforeParenthesis(c, sentence.Start));
                    if (before >= 0 && (Candidates[before].IsPersonName || Candidates[before].Kind == CandidateKind.Pronoun))
                    {
                        return before;
                    }
                }
            }
        }

        if (k >= sentence.Start && Coordinators.TryGetValue(document.TokenText(k), out _))
        {
            // "X said ... but added", "X lamented ... and revealed": the first verb's subject, found before the
            // sentence's first cue when there is one ("In an interview with Y, X said ... and added").
            int firstCue = FirstPlainCue(sentence.Start, k);
            int first = firstCue >= 0 ? NearestBefore(firstCue, sentence.Start, possessorAllowed: false) : -1;
            if (first < 0)
            {
                first = MainSubject(AfterOpeningSubordinateClause(sentence.Start, k), k);
            }

            if (first >= 0)
            {
                return first;
            }
        }

        int nearest = NearestBefore(cue, sentence.Start, possessorAllowed: (kind & CueKind.Nominal) != 0);
        return nearest >= 0 || (kind & CueKind.TakesListener) != 0 ? nearest : FirstCandidate(cueEnd, cueEnd + 4, sentence.End, preferPerson: false);
    }

    /// <summary>
    /// The subject of a sentence's main clause: its first candidate that is neither inside a quote, nor the object
    /// of a preposition, nor a possessor, nor an organization naming the person right after it ("Hamas spokesman
    /// Hazem Qassem").
    /// </summary>
    private int MainSubject(int sentenceStart, int limit)
    {
        for (int i = LowerBound(sentenceStart); i < candidateList.Count && Candidates[i].TokenStart < limit; i++)
        {
            var c = Candidates[i];
            if (c.InQuote || c.TokenEnd > limit || (c.Kind != CandidateKind.Pronoun && c.TokenEnd < tokens.Count && IsPossessive(c.TokenEnd))
                || IsPrepositionObject(c.TokenStart) || IsSetOffPlace(i, sentenceStart))
            {
                continue;
            }

            if (c.Kind == CandidateKind.Name && c.Label != EntityLabel.Person && i + 1 < candidateList.Count
                && Candidates[i + 1].IsPersonName && Candidates[i + 1].TokenStart - c.TokenEnd <= 2)
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>
    /// Where the main clause starts when the sentence opens with a subordinate clause ("When asked whom she
    /// supported, Ms. Sherry smiled and said"): after that clause's comma, if one comes before
    /// <paramref name="limit"/>.
    /// </summary>
    private int AfterOpeningSubordinateClause(int sentenceStart, int limit)
    {
        var first = document.TokenText(sentenceStart);
        if (tokens[sentenceStart].Kind != TokenKind.Word || !char.IsUpper(first[0]) || !Subordinators.TryGetValue(first, out _))
        {
            return sentenceStart;
        }

        for (int t = sentenceStart + 1; t < limit && t - sentenceStart <= CueLookBehind; t++)
        {
            if (quoteOf[t] < 0 && IsComma(t))
            {
                return t + 1;
            }
        }

        return sentenceStart;
    }

    /// <summary>
    /// Whether a place name is set off by punctuation where a subject never stands: a dateline ("WASHINGTON, Dec.
    /// 8 --", "Washington (AFP) --") or the state after a city ("At a rally in Portsmouth, N.H., on Tuesday,").
    /// </summary>
    private bool IsSetOffPlace(int candidate, int sentenceStart)
    {
        var c = Candidates[candidate];
        if (!IsPlace(candidate) || c.TokenEnd >= tokens.Count)
        {
            return false;
        }

        bool setOffAfter = IsComma(c.TokenEnd) || document.TokenText(c.TokenEnd).Equals("(", StringComparison.Ordinal);
        return setOffAfter && (c.TokenStart == sentenceStart || IsComma(c.TokenStart - 1));
    }

    /// <summary>
    /// The subject of the clause that ends at <paramref name="limit"/>: after the last ", but", ", and" or
    /// semicolon when a subject follows it ("Reid said ..., but he gave him a compliment:"), else the sentence's.
    /// </summary>
    private int ClauseSubject(int sentenceStart, int limit)
    {
        for (int t = limit - 1; t > sentenceStart && limit - t <= CueLookBehind; t--)
        {
            if (quoteOf[t] >= 0)
            {
                continue;
            }

            bool boundary = document.TokenText(t).Equals(";", StringComparison.Ordinal)
                || (IsComma(t) && t + 1 < limit && Coordinators.TryGetValue(document.TokenText(t + 1), out _));
            if (boundary && MainSubject(t + 1, limit) is int subject and >= 0)
            {
                return subject;
            }

            if (IsComma(t) && t + 2 < limit && Subordinators.TryGetValue(document.TokenText(t + 1), out _)
                && CandidateStartingAt(t + 2) is int own and >= 0 && Candidates[own].Kind == CandidateKind.Pronoun)
            {
                return own;
            }
        }

        int main = MainSubject(sentenceStart, limit);
        return main >= 0 && FrontedClausePronoun(Candidates[main].TokenEnd, limit) is int pronoun and >= 0 ? pronoun : main;
    }

    /// <summary>
    /// A personal pronoun right after a comma between <paramref name="from"/> and <paramref name="limit"/>, or -1:
    /// the subject of a main clause that follows a fronted one ("When Trump announced his candidacy, he referred
    /// to ...", "Last year, he played down ..."), where the first name of the sentence is no subject of the verb.
    /// </summary>
    private int FrontedClausePronoun(int from, int limit)
    {
        int found = -1;
        for (int i = LowerBound(from); i < candidateList.Count && Candidates[i].TokenStart < limit; i++)
        {
            var c = Candidates[i];
            if (c.Kind == CandidateKind.Pronoun && c.Label == EntityLabel.Person && !c.InQuote && c.TokenStart > 0 && IsComma(c.TokenStart - 1))
            {
                found = i;
            }
        }

        return found;
    }

    /// <summary>The sentence's main subject when it is a person's name or a personal pronoun before <paramref name="limit"/>, else -1.</summary>
    private int PersonSubject(int sentenceStart, int limit)
    {
        int subject = ClauseSubject(sentenceStart, limit);
        if (subject < 0)
        {
            return -1;
        }

        var c = Candidates[subject];
        return c.IsPersonName || (c.Kind == CandidateKind.Pronoun && c.Label == EntityLabel.Person && !c.Plural && c.Gender != Gender.Unknown) ? subject : -1;
    }

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

        if (t >= tokens.Count || quoteOf[t] >= 0)
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

        int sentenceStart = sentences[sentenceOf[t]].Start;
        int c = CandidateStartingAt(t);
        if (c >= 0 && Candidates[c].Kind is CandidateKind.Name or CandidateKind.Pronoun && !Candidates[c].InQuote)
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
                speaker = after;
                cue = t;
                cueEnd = end2;
                return true;
            }
        }

        return false;
    }

    private static bool PlainVerb(CueKind kind) =>
        (kind & (CueKind.Nominal | CueKind.Participle | CueKind.TakesListener | CueKind.SpeakerAfter)) == 0;

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
        return (kind & CueKind.TakesListener) != 0 ? -1
            : FirstCandidate(cueEnd, cueEnd + 5, sentenceEnd, preferPerson: false, subjectsOnly: (kind & CueKind.SpeakerAfter) == 0);
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
            return after >= 0 && Candidates[after].TokenStart == cueEnd ? after : -1;
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
        if (c < 0 || !Candidates[c].IsPersonName)
        {
            return -1;
        }

        int end = Candidates[c].TokenEnd;
        bool signed = end >= paragraph.End || (IsTerminal(end) && end + 1 >= paragraph.End);
        return signed || IsComma(end) || document.TokenText(end).Equals("(", StringComparison.Ordinal) ? c : -1;
    }

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
        if (FromLastCue(q, start, range.End, default))
        {
            return true;
        }

        // "He then listed the qualities he looks for:" — a paragraph that ends in a colon introduces the words
        // of its last sentence's subject.
        int last = range.End - 1;
        if (last > range.Start && quoteOf[last] < 0 && document.TokenText(last).Equals(":", StringComparison.Ordinal))
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

    private void Assign(int q, int candidate, int cue, int cueEnd)
    {
        var quote = quotes[q];
        if (cue >= 0)
        {
            quote.CueStart = tokens[cue].Start;
            quote.CueEnd = tokens[cueEnd - 1].End;
        }

        if (candidate < 0)
        {
            return;
        }

        ref var c = ref Candidates[candidate];
        quote.SpeakerStart = tokens[c.TokenStart].Start;
        quote.SpeakerEnd = tokens[c.TokenEnd - 1].End;
        quote.SpeakerCluster = Resolve(candidate, q);
        quoteSpeaker[q] = candidate;
        if (quote.SpeakerCluster >= 0 && c.Kind is CandidateKind.Pronoun or CandidateKind.Nominal)
        {
            AddReference(quote.SpeakerCluster, quote.SpeakerStart, quote.SpeakerEnd,
                c.Kind == CandidateKind.Pronoun ? MentionKind.Pronoun : MentionKind.Nominal);
        }
    }

    /// <summary>
    /// A noun phrase with an article between a quote and its cue whose head is no known person noun ("..." the
    /// gambling tycoon told Reuters): the speaker is what it describes.
    /// </summary>
    private (int From, int To) DescriptionBetween(int from, int cue)
    {
        while (from < cue && tokens[from].Kind == TokenKind.Punctuation)
        {
            from++;
        }

        if (from >= cue || cue - from > 7 || !DescriptionDeterminers.TryGetValue(document.TokenText(from), out bool standsAlone)
            || (cue == from + 1 && !standsAlone))
        {
            return default;
        }

        for (int t = from + 1; t < cue; t++)
        {
            if (!DescriptionWord(t))
            {
                return default;
            }
        }

        return (from, cue);
    }

    /// <summary>
    /// A noun phrase that opens a clause and ends right before a cue (adverbs and auxiliaries aside) and that no
    /// candidate covers: "The email said", "one user wrote", "Another tweeted". Nothing when the cue is passive.
    /// </summary>
    private (int From, int To) DescriptionBefore(int cue, int sentenceStart)
    {
        int k = cue - 1;
        while (k >= sentenceStart && IsAdverbOrAuxiliary(k))
        {
            if (PassiveAuxiliaries.TryGetValue(document.TokenText(k), out _))
            {
                return default;
            }

            k--;
        }

        // "The email went on to say": the subject of the phrase that carries the verb.
        if (k - 3 >= sentenceStart && document.TokenText(k).Equals("to", StringComparison.Ordinal)
            && document.TokenText(k - 1).Equals("on", StringComparison.Ordinal) && document.TokenText(k - 2) is "went" or "goes" or "go")
        {
            k -= 3;
        }

        int end = k + 1;
        if (k >= sentenceStart && CapitalizedRunBefore(end, sentenceStart) is int name and >= 0)
        {
            // "Brafman said, "..."": a name the recognizer missed, alone before the cue.
            return (name, end);
        }

        for (int t = k; t >= sentenceStart && end - t <= 7 && quoteOf[t] < 0; t--)
        {
            var word = document.TokenText(t);
            if (DescriptionDeterminers.TryGetValue(word, out bool standsAlone))
            {
                bool opensClause = t == sentenceStart || IsComma(t - 1) || IsOpeningMark(t - 1) || IsDash(t - 1)
                    || Coordinators.TryGetValue(document.TokenText(t - 1), out _) || Subordinators.TryGetValue(document.TokenText(t - 1), out _);
                return opensClause && (t < k || standsAlone) ? (t, end) : default;
            }

            // A cue word that is also a noun may be the head ("The email said"); any other verb ends the search.
            if (!DescriptionWord(t) || Prepositions.TryGetValue(word, out _) || AdverbsAndAuxiliaries.TryGetValue(word, out _) || IsPlainCueWord(t))
            {
                return default;
            }
        }

        return default;
    }

    /// <summary>
    /// The start of a run of one to three capitalized words ending at <paramref name="end"/> that opens a clause
    /// and is the whole subject, or -1; only a word the sentence starts with may be a common word capitalized.
    /// </summary>
    private int CapitalizedRunBefore(int end, int sentenceStart)
    {
        int start = end;
        while (start - 1 >= sentenceStart && end - start < 3 && tokens[start - 1].Kind == TokenKind.Word && quoteOf[start - 1] < 0
            && char.IsUpper(document.TokenText(start - 1)[0]) && !IsCueWord(start - 1) && !IsDeterminer(document.TokenText(start - 1))
            && !Prepositions.TryGetValue(document.TokenText(start - 1), out _) && !IsAdverbOrAuxiliary(start - 1)
            && !(start - 1 == sentenceStart && CommonCapitalized(start - 1)))
        {
            start--;
        }

        if (start == end || CandidateStartingAt(start) >= 0)
        {
            return -1;
        }

        // "When Maddow asked": a subordinator that starts the sentence opens the clause too.
        bool opensClause = start == sentenceStart || IsComma(start - 1) || IsOpeningMark(start - 1) || IsDash(start - 1)
            || (start - 1 == sentenceStart && CommonCapitalized(start - 1));
        return opensClause && start < end ? start : -1;
    }

    private bool CommonCapitalized(int t)
    {
        var word = document.TokenText(t);
        return FunctionWordsCapitalized.TryGetValue(word, out _) || (word.Length > 3 && word.EndsWith("ly", StringComparison.Ordinal));
    }

    private static readonly SpanWordTable<bool> FunctionWordsCapitalized = Words(
        "it", "they", "he", "she", "we", "i", "you", "who", "this", "that", "there", "here", "what", "which", "but", "and",
        "so", "yet", "then", "also", "officials", "experts", "critics", "analysts", "others", "some", "many", "people", "sources",
        "when", "after", "before", "why", "how", "where", "as", "while", "if", "because", "since", "although", "though",
        "once", "until", "unless", "whether", "meanwhile", "still", "now", "today", "yesterday", "however", "instead", "later");

    /// <summary>A word of a description: a word, a number or the hyphen of "43-year-old".</summary>
    private bool DescriptionWord(int t) =>
        tokens[t].Kind is TokenKind.Word or TokenKind.Number || (tokens[t].Length == 1 && document.Text[tokens[t].Start] == '-');

    /// <summary>
    /// A run of capitalized words that the recognizer left out (or typed as neither person nor organization)
    /// standing alone between a quote and its cue (""...," Tiegen said") or right after an inverted cue
    /// (""...," said Tiegen"): a name all the same.
    /// </summary>
    private (int From, int To) UnknownNameNextTo(int from, int cue, int cueEnd, CueKind kind, int sentenceEnd)
    {
        while (from < cue && tokens[from].Kind == TokenKind.Punctuation)
        {
            from++;
        }

        if (from < cue)
        {
            return CapitalizedRun(from, cue) == cue ? (from, cue) : default;
        }

        if ((kind & CueKind.TakesListener) != 0 || cueEnd >= sentenceEnd)
        {
            return default;
        }

        int end = CapitalizedRun(cueEnd, sentenceEnd);
        return end > cueEnd && (end >= sentenceEnd || tokens[end].Kind == TokenKind.Punctuation) ? (cueEnd, end) : default;
    }

    /// <summary>The end of the run of at most four capitalized words (no cue, no pronoun) starting at <paramref name="from"/>.</summary>
    private int CapitalizedRun(int from, int limit)
    {
        int t = from;
        while (t < limit && t - from < 4 && tokens[t].Kind == TokenKind.Word && quoteOf[t] < 0)
        {
            var word = document.TokenText(t);
            bool abbreviation = word.Length > 1 && word[^1] == '.';
            if (!char.IsUpper(word[0]) || (!abbreviation && IsCueWord(t)) || IsDeterminer(word) || Prepositions.TryGetValue(word, out _))
            {
                break;
            }

            t++;
        }

        return t;
    }

    /// <summary>An article phrase right after an inverted cue ("..., said the 46-year-old."), up to punctuation.</summary>
    private (int From, int To) DescriptionAfter(int from, int sentenceEnd, bool modifierAllowed = false)
    {
        if (from >= sentenceEnd || !DescriptionDeterminers.TryGetValue(document.TokenText(from), out _))
        {
            return default;
        }

        int to = from + 1;
        while (to < sentenceEnd && to - from < 7 && DescriptionWord(to)
            && !Prepositions.TryGetValue(document.TokenText(to), out _) && !IsPlainCueWord(to) && !IsRelative(to))
        {
            to++;
        }

        // An indefinite phrase, or one after "according to", may go on with a modifier ("said one Democrat familiar
        // with the talks, who ..."): its head comes first, so what stands before a preposition or a relative
        // pronoun is enough. Any other must end the clause, or it is the object of a verb ("..., denounced her
        // record as secretary").
        bool indefinite = DescriptionDeterminers.TryGetValue(document.TokenText(from), out bool standsAlone) && standsAlone;
        bool ends = to >= sentenceEnd || tokens[to].Kind == TokenKind.Punctuation
            || ((indefinite || modifierAllowed) && (Prepositions.TryGetValue(document.TokenText(to), out _) || IsRelative(to)));
        return to > from + 1 && ends ? (from, to) : default;
    }

    /// <summary>Whether a candidate (a new subject) stands between a quote and a later cue.</summary>
    private bool StartsClause(int from, int cue)
    {
        int i = LowerBound(from);
        return i < candidateList.Count && Candidates[i].TokenStart < cue;
    }

    private bool IsRelative(int t) => document.TokenText(t) is "who" or "whose" or "which" or "that";

    /// <summary>A cue word that is no noun: one that can end a description, where "statement" or "email" is its head.</summary>
    private bool IsPlainCueWord(int t) =>
        ReportingVerbs.Table.TryGetValue(document.TokenText(t), out var kind) && (kind & (CueKind.AlsoNoun | CueKind.Nominal)) == 0;

    private bool IsCueWord(int t) => ReportingVerbs.Table.TryGetValue(document.TokenText(t), out _);

    private void AssignDescription(int q, int from, int to, int cue, int cueEnd)
    {
        var quote = quotes[q];
        var description = new SpeakerCandidate { TokenStart = from, TokenEnd = to, HeadToken = to - 1, Kind = CandidateKind.Nominal, Cluster = -1 };
        quote.CueStart = tokens[cue].Start;
        quote.CueEnd = tokens[cueEnd - 1].End;
        quote.SpeakerStart = tokens[from].Start;
        quote.SpeakerEnd = tokens[to - 1].End;
        quote.SpeakerCluster = RoleMatcher.Resolve(document, description);
        if (quote.SpeakerCluster >= 0)
        {
            AddReference(quote.SpeakerCluster, quote.SpeakerStart, quote.SpeakerEnd, MentionKind.Nominal);
        }
    }

    private void Copy(int q, int from)
    {
        var quote = quotes[q];
        var source = quotes[from];
        quote.SpeakerCluster = source.SpeakerCluster;
        quote.SpeakerStart = source.SpeakerStart;
        quote.SpeakerEnd = source.SpeakerEnd;
        quote.CueStart = source.CueStart;
        quote.CueEnd = source.CueEnd;
        quoteSpeaker[q] = quoteSpeaker[from];
    }

    private void AddReference(int cluster, int start, int end, MentionKind kind)
    {
        var references = document.Clusters[cluster].References;
        foreach (var existing in references)
        {
            if (existing.Start == start && existing.End == end)
            {
                return;
            }
        }

        references.Add(new ReferenceMention(start, end, kind));
    }

    /// <summary>The cluster a candidate stands for, resolving pronouns and descriptions on first use.</summary>
    private int Resolve(int candidate, int q)
    {
        ref var c = ref Candidates[candidate];
        if (c.Resolved)
        {
            return c.Cluster;
        }

        c.Resolved = true;
        c.Cluster = c.Kind switch
        {
            CandidateKind.Nominal => RoleMatcher.Resolve(document, c),
            CandidateKind.Pronoun => ResolvePronoun(candidate, q),
            _ => c.Cluster,
        };
        return c.Cluster;
    }

    /// <summary>
    /// A pronoun speaker: the speaker of a quote that ends in the same or the previous sentence ("..." he added),
    /// else the first compatible person of the nearest earlier sentence, names inside quotes skipped.
    /// </summary>
    private int ResolvePronoun(int candidate, int q)
    {
        var pronoun = Candidates[candidate];
        int sentence = sentenceOf[pronoun.TokenStart];
        for (int j = q - 1; j >= 0 && SentenceOfQuoteEnd(j) >= sentence - 1; j--)
        {
            if (quotes[j].SpeakerStart >= 0 && quotes[j].OpenToken < pronoun.TokenStart)
            {
                if (SpeakerAgrees(j, pronoun))
                {
                    return quotes[j].SpeakerCluster;
                }

                break;
            }
        }

        for (int s = sentence; s >= 0 && s >= sentence - PronounSentences; s--)
        {
            var range = sentences[s];
            int limit = s == sentence ? pronoun.TokenStart : range.End;
            for (int i = LowerBound(range.Start); i < candidateList.Count && Candidates[i].TokenStart < limit; i++)
            {
                if (i != candidate && !Candidates[i].InQuote && Antecedent(i, pronoun, q, out int cluster))
                {
                    return cluster;
                }
            }
        }

        return -1;
    }

    private bool SpeakerAgrees(int quote, in SpeakerCandidate pronoun)
    {
        int cluster = quotes[quote].SpeakerCluster;
        if (cluster >= 0)
        {
            var c = document.Clusters[cluster];
            if (pronoun.Plural || pronoun.Label != EntityLabel.Person)
            {
                return c.Label != EntityLabel.Person;
            }

            return c.Label == EntityLabel.Person && GenderAgrees(c.Gender, pronoun.Gender);
        }

        int speaker = quoteSpeaker[quote];
        return speaker >= 0 && Candidates[speaker].Plural == pronoun.Plural && GenderAgrees(Candidates[speaker].Gender, pronoun.Gender)
            && (pronoun.Plural || (Candidates[speaker].Label == EntityLabel.Person) == (pronoun.Label == EntityLabel.Person));
    }

    private bool Antecedent(int i, in SpeakerCandidate pronoun, int q, out int cluster)
    {
        var c = Candidates[i];
        cluster = -1;
        switch (c.Kind)
        {
            case CandidateKind.Name:
                cluster = c.Cluster;
                if (pronoun.Plural)
                {
                    return c.Label == EntityLabel.Organization;
                }

                if (pronoun.Label != EntityLabel.Person)
                {
                    return c.Label != EntityLabel.Person;
                }

                return c.Label == EntityLabel.Person && GenderAgrees(ClusterGender(c.Cluster, c.Gender), pronoun.Gender);
            case CandidateKind.Pronoun:
                cluster = c.Cluster;
                return c.Resolved && c.Cluster >= 0 && c.Plural == pronoun.Plural && c.Gender == pronoun.Gender && c.Label == pronoun.Label;
            case CandidateKind.Nominal:
                if (c.Plural != pronoun.Plural || (c.Label == EntityLabel.Person) != (pronoun.Label == EntityLabel.Person || pronoun.Plural))
                {
                    return false;
                }

                if (c.Label != EntityLabel.Person)
                {
                    return true;
                }

                cluster = Resolve(i, q);
                return cluster >= 0 && GenderAgrees(ClusterGender(cluster, c.Gender), pronoun.Gender);
            default:
                return c.Plural == pronoun.Plural && (pronoun.Plural || (c.Label == EntityLabel.Person) == (pronoun.Label == EntityLabel.Person))
                    && GenderAgrees(c.Gender, pronoun.Gender);
        }
    }

    private Gender ClusterGender(int cluster, Gender fallback) =>
        cluster >= 0 && document.Clusters[cluster].Gender != Gender.Unknown ? document.Clusters[cluster].Gender : fallback;

    private static bool GenderAgrees(Gender a, Gender b) => a == Gender.Unknown || b == Gender.Unknown || a == b;

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

    private int SentenceOfQuoteEnd(int q) => sentenceOf[Math.Min(quotes[q].CloseToken, tokens.Count - 1)];

    /// <summary>The first candidate not inside a quote in [from, to), a person's name first when asked.</summary>
    private int FirstCandidate(int from, int to, int sentenceEnd, bool preferPerson, bool subjectsOnly = false)
    {
        int first = -1;
        to = Math.Min(to, sentenceEnd);
        for (int i = LowerBound(from); i < candidateList.Count && Candidates[i].TokenStart < to; i++)
        {
            // With subjectsOnly, the object of a preposition is passed over (""..." for Clinton, said Kunin").
            if (Candidates[i].InQuote || (subjectsOnly && IsPrepositionObject(Candidates[i].TokenStart)))
            {
                continue;
            }

            if (!preferPerson || Candidates[i].IsPersonName)
            {
                return i;
            }

            // A place speaks only when nothing else can ("Israel said"), so it ranks last.
            if (first < 0 || (IsPlace(first) && !IsPlace(i)))
            {
                first = i;
            }
        }

        return first;
    }

    /// <summary>
    /// The nearest candidate before a verb that can be its subject: not inside a quote, not the object of a
    /// preposition ("with reporters"), not a possessor ("Iran's tests") unless the cue is the possessed noun
    /// ("Blinken's remarks").
    /// </summary>
    private int NearestBefore(int limit, int sentenceStart, bool possessorAllowed)
    {
        for (int i = LowerBound(limit) - 1; i >= 0 && Candidates[i].TokenStart >= sentenceStart; i--)
        {
            var c = Candidates[i];
            if (c.InQuote || c.TokenEnd > limit)
            {
                continue;
            }

            bool possessor = c.Kind != CandidateKind.Pronoun && c.TokenEnd < tokens.Count && IsPossessive(c.TokenEnd);
            bool prepositionObject = IsPrepositionObject(c.TokenStart);
            if ((possessor && !possessorAllowed) || (prepositionObject && !possessor))
            {
                continue;
            }

            // "Sen. Elizabeth Warren (D-MA) said": what stands in parentheses after a name tags it.
            if (c.TokenStart > sentenceStart && document.TokenText(c.TokenStart - 1).Equals("(", StringComparison.Ordinal)
                && CandidateEndingAt(c.TokenStart - 1) is int tagged and >= 0 && Candidates[tagged].IsPersonName)
            {
                return tagged;
            }

            return i;
        }

        return -1;
    }

    /// <summary>
    /// Whether the phrase starting at <paramref name="start"/> is the object of a preposition, looking past a
    /// possessive determiner ("in his campaign": the description starts after "his").
    /// </summary>
    private bool IsPrepositionObject(int start)
    {
        int before = start - 1;
        if (before > 0 && PossessiveDeterminers.TryGetValue(document.TokenText(before), out _))
        {
            before--;
        }

        return before >= 0 && Prepositions.TryGetValue(document.TokenText(before), out _);
    }

    private static readonly SpanWordTable<bool> PossessiveDeterminers = Words("his", "her", "their", "its", "our", "my", "your");

    private bool IsPossessive(int t)
    {
        var text = document.TokenText(t);
        return (text.Length == 2 && Tokenizer.IsApostrophe(text[0]) && (text[1] | 0x20) == 's')
            || (text.Length == 1 && Tokenizer.IsApostrophe(text[0]) && t > 0 && tokens[t - 1].End == tokens[t].Start);
    }

    private bool IsPlace(int candidate) =>
        Candidates[candidate].Kind == CandidateKind.Name && Candidates[candidate].Label == EntityLabel.Location;

    private int CandidateEndingAt(int end)
    {
        int i = LowerBound(end) - 1;
        return i >= 0 && Candidates[i].TokenEnd == end && !Candidates[i].InQuote ? i : -1;
    }

    private int CandidateStartingAt(int start)
    {
        int i = LowerBound(start);
        return i < candidateList.Count && Candidates[i].TokenStart == start ? i : -1;
    }

    private bool InsideName(int t)
    {
        int i = LowerBound(t + 1) - 1;
        return i >= 0 && Candidates[i].Kind == CandidateKind.Name && Candidates[i].TokenEnd > t;
    }

    private int LastNameOf(int cluster, int start, int end)
    {
        for (int i = LowerBound(end) - 1; i >= 0 && Candidates[i].TokenStart >= start; i--)
        {
            if (Candidates[i].Kind == CandidateKind.Name && Candidates[i].Cluster == cluster && !Candidates[i].InQuote)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the first candidate starting at or after <paramref name="token"/>.</summary>
    private int LowerBound(int token)
    {
        var span = Candidates;
        int lo = 0, hi = span.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (span[mid].TokenStart < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

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
    private bool TitleCased(QuoteCandidate quote)
    {
        int last = Math.Min(quote.CloseToken, tokens.Count);
        for (int t = quote.OpenToken + 1; t < last; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && tokens[t].Length > 3 && !char.IsUpper(document.Text[tokens[t].Start]))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly SpanWordTable<bool> TitleSmallWords = Words(
        "of", "and", "the", "a", "an", "in", "on", "for", "to", "with", "at", "by", "from", "or", "is", "are");

    private bool IsAdverbOrAuxiliary(int t)
    {
        if (tokens[t].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = document.TokenText(t);
        return (word.Length > 3 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]))
            || AdverbsAndAuxiliaries.TryGetValue(word, out _);
    }

    private bool IsComma(int t) => t < tokens.Count && tokens[t].Length == 1 && document.Text[tokens[t].Start] == ',';

    /// <remarks>The horizontal bar (U+2015) is the quotation dash that signs a quote ("..." \u2015 Jane Roe).</remarks>
    private bool IsDash(int t) => tokens[t].Kind == TokenKind.Punctuation && document.TokenText(t) is "-" or "--" or "\u2013" or "\u2014" or "\u2015";

    private bool IsTerminal(int t) => tokens[t].Kind == TokenKind.Punctuation && document.TokenText(t)[0] is '.' or '!' or '?' or '\u2026';

    private bool IsOpeningMark(int t) =>
        t >= 0 && tokens[t].Length == 1 && QuoteMarks.Shape(document.Text[tokens[t].Start], out var facing) != QuoteShape.None && facing != QuoteFacing.Closing;

    private bool VerbContext(int before)
    {
        var word = document.TokenText(before);
        if (IsDeterminer(word))
        {
            return false;
        }

        if (tokens[before].Kind != TokenKind.Word || word.Equals("to", StringComparison.OrdinalIgnoreCase)
            || word.Equals("who", StringComparison.Ordinal) || word.Equals("which", StringComparison.Ordinal)
            || AdverbsAndAuxiliaries.TryGetValue(word, out _) || (word.Length > 3 && word.EndsWith("ly", StringComparison.Ordinal))
            || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal))
        {
            return true;
        }

        int i = LowerBound(before + 1) - 1;
        return (i >= 0 && Candidates[i].TokenEnd == before + 1) || EndsDescriptionAfterQuote(before);
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

    private bool IsCallVerb(int t)
    {
        var word = document.TokenText(t);
        return word.Equals("call", StringComparison.Ordinal) || word.Equals("calls", StringComparison.Ordinal)
            || word.Equals("called", StringComparison.Ordinal) || word.Equals("calling", StringComparison.Ordinal);
    }

    private static bool IsObjectPronoun(ReadOnlySpan<char> word) =>
        word.Equals("him", StringComparison.Ordinal) || word.Equals("her", StringComparison.Ordinal)
        || word.Equals("them", StringComparison.Ordinal) || word.Equals("it", StringComparison.Ordinal)
        || word.Equals("me", StringComparison.Ordinal) || word.Equals("us", StringComparison.Ordinal);

    private static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.TryGetValue(word, out _);

    private static bool IsParticle(ReadOnlySpan<char> word) =>
        word.Equals("for", StringComparison.Ordinal) || word.Equals("on", StringComparison.Ordinal)
        || word.Equals("upon", StringComparison.Ordinal) || word.Equals("out", StringComparison.Ordinal)
        || word.Equals("to", StringComparison.Ordinal) || word.Equals("back", StringComparison.Ordinal);

    /// <summary>Words that open a description of a source; true for those that may stand alone ("another said").</summary>
    private static readonly SpanWordTable<bool> DescriptionDeterminers = new(
        new[] { "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those" }
            .Select(w => new KeyValuePair<string, bool>(w, false))
            .Concat(new[] { "one", "another", "some", "many", "several", "others" }.Select(w => new KeyValuePair<string, bool>(w, true))));

    private static readonly SpanWordTable<bool> Determiners = Words(
        "the", "a", "an", "his", "her", "its", "their", "our", "your", "my", "this", "that", "these", "those", "no", "any", "every", "each");

    private static readonly SpanWordTable<bool> AdverbsAndAuxiliaries = Words(
        "also", "has", "have", "had", "is", "was", "were", "will", "would", "could", "should", "may", "might", "did", "does",
        "do", "then", "later", "earlier", "now", "again", "once", "further", "first", "just", "already", "not", "never",
        "still", "yesterday", "today", "tomorrow", "too", "even", "however", "both", "often", "since", "previously");

    private static readonly SpanWordTable<bool> Prepositions = Words(
        "with", "to", "for", "of", "from", "at", "in", "on", "about", "against", "among", "between", "toward", "towards",
        "into", "onto", "over", "under", "without", "behind", "beside", "besides", "like", "unlike", "than", "via");

    private static readonly SpanWordTable<bool> PassiveAuxiliaries = Words("was", "were", "been", "being", "is", "are", "be");

    /// <summary>Words that tie a participle to the main clause, whose subject it shares ("before insisting").</summary>
    private static readonly SpanWordTable<bool> ParticipleLinks = Words("before", "after", "while", "by", "without", "when", "since");

    /// <summary>Words that open a subordinate clause, whose subject follows them ("As one employee told ...").</summary>
    private static readonly SpanWordTable<bool> Subordinators = Words("as", "when", "after", "while", "because", "though", "although", "since", "if");

    private static readonly SpanWordTable<bool> Coordinators = Words("and", "but", "or", "yet", "then");

    private static SpanWordTable<bool> Words(params string[] words) =>
        new(words.Select(w => new KeyValuePair<string, bool>(w, true)));
}
