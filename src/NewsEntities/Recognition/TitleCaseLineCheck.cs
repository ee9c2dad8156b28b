using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition;

/// <summary>
/// Keeps a mention in a title-case line ("Clinton Campaign Manager Laughs, Evades Reporter's Question") only where
/// the document's running text vouches for it. Such a line capitalizes every word, so the tagger loses its surest
/// cue there and reads runs of capitals as names: "Laughs", "Evades Reporter", "Already Started Writing His
/// Inaugural Address". A mention stays when the running text has a mention of the same words, whose label it takes;
/// a given name before a surname the text uses or the lexicon lists ("Omar Mateen" where the story says "Mateen")
/// stays as a person's, and a country, a known outlet or a listed organization as it is; otherwise the runs of its
/// words that are such mentions are kept alone ("Jeb Bush Super" becomes "Jeb Bush", "Paul Ryan With Trump" becomes
/// "Paul Ryan" and "Trump"), and the rest go.
/// </summary>
/// <remarks>
/// A line is title case when no word but a short function word ("of", "with", "n't") is in lower case, at least
/// three words are capitalized, most of them not in capitals throughout (the all-capitals headlines of the tagger's
/// training news are its own business), and capitals outside the tagger's mentions show that they are style. In
/// the document's first line, the headline's place, two capitalized words after the first that no mention holds are
/// enough; a line of names ("Manchester United 3 Liverpool 1") has none, and a lede dense with names ("Kenyan
/// President Daniel Mwangi met ...") has a verb in lower case. Further down, where captions and credits are common
/// ("Follow Pam Key On Twitter"), two of those words must be function words ("The Daily Show Takes A Closer Look At
/// The GOP Candidates"). Nothing is done when the document has no running text to vouch with.
/// </remarks>
internal sealed class TitleCaseLineCheck(Lexicon lexicon)
{
    // Short words that title case may leave in lower case: they neither count for nor against a line (compared
    // ignoring case; capitalized after the first word, they do show the capitals are style).
    private static readonly WordSet MinorWords = new(
    [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "v", "from", "into", "onto", "over", "with", "than", "out", "after", "before",
        "about", "against", "among", "between", "through", "under", "upon", "within", "without", "during", "like",
        "near", "past", "since", "until", "toward", "towards", "behind", "across", "around", "n't", "n\u2019t",
    ]);

    // Function words only title case capitalizes; months, days and "May" are capitalized anyway.
    private static readonly WordSet StyleWords = new(
    [
        "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "by", "for", "with", "from", "as", "into",
        "over", "about", "after", "before", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
        "would", "can", "could", "should", "might", "must", "do", "does", "did", "not", "no", "his", "her", "their",
        "its", "our", "your", "my", "he", "she", "they", "we", "you", "it", "what", "why", "how", "who", "when",
        "where", "that", "this", "these", "those", "just", "says", "so", "if", "than", "up", "out", "off", "all",
    ]);

    private const int MinCountedWords = 3;
    private const int MinStyleCapitals = 2;
    private const int MinRunningTextWords = 5;

    // Runs of words longer than this are not looked up: no name is longer.
    private const int MaxRunTokens = 6;

    /// <summary>Storage for one document at a time, kept with its recognizer workspace so that a reused document brings it along.</summary>
    internal sealed class Scratch
    {
        /// <summary>The document's title-case lines, in order.</summary>
        public List<TokenRange> Lines { get; } = [];

        /// <summary>The keys (<see cref="PersonTitleEvidence.KeyOf"/>) of the mentions outside those lines, with the first one's label.</summary>
        public Dictionary<ulong, EntityLabel> Names { get; } = [];

        /// <summary>The keys of the runs of words inside a person's name of several words outside those lines.</summary>
        public HashSet<ulong> PersonRuns { get; } = [];

        public List<NamedMention> Kept { get; } = [];
    }

    /// <summary>Checks the mentions of <paramref name="mentions"/> that lie in title-case lines, in place.</summary>
    /// <remarks>Linear in the mentions: lines and mentions are both in text order, and vouching is a hash lookup.</remarks>
    public void Apply(Document document, List<NamedMention> mentions, Scratch scratch)
    {
        var lines = scratch.Lines;
        lines.Clear();
        int cursor = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            while (cursor < mentions.Count && mentions[cursor].Tokens.End <= paragraph.Start)
            {
                cursor++;
            }

            // A line without a mention has nothing to check.
            if (cursor < mentions.Count && mentions[cursor].Tokens.Start < paragraph.End
                && IsTitleCase(document, paragraph, mentions, cursor, headline: paragraph.Start == 0))
            {
                lines.Add(paragraph);
            }
        }

        if (lines.Count == 0 || !HasRunningText(document, lines))
        {
            return;
        }

        scratch.Names.Clear();
        scratch.PersonRuns.Clear();
        int line = 0;
        foreach (var mention in mentions)
        {
            if (!InLine(lines, ref line, mention.Tokens.Start))
            {
                scratch.Names.TryAdd(PersonTitleEvidence.KeyOf(document, mention.Tokens), mention.Label);
                if (mention.Label == EntityLabel.Person)
                {
                    AddInnerRuns(document, mention.Tokens, scratch.PersonRuns);
                }
            }
        }

        var kept = scratch.Kept;
        kept.Clear();
        line = 0;
        foreach (var mention in mentions)
        {
            if (!InLine(lines, ref line, mention.Tokens.Start))
            {
                kept.Add(mention);
            }
            else if (VouchedLabel(document, scratch, mention.Tokens) is EntityLabel label)
            {
                kept.Add(mention with { Label = label });
            }
            else if (IsPersonName(document, scratch, mention.Tokens))
            {
                kept.Add(mention with { Label = EntityLabel.Person });
            }
            else if (IsKnown(document, mention.Tokens))
            {
                kept.Add(mention);
            }
            else
            {
                AddVouchedRuns(document, scratch, mention.Tokens, kept);
            }
        }

        mentions.Clear();
        mentions.AddRange(kept);
    }

    private bool IsTitleCase(Document document, TokenRange paragraph, List<NamedMention> mentions, int cursor, bool headline)
    {
        // Running text is told at its first word in lower case, so most paragraphs cost a few tokens.
        int capitalized = 0, allCapitals = 0, unnamed = 0, functionWords = 0;
        for (int t = paragraph.Start; t < paragraph.End; t++)
        {
            var word = document.TokenText(t);
            if (document.Tokens[t].Kind != TokenKind.Word || !char.IsLetter(word[0]))
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                if (!MinorWords.Contains(word))
                {
                    return false;
                }

                continue;
            }

            while (cursor < mentions.Count && mentions[cursor].Tokens.End <= t)
            {
                cursor++;
            }

            if (t > paragraph.Start && !(cursor < mentions.Count && mentions[cursor].Tokens.Contains(t)))
            {
                unnamed++;
                functionWords += StyleWords.Contains(word) ? 1 : 0;
            }

            if (!MinorWords.Contains(word))
            {
                capitalized++;
                allCapitals += HasLowercase(word) ? 0 : 1;
            }
        }

        return capitalized >= MinCountedWords && allCapitals * 2 < capitalized
            && (headline ? unnamed : functionWords) >= MinStyleCapitals;
    }

    private static bool HasLowercase(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a paragraph outside the title-case lines has a few words in lower case.</summary>
    private static bool HasRunningText(Document document, List<TokenRange> lines)
    {
        int line = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            if (InLine(lines, ref line, paragraph.Start))
            {
                continue;
            }

            int lower = 0;
            for (int t = paragraph.Start; t < paragraph.End && lower < MinRunningTextWords; t++)
            {
                if (document.Tokens[t].Kind == TokenKind.Word && char.IsLower(document.TokenText(t)[0]))
                {
                    lower++;
                }
            }

            if (lower >= MinRunningTextWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="token"/> lies in one of the lines; the tokens asked about must ascend.</summary>
    private static bool InLine(List<TokenRange> lines, ref int cursor, int token)
    {
        while (cursor < lines.Count && lines[cursor].End <= token)
        {
            cursor++;
        }

        return cursor < lines.Count && lines[cursor].Contains(token);
    }

    private static void AddInnerRuns(Document document, TokenRange name, HashSet<ulong> runs)
    {
        for (int start = name.Start; start < name.End; start++)
        {
            for (int end = start + 1; end <= Math.Min(name.End, start + MaxRunTokens); end++)
            {
                if ((start, end) != (name.Start, name.End))
                {
                    runs.Add(PersonTitleEvidence.KeyOf(document, new TokenRange(start, end)));
                }
            }
        }
    }

    /// <summary>
    /// The label of a mention of the same words outside the title-case lines, or Person when the words run inside
    /// a person's name there ("Hillary" of "Hillary Clinton", "Justice John Roberts" of "Chief Justice John
    /// Roberts"); null when neither is found.
    /// </summary>
    private static EntityLabel? VouchedLabel(Document document, Scratch scratch, TokenRange words)
    {
        ulong key = PersonTitleEvidence.KeyOf(document, words);
        return scratch.Names.TryGetValue(key, out var label) ? label
            : scratch.PersonRuns.Contains(key) ? EntityLabel.Person
            : null;
    }

    /// <summary>Adds the longest runs of the mention's words that are vouched for, left to right.</summary>
    private static void AddVouchedRuns(Document document, Scratch scratch, TokenRange words, List<NamedMention> kept)
    {
        for (int start = words.Start; start < words.End; start++)
        {
            for (int end = Math.Min(words.End, start + MaxRunTokens); end > start; end--)
            {
                if ((start, end) != (words.Start, words.End) && VouchedLabel(document, scratch, new TokenRange(start, end)) is EntityLabel label)
                {
                    kept.Add(new NamedMention(new TokenRange(start, end), label));
                    start = end - 1;
                    break;
                }
            }
        }
    }

    /// <summary>A country or a place's standard short form ("U.S."), a known outlet, or a listed organization of several words.</summary>
    private bool IsKnown(Document document, TokenRange words)
    {
        var text = document.TextOf(words);
        return lexicon.IsCountry(text) || lexicon.NewsOrganizations.Contains(text) || (words.Length > 1 && lexicon.Organizations.Contains(text));
    }

    /// <summary>
    /// A given name, perhaps an initial, and a surname that the running text uses as a person's or the lexicon lists
    /// ("Omar Mateen" where the story says "Mateen", "George W. Bush").
    /// </summary>
    private bool IsPersonName(Document document, Scratch scratch, TokenRange words)
    {
        if (words.Length is not (2 or 3) || !lexicon.GivenNames.TryGetValue(document.TokenText(words.Start), out _))
        {
            return false;
        }

        if (words.Length == 3 && document.TokenText(words.Start + 1) is not [_, '.'])
        {
            return false;
        }

        var surname = new TokenRange(words.End - 1, words.End);
        return lexicon.Surnames.Contains(document.TextOf(surname)) || VouchedLabel(document, scratch, surname) == EntityLabel.Person;
    }
}
