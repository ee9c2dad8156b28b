using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;

namespace NewsEntities.Resolution;

/// <summary>
/// Resolves a definite description ("the Secretary of State", "the PA president", "the Palestinian leader") to
/// the person whose recorded roles it matches, for the quote and coreference stages.
/// </summary>
internal static class NominalResolver
{
    private static readonly string[] Determiners = ["the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "former"];

    // Head nouns that describe an office in other words: "the chief diplomat" for a secretary of state or a
    // foreign minister, "the leader" for a president. A role matches when it has every word of one phrase; a
    // synonym scores below the head noun itself.
    private static readonly Dictionary<string, string[][]> HeadSynonyms = new(StringComparer.Ordinal)
    {
        ["diplomat"] = [["secretary", "state"], ["foreign", "minister"], ["foreign", "secretary"], ["ambassador"], ["envoy"]],
        ["leader"] = [["president"], ["premier"], ["prime", "minister"], ["pm"], ["chairman"], ["head"]],
        ["premier"] = [["prime", "minister"], ["pm"]],
        ["spokesman"] = [["spokesperson"], ["spokeswoman"]],
        ["spokeswoman"] = [["spokesperson"], ["spokesman"]],
        ["spokesperson"] = [["spokesman"], ["spokeswoman"]],
        ["chief"] = [["head"], ["director"]],
        ["head"] = [["chief"], ["director"], ["leader"]],
    };

    /// <summary>
    /// Finds the person cluster whose roles (<see cref="EntityCluster.Roles"/>) best match a description.
    /// </summary>
    /// <param name="document">A document the resolution stage has run on.</param>
    /// <param name="phrase">The description as written, determiner included or not: "the Secretary of State".</param>
    /// <param name="beforeOffset">Only people named before this character offset count.</param>
    /// <returns>
    /// The index into <see cref="Document.Clusters"/>, or -1. The head noun of the phrase ("secretary" in "the
    /// secretary of state", "president" in "the PA president") must be a word of a role; each other word that a
    /// role also has (acronyms read as the names they stand for in the document: "PA" as "Palestinian
    /// Authority") raises the score; a nationality or place the role contradicts rules the role out. Ties go to
    /// the person named most recently before <paramref name="beforeOffset"/>.
    /// </returns>
    public static int FindClusterForNominal(Document document, ReadOnlySpan<char> phrase, int beforeOffset) =>
        FindClusterForNominal(document, phrase, beforeOffset, Lexicon.Default);

    /// <inheritdoc cref="FindClusterForNominal(Document, ReadOnlySpan{char}, int)"/>
    /// <param name="document">A document the resolution stage has run on.</param>
    /// <param name="phrase">The description as written.</param>
    /// <param name="beforeOffset">Only people named before this character offset count.</param>
    /// <param name="lexicon">The lexicon for nationality words.</param>
    public static int FindClusterForNominal(Document document, ReadOnlySpan<char> phrase, int beforeOffset, Lexicon lexicon)
    {
        var words = Words(phrase);
        while (words.Count > 0 && Determiners.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            return -1;
        }

        int of = words.IndexOf("of");
        string head = of > 0 ? words[of - 1] : words[^1];
        var expansions = Expansions(document);
        var modifiers = new List<HashSet<string>>();
        foreach (string w in words)
        {
            if (w != head && w is not ("of" or "the" or "for" or "to"))
            {
                modifiers.Add(Expand(w, expansions));
            }
        }

        int best = -1;
        int bestScore = int.MinValue;
        int bestRecency = -1;
        for (int c = 0; c < document.Clusters.Count; c++)
        {
            var cluster = document.Clusters[c];
            if (cluster.Label != EntityLabel.Person)
            {
                continue;
            }

            int recency = LastMentionBefore(document, cluster, beforeOffset);
            if (recency < 0)
            {
                continue;
            }

            foreach (string role in cluster.Roles)
            {
                var roleWords = new HashSet<string>(StringComparer.Ordinal);
                foreach (string w in Words(role))
                {
                    roleWords.UnionWith(Expand(w, expansions));
                }

                int score;
                if (roleWords.Contains(head))
                {
                    score = 10;
                }
                else if (HeadSynonyms.TryGetValue(head, out var synonyms) && synonyms.Any(phrase => phrase.All(roleWords.Contains)))
                {
                    score = 6;
                }
                else
                {
                    continue;
                }

                bool contradicted = false;
                foreach (var modifier in modifiers)
                {
                    if (modifier.Overlaps(roleWords))
                    {
                        score += 2;
                    }
                    else if (IsNationalityOrPlace(modifier, lexicon) && RoleHasNationalityOrPlace(roleWords, lexicon))
                    {
                        contradicted = true;
                    }
                    else
                    {
                        score--;
                    }
                }

                if (contradicted)
                {
                    continue;
                }

                if (score > bestScore || (score == bestScore && recency > bestRecency))
                {
                    best = c;
                    bestScore = score;
                    bestRecency = recency;
                }
            }
        }

        return best;
    }

    private static int LastMentionBefore(Document document, EntityCluster cluster, int offset)
    {
        int last = -1;
        foreach (int m in cluster.NameMentions)
        {
            int start = document.StartOf(document.Mentions[m].Tokens);
            if (start < offset)
            {
                last = Math.Max(last, start);
            }
        }

        return last;
    }

    // Every single-word name of an organization or place in the document ("pa", "us") to the words of its
    // canonical name, so "the PA president" meets "president of the palestinian national authority".
    private static Dictionary<string, HashSet<string>> Expansions(Document document)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (int m = 0; m < document.Mentions.Count; m++)
        {
            int c = m < document.MentionCluster.Count ? document.MentionCluster[m] : -1;
            if (c < 0 || document.Clusters[c].Label == EntityLabel.Person || document.Mentions[m].Tokens.Length != 1)
            {
                continue;
            }

            string word = document.TokenText(document.Mentions[m].Tokens.Start).ToString().ToLowerInvariant();
            if (!map.TryGetValue(word, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                map[word] = set;
            }

            foreach (var cm in document.Clusters[c].NameMentions)
            {
                set.UnionWith(Words(NameOf(document, cm)));
            }

            set.UnionWith(Words(document.Clusters[c].Name));
        }

        return map;
    }

    private static string NameOf(Document document, int m) =>
        document.Slice(document.StartOf(document.Mentions[m].Tokens), document.EndOf(document.Mentions[m].Tokens));

    private static HashSet<string> Expand(string word, Dictionary<string, HashSet<string>> expansions)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { word };
        if (expansions.TryGetValue(word, out var more))
        {
            set.UnionWith(more);
        }

        return set;
    }

    private static bool IsNationalityOrPlace(HashSet<string> words, Lexicon lexicon)
    {
        foreach (string w in words)
        {
            if (lexicon.Demonyms.Contains(w) || lexicon.Places.ContainsKey(w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RoleHasNationalityOrPlace(HashSet<string> roleWords, Lexicon lexicon)
    {
        foreach (string w in roleWords)
        {
            if (lexicon.Demonyms.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.');
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToString().Trim('.').ToLowerInvariant());
                start = -1;
            }
        }

        // The "s" of a possessive ("the secretary of state's") is no word of the description.
        words.RemoveAll(static w => w.Length == 0 || w == "s");
        return words;
    }
}
