using NewsEntities.Recognition;
using NewsEntities.Resolution;
using NewsEntities.Tokenization;

namespace NewsEntities.Quotes;

/// <summary>
/// Sources that are no candidate: descriptions, names the recognizer missed, possessors of speech nouns and signed
/// lines.
/// </summary>
internal sealed partial class QuoteAttributor
{
    /// <summary>
    /// A noun of speech owned by a possessive ("her claim", "Trump's March comment") whose "that" clause holds the
    /// quote: "her claim that she "never sent ..."". The owner is the possessive determiner or the "'s" token.
    /// </summary>
    private bool PossessedSpeech(int openToken, int sentenceStart, out int owner, out int noun)
    {
        owner = noun = -1;
        for (int k = openToken - 1; k > sentenceStart && openToken - k <= 4 && quoteOf[k] < 0; k--)
        {
            // "her claim that she "...""; "his promise of "free college"" and "her remark: "..."" only right before the mark.
            // "his call for "a total ban"", "her pledge to be "neutral"": the noun's complement is the quote too.
            var link = document.TokenText(k);
            if (k == openToken - 1 && link is "be" && k - 1 > sentenceStart && document.TokenText(k - 1) is "to")
            {
                k--;
                link = document.TokenText(k);
            }
            else if (!link.Equals("that", StringComparison.Ordinal) && !(k == openToken - 1 && link is "of" or ":" or "for" or "against"))
            {
                continue;
            }

            // "his patronizing suggestion at a similarly timed debate that": a few words may stand between the noun
            // and "that", but no clause boundary ("Clinton's emails, the FBI confirmed that").
            int reach = link.Equals("that", StringComparison.Ordinal) ? 6 : 1;
            for (int n = k - 1; n > sentenceStart && k - n <= reach && quoteOf[n] < 0 && !IsComma(n); n--)
            {
                if (!ReportingVerbs.IsSpeechNoun(document.TokenText(n)))
                {
                    continue;
                }

                // The owner stands right before the noun or before a few modifiers ("her March comment", "Hale's recent
                // evidence-free assertion").
                for (int o = n - 1; o >= sentenceStart && n - o <= 4; o--)
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

        var gender = OwnerGender(owner);
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
    /// The source a lead-in that opens with "from" names before the colon at <paramref name="colon"/>: "From the
    /// report:", "More from Blumenthal and Cohen:", "From Andrea Peyser writing at The New York Post:". The source
    /// runs from after "from" to the colon, or to a participle cue ("writing") alone or after a comma; any other
    /// clause ("From the start, Trump said:") has a subject of its own and is no lead-in. An empty range otherwise.
    /// </summary>
    private (int From, int To) FromLeadIn(int colon, int sentenceStart)
    {
        const int MaxLeadIn = 16;
        const int MaxSourceTokens = 8;
        int t = sentenceStart;
        while (t < colon && t - sentenceStart < 2 && (IsDash(t) || document.TokenText(t) is "More" or "And" or "more"))
        {
            t++; // "-More from ...", a digest's bullet
        }

        if (colon - sentenceStart > MaxLeadIn || t + 1 >= colon || !document.TokenText(t).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return default;
        }

        int from = t + 1;
        int to = from;
        while (to < colon && to - from < MaxSourceTokens && quoteOf[to] < 0 && !IsComma(to) && !IsParticipleCue(to))
        {
            to++;
        }

        if (to == from || quoteOf[to] >= 0)
        {
            return default;
        }

        return to == colon || IsParticipleCue(IsComma(to) ? to + 1 : to) ? (from, to) : default;
    }

    // A cue word in a noun phrase is a noun ("the report"); one in -ing after it is the participle that ends it.
    private bool IsParticipleCue(int t) => IsCueWord(t) && document.TokenText(t).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// Gives quote <paramref name="q"/> the source a lead-in or a signature names: the name that is all of it, or
    /// else the words themselves with no entity.
    /// </summary>
    private void AssignSignature(int q, int from, int to)
    {
        int named = CandidateStartingAt(from);
        if (named >= 0 && Candidates[named].TokenEnd == to && Candidates[named].Kind == CandidateKind.Name)
        {
            Assign(q, named, -1, -1);
        }
        else
        {
            quotes[q].SpeakerStart = tokens[from].Start;
            quotes[q].SpeakerEnd = tokens[to - 1].End;
        }
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
            // "the bespectacled, 71-year-old diplomat said": a comma between two adjectives stays inside.
            if (!DescriptionWord(t) && !(IsComma(t) && t > from + 1 && t + 1 < cue - 1 && DescriptionWord(t - 1) && DescriptionWord(t + 1)))
            {
                return default;
            }
        }

        return (from, cue);
    }

    /// <summary>
    /// The last token before a cue once adverbs and auxiliaries are passed over (below <paramref name="sentenceStart"/>
    /// when none is left); false when one of them makes the cue passive ("was told"), which gives it no subject.
    /// </summary>
    private bool TrySkipBackOverAuxiliaries(int cue, int sentenceStart, out int k)
    {
        k = cue - 1;
        // "being" is no auxiliary of the table but makes the cue passive all the same ("after being asked").
        while (k >= sentenceStart && (IsAdverbOrAuxiliary(k) || PassiveAuxiliaries.TryGetValue(document.TokenText(k), out _)))
        {
            if (PassiveAuxiliaries.TryGetValue(document.TokenText(k), out _))
            {
                return false;
            }

            k--;
        }

        return true;
    }

    /// <summary>
    /// A noun phrase that opens a clause and ends right before a cue (adverbs and auxiliaries aside) and that no
    /// candidate covers: "The email said", "one user wrote", "Another tweeted". Nothing when the cue is passive.
    /// </summary>
    private (int From, int To) DescriptionBefore(int cue, int sentenceStart)
    {
        if (!TrySkipBackOverAuxiliaries(cue, sentenceStart, out int k))
        {
            return default;
        }

        // "The email went on to say": the subject of the phrase that carries the verb.
        if (k - 3 >= sentenceStart && document.TokenText(k).Equals("to", StringComparison.Ordinal)
            && document.TokenText(k - 1).Equals("on", StringComparison.Ordinal) && IsFormOfGo(document.TokenText(k - 2)))
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
        // A quantifier stands alone before punctuation (""...," read one.", ""...," tweeted another.").
        bool alone = indefinite && to == from + 1 && to < sentenceEnd && tokens[to].Kind == TokenKind.Punctuation;
        return (to > from + 1 || alone) && ends ? (from, to) : default;
    }

    private void AssignDescription(int q, int from, int to, int cue, int cueEnd)
    {
        var quote = quotes[q];
        var description = new SpeakerCandidate { TokenStart = from, TokenEnd = to, HeadToken = to - 1, Kind = CandidateKind.Nominal, Cluster = -1 };
        quote.CueStart = tokens[cue].Start;
        quote.CueEnd = tokens[cueEnd - 1].End;
        quote.SpeakerStart = tokens[from].Start;
        quote.SpeakerEnd = tokens[to - 1].End;
        quote.SpeakerCluster = ResolveRole(description, q);
        var kind = MentionKind.Nominal;
        if (quote.SpeakerCluster < 0 && IsCapitalizedRun(from, to))
        {
            // "Brafman said, "..."", "Mr. Rhodes told": a name the recognizer missed here but found elsewhere; a
            // body's name ("Judicial Watch added") only as written there.
            quote.SpeakerCluster = NearestNamed(to - 1, to, wholeName: false);
            if (quote.SpeakerCluster < 0)
            {
                quote.SpeakerCluster = NearestNamed(from, to, wholeName: true);
            }

            kind = MentionKind.Name;
        }

        if (quote.SpeakerCluster >= 0)
        {
            AddReference(quote.SpeakerCluster, quote.SpeakerStart, quote.SpeakerEnd, kind);
        }
    }

    private bool IsCapitalizedRun(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && !char.IsUpper(document.TokenText(t)[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The cluster of the nearest recognized mention, within <see cref="SurnameLookBack"/> mentions back and ahead
    /// in turn, written exactly as tokens [<paramref name="from"/>, <paramref name="to"/>) are
    /// (<paramref name="wholeName"/>), or else a person's whose name ends with those words ("Maddow asked ..." may
    /// come before "Rachel Maddow" is recognized); -1 when there is none.
    /// </summary>
    private int NearestNamed(int from, int to, bool wholeName)
    {
        var mentions = document.Mentions;
        var text = document.Text.AsSpan(tokens[from].Start, tokens[to - 1].End - tokens[from].Start);
        int next = TextOrder.FirstMentionFrom(mentions, from);
        for (int seen = 0; seen < SurnameLookBack; seen++)
        {
            int before = next - 1 - seen;
            int after = next + seen;
            if (before < 0 && after >= mentions.Count)
            {
                break;
            }

            if (wholeName ? IsNamedAs(before, text) : IsPersonEndingWith(before, text))
            {
                return document.MentionCluster[before];
            }

            if (wholeName ? IsNamedAs(after, text) : IsPersonEndingWith(after, text))
            {
                return document.MentionCluster[after];
            }
        }

        return -1;
    }

    private bool IsNamedAs(int m, ReadOnlySpan<char> text) =>
        m >= 0 && m < document.Mentions.Count && m < document.MentionCluster.Count && document.MentionCluster[m] >= 0
        && document.Mentions[m].Label != EntityLabel.Misc && document.TextOf(document.Mentions[m].Tokens).SequenceEqual(text);

    private bool IsPersonEndingWith(int m, ReadOnlySpan<char> word) =>
        m >= 0 && m < document.Mentions.Count && document.Mentions[m].Label == EntityLabel.Person && m < document.MentionCluster.Count && document.MentionCluster[m] >= 0
        && document.TokenText(document.Mentions[m].Tokens.End - 1).Equals(word, StringComparison.Ordinal);

    /// <summary>How many recognized names back a missed name is looked for.</summary>
    private const int SurnameLookBack = 500;

    /// <summary>
    /// Credits a quote to a phrase read only by its position ("About four in 10", "audio obtained by reporters"):
    /// the phrase is the speaker mention and resolves to no entity, since it may hold names of its own and is
    /// no description of one person.
    /// </summary>
    private void AssignPhrase(int q, int from, int to, int cue, int cueEnd)
    {
        var quote = quotes[q];
        quote.CueStart = tokens[cue].Start;
        quote.CueEnd = tokens[cueEnd - 1].End;
        quote.SpeakerStart = tokens[from].Start;
        quote.SpeakerEnd = tokens[to - 1].End;
        quote.SpeakerCluster = -1;
    }
}
