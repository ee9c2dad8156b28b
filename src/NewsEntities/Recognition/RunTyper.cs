using System.Text;
using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition;

/// <summary>
/// Cuts one run of capitalized tokens into names and types them, for one document. Order of evidence: the whole
/// run in a gazetteer; a title or rank in front ("Defence Minister", "US Secretary of State"), which is stripped
/// and makes what follows a person; keyword heads ("... Authority", "... Strip"); given names and name
/// particles; and last, word shape. Whatever the rules cannot type is handed on unresolved or dropped.
/// </summary>
internal sealed class RunTyper
{
    private const int MaxPhraseTokens = 6;

    // Longer runs are shouting or tables, not names: only known phrases are taken from them, which also keeps
    // the recursive typing linear.
    private const int MaxRunTokens = 12;

    private readonly Document document;
    private readonly Lexicon lexicon;
    private readonly LineLayout layout;
    private readonly DocumentVocabulary vocabulary;
    private readonly List<MentionCandidate> output;
    private readonly StringBuilder keyBuilder = new();

    public RunTyper(Document document, Lexicon lexicon, LineLayout layout, DocumentVocabulary vocabulary, List<MentionCandidate> output)
    {
        this.document = document;
        this.lexicon = lexicon;
        this.layout = layout;
        this.vocabulary = vocabulary;
        this.output = output;
    }

    /// <summary>Types the run [start, end) of an ordinary line.</summary>
    public void Type(int start, int end)
    {
        if (end - start > MaxRunTokens)
        {
            SegmentRange(start, end, quiet: false);
        }
        else
        {
            TypeRange(start, end, personBias: false, quiet: false);
        }
    }

    /// <summary>
    /// Finds known names in a run whose capitals prove nothing (a headline): gazetteer phrases, given name +
    /// surname pairs, acronyms; other words go on unresolved for the document-level rules.
    /// </summary>
    public void Segment(int start, int end) => SegmentRange(start, end, quiet: false);

    private void TypeRange(int start, int end, bool personBias, bool quiet)
    {
        if (end - start >= 2 && TryKnownPhrase(start, end, out var known))
        {
            Emit(start, end, known, CandidateEvidence.Lexicon);
            return;
        }

        while (start < end && (IsStopWord(start) || IsJoiner(start) || IsCommonOpener(start)) && !StartsKnownPhrase(start, end))
        {
            start++;
            personBias = false;
        }

        while (end > start && (IsStopWord(end - 1) || IsJoiner(end - 1)))
        {
            end--;
        }

        if (start >= end)
        {
            return;
        }

        for (int k = start + 1; k < end - 1; k++)
        {
            if (IsStopWord(k) && !IsJoiner(k))
            {
                TypeRange(start, k, personBias, quiet);
                TypeRange(k + 1, end, personBias: false, quiet);
                return;
            }
        }

        if (TryKnownPhrase(start, end, out known))
        {
            Emit(start, end, known, CandidateEvidence.Lexicon);
            return;
        }

        if (end - start == 1)
        {
            TypeSingle(start, personBias, quiet);
            return;
        }

        if (TrySplitTitle(start, end, quiet))
        {
            return;
        }

        var last = Text(end - 1);
        if ((lexicon.OrganizationHeads.Contains(last) && !LeadsIntoOrganization(start, end)) || (lexicon.OrganizationStarts.Contains(Text(start)) && HasJoiner(start, end)))
        {
            Emit(start, end, EntityLabel.Organization, CandidateEvidence.Lexicon);
            return;
        }

        if (lexicon.MiscHeads.Contains(last))
        {
            Emit(start, end, EntityLabel.Misc, CandidateEvidence.Lexicon);
            return;
        }

        if (lexicon.PlaceHeads.Contains(last) || (lexicon.PlaceStarts.Contains(Text(start)) && IsPlace(start + 1, end)))
        {
            Emit(start, end, EntityLabel.Location, CandidateEvidence.Lexicon);
            return;
        }

        // A given name inside the run starts a new name: "Near Eastern Affairs Barbara Leaf".
        for (int k = start + 1; k < end - 1; k++)
        {
            if (IsGivenName(k) && !IsGivenName(k - 1) && !TokenShape.IsInitial(Text(k - 1)) && !lexicon.Particles.Contains(Text(k - 1)))
            {
                TypeRange(start, k, personBias: false, quiet: true);
                TypeRange(k, end, personBias, quiet);
                return;
            }
        }

        if (HasJoiner(start, end))
        {
            for (int k = start + 1; k < end; k++)
            {
                if (IsJoiner(k))
                {
                    int next = k + 1;
                    while (next < end && IsJoiner(next))
                    {
                        next++;
                    }

                    TypeRange(start, k, personBias, quiet);
                    TypeRange(next, end, personBias: false, quiet);
                    return;
                }
            }
        }

        // "Joe Truzman", "Joost van der Westhuizen", "C. Lewis".
        if (((IsGivenName(start) || TokenShape.IsInitial(Text(start))) && !HasStrongNonNameWord(start + 1, end)) || HasNameParticle(start, end))
        {
            Emit(start, end, EntityLabel.Person, CandidateEvidence.Lexicon);
            return;
        }

        if (personBias && end - start <= 4 && !HasNonNameWord(start, end))
        {
            Emit(start, end, EntityLabel.Person, CandidateEvidence.Context);
            return;
        }

        if (!quiet && end - start <= 3 && !HasNonNameWord(start, end) && layout.LineHasLowerCaseWord(start))
        {
            Emit(start, end, EntityLabel.Person, CandidateEvidence.Shape);
            return;
        }

        SegmentRange(start, end, quiet);
    }

    private void SegmentRange(int start, int end, bool quiet)
    {
        int p = start;
        while (p < end)
        {
            if ((IsStopWord(p) || IsJoiner(p)) && !StartsKnownPhrase(p, end))
            {
                p++;
                continue;
            }

            int q = Math.Min(end, p + MaxPhraseTokens);
            bool found = false;
            for (; q > p + 1; q--)
            {
                if (TryKnownPhrase(p, q, out var label))
                {
                    Emit(p, q, label, CandidateEvidence.Lexicon);
                    found = true;
                    break;
                }
            }

            if (found)
            {
                p = q;
                continue;
            }

            if (IsGivenName(p) && p + 1 < end && IsSurnameLike(p + 1))
            {
                int stop = p + 2;
                if (TokenShape.IsInitial(Text(p + 1)) && stop < end && IsSurnameLike(stop))
                {
                    stop++;
                }

                Emit(p, stop, EntityLabel.Person, CandidateEvidence.Lexicon);
                p = stop;
                continue;
            }

            TypeSingle(p, personBias: false, quiet);
            p++;
        }
    }

    private void TypeSingle(int index, bool personBias, bool quiet)
    {
        var word = Text(index);
        if (IsStopWord(index) || IsJoiner(index))
        {
            return;
        }

        if (lexicon.Demonyms.Contains(word))
        {
            Emit(index, index + 1, EntityLabel.Misc, CandidateEvidence.Lexicon);
            return;
        }

        if (lexicon.Places.TryGetValue(word, out var kind) && !(kind == PlaceKind.Town && vocabulary.HasLowerCase(word)))
        {
            // A town that is also a person's name stays open to the document-level rules ("Washington said").
            bool personName = kind != PlaceKind.Country && (lexicon.GivenNames.ContainsKey(word) || lexicon.Surnames.Contains(word));
            Emit(index, index + 1, EntityLabel.Location, personName ? CandidateEvidence.Shape : CandidateEvidence.Lexicon);
            return;
        }

        if (lexicon.Organizations.Contains(word))
        {
            Emit(index, index + 1, EntityLabel.Organization, CandidateEvidence.Lexicon);
            return;
        }

        if (lexicon.Demonyms.Contains(word))
        {
            Emit(index, index + 1, EntityLabel.Misc, CandidateEvidence.Lexicon);
            return;
        }

        if (TokenShape.IsAllCaps(word))
        {
            if (lexicon.TitleWords.Contains(word) || lexicon.Honorifics.ContainsKey(word) || lexicon.StopWords.Contains(word))
            {
                return;
            }

            if (LetterCount(word) <= 6 && !layout.InAllCapsLine(index))
            {
                Emit(index, index + 1, EntityLabel.Organization, CandidateEvidence.Shape);
            }
            else if (!quiet)
            {
                Emit(index, index + 1, EntityLabel.Misc, CandidateEvidence.Unresolved);
            }

            return;
        }

        if (lexicon.TitleWords.Contains(word) || lexicon.Honorifics.ContainsKey(word))
        {
            return;
        }

        if (personBias || FollowsRoleWord(index))
        {
            Emit(index, index + 1, EntityLabel.Person, CandidateEvidence.Context);
            return;
        }

        if (FollowsPlaceNoun(index))
        {
            Emit(index, index + 1, EntityLabel.Location, CandidateEvidence.Context);
            return;
        }

        if (!quiet)
        {
            Emit(index, index + 1, EntityLabel.Misc, CandidateEvidence.Unresolved);
        }
    }

    // "US Secretary of State Antony Blinken", "Israeli PM Benjamin Netanyahu", "CIA Director Williams Burns":
    // known names in front, then title words, then the person. The title words become roles in resolution.
    private bool TrySplitTitle(int start, int end, bool quiet)
    {
        int title = -1;
        for (int k = start; k < end; k++)
        {
            if (IsTitleWord(k))
            {
                title = k;
                break;
            }

            if (!IsKnownPrefix(k))
            {
                return false;
            }
        }

        if (title < 0)
        {
            return false;
        }

        int after = title;
        while (after < end && (IsTitleWord(after) || (IsJoiner(after) && after + 1 < end) || (IsWord(after, "state") && IsWord(after - 1, "of"))))
        {
            after++;
        }

        bool endsWithJoiner = IsJoiner(after - 1);
        if (after < end && !endsWithJoiner && lexicon.OrganizationHeads.Contains(Text(end - 1)))
        {
            return false;
        }

        if (title > start)
        {
            TypeRange(start, title, personBias: false, quiet);
        }

        if (after < end)
        {
            TypeRange(after, end, personBias: !endsWithJoiner, quiet);
        }

        return true;
    }

    // "Rangers of the Kenya Wildlife Service": words joined by "of" in front of an organization name belong to it
    // only if they name an organization themselves ("Bank of ...", "Office of ..."). True when they do not.
    private bool LeadsIntoOrganization(int start, int end)
    {
        for (int k = start + 1; k < end - 1; k++)
        {
            if (IsJoiner(k))
            {
                for (int j = start; j < k; j++)
                {
                    if (lexicon.OrganizationHeads.Contains(Text(j)) || lexicon.OrganizationStarts.Contains(Text(j)))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    // "New Zealand", "The Hague": a stop word that begins a known name is not trimmed off it.
    private bool StartsKnownPhrase(int start, int end)
    {
        for (int q = Math.Min(end, start + 4); q >= start + 2; q--)
        {
            if (TryKnownPhrase(start, q, out _))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsKnownPrefix(int index)
    {
        var word = Text(index);
        return lexicon.Demonyms.Contains(word) || lexicon.Places.ContainsKey(word) || lexicon.Organizations.Contains(word)
            || (TokenShape.IsAllCaps(word) && LetterCount(word) <= 6);
    }

    private bool IsTitleWord(int index)
    {
        var word = Text(index);
        return lexicon.TitleWords.Contains(word) || lexicon.Honorifics.ContainsKey(word);
    }

    private bool TryKnownPhrase(int start, int end, out EntityLabel label)
    {
        label = EntityLabel.Misc;
        if (end - start == 1)
        {
            var word = Text(start);
            if (lexicon.Demonyms.Contains(word))
            {
                return false;
            }

            if (lexicon.Organizations.Contains(word))
            {
                label = EntityLabel.Organization;
                return true;
            }

            // Towns, and regions that are also surnames ("Washington"), are left to the single-word rules.
            if (lexicon.Places.TryGetValue(word, out var kind) && kind != PlaceKind.Town && !(kind == PlaceKind.Region && lexicon.Surnames.Contains(word)))
            {
                label = EntityLabel.Location;
                return true;
            }

            return false;
        }

        string key = Key(start, end);
        if (lexicon.Organizations.Contains(key))
        {
            label = EntityLabel.Organization;
            return true;
        }

        if (lexicon.Places.ContainsKey(key))
        {
            label = EntityLabel.Location;
            return true;
        }

        return false;
    }

    private bool IsPlace(int start, int end) => start < end && (end - start == 1 ? lexicon.Places.ContainsKey(Text(start)) : lexicon.Places.ContainsKey(Key(start, end)));

    private string Key(int start, int end)
    {
        keyBuilder.Clear();
        for (int k = start; k < end; k++)
        {
            if (k > start)
            {
                keyBuilder.Append(' ');
            }

            keyBuilder.Append(Text(k));
        }

        return keyBuilder.ToString();
    }

    private bool IsGivenName(int index)
    {
        var word = Text(index);

        // "Al" is a short form of Albert but, standing alone, far more often the Arabic article: "Al Quds".
        return TokenShape.IsCapitalized(word) && !TokenShape.IsAllCaps(word) && lexicon.GivenNames.ContainsKey(word)
            && !word.Equals("Al", StringComparison.Ordinal) && !word.Equals("El", StringComparison.Ordinal);
    }

    private bool IsSurnameLike(int index)
    {
        var word = Text(index);
        return TokenShape.IsCapitalized(word) && !IsStopWord(index) && !lexicon.Demonyms.Contains(word) && !lexicon.TitleWords.Contains(word)
            && !vocabulary.HasLowerCase(word) && !TokenShape.HasCommonWordEnding(word);
    }

    // "Abu Rudeineh", "Al-Sisi", "bin Salman": a particle inside the run, or an Arabic article on a later token.
    private bool HasNameParticle(int start, int end)
    {
        if (lexicon.Particles.Contains(Text(start)))
        {
            return false;
        }

        for (int k = start; k < end; k++)
        {
            var word = Text(k);
            if (TokenShape.HasArticlePrefix(word) && k > start)
            {
                return true;
            }

            if (k > start && k < end - 1 && lexicon.Particles.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // Words that do not make a person name by capitals alone.
    private bool HasStrongNonNameWord(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            var word = Text(k);
            if (TokenShape.IsInitial(word) || lexicon.Particles.Contains(word))
            {
                continue;
            }

            // A surname may look like a title ("King"): only the last word can be the surname.
            bool title = lexicon.TitleWords.Contains(word) && !(k == end - 1 && lexicon.Surnames.Contains(word));
            if (TokenShape.IsAllCaps(word) || lexicon.Demonyms.Contains(word) || title || IsStopWord(k)
                || (lexicon.Places.TryGetValue(word, out var kind) && kind == PlaceKind.Country) || lexicon.OrganizationHeads.Contains(word)
                || lexicon.MiscHeads.Contains(word) || TokenShape.HasCommonWordEnding(word))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasNonNameWord(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            var word = Text(k);
            if (TokenShape.IsInitial(word))
            {
                continue;
            }

            if (TokenShape.IsAllCaps(word) || TokenShape.HasCommonWordEnding(word) || lexicon.Demonyms.Contains(word)
                || lexicon.TitleWords.Contains(word) || IsStopWord(k) || vocabulary.HasLowerCase(word)
                || (lexicon.Places.TryGetValue(word, out var kind) && kind != PlaceKind.Town && !(k > start && lexicon.Surnames.Contains(word)))
                || lexicon.Organizations.Contains(word) || lexicon.OrganizationHeads.Contains(word) || lexicon.MiscHeads.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasJoiner(int start, int end)
    {
        for (int k = start + 1; k < end - 1; k++)
        {
            if (IsJoiner(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsJoiner(int index)
    {
        var word = Text(index);
        return word.SequenceEqual("of") || word.SequenceEqual("for") || word.SequenceEqual("the");
    }

    private bool IsStopWord(int index)
    {
        var word = Text(index);
        return lexicon.StopWords.Contains(word) && !TokenShape.IsAllCaps(word);
    }

    // A capitalized sentence opener that is a common word: the document writes it in lower case elsewhere, or it
    // is shaped like one ("Mapping", "Heightened"), and no name list knows it.
    private bool IsCommonOpener(int index)
    {
        if (!layout.StartsSentence(index))
        {
            return false;
        }

        var word = Text(index);
        if (TokenShape.IsAllCaps(word) || lexicon.GivenNames.ContainsKey(word) || lexicon.Places.ContainsKey(word)
            || lexicon.Organizations.Contains(word) || lexicon.Demonyms.Contains(word))
        {
            return false;
        }

        return vocabulary.HasLowerCase(word) || TokenShape.HasCommonWordEnding(word);
    }

    private bool FollowsRoleWord(int index)
    {
        int previous = index - 1;
        if (previous < 0 || document.Tokens[previous].Kind != TokenKind.Word || !layout.SameLine(previous, index))
        {
            return false;
        }

        var word = Text(previous);
        return char.IsLower(word[0]) && lexicon.IsRoleWord(word);
    }

    private bool FollowsPlaceNoun(int index)
    {
        if (index < 2 || !IsWord(index - 1, "of"))
        {
            return false;
        }

        var noun = Text(index - 2);
        return noun.SequenceEqual("town") || noun.SequenceEqual("city") || noun.SequenceEqual("village") || noun.SequenceEqual("camp")
            || noun.SequenceEqual("province") || noun.SequenceEqual("region") || noun.SequenceEqual("district");
    }

    private bool IsWord(int index, string word) => index >= 0 && index < document.Tokens.Count && Text(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    private ReadOnlySpan<char> Text(int index) => document.TokenText(index);

    private static int LetterCount(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters;
    }

    private void Emit(int start, int end, EntityLabel label, CandidateEvidence evidence) =>
        output.Add(new MentionCandidate(new TokenRange(start, end), label, evidence));
}
