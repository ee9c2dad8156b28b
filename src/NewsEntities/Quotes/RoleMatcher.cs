using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;

namespace NewsEntities.Quotes;

/// <summary>
/// Resolves a definite description ("the Secretary of State", "the PNA president") to the person whose roles
/// (<see cref="Resolution.EntityCluster.Roles"/>) it matches: whole-phrase matches first ("secretary of state" in
/// "us secretary of state"), then the same head noun with agreeing modifiers, where an upper-case modifier may be
/// the initials of the role's words ("PNA" for "palestinian national authority"). Ties go to the person named
/// most recently before the description.
/// </summary>
internal static class RoleMatcher
{
    /// <summary>How many mentions back a tie-break looks for the most recently named of the tied people.</summary>
    private const int RecencyWindow = 400;

    /// <summary>Words of a role past this many are read as one (the last).</summary>
    public const int MaxRoleWords = 16;

    /// <summary>
    /// The cluster of the person the description names, or -1. Among people whose roles fit it equally well,
    /// <paramref name="salient"/> (the cluster of the person the text is about at that point, or -1) goes first,
    /// then the one named most recently. A description that is only the head noun of an office many hold ("the
    /// senator") names the person most recently named with a fitting role since token <paramref name="recentFrom"/>,
    /// or nobody: in a story of many senators, some never titled, the one senator the document titles is no safe
    /// guess.
    /// </summary>
    public static int Resolve(Document document, in SpeakerCandidate description, int salient = -1, int recentFrom = 0)
    {
        int best = -1;
        int bestScore = 0;
        bool tie = false;
        int salientScore = 0;

        // Only people with a role that shares the description's last word, its head noun or a synonym of that head
        // can score (see Score and RoleIndex); which of them wins does not depend on the order they are scored in.
        var lastWord = description.TokenEnd > description.TokenStart ? document.TokenText(description.TokenEnd - 1) : default;
        foreach (int c in document.QuoteWorkspace.Roles.Find(document, lastWord, document.TokenText(description.HeadToken)))
        {
            var cluster = document.Clusters[c];
            int score = 0;
            foreach (string role in cluster.Roles)
            {
                score = Math.Max(score, Score(document, description, role));
            }

            if (c == salient)
            {
                salientScore = score;
            }

            if (score > bestScore)
            {
                best = c;
                bestScore = score;
                tie = false;
            }
            else if (score == bestScore && score > 0)
            {
                tie = true;
            }
        }

        if (bestScore < MinimumScore)
        {
            return -1;
        }

        if (salientScore == bestScore)
        {
            return salient;
        }

        if (IsHeadAlone(document, description) && ManyHolders.Contains(document.TokenText(description.HeadToken)))
        {
            return MostRecent(document, description.TokenStart, bestScore, description, recentFrom);
        }

        return tie ? MostRecent(document, description.TokenStart, bestScore, description, 0) : best;
    }

    private const int MinimumScore = 10;

    // The score of a description whose head noun is the role's.
    private const int HeadScore = 10;

    // Below the head noun itself, so a bare "the leader" names nobody until a modifier agrees ("the Palestinian
    // leader" for the Palestinian president), and an exact head wins over a synonym.
    private const int SynonymScore = 8;

    // Head nouns that name an office in other words; a role matches when it has every word of one phrase. A loose
    // synonym scores SynonymScore; a name of the very same office ("congressman" for "representative", from "Rep.")
    // scores as the head itself.
    private static readonly (string Head, string[][] Phrases, string[] Words, int Score)[] HeadSynonyms =
    [
        Synonym("leader", ["president"], ["premier"], ["prime", "minister"], ["pm"], ["chairman"], ["head"]),
        Synonym("diplomat", ["secretary", "state"], ["foreign", "minister"], ["foreign", "secretary"], ["ambassador"], ["envoy"]),
        Synonym("premier", ["prime", "minister"], ["pm"]),
        Synonym("spokesman", ["spokesperson"], ["spokeswoman"]),
        Synonym("spokeswoman", ["spokesperson"], ["spokesman"]),
        Synonym("spokesperson", ["spokesman"], ["spokeswoman"]),
        Synonym("chief", ["head"], ["director"]),
        Synonym("head", ["chief"], ["director"], ["leader"]),
        SameOffice("congressman", ["representative"], ["congresswoman"]),
        SameOffice("congresswoman", ["representative"], ["congressman"]),
        SameOffice("lawmaker", ["senator"], ["representative"], ["congressman"], ["congresswoman"], ["legislator"], ["assemblyman"], ["assemblywoman"]),
        SameOffice("legislator", ["senator"], ["representative"], ["congressman"], ["congresswoman"], ["lawmaker"], ["assemblyman"], ["assemblywoman"]),
    ];

    private static (string, string[][], string[], int) Synonym(string head, params string[][] phrases) =>
        (head, phrases, phrases.SelectMany(p => p).Distinct(StringComparer.Ordinal).ToArray(), SynonymScore);

    private static (string, string[][], string[], int) SameOffice(string head, params string[][] phrases) =>
        (head, phrases, phrases.SelectMany(p => p).Distinct(StringComparer.Ordinal).ToArray(), HeadScore);

    // Offices a hundred people hold at once, most of them in the news untitled: "the senator" is the one just named.
    private static readonly WordSet ManyHolders = new(
        ["senator", "representative", "congressman", "congresswoman", "lawmaker", "legislator", "assemblyman", "assemblywoman"]);

    private static bool IsHeadAlone(Document document, in SpeakerCandidate description) =>
        description.HeadToken == description.TokenStart
        || (description.HeadToken == description.TokenStart + 1 && IsArticle(document.TokenText(description.TokenStart)));

    private static int MostRecent(Document document, int beforeToken, int score, in SpeakerCandidate description, int fromToken)
    {
        // The last mention before the description, by binary search (mentions are in text order): walking back
        // from the end of the document was quadratic in a long one.
        int m = TextOrder.FirstMentionFrom(document.Mentions, beforeToken) - 1;
        for (int seen = 0; m >= 0 && seen < RecencyWindow && document.Mentions[m].Tokens.Start >= fromToken; m--, seen++)
        {
            int c = m < document.MentionCluster.Count ? document.MentionCluster[m] : -1;
            if (c < 0 || document.Clusters[c].Label != EntityLabel.Person)
            {
                continue;
            }

            foreach (string role in document.Clusters[c].Roles)
            {
                if (Score(document, description, role) == score)
                {
                    return c;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// 100 when one phrase ends the other word for word; otherwise, with the same head noun, 10 (8 when the head
    /// names the role's office in other words: "leader" for "president") plus 5 for each modifier the role has and
    /// minus 5 for each it lacks; 0 when the heads differ or the role lacks a place the description names.
    /// </summary>
    private static int Score(Document document, in SpeakerCandidate description, string role)
    {
        Span<Range> words = stackalloc Range[MaxRoleWords];
        var roleSpan = role.AsSpan();
        int count = SplitRole(role, words);
        if (count == 0)
        {
            return 0;
        }

        // The description's words without its determiner: tokens TokenStart+1 .. TokenEnd.
        int first = description.TokenStart;
        int last = description.TokenEnd;
        if (IsArticle(document.TokenText(first)))
        {
            first++;
        }

        int roleHead = HeadWord(role, words[..count]);
        if (ChangesOffice(document, description, roleSpan, words[..count], roleHead))
        {
            return 0;
        }

        int length = last - first;
        if (length > 0 && SuffixMatch(document, first, length, roleSpan, words[..count]))
        {
            return 100;
        }

        var head = document.TokenText(description.HeadToken);
        int score;
        if (head.Equals(roleSpan[words[roleHead]], StringComparison.OrdinalIgnoreCase))
        {
            score = HeadScore;
        }
        else
        {
            score = SynonymMatch(head, roleSpan, words[..count], roleHead);
            if (score == 0)
            {
                return 0;
            }
        }

        for (int t = first; t < description.HeadToken; t++)
        {
            var modifier = document.TokenText(t);
            if (HasWord(roleSpan, words[..count], modifier) || IsInitials(roleSpan, words[..count], modifier))
            {
                score += 5;
            }
            else if (InsidePlace(document, t))
            {
                // A place the role lacks is another office: "the New Jersey governor" is not "New York governor".
                return 0;
            }
            else
            {
                score -= 5;
            }
        }

        return score;
    }

    /// <summary>
    /// The words a description's head noun can be matched through when it names the office in other words: the
    /// words of each synonym phrase ("leader" for "president"), for <see cref="RoleIndex"/> to look up.
    /// </summary>
    public static ReadOnlySpan<string> SynonymWords(ReadOnlySpan<char> head)
    {
        foreach (var (word, _, all, _) in HeadSynonyms)
        {
            if (head.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return all;
            }
        }

        return [];
    }

    // The synonym's score when the role has every word of a phrase that names the head's office in other words, one
    // of them being the role's head noun or last word (which keeps RoleIndex's look-up by those two words
    // complete); else 0.
    private static int SynonymMatch(ReadOnlySpan<char> head, ReadOnlySpan<char> role, ReadOnlySpan<Range> words, int roleHead)
    {
        foreach (var (word, phrases, _, score) in HeadSynonyms)
        {
            if (!head.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (string[] phrase in phrases)
            {
                bool all = true;
                bool anchored = false;
                foreach (string w in phrase)
                {
                    all &= HasWord(role, words, w);
                    anchored |= role[words[roleHead]].Equals(w, StringComparison.OrdinalIgnoreCase)
                        || role[words[^1]].Equals(w, StringComparison.OrdinalIgnoreCase);
                }

                if (all && anchored)
                {
                    return score;
                }
            }
        }

        return 0;
    }

    /// <summary>Whether one of the cluster's roles has <paramref name="head"/> for its head noun.</summary>
    public static bool HasRoleHeaded(Resolution.EntityCluster cluster, ReadOnlySpan<char> head)
    {
        Span<Range> words = stackalloc Range[MaxRoleWords];
        for (int r = 0; r < cluster.RoleCount; r++)
        {
            string role = cluster.Roles[r];
            int count = SplitRole(role, words);
            if (count > 0 && head.Equals(role.AsSpan()[words[HeadWord(role, words[..count])]], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits a role into its words (at most <see cref="MaxRoleWords"/>); returns how many.</summary>
    public static int SplitRole(string role, Span<Range> words) => role.AsSpan().Split(words, ' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The index of a role's head noun: the word before "of" ("secretary of state"), else the last.</summary>
    public static int HeadWord(string role, ReadOnlySpan<Range> words)
    {
        for (int i = 1; i < words.Length - 1; i++)
        {
            if (role.AsSpan()[words[i]].Equals("of", StringComparison.Ordinal))
            {
                return i - 1;
            }
        }

        return words.Length - 1;
    }

    private static bool SuffixMatch(Document document, int first, int length, ReadOnlySpan<char> role, ReadOnlySpan<Range> words)
    {
        // The whole description ends the role, or a role of two words or more ends the description: a bare
        // "president" must not claim "the PNA president".
        if (length > words.Length && words.Length < 2)
        {
            return false;
        }

        int n = Math.Min(length, words.Length);
        for (int i = 1; i <= n; i++)
        {
            if (!document.TokenText(first + length - i).Equals(role[words[^i]], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    // Words that make another office of the head after them: a vice president is not "the president", nor a
    // lieutenant governor "the governor".
    private static readonly WordSet OfficeChangers = new(["vice", "deputy", "assistant", "associate", "lieutenant", "under"]);

    /// <summary>
    /// Whether the role's head follows a word that makes another office of it ("vice president") which the
    /// description does not have: "the president" is then someone else.
    /// </summary>
    private static bool ChangesOffice(Document document, in SpeakerCandidate description, ReadOnlySpan<char> role, ReadOnlySpan<Range> words, int roleHead)
    {
        if (roleHead == 0 || !OfficeChangers.Contains(role[words[roleHead - 1]]))
        {
            return false;
        }

        var changer = role[words[roleHead - 1]];
        for (int t = description.TokenStart; t < description.TokenEnd; t++)
        {
            if (document.TokenText(t).Equals(changer, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasWord(ReadOnlySpan<char> role, ReadOnlySpan<Range> words, ReadOnlySpan<char> word)
    {
        foreach (var range in words)
        {
            if (role[range].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an upper-case <paramref name="word"/> ("PNA") spells the initials of consecutive role words.</summary>
    private static bool IsInitials(ReadOnlySpan<char> role, ReadOnlySpan<Range> words, ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 6 || !IsUpper(word))
        {
            return false;
        }

        Span<char> initials = stackalloc char[16];
        int n = 0;
        foreach (var range in words)
        {
            var w = role[range];
            if (n < initials.Length && !w.Equals("of", StringComparison.Ordinal) && !w.Equals("the", StringComparison.Ordinal)
                && !w.Equals("and", StringComparison.Ordinal) && !w.Equals("for", StringComparison.Ordinal))
            {
                initials[n++] = char.ToLowerInvariant(w[0]);
            }
        }

        Span<char> lower = stackalloc char[6];
        word.ToLowerInvariant(lower);
        return initials[..n].IndexOf(lower[..word.Length]) >= 0;
    }

    private static bool InsidePlace(Document document, int token)
    {
        int m = TextOrder.FirstMentionFrom(document.Mentions, token + 1) - 1;
        return m >= 0 && document.Mentions[m].Tokens.End > token && document.Mentions[m].Label == EntityLabel.Location;
    }

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
        || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    private static bool IsUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsUpper(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
