using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using NewsEntities.Resolution;
using NewsEntities.Tokenization;

namespace NewsEntities.Quotes;

/// <summary>
/// The speaker a cue before a quote points at: its subject, past appositions, relative clauses, fronted and
/// coordinated clauses.
/// </summary>
internal sealed partial class QuoteAttributor
{
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
            // "Braynard, a South Carolina native who writes": "who" stands for a person, never a place, and a
            // description in apposition stands for the name before it.
            int before = AppositionHolder(who, sentence.Start);
            if (before < 0)
            {
                before = SubjectOf(cue, cueEnd, kind, sentence);
            }

            Assign(q, before >= 0 && Candidates[before].TokenStart < who && !IsPlace(before) ? before : -1, cue, cueEnd);
            quotes[q].SpeakerStart = tokens[who].Start;
            quotes[q].SpeakerEnd = tokens[who].End;
            return true;
        }

        if (antecedent < 0 && (kind & CueKind.Participle) != 0 && WithPhraseBefore(cue, sentence.Start) is var (withFrom, withTo) && withTo > withFrom)
        {
            // "with about 50 protesters chanting "..."": the phrase the "with" governs does the speaking.
            AssignPhrase(q, withFrom, withTo, cue, cueEnd);
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

            // "About four in 10 said they were "angry"": a subject before the verb that is no candidate still
            // outranks the subject of the clause the verb reports.
            if (speaker >= 0 && Candidates[speaker].TokenStart >= cueEnd && (kind & (CueKind.SpeakerAfter | CueKind.Nominal)) == 0
                && SubjectPhraseBefore(cue, sentence.Start) is var (phraseStart, phraseEnd) && phraseEnd > phraseStart)
            {
                AssignPhrase(q, phraseStart, phraseEnd, cue, cueEnd);
                return true;
            }

            // "The Democratic National Convention released a statement, saying": a participle's subject is the
            // main clause's, here a name the recognizer does not hold (an event is no entity) but a source all the same.
            if (speaker < 0 && (kind & CueKind.Participle) != 0 && OpeningNamePhrase(sentence.Start, cue) is var (nameFrom, nameTo) && nameTo > nameFrom)
            {
                AssignPhrase(q, nameFrom, nameTo, cue, cueEnd);
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

    /// <summary>
    /// The words that open the sentence or a clause after a comma and run up to a cue (adverbs and auxiliaries
    /// aside) when none of them is a candidate: a subject phrase the candidates miss ("About four in 10 said",
    /// "At least half of the voters say"). Nothing when the cue is passive, follows a comma (an inverted "said X")
    /// or the phrase holds a verb-like word that would make it a clause of its own.
    /// </summary>
    private (int From, int To) SubjectPhraseBefore(int cue, int sentenceStart)
    {
        if (!TrySkipBackOverAuxiliaries(cue, sentenceStart, out int k))
        {
            return default;
        }

        // "After blasting the report ...": a cue right after a preposition is a gerund, whose subject is the main
        // clause's, not the preposition.
        if (k < sentenceStart || tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || quoteOf[k] >= 0 || IsPrepositionOrLink(k))
        {
            return default;
        }

        int end = k + 1;
        for (int t = k; t >= sentenceStart && end - t <= PhraseTokens; t--)
        {
            if (quoteOf[t] >= 0 || IsCueWord(t) || IsRelative(t) || (CandidateStartingAt(t) >= 0 && !IsPrepositionObject(t)))
            {
                return default;
            }

            bool opens = t == sentenceStart || IsComma(t - 1) || IsDash(t - 1) || IsOpeningMark(t - 1);
            if (opens)
            {
                // "During their phone call Tuesday, ...": a preposition and its noun phrase tell when or where, and
                // are no subject ("About four in 10" and "At least half of the voters" are).
                bool prepositionalPhrase = t + 1 < end && IsDeterminer(document.TokenText(t + 1)) && IsPrepositionOrLink(t);
                return tokens[t].Kind is TokenKind.Word or TokenKind.Number && !prepositionalPhrase ? (t, end) : default;
            }
        }

        return default;
    }

    /// <summary>
    /// "The" and a run of capitalized words that open the sentence before a lower-case verb, none of them a candidate
    /// nor in a quote ("The Democratic National Convention released"), or "The" and one lower-case noun before a verb
    /// in the past ("The town released"), or nothing.
    /// </summary>
    private (int From, int To) OpeningNamePhrase(int sentenceStart, int limit)
    {
        if (!document.TokenText(sentenceStart).Equals("The", StringComparison.Ordinal))
        {
            return default;
        }

        int t = sentenceStart + 1;
        while (t < limit && t - sentenceStart <= PhraseTokens && tokens[t].Kind == TokenKind.Word && char.IsUpper(document.TokenText(t)[0])
            && quoteOf[t] < 0 && CandidateStartingAt(t) < 0)
        {
            t++;
        }

        if (t == sentenceStart + 1 && t + 1 < limit && tokens[t].Kind == TokenKind.Word && quoteOf[t] < 0 && CandidateStartingAt(t) < 0
            && IsVerbAfterSubject(t) && document.TokenText(t + 1).EndsWith("ed", StringComparison.Ordinal) && IsVerbAfterSubject(t + 1))
        {
            t++;
        }

        return t > sentenceStart + 1 && t < limit && IsVerbAfterSubject(t) ? (sentenceStart, t) : default;
    }

    /// <summary>The longest subject phrase, in tokens, read before a cue when no candidate stands there.</summary>
    private const int PhraseTokens = 8;

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
                // "Fox, who signed an extension in the summer, said": a clause with a verb of its own closed at
                // the comma, and the cue after it is the main clause's. "who, on a call Friday, criticized" and
                // "who has, in the past, described" go on past their commas.
                return ClosedBeforeComma(k + 1, cue) ? -1 : k;
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

    /// <summary>
    /// Whether a comma before <paramref name="to"/> ends a clause that starts at <paramref name="from"/>: words other
    /// than adverbs and auxiliaries stand between its start and that comma.
    /// </summary>
    private bool ClosedBeforeComma(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (IsComma(t))
            {
                return !AuxiliariesOnly(from, t);
            }
        }

        return false;
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

    private bool EndsWithPersonName(int end) => CandidateEndingAt(end) is int c and >= 0 && Candidates[c].IsPersonName;

    /// <summary>
    /// The person named before an apposition that ends right at <paramref name="end"/> ("Braynard, a South Carolina
    /// native" before "who"), or at a comma there ("Joe Madison, a talk radio host in the capital, who"): the name
    /// before the apposition's opening comma when the apposition opens with an article; -1 when there is none.
    /// </summary>
    private int AppositionHolder(int end, int sentenceStart)
    {
        if (end - 1 > sentenceStart && IsComma(end - 1) && quoteOf[end - 1] < 0)
        {
            end--;
        }

        for (int k = end - 1; k > sentenceStart && end - k <= AppositionTokens && quoteOf[k] < 0 && !IsTerminal(k); k--)
        {
            if (IsComma(k))
            {
                int holder = CandidateEndingAt(k);
                return holder >= 0 && Candidates[holder].IsPersonName && document.TokenText(k + 1) is "a" or "an" or "the" ? holder : -1;
            }
        }

        return -1;
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

    // Whether the word at t is a preposition or a word that links a participle to its clause ("after", "while").
    private bool IsPrepositionOrLink(int t) =>
        Prepositions.TryGetValue(document.TokenText(t), out _) || ParticipleLinks.TryGetValue(document.TokenText(t), out _);

    // Whether a comma outside quotes stands in [from, to).
    private bool CommaBetween(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (IsComma(t) && quoteOf[t] < 0)
            {
                return true;
            }
        }

        return false;
    }

    // Whether ", who" or ", which" stands in [from, to): a relative clause set off by a comma opens there.
    private bool RelativeClauseOpensBetween(int from, int to)
    {
        for (int t = from; t + 1 < to; t++)
        {
            if (IsComma(t) && quoteOf[t] < 0 && document.TokenText(t + 1) is "who" or "which")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The speaker a cue before a quote points at: its subject, its agent, or what follows it.</summary>
    private int SubjectOf(int cue, int cueEnd, CueKind kind, TokenRange sentence)
    {
        if ((kind & CueKind.SpeakerAfter) != 0)
        {
            return FirstCandidate(cueEnd, cueEnd + 5, sentence.End, preferPerson: false);
        }

        if ((kind & CueKind.Participle) != 0 && WithParticipleSubject(cue, sentence.Start) is int with and >= 0)
        {
            return with;
        }

        if (QuotedAsSaying(cue, kind, sentence.Start) is int quoted and >= 0)
        {
            return quoted;
        }

        if (document.TokenText(cue).EndsWith("ing", StringComparison.Ordinal)
            && ((cue == sentence.Start && (kind & CueKind.Participle) != 0)
                || (cue == sentence.Start + 1 && ParticipleLinks.TryGetValue(document.TokenText(sentence.Start), out _))))
        {
            // "After blasting the Drudge Report ..., Glenn Beck doubled down", "Recalling "the consequences ...,"
            // the statement urged": the participle's subject is the main clause's, after the comma; the noun after
            // the participle is its object. The subject comes before the main clause's own cue when it has one: the
            // noun after that verb is its listener ("the statement urged the council").
            int start = AfterClauseComma(sentence.Start, sentence.End);
            if (start == sentence.Start)
            {
                return -1;
            }

            int mainCue = FirstPlainCue(start, Math.Min(sentence.End, start + CueLookBehind));
            return MainSubject(start, mainCue >= 0 ? mainCue : sentence.End);
        }

        // A gerund after "by" tells the manner, and the noun after it is no agent ("interjected by hitting Trump").
        if (cueEnd + 1 < sentence.End && document.TokenText(cueEnd).Equals("by", StringComparison.Ordinal)
            && !document.TokenText(cueEnd + 1).EndsWith("ing", StringComparison.Ordinal))
        {
            int agent = FirstCandidate(cueEnd + 1, cueEnd + 10, sentence.End, preferPerson: true);
            if (agent >= 0)
            {
                return agent;
            }
        }

        if ((kind & CueKind.Participle) != 0 && cue > sentence.Start
            && (IsCommaBefore(cue) || ParticipleLinks.TryGetValue(document.TokenText(cue - 1), out _)))
        {
            // "..., adding that", "..., before insisting": the subject of the main clause, not the nearest noun;
            // the subject of its reporting verb when it has one ("Alongside X, a strategist said ..., saying").
            // Not in an opening clause ("After blasting the paper, Levy doubled down by reading").
            int mainStart = AfterOpeningSubordinateClause(sentence.Start, cue);
            int mainCue = FirstPlainCue(mainStart, cue);
            int main = mainCue >= 0 ? NearestBefore(mainCue, mainStart, possessorAllowed: false) : -1;
            if (main < 0)
            {
                main = MainSubject(mainStart, cue);
            }

            if (main >= 0)
            {
                return main;
            }
        }

        if ((kind & CueKind.Participle) != 0 && ObjectBeforeParticiple(cue, sentence.Start) is int objectStart and >= 0
            && MainSubject(AfterOpeningSubordinateClause(sentence.Start, objectStart), objectStart) is int subject and >= 0)
        {
            // "The senator emailed supporters saying", "The town released a statement Wednesday saying": the
            // noun before the participle is the object of the clause's verb, and the one who says is its subject.
            return subject;
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
                    if (before >= 0 && !Candidates[before].IsPersonName && Candidates[before].TokenStart - 1 > sentence.Start
                        && document.TokenText(Candidates[before].TokenStart - 1) is "of" or "from")
                    {
                        // "Senator Chris Murphy of Connecticut, who ..., said": the person the place follows.
                        before = CandidateEndingAt(Candidates[before].TokenStart - 1);
                    }

                    if (before >= 0 && (Candidates[before].IsPersonName || Candidates[before].Kind == CandidateKind.Pronoun))
                    {
                        return before;
                    }

                    // "A senior official, speaking on condition of anonymity because he was not authorized ...,
                    // said": a description that opens the sentence is its subject, unless the apposition is the
                    // name it stands for ("A top strategist, John Weaver, tells").
                    if (before >= 0 && Candidates[before].Kind is CandidateKind.Indefinite or CandidateKind.Nominal
                        && Candidates[before].TokenStart == sentence.Start
                        && !EndsWithPersonName(BeforeParenthesis(k, sentence.Start)))
                    {
                        return before;
                    }
                }
            }
        }

        // "..., but went on to say", "and wanted to add": the verb that governs the infinitive is the one
        // coordinated with the first clause.
        if (k - 2 > sentence.Start && document.TokenText(k).Equals("to", StringComparison.Ordinal))
        {
            int j = k - 1;
            if (document.TokenText(j).Equals("on", StringComparison.Ordinal))
            {
                j--;
            }

            if (j - 1 >= sentence.Start && tokens[j].Kind == TokenKind.Word && char.IsLower(document.TokenText(j)[0])
                && CandidateEndingAt(j + 1) < 0 && Coordinators.TryGetValue(document.TokenText(j - 1), out _))
            {
                k = j - 1;
            }
        }

        if (k >= sentence.Start && Coordinators.TryGetValue(document.TokenText(k), out _) && (kind & CueKind.Participle) != 0
            && PreviousParticipleCue(sentence.Start, k) is var (earlier, earlierEnd, earlierKind) && earlier >= 0)
        {
            // "with Donald Trump tweeting that ... and asking, "..."": a participle coordinated with an earlier one
            // has its subject.
            return SubjectOf(earlier, earlierEnd, earlierKind, sentence);
        }

        if (k >= sentence.Start && Coordinators.TryGetValue(document.TokenText(k), out _))
        {
            // "X said ... but added", "X lamented ... and revealed": the first verb's subject, found before the
            // sentence's first cue when there is one ("In an interview with Y, X said ... and added"), and not in
            // an opening subordinate clause ("As the crowd began to chant, X smiled and joked").
            int mainStart = AfterOpeningSubordinateClause(sentence.Start, k);
            int firstCue = FirstPlainCue(mainStart, k);
            int first = firstCue >= 0 ? NearestBefore(firstCue, mainStart, possessorAllowed: false) : -1;
            if (first < 0)
            {
                first = MainSubject(mainStart, k);
            }

            if (first >= 0)
            {
                return first;
            }
        }

        int nearest = NearestBefore(cue, sentence.Start, possessorAllowed: (kind & CueKind.Nominal) != 0);
        if ((kind & CueKind.Participle) != 0 && nearest >= 0 && CommaBetween(Candidates[nearest].TokenEnd, cue)
            && MainSubject(AfterOpeningSubordinateClause(sentence.Start, Candidates[nearest].TokenStart), Candidates[nearest].TokenStart) is int mainSubject and >= 0
            && RelativeClauseOpensBetween(Candidates[mainSubject].TokenEnd, Candidates[nearest].TokenStart))
        {
            // "Mr. Trump, who said last week that a judge was biased, issued a statement Tuesday saying": the
            // relative clause about the subject closes before the participle, whose subject is the main clause's.
            return mainSubject;
        }

        if (nearest >= 0 || (kind & CueKind.TakesListener) != 0)
        {
            return nearest;
        }

        // "said Trump", but not "saying Trump's comments were ...": a possessor after the verb opens the words
        // reported, not the one who says them; nor "Asked whether Clinton "has the integrity ..."": the name
        // after "whether" or "if" is the subject of the question, whose words are the asker's.
        if (cueEnd < sentence.End && document.TokenText(cueEnd) is "whether" or "if")
        {
            return -1;
        }

        // "The winger, 31, said it was "a great feeling"": after an apposition "it" opens the words reported; it is
        // never an inverted subject.
        int following = FirstCandidate(cueEnd, cueEnd + 4, sentence.End, preferPerson: false);
        if (following >= 0 && cue > 0 && IsComma(cue - 1) && Candidates[following].Kind == CandidateKind.Pronoun && Candidates[following].TokenStart == cueEnd
            && document.TokenText(cueEnd).Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        return following >= 0 && Candidates[following].Kind != CandidateKind.Pronoun && Candidates[following].TokenEnd < sentence.End
            && IsPossessive(Candidates[following].TokenEnd) ? -1 : following;
    }

    /// <summary>
    /// Where the object of a verb starts when it stands right before a participle cue with no comma between
    /// ("emailed supporters saying", "released a statement on Wednesday saying"): the nearest candidate before the
    /// cue, within a few words, whose preceding word is a lower-case verb. -1 when there is no such object.
    /// </summary>
    private int ObjectBeforeParticiple(int cue, int sentenceStart)
    {
        if (cue <= sentenceStart || IsComma(cue - 1))
        {
            return -1;
        }

        int n = NearestBefore(cue, sentenceStart, possessorAllowed: false);
        if (n < 0 || Candidates[n].Kind == CandidateKind.Pronoun || cue - Candidates[n].TokenEnd > 3)
        {
            return -1;
        }

        for (int t = Candidates[n].TokenEnd; t < cue; t++)
        {
            if (IsComma(t) || quoteOf[t] >= 0)
            {
                return -1;
            }
        }

        int start = Candidates[n].TokenStart;
        int verb = start - 1;
        // The verb stands apart from the object: "newspaper" in "the newspaper’s editorial" is no verb.
        if (verb <= sentenceStart || quoteOf[verb] >= 0 || tokens[verb].End >= tokens[start].Start || !IsVerbAfterSubject(verb)
            || Relatives.TryGetValue(document.TokenText(verb), out _))
        {
            return -1;
        }

        return start;
    }

    /// <summary>
    /// The words between "with" and a participle right after them when no candidate stands there ("with many
    /// marchers and spectators chanting"), or nothing.
    /// </summary>
    private (int From, int To) WithPhraseBefore(int cue, int sentenceStart)
    {
        for (int t = cue - 1; t > sentenceStart && cue - t <= PhraseTokens + 1 && quoteOf[t] < 0; t--)
        {
            if (document.TokenText(t).Equals("with", StringComparison.Ordinal))
            {
                // A name there, titled or not, is a candidate of its own (WithParticipleSubject).
                return t + 1 < cue && WithParticipleSubject(cue, sentenceStart) < 0 ? (t + 1, cue) : default;
            }

            if (!DescriptionWord(t) || IsCueWord(t) || IsAdverbOrAuxiliary(t))
            {
                return default;
            }
        }

        return default;
    }

    /// <summary>
    /// The subject of a participle in a "with" phrase ("Republicans were quick to chime in, with Donald Trump
    /// tweeting that ...", "with Cruz recently promising to ..."): the name between "with" (and its title) and the
    /// participle, or -1.
    /// </summary>
    private int WithParticipleSubject(int cue, int sentenceStart)
    {
        int k = cue - 1;
        while (k > sentenceStart && IsAdverbOrAuxiliary(k))
        {
            k--;
        }

        int c = k > sentenceStart ? CandidateEndingAt(k + 1) : -1;
        if (c < 0 || Candidates[c].Kind != CandidateKind.Name)
        {
            return -1;
        }

        // A title may stand between ("with Sen. John McCain calling it", "with Republican Senator John McCain").
        int t = Candidates[c].TokenStart - 1;
        while (t > sentenceStart && Candidates[c].TokenStart - t <= MaxTitleWords && tokens[t].Kind == TokenKind.Word
            && char.IsUpper(document.TokenText(t)[0]))
        {
            t--;
        }

        return t >= sentenceStart && document.TokenText(t).Equals("with", StringComparison.Ordinal) ? c : -1;
    }

    private const int MaxTitleWords = 3;

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
                || IsPrepositionObject(c.TokenStart) || IsSetOffPlace(i, sentenceStart) || IsDatelineAgency(i))
            {
                continue;
            }

            if (c.Kind == CandidateKind.Name && c.Label != EntityLabel.Person && i + 1 < candidateList.Count
                && Candidates[i + 1].IsPersonName && Candidates[i + 1].TokenStart - c.TokenEnd <= 2)
            {
                continue;
            }

            // "Former Obama speechwriter Jon Favreau published ...": the name modifies the titled person.
            return c.Kind == CandidateKind.Name && TitledPersonAfterName(i, limit) is int titled and >= 0 ? titled : i;
        }

        return -1;
    }

    /// <summary>
    /// Where the main clause starts when the sentence opens with a subordinate clause ("When asked whom she
    /// supported, Ms. Sherry smiled and said") or a participle's ("Asked on Monday whether ..., Mrs. Clinton"):
    /// after that clause's comma, if one comes before <paramref name="limit"/>.
    /// </summary>
    private int AfterOpeningSubordinateClause(int sentenceStart, int limit)
    {
        var first = document.TokenText(sentenceStart);
        if (tokens[sentenceStart].Kind != TokenKind.Word || !char.IsUpper(first[0])
            || !(OpensWithSubordinator(sentenceStart, limit) || IsOpeningParticiple(sentenceStart)))
        {
            return sentenceStart;
        }

        return AfterClauseComma(sentenceStart, limit);
    }

    /// <summary>
    /// Whether the sentence opens with a subordinate clause that cannot report the words after it: any but one
    /// opened by "as" ("As Amar put it, "..."" credits Amar); "Ever since she endorsed Mrs. Clinton, Ms. Warren has
    /// been ...: "..."" credits Ms. Warren.
    /// </summary>
    private bool OpensNonReportingClause(int sentenceStart, int limit) =>
        !document.TokenText(sentenceStart).Equals("As", StringComparison.Ordinal) && OpensWithSubordinator(sentenceStart, limit);

    /// <summary>
    /// Whether the sentence opens with a subordinator ("When ...,"), or with one that an adverb of degree or time
    /// modifies ("Ever since she endorsed ...,", "Even though ...,", "Shortly after ...,"), which opens the clause
    /// all the same.
    /// </summary>
    private bool OpensWithSubordinator(int sentenceStart, int limit) =>
        Subordinators.TryGetValue(document.TokenText(sentenceStart), out _)
        || (sentenceStart + 1 < limit && SubordinatorModifiers.TryGetValue(document.TokenText(sentenceStart), out _)
            && (Subordinators.TryGetValue(document.TokenText(sentenceStart + 1), out _) || ParticipleLinks.TryGetValue(document.TokenText(sentenceStart + 1), out _)));

    /// <summary>
    /// Past the comma that closes a clause opening at <paramref name="sentenceStart"/> (and past a description in
    /// apposition after it), if one comes before <paramref name="limit"/>; otherwise the sentence start.
    /// </summary>
    private int AfterClauseComma(int sentenceStart, int limit)
    {
        for (int t = sentenceStart + 1; t < limit && t - sentenceStart <= CueLookBehind; t++)
        {
            if (quoteOf[t] < 0 && IsComma(t))
            {
                int after = AfterApposition(t, limit);
                if (after > t + 1 && after < limit && tokens[after].Kind == TokenKind.Word && char.IsLower(document.TokenText(after)[0]))
                {
                    // "When Robby Mook, Clinton's campaign manager, was asked ..., he": the description was the
                    // clause's subject's, and its verb comes after it.
                    t = after - 1;
                    continue;
                }

                return after;
            }

            // American style puts the clause's comma inside the closing mark ("When Hale called it "a disaster,"
            // Levy ...").
            if (quoteOf[t] >= 0 && IsComma(t) && quotes[quoteOf[t]].CloseToken == t + 1 && t + 2 <= limit)
            {
                return t + 2;
            }
        }

        return sentenceStart;
    }

    /// <summary>The last participle cue in [<paramref name="from"/>, <paramref name="to"/>) outside quotes, or (-1, -1, None).</summary>
    private (int Cue, int CueEnd, CueKind Kind) PreviousParticipleCue(int from, int to)
    {
        for (int t = to - 1; t >= from && to - t <= CueLookBehind; t--)
        {
            if (quoteOf[t] < 0 && IsCue(t, from, out var kind, out int end) && (kind & CueKind.Participle) != 0)
            {
                return (t, end, kind);
            }
        }

        return (-1, -1, CueKind.None);
    }

    /// <summary>
    /// A participle opening the sentence ("Asked on Monday whether ..., Mrs. Clinton shook her head"): its clause has
    /// no subject of its own, so the names in it are no subject of the main clause.
    /// </summary>
    private bool IsOpeningParticiple(int t)
    {
        var word = document.TokenText(t);
        return word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)) && !InsideName(t);
    }

    /// <summary>
    /// Whether a place name is set off by punctuation where a subject never stands: a dateline ("WASHINGTON, Dec.
    /// 8 --", "Washington (AFP) --", "LONDON —") or the state after a city ("At a rally in Portsmouth, N.H., on Tuesday,").
    /// </summary>
    private bool IsSetOffPlace(int candidate, int sentenceStart)
    {
        var c = Candidates[candidate];
        if (!IsPlace(candidate) || c.TokenEnd >= tokens.Count)
        {
            return false;
        }

        bool setOffAfter = IsComma(c.TokenEnd) || document.TokenText(c.TokenEnd).Equals("(", StringComparison.Ordinal);
        return (setOffAfter && (c.TokenStart == sentenceStart || IsComma(c.TokenStart - 1))) || (c.TokenStart == sentenceStart && IsDash(c.TokenEnd));
    }

    /// <summary>
    /// Whether a candidate is the wire agency of a dateline, in parentheses before a dash ("Washington (AFP) –",
    /// "WASHINGTON, Aug. 24 (UPI) —"): it credits the whole story and is the subject of no clause.
    /// </summary>
    private bool IsDatelineAgency(int candidate)
    {
        var c = Candidates[candidate];
        return c.TokenStart > 0 && c.TokenEnd + 1 < tokens.Count
            && document.TokenText(c.TokenStart - 1).Equals("(", StringComparison.Ordinal)
            && document.TokenText(c.TokenEnd).Equals(")", StringComparison.Ordinal)
            && document.TokenText(c.TokenEnd + 1) is "-" or "--" or "\u2013" or "\u2014";
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

        // "After the Paris attacks, Trump ...", "Flanked by Joe Arpaio, Trump ...": the subject of the main clause,
        // after the opening phrase. Not after an opening clause with its own subject: "As Amar put it, "..."".
        int start = AfterOpeningPhrase(sentenceStart, limit);
        int main = MainSubject(start > sentenceStart || !(IsOpeningParticiple(sentenceStart) || OpensNonReportingClause(sentenceStart, limit)) ? start : AfterOpeningSubordinateClause(sentenceStart, limit), limit);
        if (main < 0)
        {
            main = MainSubject(sentenceStart, limit);
        }

        return main >= 0 && FrontedClausePronoun(Candidates[main].TokenEnd, limit) is int pronoun and >= 0 ? pronoun : main;
    }

    /// <summary>
    /// Where the main clause starts when the sentence opens with a prepositional phrase set off by a comma ("In a
    /// Fox interview later that day, Trump went further:", "After the Paris attacks, Trump released"): after that
    /// comma, if one comes before <paramref name="limit"/>; otherwise the sentence start.
    /// </summary>
    private int AfterOpeningPhrase(int sentenceStart, int limit)
    {
        var first = document.TokenText(sentenceStart);
        if (tokens[sentenceStart].Kind != TokenKind.Word || !char.IsUpper(first[0])
            || !(Prepositions.TryGetValue(first, out _) || OpeningPrepositions.TryGetValue(first, out _)))
        {
            return sentenceStart;
        }

        for (int t = sentenceStart + 1; t < limit && t - sentenceStart <= AppositionTokens; t++)
        {
            if (quoteOf[t] >= 0)
            {
                return sentenceStart;
            }

            if (IsComma(t))
            {
                return AfterApposition(t, limit);
            }
        }

        return sentenceStart;
    }

    /// <summary>
    /// Past the comma at <paramref name="comma"/> that ends an opening phrase, and past a description in apposition
    /// to the name the phrase ends with ("Flanked by Tom Hale, the county engineer, Levy said", "When Robby Mook,
    /// Clinton's campaign manager, was asked ..."): where the main clause starts.
    /// </summary>
    private int AfterApposition(int comma, int limit)
    {
        int description = CandidateStartingAt(comma + 1);
        if (description >= 0 && Candidates[description].Kind == CandidateKind.Name && Candidates[description].TokenEnd < limit
            && IsPossessive(Candidates[description].TokenEnd))
        {
            // "When Robby Mook, Clinton's campaign manager, was asked": the description starts at its possessor.
            description = CandidateStartingAt(Candidates[description].TokenEnd + 1);
        }

        if (description >= 0 && Candidates[description].Kind is CandidateKind.Nominal or CandidateKind.Indefinite
            && Candidates[description].TokenEnd < limit && IsComma(Candidates[description].TokenEnd)
            && CandidateEndingAt(comma) is int name and >= 0 && Candidates[name].Kind == CandidateKind.Name)
        {
            return Candidates[description].TokenEnd + 1;
        }

        return comma + 1;
    }

    private static readonly SpanWordTable<bool> OpeningPrepositions = Words(
        "after", "during", "alongside", "despite", "following", "amid", "before", "since", "throughout", "upon", "across");

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

    /// <summary>Whether a candidate (a new subject) stands between a quote and a later cue.</summary>
    private bool StartsClause(int from, int cue)
    {
        int i = LowerBound(from);
        return i < candidateList.Count && Candidates[i].TokenStart < cue;
    }
}
