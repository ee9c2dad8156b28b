using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Quotes;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition;

/// <summary>
/// Adds the person mentions the tagger left out: a single capitalized word that the document elsewhere vouches for as
/// a person's name (a title before it, "Mr. Brafman", or a known given name before it, "Benjamin Brafman"), standing
/// alone ("Then Brafman exposed ...", "But even as Trump claimed ..."); and makes such a word a person where the
/// tagger guessed it a place the gazetteer does not know ("Macron and Merkel agreed") or left it a one-word Misc.
/// </summary>
/// <remarks>
/// The tagger reads each sentence on its own terms, so a surname it found in one sentence it may miss in the next,
/// where the words around it are less name-like; the speaker of a quote is then nobody. The word must stand alone:
/// a capitalized word next to it makes it part of another name ("Trump Tower", "the Bush White House"), and a hyphen
/// joined to it a compound ("anti-Trump").
/// </remarks>
internal sealed class VouchedNameRecall(Lexicon lexicon)
{
    /// <summary>
    /// Inserts the missed mentions into <paramref name="mentions"/>, kept in token order; <paramref name="vouched"/>
    /// holds the keys of the names <see cref="PersonTitleEvidence"/> found evidence for.
    /// </summary>
    public void Apply(
        Document document, List<NamedMention> mentions, Dictionary<ulong, bool> vouched, List<NamedMention> scratch,
        CancellationToken cancellationToken = default)
    {
        if (vouched.Count == 0)
        {
            return;
        }

        var tokens = document.Tokens;
        scratch.Clear();
        int next = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            cancellationToken.ThrowIfCancelledAt(t);
            while (next < mentions.Count && mentions[next].Tokens.End <= t)
            {
                next++;
            }

            if (next < mentions.Count && mentions[next].Tokens.Start <= t)
            {
                // A vouched surname the tagger took for a place it guessed, one the gazetteer does not know
                // ("Macron and Merkel agreed"), is the person; a known place keeps its label ("Jordan").
                var mention = mentions[next];
                if (mention.Tokens.Start == t && mention.Tokens.Length == 1
                    && (IsLooseGuess(lexicon, document, mention) || (mention.Label == EntityLabel.Location && !lexicon.Places.ContainsKey(document.TokenText(t))))
                    && vouched.ContainsKey(PersonTitleEvidence.KeyOf(document, mention.Tokens)))
                {
                    mentions[next] = mention with { Label = EntityLabel.Person };
                }

                continue;
            }

            if (StandsAlone(document, t) && vouched.ContainsKey(PersonTitleEvidence.KeyOf(document, new TokenRange(t, t + 1))))
            {
                scratch.Add(new NamedMention(new TokenRange(t, t + 1), EntityLabel.Person));
            }
        }

        MentionFilter.MergeInOrder(mentions, scratch);
    }

    /// <summary>
    /// A one-word name the tagger called neither person, organization nor place ("Trump" in "The Trump troops",
    /// "when Trump launched"): the label of its last resort for a capitalized word it does not know, which the
    /// document's evidence for a person outweighs as it does for no name. Words that are what Misc is for
    /// ("Christian", "Republicans") and words written as no plain name is ("BuzzFeed") keep the label.
    /// </summary>
    internal static bool IsLooseGuess(Lexicon lexicon, Document document, NamedMention mention)
    {
        if (mention.Label != EntityLabel.Misc || mention.Tokens.Length != 1)
        {
            return false;
        }

        var word = document.TokenText(mention.Tokens.Start);
        return PersonTitleEvidence.IsPlainNameWord(word) && !lexicon.ListsAsNoName(word) && !CandidateFinder.IsPartyMember(word);
    }

    private bool StandsAlone(Document document, int t)
    {
        var tokens = document.Tokens;
        var word = document.TokenText(t);
        if (tokens[t].Kind != TokenKind.Word || word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1]))
        {
            return false;
        }

        if (t > 0 && (tokens[t - 1].End == tokens[t].Start ? document.TokenText(t - 1) is "-" or "–" : IsNameWord(document, t - 1) && !lexicon.StopWords.Contains(document.TokenText(t - 1))))
        {
            return false;
        }

        return t + 1 >= tokens.Count || !(tokens[t + 1].Start == tokens[t].End ? document.TokenText(t + 1) is "-" or "–" : IsNameWord(document, t + 1));
    }

    private static bool IsNameWord(Document document, int t) =>
        document.Tokens[t].Kind == TokenKind.Word && char.IsUpper(document.TokenText(t)[0]);
}
