using NewsEntities.Tokenization;

namespace NewsEntities.Quotes;

/// <summary>
/// The search for a reporting cue: which words are cues, the nearest one before a quote, and the cue that governs a
/// reported clause.
/// </summary>
internal sealed partial class QuoteAttributor
{
    /// <summary>
    /// Moves from a cue inside a reported clause to the cue that reports it: in "Yepez said Perez was right to urge
    /// leaders "to stand up"" the words are credited to Yepez. A cue counts as reported when an earlier plain
    /// verb cue of the sentence, after its own subject, opens a clause ("that", or a name or pronoun right after
    /// it) whose subject stands between them; clauses parted by a comma or a semicolon or joined by a coordinator
    /// or a relative pronoun are not nested, and neither is anything after another quote.
    /// </summary>
    private void GoverningCue(ref int cue, ref int cueEnd, ref CueKind kind, int sentenceStart, int quoteOpen = -1)
    {
        // "Tass quoted Lavrov as saying": the outlet only relays the words of the one it quotes. "Police said Bell
        // told officers: "I only looked down."": a cue that introduces the quote itself, with a colon or a comma,
        // gives the words of its own subject, whoever reports that he spoke.
        if (QuotedAsSaying(cue, kind, sentenceStart) >= 0 || (quoteOpen >= 0 && !IsPassive(cue) && IntroducesQuote(cueEnd, quoteOpen)))
        {
            return;
        }

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

        // "When Clinton noted that Trump paid no taxes - as was true - Trump boasted, "..."": a cue in a clause that
        // opens the sentence with a subordinator, up to its first comma or dash, does not report the main clause.
        int openingEnd = OpeningClauseEnd(sentenceStart, cue);
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

            if (t < openingEnd)
            {
                return;
            }

            if (subjectBetween && t < cue - 1 && IsCue(t, sentenceStart, out var outer, out int outerEnd) && PlainVerb(outer & ~CueKind.TakesListener)
                && (outer & CueKind.NeedsParticle) == 0 && RelativeSubject(t, sentenceStart) < 0 && !IsInfinitive(t)
                && t > sentenceStart && outerEnd < cue
                && (document.TokenText(outerEnd).Equals("that", StringComparison.Ordinal) || StartsSubject(outerEnd) || StartsDefiniteDescription(outerEnd)))
            {
                cue = t;
                cueEnd = outerEnd;
                kind = outer;
                subjectBetween = false;
            }
        }
    }

    /// <summary>
    /// Whether the quote at <paramref name="quoteOpen"/> opens a sentence of its own right after the cue ending at
    /// <paramref name="cueEnd"/>, past a listener of at most two words and a colon or a comma ("told officers:
    /// "I ...", "shouted, "You ..."), so that the cue's subject speaks it.
    /// </summary>
    private bool IntroducesQuote(int cueEnd, int quoteOpen)
    {
        int mark = quoteOpen - 1;
        if (mark < cueEnd || mark - cueEnd > MaxListenerWords || !(IsComma(mark) || document.TokenText(mark).Equals(":", StringComparison.Ordinal))
            || quoteOpen + 1 >= tokens.Count || tokens[quoteOpen + 1].Kind != TokenKind.Word || !char.IsUpper(document.TokenText(quoteOpen + 1)[0]))
        {
            return false;
        }

        for (int t = cueEnd; t < mark; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    // "told her", "told reporters", "told the court".
    private const int MaxListenerWords = 2;

    // "his salespersons were told, "..."": the subject of a passive cue is its listener.
    private bool IsPassive(int cue) => cue > 0 && document.TokenText(cue - 1) is "was" or "were" or "been" or "being" or "is" or "are" or "be" or "got" or "get";

    /// <summary>
    /// The object of a reporting verb that a participle after "as" describes ("Tass quoted Lavrov as saying",
    /// "The paper cited an aide as saying"): the one who says the words; or -1.
    /// </summary>
    private int QuotedAsSaying(int cue, CueKind kind, int sentenceStart)
    {
        if ((kind & CueKind.Participle) == 0 || cue - 2 <= sentenceStart || !document.TokenText(cue - 1).Equals("as", StringComparison.Ordinal))
        {
            return -1;
        }

        int c = CandidateEndingAt(cue - 1);
        if (c < 0 || Candidates[c].Kind == CandidateKind.Pronoun)
        {
            return -1;
        }

        int verb = PhraseStart(c) - 1;
        return verb > sentenceStart && tokens[verb].Kind == TokenKind.Word && char.IsLower(document.TokenText(verb)[0]) && IsCueWord(verb) ? c : -1;
    }

    /// <summary>
    /// The first comma or dash of a sentence that opens with a subordinator ("When", "As", "If"), if it comes before
    /// <paramref name="limit"/>; otherwise the sentence's start.
    /// </summary>
    private int OpeningClauseEnd(int sentenceStart, int limit)
    {
        var first = document.TokenText(sentenceStart);
        if (!char.IsUpper(first[0]) || !Subordinators.TryGetValue(first, out _))
        {
            return sentenceStart;
        }

        for (int t = sentenceStart + 1; t < limit && t - sentenceStart <= CueLookBehind; t++)
        {
            if (quoteOf[t] < 0 && (IsComma(t) || IsDash(t)))
            {
                return t;
            }
        }

        return sentenceStart;
    }

    /// <summary>
    /// Whether a definite description starts at <paramref name="t"/> ("the campaign's statement", "the report"): after
    /// a reporting verb it is the subject of the clause the verb reports.
    /// </summary>
    private bool StartsDefiniteDescription(int t)
    {
        int c = CandidateStartingAt(t);
        return c >= 0 && Candidates[c].Kind == CandidateKind.Nominal && document.TokenText(t).Equals("the", StringComparison.Ordinal);
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
            // ""...," Trump went on, "..."": "go on" with nothing after it but punctuation or "that" is "continue".
            if (IsGoOn(t))
            {
                kind = CueKind.Verb;
                cueEnd = t + 2;
                return true;
            }

            return false;
        }

        // Capitalized inside a sentence, the word is a name ("United States", "Said").
        if (char.IsUpper(word[0]) && t != sentenceStart && !IsOpeningMark(t - 1))
        {
            return false;
        }

        // "in the words of a senior adviser, "..."": like "according to", the source follows.
        if (word.Equals("words", StringComparison.OrdinalIgnoreCase) && t + 1 < tokens.Count && document.TokenText(t + 1).Equals("of", StringComparison.Ordinal))
        {
            kind = CueKind.SpeakerAfter;
            cueEnd = t + 2;
            return true;
        }

        if (InsideName(t))
        {
            return false;
        }

        // Right after an article or a possessive a verb's form is an adjective or a noun ("in a written statement",
        // "his stated aim"). Not after "that", a relative pronoun there ("a message that said"), nor "her", which
        // may be the object of what comes before ("the woman next to her said").
        if (t > 0 && (kind & CueKind.Nominal) == 0 && AdjectiveMakers.TryGetValue(document.TokenText(t - 1), out _))
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

    private bool IsGoOn(int t)
    {
        var word = document.TokenText(t);
        if (t + 2 >= tokens.Count || !IsFormOfGo(word) || !document.TokenText(t + 1).Equals("on", StringComparison.Ordinal))
        {
            return false;
        }

        return tokens[t + 2].Kind == TokenKind.Punctuation || document.TokenText(t + 2).Equals("that", StringComparison.Ordinal);
    }

    private static bool PlainVerb(CueKind kind) =>
        (kind & (CueKind.Nominal | CueKind.Participle | CueKind.TakesListener | CueKind.SpeakerAfter)) == 0;

    /// <summary>A cue word that is no noun: one that can end a description, where "statement" or "email" is its head.</summary>
    private bool IsPlainCueWord(int t) =>
        ReportingVerbs.Table.TryGetValue(document.TokenText(t), out var kind) && (kind & (CueKind.AlsoNoun | CueKind.Nominal)) == 0;

    private bool IsCueWord(int t) => ReportingVerbs.Table.TryGetValue(document.TokenText(t), out _);

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

    private bool IsCallVerb(int t)
    {
        var word = document.TokenText(t);
        return word.Equals("call", StringComparison.Ordinal) || word.Equals("calls", StringComparison.Ordinal)
            || word.Equals("called", StringComparison.Ordinal) || word.Equals("calling", StringComparison.Ordinal);
    }
}
