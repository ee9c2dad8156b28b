using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Quotes;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition;

/// <summary>
/// Vouches for a capitalized word the tagger left out as a person's name when it stands where only a speaker's name
/// stands: right after a quote that a comma, "!" or "?" ends, before a reporting verb (<c>"...," Biden said</c>);
/// after the "said" that follows such a quote and before the sentence's end or a comma (<c>"...," said Macron.</c>);
/// before a reporting verb that introduces a quote with a colon or a comma (<c>Biden told reporters: "...</c>);
/// or opening a sentence or a clause before a reporting verb in the past (<c>Pelosi criticized the bill.</c>,
/// <c>when Trump mentioned her</c>, <c>Orban, 60, said</c>).
/// <see cref="VouchedNameRecall"/> then makes every standalone occurrence of the word a person mention.
/// </summary>
/// <remarks>
/// The tagger, trained on news of 1996, does not know today's surnames, and in a short text no full name or title
/// elsewhere vouches for them ("Biden said on Monday ... "Jobs are up," Biden said."), so the quote had no speaker.
/// Only words the tagger left untagged, or left a one-word Misc (<see cref="VouchedNameRecall.IsLooseGuess"/>), are
/// vouched for: a body speaks in the same position (<c>"...," Acme said</c>), so a name it tagged an organization
/// keeps that label. Words that open a sentence there ("He", "Officials",
/// "Democrats") are function words, person nouns or peoples, which the lexicon and the person-noun table rule out.
/// </remarks>
internal sealed class SpeakerPositionRecall(Lexicon lexicon)
{
    /// <summary>The most quote-mark tokens between a quote's last punctuation and the name ('''... ,''' he said).</summary>
    private const int MaxClosingMarks = 3;

    // Subordinators after which a clause opens with its subject ("when Trump mentioned").
    private static readonly WordSet ClauseOpeners = new(["when", "while", "after", "before", "because", "since", "until", "once", "that", "as", "if"]);

    /// <summary>
    /// Adds to <paramref name="vouched"/> (as not titled) each untagged word, or one-word Misc mention, found in a
    /// speaker's position.
    /// </summary>
    public void Apply(Document document, List<NamedMention> mentions, Dictionary<ulong, bool> vouched, CancellationToken cancellationToken = default)
    {
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        int next = 0, sentence = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            cancellationToken.ThrowIfCancelledAt(t);
            while (sentence < sentences.Count && sentences[sentence].End <= t)
            {
                sentence++;
            }

            while (next < mentions.Count && mentions[next].Tokens.End <= t)
            {
                next++;
            }

            if (next < mentions.Count && mentions[next].Tokens.Start <= t && !VouchedNameRecall.IsLooseGuess(lexicon, document, mentions[next]))
            {
                continue;
            }

            // Cheapest first: the position is rare, the lexicon look-ups are many.
            bool opensSentence = sentence < sentences.Count && sentences[sentence].Start == t;
            if (PersonTitleEvidence.IsCapitalizedWord(document, t)
                && ((t >= 2 && (BeforeCueAfterQuote(document, t) || AfterSaidAfterQuote(document, t))) || BeforeCueIntroducingQuote(document, t)
                    || ((opensSentence || OpensClause(document, t)) && BeforePastCue(document, t)))
                && MayBeSurname(document, t))
            {
                vouched.TryAdd(PersonTitleEvidence.KeyOf(document, new TokenRange(t, t + 1)), false);
            }
        }
    }

    private bool MayBeSurname(Document document, int t)
    {
        var word = document.TokenText(t);
        return !lexicon.ListsAsNoName(word) && !lexicon.Companies.Contains(word)
            && !PersonNouns.Table.TryGetValue(word, out _) && !CandidateFinder.IsPartyMember(word) && !ReportingVerbs.Table.TryGetValue(word, out _);
    }

    /// <summary><c>"...," Biden said</c>, <c>"...," Orban, 60, said</c>: a closed quote before the word and a reporting verb after it.</summary>
    private static bool BeforeCueAfterQuote(Document document, int t) =>
        AfterSetOffPhrase(document, t + 1) is int v && v < document.Tokens.Count && ClosesQuoteAt(document, t - 1) && IsVerbCue(document.TokenText(v));

    /// <summary>
    /// <c>Pelosi criticized the bill.</c>, <c>when Trump mentioned her</c>: the word opens its sentence or a clause
    /// and a reporting verb in the past follows it. A plural ("Polls showed", "Others said") or a participle ("Having
    /// said") opens clauses as often, and a verb in the present may be a noun ("Close call.", "Initial reports").
    /// </summary>
    private static bool BeforePastCue(Document document, int t)
    {
        if (t + 1 >= document.Tokens.Count)
        {
            return false;
        }

        var word = document.TokenText(t);
        int v = AfterSetOffPhrase(document, t + 1);
        if (v >= document.Tokens.Count)
        {
            return false;
        }

        var verb = document.TokenText(v);
        return word[^1] != 's' && !word.EndsWith("ing", StringComparison.Ordinal)
            && (verb.EndsWith("ed", StringComparison.Ordinal) || verb is "said" or "told" or "wrote" or "spoke") && IsVerbCue(verb);
    }

    /// <summary>
    /// The token after a phrase set off by commas at <paramref name="t"/> ("Orban, 60, said", "Jaishankar, speaking
    /// after the meeting, said"), or <paramref name="t"/> itself when none starts there.
    /// </summary>
    private static int AfterSetOffPhrase(Document document, int t)
    {
        if (t >= document.Tokens.Count || document.TokenText(t) is not ",")
        {
            return t;
        }

        for (int k = t + 1; k < document.Tokens.Count && k - t <= MaxSetOffTokens; k++)
        {
            var token = document.TokenText(k);
            if (token is ",")
            {
                return k > t + 1 ? k + 1 : t;
            }

            // "Rather, he said, ...": a subject inside the commas makes them an attribution, and the word an adverb.
            if (document.Tokens[k].Kind == TokenKind.Punctuation || SubjectPronouns.Contains(token))
            {
                return t;
            }
        }

        return t;
    }

    private static readonly WordSet SubjectPronouns = new(["he", "she", "they", "we", "i", "you", "it"]);

    // An age, a participle's phrase or a short apposition; a longer run between commas is another clause.
    private const int MaxSetOffTokens = 8;

    /// <summary>
    /// Whether the word opens a clause after a subordinating conjunction ("when Trump mentioned", "while Trump laid",
    /// "that Trump said"), where, as at a sentence's start, a capitalized word is read as a name and not as a title.
    /// </summary>
    private static bool OpensClause(Document document, int t) => t > 0 && ClauseOpeners.Contains(document.TokenText(t - 1));

    /// <summary><c>"...," said Macron.</c>: "said" or "says" right after a closed quote, and the clause ends after the word.</summary>
    private static bool AfterSaidAfterQuote(Document document, int t)
    {
        if (t + 1 >= document.Tokens.Count || document.TokenText(t + 1) is not ("." or ",") || document.TokenText(t - 1) is not ("said" or "says"))
        {
            return false;
        }

        return ClosesQuoteAt(document, t - 2);
    }

    /// <summary>
    /// <c>Biden said: "...</c>, <c>Biden told reporters, "...</c>: a reporting verb after the word, and a colon or a
    /// comma and a mark that can open a quote after the verb or after one word of its listener.
    /// </summary>
    private static bool BeforeCueIntroducingQuote(Document document, int t)
    {
        var tokens = document.Tokens;
        if (t + 3 >= tokens.Count)
        {
            return false;
        }

        int k = t + 2;
        if (tokens[k].Kind == TokenKind.Word && char.IsLower(document.TokenText(k)[0]))
        {
            k++; // "told reporters:"
        }

        // The mark must be one that opens: in <c>"Talks continue," Mr. Burns said</c> the comma and mark after
        // "continue" close a quote, and "Talks" is its first word, not a speaker.
        return k + 1 < tokens.Count && document.TokenText(k) is ":" or "," && tokens[k + 1].Length == 1
            && QuoteMarks.TryClassify(document.Text, tokens[k + 1].Start, out _, out bool canOpen, out _) && canOpen
            && IsVerbCue(document.TokenText(t + 1));
    }

    /// <summary>Whether <paramref name="word"/> is a finite reporting verb ("said", "announced"), no participle.</summary>
    internal static bool IsVerbCue(ReadOnlySpan<char> word) =>
        char.IsLower(word[0]) && ReportingVerbs.Table.TryGetValue(word, out var kind) && (kind & CueKind.Verb) != 0 && (kind & CueKind.Participle) == 0;

    /// <summary>Whether token <paramref name="last"/> ends a run of closing quote marks after a comma, "!" or "?".</summary>
    private static bool ClosesQuoteAt(Document document, int last)
    {
        int t = last;
        while (t >= 0 && last - t < MaxClosingMarks && document.TokenText(t) is "\"" or "\u201D" or "\u2019" or "'")
        {
            t--;
        }

        return t < last && t >= 0 && document.TokenText(t) is "," or "!" or "?";
    }
}
