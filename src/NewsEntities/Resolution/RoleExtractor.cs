using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using NewsEntities.Tokenization;

namespace NewsEntities.Resolution;

/// <summary>
/// Reads the roles a document binds to a person mention, as lower-case phrases: pre-modifiers ("US secretary of
/// state Antony Blinken" → "us secretary of state", "PA deputy chief of staff Nabil Abu Rudeineh" → "pa deputy
/// chief of staff"), apposition after the name ("Bill Burns, the director of the CIA," → "director of the cia")
/// and apposition before it ("the President of the Palestinian National Authority (PNA), Mahmoud Abbas" →
/// "president of the palestinian national authority").
/// </summary>
/// <remarks>
/// A struct over the document's alias workspace: a role is written into the workspace's buffer and made a string
/// only when the person has no such role yet, since the same role is read again at every mention of the person.
/// </remarks>
internal readonly struct RoleExtractor
{
    private const int MaxRoleTokens = 14;
    private const int RoleWordWindow = 4;

    private readonly Document document;
    private readonly Lexicon lexicon;
    private readonly int[] mentionAt;
    private readonly AliasWorkspace work;

    public RoleExtractor(Document document, Lexicon lexicon, int[] mentionAt, AliasWorkspace work)
    {
        this.document = document;
        this.lexicon = lexicon;
        this.mentionAt = mentionAt;
        this.work = work;
    }

    /// <summary>Adds the roles bound to the mention to <paramref name="roles"/>, without duplicates.</summary>
    public void Collect(NamedMention mention, List<string> roles)
    {
        // "Sen. Bernie Sanders (I-Vt.)", "Rep. Smith, R-Texas,", "Sen. Bernie Sanders of Vermont": the state makes
        // "the Vermont senator" of the title, and the party "the Texas Republican" of the tag.
        var (state, party) = StateAfter(mention.Tokens.End);
        var title = PreModifier(mention.Tokens.Start);
        if (title.Start >= 0)
        {
            var phrase = Phrase(title.Start, title.End);
            AddPhrase(phrase, roles);
            if (state is not null)
            {
                AddPhrase(state, phrase, roles);
            }
        }

        AddRole(AppositionAfter(mention.Tokens.End), roles);
        AddRole(AppositionBefore(mention.Tokens.Start), roles);
        if (state is not null && party is not null)
        {
            AddPhrase(state, party, roles);
        }
    }

    // A role is the span (start, end) of tokens, or (-1, -1) for none.
    private void AddRole((int Start, int End) role, List<string> roles)
    {
        if (role.Start >= 0)
        {
            AddPhrase(Phrase(role.Start, role.End), roles);
        }
    }

    private static void AddPhrase(ReadOnlySpan<char> phrase, List<string> roles)
    {
        if (phrase.IsEmpty)
        {
            return;
        }

        foreach (string known in roles)
        {
            if (phrase.SequenceEqual(known))
            {
                return;
            }
        }

        roles.Add(phrase.ToString());
    }

    /// <summary>Adds "<paramref name="first"/> <paramref name="second"/>" unless it is there; the string is built only when added.</summary>
    private static void AddPhrase(string first, ReadOnlySpan<char> second, List<string> roles)
    {
        foreach (string known in roles)
        {
            if (known.Length == first.Length + 1 + second.Length && known.StartsWith(first, StringComparison.Ordinal)
                && known[first.Length] == ' ' && known.AsSpan(first.Length + 1).SequenceEqual(second))
            {
                return;
            }
        }

        roles.Add(string.Concat(first, " ", second));
    }

    /// <summary>
    /// The state (lower case) and party ("democrat", "republican", "independent", or null) that follow a name: a
    /// party tag in parentheses or commas ("(D-N.Y.)", ", R-Texas,") or an "of" phrase naming a state ("of Vermont");
    /// (null, null) when none does.
    /// </summary>
    private (string? State, string? Party) StateAfter(int nameEnd)
    {
        var tokens = document.Tokens;
        if (nameEnd + 1 >= tokens.Count)
        {
            return (null, null);
        }

        if (Text(nameEnd).SequenceEqual("of") && mentionAt[nameEnd + 1] >= 0
            && document.Mentions[mentionAt[nameEnd + 1]] is { Label: EntityLabel.Location } place && place.Tokens.Start == nameEnd + 1)
        {
            return (UsStates.NameOf(document.TextOf(place.Tokens)), null);
        }

        if (!(Text(nameEnd).SequenceEqual("(") || Text(nameEnd).SequenceEqual(",")))
        {
            return (null, null);
        }

        // The tag is read from the characters: its state may be split over tokens ("D-N" "." "Y.").
        var text = document.Text.AsSpan(tokens[nameEnd + 1].Start);
        if (text.Length < 4 || text[1] != '-')
        {
            return (null, null);
        }

        string? party = text[0] switch { 'D' => "democrat", 'R' => "republican", 'I' => "independent", _ => null };
        int end = 2;
        while (end < text.Length && end < 16 && (char.IsLetter(text[end]) || text[end] is '.' or ' '))
        {
            end++;
        }

        return party is not null && end < text.Length && text[end] is ')' or ',' && UsStates.NameOf(text[2..end]) is string state
            ? (state, party)
            : (null, null);
    }

    private static (int Start, int End) None => (-1, -1);

    // Walks back over title words, names of organizations and places, nationalities and "of"-phrases.
    private (int Start, int End) PreModifier(int nameStart)
    {
        int k = nameStart - 1;

        // An honorific right before the name is no role ("Dr Ghassan Khatib").
        if (k >= 0 && lexicon.Honorifics.ContainsKey(Text(k)))
        {
            return None;
        }

        int start = nameStart;
        while (k >= 0 && nameStart - k <= MaxRoleTokens && document.Tokens[k].Kind == TokenKind.Word && SameLine(k, nameStart))
        {
            var word = Text(k);
            int m = mentionAt[k];
            if (m >= 0)
            {
                if (document.Mentions[m].Label == EntityLabel.Person)
                {
                    break;
                }

                k = document.Mentions[m].Tokens.Start;
                start = k;
                k--;
                continue;
            }

            bool accepted = lexicon.IsRoleWord(word) || lexicon.Demonyms.Contains(word) || IsJoiner(word)
                || (char.IsUpper(word[0]) && !lexicon.StopWords.Contains(word))

                // "chief of staff": a plain noun is part of the role when "of" governs it.
                || (k > 0 && IsJoiner(Text(k - 1)) && !lexicon.StopWords.Contains(word));
            if (!accepted || (lexicon.StopWords.Contains(word) && !IsJoiner(word)))
            {
                break;
            }

            start = k;
            k--;
        }

        while (start < nameStart && IsJoiner(Text(start)))
        {
            start++;
        }

        return start < nameStart && HasRoleWord(start, nameStart, nameStart - start) ? (start, nameStart) : None;
    }

    // ", the director of the CIA," after the name.
    private (int Start, int End) AppositionAfter(int nameEnd)
    {
        if (nameEnd >= document.Tokens.Count || !Text(nameEnd).SequenceEqual(","))
        {
            return None;
        }

        int start = nameEnd + 1;
        if (start < document.Tokens.Count && IsDeterminer(Text(start)))
        {
            start++;
        }

        int end = start;
        while (end < document.Tokens.Count && SameLine(end, nameEnd) && !EndsPhrase(end))
        {
            if (end - start >= MaxRoleTokens)
            {
                return None;
            }

            end++;
        }

        return HasRoleWord(start, end, RoleWordWindow) && IsNounPhrase(start, end) && !HasPerson(start, end) ? (start, end) : None;
    }

    // "the President of the Palestinian National Authority (PNA), Mahmoud Abbas": a determiner, a role, a comma.
    private (int Start, int End) AppositionBefore(int nameStart)
    {
        int comma = nameStart - 1;
        if (comma < 1 || !Text(comma).SequenceEqual(","))
        {
            return None;
        }

        for (int k = comma - 1; k >= 0 && comma - k <= MaxRoleTokens && SameLine(k, comma); k--)
        {
            var word = Text(k);
            if (IsDeterminer(word))
            {
                int start = k + 1;
                if (start < comma && HasRoleWord(start, comma, RoleWordWindow) && !IsOneMention(start, comma) && IsNounPhrase(start, comma) && !HasPerson(start, comma))
                {
                    return (start, comma);
                }

                continue;
            }

            if (document.Tokens[k].Kind != TokenKind.Word && !word.SequenceEqual("(") && !word.SequenceEqual(")"))
            {
                return None;
            }
        }

        return None;
    }

    // A list of people ("Foreign Minister Eli Cohen, Defence Minister Yoav Gallant") is no apposition.
    private bool HasPerson(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (mentionAt[k] >= 0 && document.Mentions[mentionAt[k]].Label == EntityLabel.Person)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsOneMention(int start, int end)
    {
        int m = mentionAt[start];
        if (m < 0)
        {
            return false;
        }

        int mentionEnd = document.Mentions[m].Tokens.End;
        for (int k = mentionEnd; k < end; k++)
        {
            if (document.Tokens[k].Kind == TokenKind.Word && mentionAt[k] < 0 && !TokenShapeIsAcronym(k))
            {
                return false;
            }
        }

        return true;
    }

    private bool TokenShapeIsAcronym(int k) => TokenShape.IsAllCaps(Text(k));

    // No verbs or clause words: an apposition is a noun phrase ("a member of ...", not "whom he assured").
    private bool IsNounPhrase(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            var word = Text(k);
            if (word.SequenceEqual("who") || word.SequenceEqual("whom") || word.SequenceEqual("which") || word.SequenceEqual("that")
                || word.SequenceEqual("said") || word.SequenceEqual("told") || word.SequenceEqual("is") || word.SequenceEqual("was")
                || word.SequenceEqual("has") || word.SequenceEqual("had") || word.SequenceEqual("he") || word.SequenceEqual("she")
                || word.SequenceEqual("by") || word.SequenceEqual("with"))
            {
                return false;
            }
        }

        return true;
    }

    private bool EndsPhrase(int k)
    {
        var word = Text(k);
        return word.SequenceEqual(",") || word.SequenceEqual(".") || word.SequenceEqual(";") || word.SequenceEqual(":")
            || word.SequenceEqual(")") || word.SequenceEqual("—") || word.SequenceEqual("–") || IsQuote(word);
    }

    private static bool IsQuote(ReadOnlySpan<char> word) => word.Length == 1 && word[0] is '"' or '“' or '”' or '\'' or '‘' or '’';

    private bool HasRoleWord(int start, int end, int window)
    {
        for (int k = start; k < end && k - start < window; k++)
        {
            var word = Text(k);
            if ((lexicon.TitleWords.Contains(word) || lexicon.Professions.Contains(word)) && !IsModifierOnly(word))
            {
                return true;
            }
        }

        return false;
    }

    // Title words that qualify a role but are none by themselves ("former", "national").
    private static bool IsModifierOnly(ReadOnlySpan<char> word) =>
        word.Equals("former", StringComparison.OrdinalIgnoreCase) || word.Equals("national", StringComparison.OrdinalIgnoreCase)
        || word.Equals("senior", StringComparison.OrdinalIgnoreCase) || word.Equals("security", StringComparison.OrdinalIgnoreCase)
        || word.Equals("intelligence", StringComparison.OrdinalIgnoreCase) || word.Equals("foreign", StringComparison.OrdinalIgnoreCase)
        || word.Equals("acting", StringComparison.OrdinalIgnoreCase) || word.Equals("then", StringComparison.OrdinalIgnoreCase)
        || word.Equals("special", StringComparison.OrdinalIgnoreCase) || word.Equals("opposition", StringComparison.OrdinalIgnoreCase)
        || word.Equals("party", StringComparison.OrdinalIgnoreCase) || word.Equals("late", StringComparison.OrdinalIgnoreCase);

    // The role as lower-case words, parenthesized asides ("(PNA)") left out, clitics kept on their word; written
    // into the workspace's buffer, valid until the next phrase.
    private ReadOnlySpan<char> Phrase(int start, int end)
    {
        int most = 0;
        for (int k = start; k < end; k++)
        {
            most += Math.Max(document.Tokens[k].Length, Spelled(Text(k)).Length) + 1;
        }

        var builder = work.RoleBuffer(most);
        int length = 0;
        int depth = 0;
        for (int k = start; k < end; k++)
        {
            var word = Text(k);
            if (word.SequenceEqual("("))
            {
                depth++;
                continue;
            }

            if (word.SequenceEqual(")"))
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            bool clitic = word.Length > 1 && word[0] is '\'' or '’';
            if (length > 0 && !clitic)
            {
                builder[length++] = ' ';
            }

            // "Sen. Warren" holds the role "senator", which "the senator" then names.
            var spelled = Spelled(word);
            if (!spelled.IsEmpty)
            {
                spelled.CopyTo(builder.AsSpan(length));
                length += spelled.Length;
                continue;
            }

            foreach (char c in word)
            {
                builder[length++] = char.ToLowerInvariant(c);
            }
        }

        return builder.AsSpan(0, length);
    }

    // Abbreviated titles and the words they stand for.
    private static readonly (string Abbreviation, string Word)[] Abbreviations =
    [
        ("sen", "senator"), ("rep", "representative"), ("gov", "governor"), ("lt", "lieutenant"), ("gen", "general"),
        ("adm", "admiral"), ("col", "colonel"), ("capt", "captain"), ("sgt", "sergeant"), ("cmdr", "commander"),
        ("maj", "major"), ("supt", "superintendent"), ("atty", "attorney"), ("sec", "secretary"), ("amb", "ambassador"),
        ("pres", "president"), ("prof", "professor"), ("det", "detective"), ("insp", "inspector"), ("asst", "assistant"),
    ];

    /// <summary>The word an abbreviated title stands for ("Sen." or "Sen": "senator"), or empty.</summary>
    private static ReadOnlySpan<char> Spelled(ReadOnlySpan<char> word)
    {
        var bare = word.Length > 1 && word[^1] == '.' ? word[..^1] : word;
        foreach (var (abbreviation, full) in Abbreviations)
        {
            if (bare.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return full;
            }
        }

        return [];
    }

    private static bool IsJoiner(ReadOnlySpan<char> word) => word.SequenceEqual("of") || word.SequenceEqual("for") || word.SequenceEqual("to");

    private static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
        || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    private bool SameLine(int a, int b) => a == b || !document.LineBreakBetween(Math.Min(a, b), Math.Max(a, b));

    private ReadOnlySpan<char> Text(int index) => document.TokenText(index);
}
