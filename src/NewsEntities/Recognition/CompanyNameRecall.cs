using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition;

/// <summary>
/// Adds the company mentions the tagger left out: a name of the lexicon's company list written exactly as listed,
/// standing alone ("Microsoft and Amazon compete", "AT&amp;T rose"). The tagger learned its names from 1996 news,
/// so a company founded since, or written in a shape it never saw, often goes unnamed.
/// </summary>
/// <remarks>
/// The name must stand alone: a capitalized word next to it makes it part of another name ("Google Maps", "Apple
/// Daily"), and "the" before it a place or a thing ("the Amazon"). A name that is also a common word may be that word
/// at the start of a sentence ("Apple pie is sweet"), so it is not recalled there, unless a reporting verb follows it
/// ("Apple said on Monday"), which no fruit or river does.
/// </remarks>
internal sealed class CompanyNameRecall
{
    private readonly Lexicon lexicon;

    // The company names by the text of their first token, each list longest first, with their token counts.
    private readonly WordMap<(string Name, int Tokens)[]> byFirstToken;

    public CompanyNameRecall(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        var lists = new Dictionary<string, List<(string Name, int Tokens)>>(StringComparer.OrdinalIgnoreCase);
        foreach (string name in lexicon.CompanyNames)
        {
            var tokens = Tokenizer.Tokenize(name);
            string first = name[tokens[0].Start..tokens[0].End];
            if (!lists.TryGetValue(first, out var list))
            {
                lists[first] = list = [];
            }

            list.Add((name, tokens.Count));
        }

        byFirstToken = new WordMap<(string Name, int Tokens)[]>(
            lists.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(n => n.Name.Length).ToArray(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Inserts the missed mentions into <paramref name="mentions"/>, kept in token order.</summary>
    public void Apply(Document document, List<NamedMention> mentions, List<NamedMention> scratch, CancellationToken cancellationToken = default)
    {
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        scratch.Clear();
        int next = 0;
        int sentence = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            // Rarely a name found skips t past a multiple of the interval, which only delays the next check.
            cancellationToken.ThrowIfCancelledAt(t);
            while (next < mentions.Count && mentions[next].Tokens.End <= t)
            {
                next++;
            }

            if (next < mentions.Count && mentions[next].Tokens.Start <= t)
            {
                continue;
            }

            var word = document.TokenText(t);
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) || !byFirstToken.TryGetValue(word, out var names))
            {
                continue;
            }

            while (sentence + 1 < sentences.Count && sentences[sentence].End <= t)
            {
                sentence++;
            }

            int limit = next < mentions.Count ? mentions[next].Tokens.Start : tokens.Count;
            foreach (var (name, count) in names)
            {
                int end = t + count;
                if (end <= limit && WrittenAt(document, t, end, name) && StandsAlone(document, t, end)
                    && (!lexicon.CompanyCommonWords.Contains(name) || !OpensSentence(document, sentences.Count > 0 ? sentences[sentence].Start : 0, t)
                        || (end < tokens.Count && SpeakerPositionRecall.IsVerbCue(document.TokenText(end)))))
                {
                    scratch.Add(new NamedMention(new TokenRange(t, end), EntityLabel.Organization));
                    t = end - 1;
                    break;
                }
            }
        }

        MentionFilter.MergeInOrder(mentions, scratch);
    }

    // Whether tokens [start, end) are exactly the name, as listed (case included).
    private static bool WrittenAt(Document document, int start, int end, string name)
    {
        var tokens = document.Tokens;
        int from = tokens[start].Start;
        return tokens[end - 1].End - from == name.Length && document.Text.AsSpan(from, name.Length).SequenceEqual(name);
    }

    private bool StandsAlone(Document document, int start, int end)
    {
        if (start > 0)
        {
            int before = start - 1;
            var word = document.TokenText(before);
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase) || Joined(document, before, start)
                || (IsCapitalizedWord(document, before) && !lexicon.StopWords.Contains(word)))
            {
                return false;
            }
        }

        // "OpenAI's": a possessive ending keeps the name whole.
        return end >= document.Tokens.Count || Tokenizer.IsPossessiveEnding(document.Text, document.Tokens, end)
            || !(Joined(document, end - 1, end) || IsCapitalizedWord(document, end));
    }

    // Whether two neighbouring tokens are written as one word ("Google-backed", "anti-Apple", "Googleplex" cut).
    private static bool Joined(Document document, int left, int right)
    {
        var tokens = document.Tokens;
        if (tokens[left].End < tokens[right].Start)
        {
            return false;
        }

        return tokens[left].Kind is TokenKind.Word or TokenKind.Number && tokens[right].Kind is TokenKind.Word or TokenKind.Number
            || document.TokenText(left) is "-" or "/" or "–" or "&" || document.TokenText(right) is "-" or "/" or "–" or "&";
    }

    private static bool IsCapitalizedWord(Document document, int t) =>
        document.Tokens[t].Kind is TokenKind.Word or TokenKind.Number && char.IsUpper(document.TokenText(t)[0]);

    // Whether token t is the first word of its sentence, after any opening quote marks or brackets.
    private static bool OpensSentence(Document document, int sentenceStart, int t)
    {
        for (int k = sentenceStart; k < t; k++)
        {
            if (document.Tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }
}
