using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using NewsEntities.Resolution;
using NewsEntities.Segmentation;
using NewsEntities.Tokenization;

namespace NewsEntities.Quotes;

/// <summary>
/// Lists the phrases of a document that could speak, in text order and in one pass: names of people and
/// organizations from the recognizer, subject pronouns, and descriptions headed by a person noun ("the PA
/// president", "a Palestinian politician", "senior officials").
/// </summary>
internal static class CandidateFinder
{
    /// <summary>Descriptions longer than this many tokens before their head are not looked for.</summary>
    private const int MaxModifiers = 5;

    /// <summary>Fills <paramref name="candidates"/>, emptied first, with the document's candidates.</summary>
    public static void Find(Document document, List<SpeakerCandidate> candidates, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        var mentions = document.Mentions;
        candidates.Clear();
        int m = 0;
        int t = 0;
        int steps = 0;
        while (t < tokens.Count)
        {
            cancellationToken.ThrowIfCancelledAt(steps++);
            while (m < mentions.Count && mentions[m].Tokens.Start < t)
            {
                m++;
            }

            if (m < mentions.Count && mentions[m].Tokens.Start == t)
            {
                var mention = mentions[m];
                // Places speak too ("Israel said", "Washington warned"), and a recognizer may take a surname for
                // a place; persons are still preferred wherever the choice is open.
                if (mention.Label is not EntityLabel.Misc)
                {
                    int cluster = m < document.MentionCluster.Count ? document.MentionCluster[m] : -1;
                    var gender = cluster >= 0 && cluster < document.Clusters.Count ? document.Clusters[cluster].Gender : Gender.Unknown;
                    candidates.Add(new SpeakerCandidate
                    {
                        TokenStart = t,
                        TokenEnd = mention.Tokens.End,
                        HeadToken = mention.Tokens.End - 1,
                        Kind = CandidateKind.Name,
                        Label = mention.Label,
                        Gender = gender,
                        Plural = false,
                        Cluster = cluster,
                        Resolved = true,
                    });
                    t = mention.Tokens.End;
                    continue;
                }
            }

            if ((tokens[t].Kind == TokenKind.Word && MayStartCandidate(document.TokenText(t))) || IsBareApostropheOfPlural(document, t))
            {
                var word = document.TokenText(t);
                if (TryPronoun(word, out var pronounGender, out bool pronounPlural))
                {
                    candidates.Add(new SpeakerCandidate
                    {
                        TokenStart = t,
                        TokenEnd = t + 1,
                        HeadToken = t,
                        Kind = CandidateKind.Pronoun,
                        Label = word.Equals("it", StringComparison.OrdinalIgnoreCase) ? EntityLabel.Organization : EntityLabel.Person,
                        Gender = pronounGender,
                        Plural = pronounPlural,
                        Cluster = -1,
                        Resolved = word.Equals("I", StringComparison.Ordinal),
                    });
                    t++;
                    continue;
                }

                int end = TryDescription(document, t, m, candidates, out var description);
                if (end > t)
                {
                    candidates.Add(description);
                    t = end;
                    continue;
                }
            }

            t++;
        }
    }

    /// <summary>
    /// A cheap filter run on every word: only a pronoun, an article, a possessor or a plural can start a
    /// candidate, so most words are ruled out by their length and letters before any comparison or look-up.
    /// </summary>
    private static bool MayStartCandidate(ReadOnlySpan<char> word)
    {
        // Lower-casing by bit: apostrophes are compared unmasked, as the bit would turn U+2019 into another character.
        char first = (char)(word[0] | 0x20);
        bool closedClass = word.Length switch
        {
            1 => first is 'a' or 'i',
            2 => first is 'h' or 'i' or 'a' || word[0] is '\'' or '\u2019',
            3 => first is 's' or 't' or 'h' or 'i' or 'o',
            4 => first == 't',
            5 => first == 't',
            7 => first == 'a',
            _ => false,
        };
        if (closedClass)
        {
            return true;
        }

        // Plural heads end in "s" or "men", or are "people".
        return word.Length >= 4
            && (word[^1] == 's' || word.EndsWith("men", StringComparison.Ordinal) || word.Equals("people", StringComparison.OrdinalIgnoreCase));
    }

    private static bool TryPronoun(ReadOnlySpan<char> word, out Gender gender, out bool plural)
    {
        plural = false;
        gender = Gender.Unknown;
        if (word.Equals("he", StringComparison.OrdinalIgnoreCase))
        {
            gender = Gender.Male;
            return true;
        }

        if (word.Equals("she", StringComparison.OrdinalIgnoreCase))
        {
            gender = Gender.Female;
            return true;
        }

        if (word.Equals("they", StringComparison.OrdinalIgnoreCase))
        {
            plural = true;
            return true;
        }

        // The writer in a first-person piece ("“Okay,” I said"): a speaker that is never resolved. "It" stands
        // for a body or a document ("..." it added).
        return word.Equals("I", StringComparison.Ordinal) || word.Equals("it", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A description starting at <paramref name="t"/>: a determiner, modifiers and a person noun, with an
    /// "of" phrase after it ("the Secretary of State"); or a bare plural ("Senior Palestinian officials").
    /// Returns the token just past it, or <paramref name="t"/> when there is none.
    /// </summary>
    private static int TryDescription(Document document, int t, int nextMention, List<SpeakerCandidate> candidates, out SpeakerCandidate description)
    {
        description = default;
        var tokens = document.Tokens;
        var word = document.TokenText(t);
        // A possessor makes a description definite ("Ryan's campaign", "his spokesman"); the possessor itself is
        // a candidate of its own, so the description starts after it.
        bool possessed = IsPossessiveDeterminer(word) || IsBareApostropheOfPlural(document, t);
        bool definite = possessed || word.Equals("the", StringComparison.OrdinalIgnoreCase);
        bool indefinite = !definite && (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
            || word.Equals("another", StringComparison.OrdinalIgnoreCase) || word.Equals("one", StringComparison.OrdinalIgnoreCase));
        int start = possessed ? t + 1 : t;
        int from = t + 1;
        if (!definite && !indefinite)
        {
            // A bare plural: only the head itself can start the check; its modifiers are gathered backwards.
            if (!PersonNouns.Table.TryGetValue(word, out var bare) || !bare.Plural)
            {
                return t;
            }

            int floor = candidates.Count > 0 ? candidates[^1].TokenEnd : 0;
            int sentenceFloor = t - MaxModifiers;
            while (start - 1 >= Math.Max(floor, sentenceFloor) && IsBareModifier(document, start - 1) && !LineBreakBefore(document, start))
            {
                start--;
            }

            description = new SpeakerCandidate
            {
                TokenStart = start,
                TokenEnd = t + 1,
                HeadToken = t,
                Kind = CandidateKind.Indefinite,
                Label = EntityLabel.Person,
                Gender = bare.Gender,
                Plural = true,
                Cluster = -1,
                Resolved = true,
            };
            return t + 1;
        }

        int head = -1;
        bool partyMember = false;
        var headInfo = default((Gender Gender, bool Plural));
        for (int j = from; j < tokens.Count && j <= from + MaxModifiers; j++)
        {
            var token = tokens[j];
            if (token.Kind is not (TokenKind.Word or TokenKind.Number) || IsFunctionWord(document.TokenText(j)) || LineBreakBefore(document, j))
            {
                break;
            }

            if (StartsPersonMention(document, j, nextMention, out int nameEnd))
            {
                // A person's name that modifies a noun ("the Obama administration", "the Clinton campaign") is part
                // of the description, not a person who speaks or whom a pronoun can mean.
                if (nameEnd >= tokens.Count || !char.IsLower(document.TokenText(nameEnd)[0]) || !PersonNouns.Table.TryGetValue(document.TokenText(nameEnd), out _))
                {
                    break;
                }

                j = nameEnd - 1;
                continue;
            }

            if (PersonNouns.Table.TryGetValue(document.TokenText(j), out var info))
            {
                head = j;
                headInfo = info;
            }
            else if (head < 0 && IsAge(document.TokenText(j), out bool ages))
            {
                // "The 34-year-old, who was making his first start, said": sports and court news name people
                // by age alone; a noun after it ("a 34-year-old man") is the head instead.
                head = j;
                headInfo = (Gender.Unknown, ages);
            }
            else if (head >= 0 && IsAge(document.TokenText(head), out _) && !ReportingVerbs.Table.TryGetValue(document.TokenText(j), out _))
            {
                // "the 34-year-old law": an age that modifies a thing.
                head = -1;
                break;
            }
            else if (head < 0 && IsPartyMemberEndingPhrase(document, j))
            {
                // "a New Hampshire Republican said": the member of a party, named where the phrase ends.
                head = j;
                partyMember = true;
                headInfo = (Gender.Unknown, document.TokenText(j)[^1] == 's');
                break;
            }
            else if (head >= 0)
            {
                // Heads may stack ("chief diplomat", "deputy head"); a word after the last one ends the phrase.
                break;
            }
        }

        // A head inside a name ("the State Department") leaves the name to speak for itself.
        if (head < 0 || (InsideMention(document, head, nextMention) && !partyMember))
        {
            return t;
        }

        int end = head + 1;
        if (end + 1 < tokens.Count && document.TokenText(end).Equals("of", StringComparison.Ordinal))
        {
            // "the Secretary of State", "the president of the Palestinian Authority".
            int k = end + 1;
            if (k < tokens.Count && document.TokenText(k).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                k++;
            }

            int ofEnd = k;
            while (ofEnd < tokens.Count && ofEnd - k < 5 && tokens[ofEnd].Kind == TokenKind.Word && IsNameLike(document, ofEnd))
            {
                ofEnd++;
            }

            if (ofEnd > k)
            {
                end = ofEnd;
            }
        }

        // A title before a name ("the US secretary of state Antony Blinken") is part of the name's phrase.
        if (end < tokens.Count && StartsPersonMention(document, end, nextMention))
        {
            return t;
        }

        description = new SpeakerCandidate
        {
            TokenStart = start,
            TokenEnd = end,
            HeadToken = head,
            Kind = definite ? CandidateKind.Nominal : CandidateKind.Indefinite,
            Label = PersonNouns.IsBody(document.TokenText(head)) ? EntityLabel.Organization : EntityLabel.Person,
            Gender = headInfo.Gender,
            Plural = headInfo.Plural,
            Cluster = -1,
            Resolved = !definite,
        };
        return end;
    }

    /// <summary>Whether a word is an age used as a noun ("34-year-old", "year-olds").</summary>
    private static bool IsAge(ReadOnlySpan<char> word, out bool plural)
    {
        plural = word.EndsWith("-year-olds", StringComparison.OrdinalIgnoreCase);
        return plural || word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The apostrophe of a possessive on a word ending in "s" ("Sanders’ campaign"), attached to that word.</summary>
    private static bool IsBareApostropheOfPlural(Document document, int t)
    {
        var tokens = document.Tokens;
        return t > 0 && tokens[t].Length == 1 && Tokenizer.IsApostrophe(document.Text[tokens[t].Start]) && tokens[t - 1].End == tokens[t].Start
            && tokens[t - 1].Kind == TokenKind.Word && (document.Text[tokens[t - 1].End - 1] | 0x20) == 's';
    }

    private static bool IsPossessiveDeterminer(ReadOnlySpan<char> word) =>
        Tokenizer.IsPossessiveS(word)
        || word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase)
        || word.Equals("their", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Democrat", "Republicans" as the last word of a phrase: before punctuation, a function word or a reporting
    /// verb ("a Nevada Democrat said"), not as a modifier ("the Republican presidential candidate").
    /// </summary>
    private static bool IsPartyMemberEndingPhrase(Document document, int token)
    {
        if (!IsPartyMember(document.TokenText(token)))
        {
            return false;
        }

        if (token + 1 >= document.Tokens.Count)
        {
            return true;
        }

        var next = document.TokenText(token + 1);
        return document.Tokens[token + 1].Kind != TokenKind.Word || IsFunctionWord(next) || ReportingVerbs.Table.TryGetValue(next, out _);
    }

    /// <summary>"Democrat", "Republicans": a member of a party, capitalized like a name.</summary>
    public static bool IsPartyMember(ReadOnlySpan<char> word) => word is "Democrat" or "Democrats" or "Republican" or "Republicans";

    private static bool InsideMention(Document document, int token, int nextMention)
    {
        var mentions = document.Mentions;
        for (int m = nextMention; m < mentions.Count && mentions[m].Tokens.Start <= token; m++)
        {
            if (mentions[m].Tokens.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsPersonMention(Document document, int token, int nextMention) =>
        StartsPersonMention(document, token, nextMention, out _);

    private static bool StartsPersonMention(Document document, int token, int nextMention, out int end)
    {
        var mentions = document.Mentions;
        for (int m = nextMention; m < mentions.Count && mentions[m].Tokens.Start <= token; m++)
        {
            if (mentions[m].Tokens.Start == token && mentions[m].Label == EntityLabel.Person)
            {
                end = mentions[m].Tokens.End;
                return true;
            }
        }

        end = -1;
        return false;
    }

    private static bool IsNameLike(Document document, int token)
    {
        var text = document.TokenText(token);
        return char.IsUpper(text[0]) || text.Equals("state", StringComparison.Ordinal) || text.Equals("staff", StringComparison.Ordinal)
            || text.Equals("defense", StringComparison.Ordinal) || text.Equals("defence", StringComparison.Ordinal);
    }

    private static bool IsBareModifier(Document document, int token)
    {
        if (document.Tokens[token].Kind != TokenKind.Word)
        {
            return false;
        }

        var text = document.TokenText(token);
        if (IsFunctionWord(text))
        {
            return false;
        }

        return char.IsUpper(text[0]) || text.Equals("senior", StringComparison.Ordinal) || text.Equals("former", StringComparison.Ordinal)
            || text.Equals("top", StringComparison.Ordinal) || text.Equals("other", StringComparison.Ordinal)
            || text.Equals("some", StringComparison.Ordinal) || text.Equals("several", StringComparison.Ordinal)
            || text.Equals("many", StringComparison.Ordinal) || text.Equals("local", StringComparison.Ordinal)
            || text.Equals("government", StringComparison.Ordinal) || text.Equals("security", StringComparison.Ordinal);
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionWords.TryGetValue(word, out _);

    /// <summary>
    /// Whether a line break, as the sentence splitter counts them, stands between token <paramref name="j"/> and the
    /// one before it: a line with no closing period ("Jane Doe chairs the committee") must not run into the next
    /// one's subject ("Officials in Kyiv said").
    /// </summary>
    private static bool LineBreakBefore(Document document, int j) => j > 0 && document.LineBreakBetween(j - 1, j);

    private static readonly SpanWordTable<bool> FunctionWords = new(
        new[]
        {
            "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "that",
            "who", "which", "whom", "whose", "as", "is", "was", "were", "are", "be", "been", "has", "have", "had",
            "said", "says", "told", "he", "she", "they", "it", "his", "her", "their", "its", "this", "these", "those",
            "not", "no", "than", "then", "also", "after", "before", "during", "while", "when", "where", "if",
        }.Select(w => new KeyValuePair<string, bool>(w, true)));
}
