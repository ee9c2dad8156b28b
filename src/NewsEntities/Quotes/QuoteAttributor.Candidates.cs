using NewsEntities.Recognition;
using NewsEntities.Resolution;
using NewsEntities.Tokenization;

namespace NewsEntities.Quotes;

/// <summary>
/// Finding speaker candidates by position: binary search, the nearest one before a verb, the first one after a cue.
/// </summary>
internal sealed partial class QuoteAttributor
{
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

            // "Arsenal's captain said", "the Lakers' coach said": a member of a body speaks, not the body; only the
            // body's own words ("Apple's statement said") are its.
            if (PossessedPerson(i) >= 0)
            {
                continue;
            }

            if (!preferPerson || Candidates[i].IsPersonName)
            {
                return Candidates[i].Kind == CandidateKind.Name && TitledPersonAfterName(i, to) is int person and >= 0 ? person : i;
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

            // "Sen. Elizabeth Warren (D-MA) said": what stands in parentheses after a name tags it; "Paul D. Ryan, the
            // nation's highest-ranking Republican, on Tuesday called": a description set off by commas after a name
            // is the name's (without the second comma it may start the clause: "As Trump attacked Clinton, the
            // attendees chanted").
            if (c.TokenStart > sentenceStart && document.TokenText(c.TokenStart - 1).Equals("(", StringComparison.Ordinal)
                && CandidateEndingAt(c.TokenStart - 1) is int tagged and >= 0 && Candidates[tagged].IsPersonName)
            {
                return tagged;
            }

            if (c.Kind is CandidateKind.Nominal or CandidateKind.Indefinite && IsComma(c.TokenEnd)
                && PhraseStart(i) is int phrase && phrase - 1 > sentenceStart && IsComma(phrase - 1)
                && CandidateEndingAt(phrase - 1) is int named and >= 0 && Candidates[named].IsPersonName)
            {
                return named;
            }

            // "Chris Christie, a staunch Donald Trump ally, acknowledged": a name inside an indefinite noun phrase set
            // off after a person's name only modifies its noun, and the phrase describes that person.
            if (c.Kind == CandidateKind.Name && IndefinitePhraseStart(c, limit, sentenceStart) is int phraseStart and >= 0
                && phraseStart - 1 > sentenceStart && IsComma(phraseStart - 1)
                && CandidateEndingAt(BeforeParenthesis(phraseStart - 1, sentenceStart)) is int described and >= 0
                && Candidates[described].IsPersonName)
            {
                return described;
            }

            return i;
        }

        return -1;
    }

    /// <summary>
    /// Where the indefinite noun phrase a name modifies starts ("a staunch Donald Trump ally", "an Obama adviser"):
    /// the "a" or "an" before it with at most two lower-case words between, when a lower-case noun follows the
    /// name; or -1.
    /// </summary>
    private int IndefinitePhraseStart(in SpeakerCandidate name, int limit, int sentenceStart)
    {
        if (name.TokenEnd >= limit || tokens[name.TokenEnd].Kind != TokenKind.Word || !char.IsLower(document.TokenText(name.TokenEnd)[0]))
        {
            return -1;
        }

        for (int t = name.TokenStart - 1; t >= sentenceStart && name.TokenStart - t <= 3; t--)
        {
            var word = document.TokenText(t);
            if (word is "a" or "an")
            {
                return t;
            }

            if (tokens[t].Kind != TokenKind.Word || !char.IsLower(word[0]))
            {
                return -1;
            }
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

        if (before >= 0 && Prepositions.TryGetValue(document.TokenText(before), out _))
        {
            return true;
        }

        // "A spokesman for the Home Office", "An aide to Senator Warren", "a lawyer for Secretary of State Antony
        // Blinken": an article or a title between "for" or "to" and the name leaves the name its object. Other
        // prepositions open phrases of time or place that a name may follow with no comma ("On Sunday Trump said"),
        // and after a capital the "for" is inside a title ("Assistant Secretary of State for Near Eastern Affairs").
        if (CandidateStartingAt(start) is int name and >= 0 && Candidates[name].Kind == CandidateKind.Name
            && BeforeTitle(before, start) is int title and > 0 && title < before && document.TokenText(title) is "for" or "to"
            && tokens[title - 1].Kind == TokenKind.Word && char.IsLower(document.TokenText(title - 1)[0]))
        {
            return true;
        }

        // "a woman in Worcester, Massachusetts, told", "Republicans in Tennessee and Georgia said": the state after a
        // city, and a name coordinated with the object, are in the phrase too.
        if (before > 0 && CandidateEndingAt(before) is int previous and >= 0 && IsPrepositionObject(Candidates[previous].TokenStart))
        {
            var link = document.TokenText(before);
            return link is "and" or "or"
                || (IsComma(before) && IsPlace(previous) && CandidateStartingAt(start) is int place and >= 0 && IsPlace(place));
        }

        return false;
    }

    /// <summary>
    /// The token before "the" or a title of capitalized words that ends at <paramref name="before"/> in front of a
    /// name at <paramref name="start"/> ("the", "Senator", "Mr.", "Secretary of State"); <paramref name="before"/>
    /// when there is none. A capitalized word that ends a candidate of its own is no title ("In Iowa Trump said").
    /// </summary>
    private int BeforeTitle(int before, int start)
    {
        int t = before;
        while (t > 0 && start - t <= TitleTokens && (IsTitleWord(t) || (t + 1 < start && IsTitleLink(t))))
        {
            t--;
        }

        return t > 0 && document.TokenText(t).Equals("the", StringComparison.Ordinal) ? t - 1 : t;
    }

    // A capitalized word that ends no candidate of its own.
    private bool IsTitleWord(int t) =>
        tokens[t].Kind == TokenKind.Word && char.IsUpper(document.TokenText(t)[0]) && CandidateEndingAt(t + 1) < 0;

    // The period of an abbreviated title ("Mr.", "Sen.") or the "of" inside one ("Secretary of State").
    private bool IsTitleLink(int t)
    {
        var word = document.TokenText(t);
        return t > 0 && ((word.Equals(".", StringComparison.Ordinal) && document.TokenText(t - 1).Length <= 4) || word.Equals("of", StringComparison.Ordinal))
            && IsTitleWord(t - 1);
    }

    private const int TitleTokens = 5;

    // Valued with the gender a determiner gives its owner: "his" and "her" say whose words a quote is
    // (NearestPersonBefore), the others only that a description follows.
    private static readonly SpanWordTable<Gender> PossessiveDeterminers = new(new Dictionary<string, Gender>
    {
        ["his"] = Gender.Male,
        ["her"] = Gender.Female,
        ["their"] = Gender.Unknown,
        ["its"] = Gender.Unknown,
        ["our"] = Gender.Unknown,
        ["my"] = Gender.Unknown,
        ["your"] = Gender.Unknown,
    });

    /// <summary>The gender "his" or "her" at <paramref name="t"/> gives its owner; <see cref="Gender.Unknown"/> for any other token.</summary>
    private Gender OwnerGender(int t) =>
        PossessiveDeterminers.TryGetValue(document.TokenText(t), out var gender) ? gender : Gender.Unknown;

    private bool IsPossessive(int t) => Tokenizer.IsPossessiveEnding(document.Text, tokens, t);

    /// <summary>The description of a person that a name possesses right after it ("Arsenal's captain"), or -1.</summary>
    private int PossessedPerson(int name)
    {
        var c = Candidates[name];
        if (c.Kind != CandidateKind.Name || c.TokenEnd >= tokens.Count || !IsPossessive(c.TokenEnd) || name + 1 >= candidateList.Count)
        {
            return -1;
        }

        var next = Candidates[name + 1];
        return next.Kind is CandidateKind.Nominal && next.Label == EntityLabel.Person && next.TokenStart - c.TokenEnd <= 2 && PhraseStart(name + 1) == c.TokenStart
            ? name + 1 : -1;
    }

    /// <summary>Where a candidate's noun phrase starts: at its possessor when it has one ("the board's longest-serving member").</summary>
    private int PhraseStart(int candidate)
    {
        int start = Candidates[candidate].TokenStart;
        return start > 0 && IsPossessive(start - 1) && CandidateEndingAt(start - 1) is int owner and >= 0 ? Candidates[owner].TokenStart : start;
    }

    /// <summary>
    /// The person a name modifies through a title ("said Chicago Alderman Jason C. Ervin", "former Obama Education
    /// Secretary Arne Duncan", "Google CEO Sundar Pichai"): the person named right after it with only a title between;
    /// or -1.
    /// </summary>
    private int TitledPersonAfterName(int name, int to) =>
        Candidates[name].TokenEnd < to ? TitledPersonAt(Candidates[name].TokenEnd, to) : -1;

    /// <summary>
    /// The person named after a title of one to four words (capitalized words and names, periods, person nouns and
    /// the words that rank a title) that starts at <paramref name="t"/>: "Alderman Jason C. Ervin", "Gov. Greg
    /// Abbott", "delegate Beau Correll", "spokesman Navy Capt. Jeff Davis", "ranking Democrat Elijah Cummings"; or -1.
    /// </summary>
    private int TitledPersonAt(int t, int to)
    {
        const int MaxTitleTokens = 4;
        int next = LowerBound(t);
        while (next < candidateList.Count && Candidates[next].Kind == CandidateKind.Name && !Candidates[next].IsPersonName
            && Candidates[next].TokenEnd - t <= MaxTitleTokens)
        {
            next++; // a body or a place inside the title ("Navy Capt.")
        }

        if (next >= candidateList.Count || Candidates[next].TokenStart >= to || !Candidates[next].IsPersonName
            || Candidates[next].TokenStart - t is < 1 or > MaxTitleTokens)
        {
            return -1;
        }

        for (int k = t; k < Candidates[next].TokenStart; k++)
        {
            var word = document.TokenText(k);
            if (!(char.IsUpper(word[0]) || word is "." || PersonNouns.Table.TryGetValue(word, out _) || TitleRanks.TryGetValue(word, out _)))
            {
                return -1;
            }
        }

        return next;
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
    private int LowerBound(int token) => TextOrder.FirstNotBefore<SpeakerCandidate, StartsBefore>(Candidates, new(token));

    private readonly struct StartsBefore(int token) : ITextOrderProbe<SpeakerCandidate>
    {
        public bool IsBefore(in SpeakerCandidate item) => item.TokenStart < token;
    }
}
