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
/// For each quote, in order of preference: for a turn of a quoted transcript, the label in capitals that opens
/// it ("KAINE: ...") or the turn it goes on from; a reporting cue before the quote in its sentence, whose subject
/// is the speaker ("Blinken acknowledged that "..."", "X told Y "...""); a cue after it ("..." X said / said X); an
/// attribution line after a quote with no verb ("..." Enia Krivine, Senior Director ...); the speaker of an
/// earlier quote in the same sentence; for a quote that starts its sentence, the previous sentence's quote or cue;
/// for a quote that starts its paragraph, the previous paragraph's cue, or the last speaker when the previous
/// paragraph names him. Pronouns go to the speaker of a quote just before them, else to the nearest earlier
/// compatible person outside quotes; descriptions go to the person whose roles they match.
/// </remarks>
internal sealed partial class QuoteAttributor
{
    /// <summary>How far before a quote, in tokens, a cue is looked for.</summary>
    private const int CueLookBehind = 80;

    /// <summary>How far after a quote, in tokens, a cue is looked for.</summary>
    private const int CueLookAhead = 25;

    // The most words a quoted phrase inside a reporting clause may have.
    private const int PhraseQuoteTokens = 6;

    /// <summary>How many sentences back a pronoun looks for its antecedent.</summary>
    private const int PronounSentences = 4;

    /// <summary>The most links followed from a pronoun to the subject pronouns of the sentences before it.</summary>
    private const int PronounChain = 3;

    // How many chained pronouns are being resolved right now (ResolveChained); zero between calls.
    private int pronounChainDepth;

    // How many sentences back a body's description ("the company") looks for the organization it stands for.
    private const int BodySentences = 2;

    /// <summary>How many sentences back "the senator" looks for the senator it names.</summary>
    private const int RoleSentences = 3;

    /// <summary>The longest sentence, in tokens, read as a bare attribution after a quote ("Blinken said.").</summary>
    private const int ShortAttribution = 12;

    /// <summary>The longest apposition or relative clause, in tokens, between a subject and its verb.</summary>
    private const int AppositionTokens = 30;

    /// <summary>The most tokens between a relative "who" and the cue it is the subject of.</summary>
    private const int RelativeGap = 8;

    /// <summary>How many quotes back the last speaker is looked for.</summary>
    private const int RecentQuotes = 16;

    // The attributor belongs to one document object (its QuoteWorkspace holds it), whose layers are the same lists
    // from one analysis to the next: only the maps, which may grow, are taken afresh for each run.
    private readonly Document document;

    private readonly List<Token> tokens;

    private readonly List<QuoteCandidate> quotes;

    private readonly List<SpeakerCandidate> candidateList;

    private readonly List<TokenRange> sentences;

    private int[] sentenceOf = [];

    private int[] quoteOf = [];

    private int[] paragraphOfSentence = [];

    private int[] quoteSpeaker = [];

    // SurnameSibling's answers by cluster, worked out on demand; reset at each run.
    private int[] surnameSibling = [];
    private bool surnameSiblingsReady;

    public QuoteAttributor(Document document, QuoteWorkspace workspace)
    {
        this.document = document;
        tokens = document.Tokens;
        quotes = document.Quotes;
        sentences = document.Sentences;
        candidateList = workspace.Candidates;
    }

    private Span<SpeakerCandidate> Candidates => CollectionsMarshal.AsSpan(candidateList);

    /// <summary>Attributes the quotes the document holds now.</summary>
    public void Run(CancellationToken cancellationToken)
    {
        var workspace = document.QuoteWorkspace;
        surnameSiblingsReady = false;
        CandidateFinder.Find(document, candidateList, cancellationToken);
        workspace.EnsureMaps(Math.Max(1, tokens.Count), Math.Max(1, sentences.Count), quotes.Count);
        sentenceOf = workspace.SentenceOf;
        quoteOf = workspace.QuoteOf;
        paragraphOfSentence = workspace.ParagraphOfSentence;
        quoteSpeaker = workspace.QuoteSpeaker;
        BuildMaps();
        for (int q = 0; q < quotes.Count; q++)
        {
            // Every quote: attributing one reads around it, far more work than a check.
            cancellationToken.ThrowIfCancellationRequested();
            quoteSpeaker[q] = -1;
            Attribute(q);
            ReportedBy(q);
        }

        PropagateOverParagraphs();
        ExposeSpeakerPronouns(cancellationToken);
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

        if (TranscriptTurn(q))
        {
            return;
        }

        // A subject and a speech verb right after the closing mark (""...," he said", ""...," the senator added"),
        // looked for once: it makes words in title case speech, and it names the speaker below.
        int tight = -1, tightCue = -1, tightEnd = -1;
        bool attributedAfter = quote.Closed && TightAttributionAfter(quote.CloseToken, out tight, out tightCue, out tightEnd);

        // "Fiorina told "Fox and Friends,"", "a co-author of "Those Guys Have All the Fun"": the name of a show or
        // a work where a place or a listener stands, not words spoken, unless an attribution follows it (""Your
        // Honor," I said, "I would like ..."", ""Prison Break," Mr. Madden said"). A quote in title case in the
        // headline is a title or a slogan as often, and restates the story's own quote when it is not.
        if (((IsTitle(quote) || IsOutletsShow(quote)) && (!attributedAfter || AfterPossessive(quote))) || (InHeadline(openSentence) && TitleCased(quote) && !EndsInCry(quote)))
        {
            quote.IsSpeech = false;
            return;
        }

        // That attribution names the speaker of this quote even when the sentence also has a cue before it ("X
        // followed up by lamenting: "...," he said", "Nothing the mayor said "...," Hale said"). An outlet that
        // reports the whole sentence only relays the words of the cue before the quote ("Levy indicated that "...",
        // Channel 5 reported").
        if (attributedAfter && (Candidates[tight].Kind == CandidateKind.Pronoun || !IsOutletReport(tightCue)))
        {
            Assign(q, tight, tightCue, tightEnd);
            return;
        }

        // "Polls did predict the caucus - Ann Selzer: "..."": a name set off by a dash before the colon signs the
        // words, as in a newsletter's digest of other writers, whatever verb the line before it has.
        int colon = quote.OpenToken - 1;
        bool afterColon = colon > sentence.Start && document.TokenText(colon).Equals(":", StringComparison.Ordinal);
        if (afterColon && SignedAfterDash(colon, sentence.Start) is var (signStart, signEnd) && signEnd > signStart)
        {
            AssignSignature(q, signStart, signEnd);
            return;
        }

        // "after her March comment that "..."", "his statement on Wednesday that "..."": the words are the
        // content of the possessor's speech, whatever verb governs the phrase ("He was challenged over ...").
        if (PossessedSpeech(quote.OpenToken, sentence.Start, out int owner, out int noun) && AssignOwner(q, owner, noun, sentence.Start))
        {
            return;
        }

        // "From the report: "..."", "From Andrea Peyser, writing at The New York Post: "..."".
        if (afterColon && FromLeadIn(colon, sentence.Start) is var (leadStart, leadEnd) && leadEnd > leadStart)
        {
            AssignSignature(q, leadStart, leadEnd);
            return;
        }

        // ""We have been clear," said Senator John Thune, who asked for patience, "that any deal ..."": the rest of
        // a quote that its attribution cuts belongs to that attribution, whatever cue a clause inside it has.
        if (ContinuesCutQuote(q))
        {
            Copy(q, q - 1);
            return;
        }

        // A cue before the quote in its sentence governs it: "Blinken acknowledged that "..."".
        if (FindCueBefore(quote.OpenToken, sentence.Start, out int cue, out int cueEnd, out var kind))
        {
            // "... from attending the same mosque, said the bureau's director, James B. Comey, on Monday": an
            // attribution closing the sentence reports all of it, the cue before the quote included.
            if (quote.Closed && SentenceFinalAttribution(quote.CloseToken, sentences[SentenceOfQuoteEnd(q)]) is var (last, lastCue, lastCueEnd) && last >= 0)
            {
                Assign(q, last, lastCue, lastCueEnd);
                return;
            }

            if (OpeningParticipleSubject(quote, cue, kind, sentence))
            {
                return;
            }

            GoverningCue(ref cue, ref cueEnd, ref kind, sentence.Start, quote.OpenToken);
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
            // ""...," Bill Eastland, wearing "Ted Cruz" campaign pins, said", "will carry "a great deal of weight"
            // and help bring the "grass-roots firepower" they need, Neil Sroka said": a quoted name or phrase does
            // not end the search for the cue, unless a new clause has begun before it ("while ... "Dear Walter"
            // letters that called him").
            for (int t = quote.CloseToken + 1; t < limit && (quoteOf[t] < 0 || (IsPhraseQuoteOpen(t) && !OpensClauseBetween(quote.CloseToken + 1, t))); t++)
            {
                if (quoteOf[t] >= 0)
                {
                    t = quotes[quoteOf[t]].CloseToken;
                    continue;
                }

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
                    if ((kind & (CueKind.SpeakerAfter | CueKind.TakesListener)) == 0 && t - 1 > quote.CloseToken + 1
                        && DescriptionBefore(t, quote.CloseToken + 1) is var (clauseFrom, clauseTo) && clauseTo > clauseFrom
                        && clauseFrom > quote.CloseToken + 1 && IsComma(clauseFrom - 1)
                        && (after < 0 || Candidates[after].TokenEnd <= clauseFrom))
                    {
                        // ""...," fostered by Trump, the groups say": the reporting clause after the comma names
                        // its own subject, and a name before the comma belongs to the reported words.
                        AssignDescription(q, clauseFrom, clauseTo, t, cueEnd);
                        return;
                    }

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
        // quotes are titles and slogans as often as words, nor for a quote in title case ("The Late Show"). A quote
        // longer than a scare quote is wording whatever the subject ("The ad targets a "system that keeps ..."");
        // a short one only a person's, since groups and papers are credited with their labels far less often.
        if (quote.OpenToken > sentence.Start && !InHeadline(openSentence) && (!TitleCased(quote) || IsNamedWork(quote))
            && (ScareQuoteStage.IsShort(tokens, quote) ? PersonSubject(sentence.Start, quote.OpenToken) : ClauseSubject(sentence.Start, quote.OpenToken)) is int person and >= 0)
        {
            // "Graham contrasted that with Clinton, who is looking to bring "people together"": a relative
            // clause about a person that holds the quote is his wording, not the main subject's.
            if (RelativeClauseHolding(quote.OpenToken, Candidates[person].TokenEnd, out int who, out int antecedent))
            {
                Assign(q, antecedent, -1, -1);
                quote.SpeakerStart = tokens[who].Start;
                quote.SpeakerEnd = tokens[who].End;
                return;
            }

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

        // "Asked whether he would run again, Adams laughed. "Ask me next year."", "He paused. "...."": words that
        // make up whole sentences with no cue, after a sentence of the same paragraph about what a person did, are
        // his. A quote that the sentence goes on after is a title as often (""Billions," on Showtime, ...").
        if (quote.OpenToken == sentence.Start && quote.Closed && quote.CloseToken + 1 >= sentences[SentenceOfQuoteEnd(q)].End
            && openSentence > 0 && paragraphOfSentence[openSentence - 1] == paragraph
            && PersonSubject(sentences[openSentence - 1].Start, sentences[openSentence - 1].End - 1) is int actor and >= 0)
        {
            Assign(q, actor, -1, -1);
            return;
        }

        if (ScareQuoteStage.IsShort(tokens, quote))
        {
            quote.IsSpeech = false;
        }
    }

    /// <summary>
    /// The relative "who" between <paramref name="from"/> and a quote whose clause runs on to the quote with no
    /// other subject, and the person it stands for.
    /// </summary>
    private bool RelativeClauseHolding(int openToken, int from, out int who, out int antecedent)
    {
        who = antecedent = -1;
        for (int t = openToken - 1; t > from && openToken - t <= RelativeGap + 4 && quoteOf[t] < 0; t--)
        {
            if (document.TokenText(t).Equals("who", StringComparison.Ordinal))
            {
                int c = RelativeAntecedent(t, from);
                if (c < 0 || !Candidates[c].IsPersonName)
                {
                    return false;
                }

                who = t;
                antecedent = c;
                return true;
            }

            if (StartsSubject(t) || IsComma(t) || IsTerminal(t))
            {
                return false;
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

        // "David Smith and Mary Jones said": two people say it together; the first named speaks for both, whichever
        // of them the rule that found the subject stood next to. A lone first name before a full one shares its
        // surname ("David and Jeanne Heidler") and is no name to speak for them.
        if (Candidates[candidate].IsPersonName && PersonBeforeAnd(candidate) is int first and >= 0
            && (Candidates[first].TokenEnd - Candidates[first].TokenStart > 1 || Candidates[candidate].TokenEnd - Candidates[candidate].TokenStart == 1))
        {
            candidate = first;
        }

        ref var c = ref Candidates[candidate];
        quote.SpeakerStart = tokens[c.TokenStart].Start;
        quote.SpeakerEnd = tokens[c.TokenEnd - 1].End;
        quote.SpeakerCluster = Resolve(candidate, q);
        quoteSpeaker[q] = candidate;
        if (quote.SpeakerCluster < 0 && c.Kind is CandidateKind.Indefinite or CandidateKind.Nominal && EmployerAfter(candidate) is int employer and >= 0)
        {
            // "A spokeswoman for Secretary of State Antony Blinken": the one she speaks for tells which spokeswoman
            // this is, so the mention runs on to his name.
            quote.SpeakerEnd = tokens[Candidates[employer].TokenEnd - 1].End;
            return;
        }

        if (quote.SpeakerCluster < 0 && c.Kind is CandidateKind.Nominal or CandidateKind.Indefinite && PhraseStart(candidate) is int phrase && phrase < c.TokenStart)
        {
            // An unresolved role is all the reader learns of the speaker, and its possessor says whose it is:
            // "Arsenal's captain", "The Stones' drummer", not "captain".
            if (phrase > 0 && document.TokenText(phrase - 1).Equals("the", StringComparison.OrdinalIgnoreCase) && CandidateEndingAt(phrase - 1) < 0)
            {
                phrase--;
            }

            quote.SpeakerStart = tokens[phrase].Start;
        }

        if (quote.SpeakerCluster >= 0 && c.Kind is CandidateKind.Pronoun or CandidateKind.Nominal)
        {
            AddReference(quote.SpeakerCluster, quote.SpeakerStart, quote.SpeakerEnd,
                c.Kind == CandidateKind.Pronoun ? MentionKind.Pronoun : MentionKind.Nominal);
        }
    }

    /// <summary>
    /// The name a description of a person is "for" or "to" right after it ("A spokesman for the Home Office", "An
    /// aide to Senator Warren"): the one the person works for; or -1.
    /// </summary>
    private int EmployerAfter(int candidate)
    {
        int end = Candidates[candidate].TokenEnd;
        if (Candidates[candidate].Label != EntityLabel.Person || end >= tokens.Count || document.TokenText(end) is not ("for" or "to"))
        {
            return -1;
        }

        int next = LowerBound(end + 1);
        return next < candidateList.Count && Candidates[next].Kind == CandidateKind.Name && !Candidates[next].InQuote
            && Candidates[next].TokenStart - end <= TitleTokens + 1 && sentenceOf[Candidates[next].TokenStart] == sentenceOf[end]
            && IsPrepositionObject(Candidates[next].TokenStart) ? next : -1;
    }

    /// <summary>
    /// Whether a quote goes on with the sentence of the quote before it, which broke off at a comma for an
    /// attribution: the earlier quote ends in a comma, its cue stands between the two, this one opens in lower case
    /// right after the comma that closes the attribution (not after "that" or a verb of a new clause).
    /// </summary>
    private bool ContinuesCutQuote(int q)
    {
        if (q == 0)
        {
            return false;
        }

        var quote = quotes[q];
        var previous = quotes[q - 1];
        int first = quote.OpenToken + 1;
        return previous.Closed && previous.SpeakerStart >= 0 && previous.CueStart >= 0 && SentenceOfQuoteEnd(q - 1) == sentenceOf[quote.OpenToken]
            && previous.CloseToken - 1 > previous.OpenToken && IsComma(previous.CloseToken - 1) && IsComma(quote.OpenToken - 1)
            && previous.CueStart >= tokens[previous.CloseToken].End && previous.CueEnd <= tokens[quote.OpenToken].Start
            && first < tokens.Count && first < quote.CloseToken && tokens[first].Kind == TokenKind.Word && char.IsLower(document.TokenText(first)[0])
            && !ReportsClauseBetween(previous.CloseToken + 1, quote.OpenToken);
    }

    // Whether a "that" between two quotes opens a reported clause of its own (""...," Gingrich told O'Reilly, noting
    // that he and his wife, Callista, "have ..."), whose quote its own cue governs.
    private bool ReportsClauseBetween(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (document.TokenText(t).Equals("that", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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
        // An entity's mentions never overlap: a subject phrase that holds the entity's own name ("US Secretary of
        // State Antony Blinken") or an earlier reference adds nothing. Names and references are each in text order
        // without overlaps, so their ends are sorted too and a binary search finds the one place a clash can be:
        // scanning them all was quadratic in a long text (a person named thousands of times in one document).
        var names = document.Clusters[cluster].NameMentions;
        int name = TextOrder.FirstNotBefore<int, NameEndsBy>(CollectionsMarshal.AsSpan(names), new(document, start));
        if (name < names.Count && document.StartOf(document.Mentions[names[name]].Tokens) < end)
        {
            return;
        }

        var references = document.Clusters[cluster].References;
        int at = TextOrder.FirstNotBefore<ReferenceMention, EndsBy>(CollectionsMarshal.AsSpan(references), new(start));
        if (at < references.Count && references[at].Start < end)
        {
            return;
        }

        // Kept in text order; nearly always at the end.
        references.Insert(at, new ReferenceMention(start, end, kind));
    }

    // A name mention (an index into the document's mentions) that ends at or before a character offset.
    private readonly struct NameEndsBy(Document document, int offset) : ITextOrderProbe<int>
    {
        public bool IsBefore(in int item) => document.EndOf(document.Mentions[item].Tokens) <= offset;
    }

    private readonly struct EndsBy(int offset) : ITextOrderProbe<ReferenceMention>
    {
        public bool IsBefore(in ReferenceMention item) => item.End <= offset;
    }

    private int SentenceOfQuoteEnd(int q) => sentenceOf[Math.Min(quotes[q].CloseToken, tokens.Count - 1)];
}
