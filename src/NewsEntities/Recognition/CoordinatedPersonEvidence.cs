using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Quotes;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition;

/// <summary>
/// Vouches for a single capitalized word that "and" joins to a person's name ("Merkel and Macron agreed", "Macron
/// and Merkel") as a person's surname, when the tagger left the word out or guessed it a place the gazetteer
/// does not know. <see cref="VouchedNameRecall"/> then makes it a person there and wherever else it stands alone.
/// </summary>
/// <remarks>
/// Two names joined so are mostly of one kind, and the tagger, trained on news of 1996, reads a surname it never saw
/// as a place as readily as a person's. A word it tagged an organization keeps that label ("Trump and Congress"), as
/// does a place the gazetteer knows ("Obama and Cuba") and a word any list knows as something else. Only a word
/// standing alone counts: a capitalized word beyond it makes it part of a longer name, which is the tagger's call.
/// </remarks>
internal sealed class CoordinatedPersonEvidence(Lexicon lexicon)
{
    /// <summary>Adds to <paramref name="vouched"/> (as not titled) each such word beside a person mention.</summary>
    public void Apply(Document document, List<NamedMention> mentions, Dictionary<ulong, bool> vouched)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < mentions.Count; i++)
        {
            var person = mentions[i].Tokens;
            if (mentions[i].Label != EntityLabel.Person)
            {
                continue;
            }

            // A word the tagger left out needs a person the document knows as one; a word it guessed a place is a
            // name to the tagger already ("Fox and Friends" is a show, and "Fox" no person vouched for).
            bool known = person.Length > 1 || vouched.ContainsKey(PersonTitleEvidence.KeyOf(document, person));

            // After: "Merkel and Macron". The word's own mention, if it has one, is the next in the list.
            int after = person.End + 1;
            if (after < tokens.Count && IsAnd(document, person.End) && !IsCapitalized(document, after + 1) && !IsQuoteMark(document, person.Start - 1)
                && (i + 1 < mentions.Count && mentions[i + 1].Tokens.Start == after ? IsUnknownPlace(document, mentions[i + 1]) : known))
            {
                Vouch(document, after, vouched);
            }

            // Before: "Macron and Merkel"; the word's mention is the one before in the list.
            int before = person.Start - 2;
            if (before >= 0 && IsAnd(document, person.Start - 1) && !IsCapitalized(document, before - 1) && !IsQuoteMark(document, before - 1)
                && (i > 0 && mentions[i - 1].Tokens.End > before ? mentions[i - 1].Tokens.Start == before && IsUnknownPlace(document, mentions[i - 1]) : known))
            {
                Vouch(document, before, vouched);
            }
        }
    }

    private static bool IsAnd(Document document, int t) => document.TokenText(t).Equals("and", StringComparison.Ordinal);

    private static bool IsCapitalized(Document document, int t) =>
        t >= 0 && t < document.Tokens.Count && document.Tokens[t].Kind == TokenKind.Word && char.IsUpper(document.TokenText(t)[0]);

    // A pair in quote marks is a title ("Thelma and Louise", 'Ebony and Ivory').
    private static bool IsQuoteMark(Document document, int t) =>
        t >= 0 && document.Tokens[t].Length == 1 && QuoteMarks.Shape(document.Text[document.Tokens[t].Start], out _) != QuoteShape.None;

    /// <summary>Whether <paramref name="mention"/> is a single word the tagger guessed a place the gazetteer does not know.</summary>
    private bool IsUnknownPlace(Document document, NamedMention mention) =>
        mention.Tokens.Length == 1 && mention.Label == EntityLabel.Location && !lexicon.Places.ContainsKey(document.TextOf(mention.Tokens));

    /// <summary>Vouches for the word at <paramref name="t"/>: a plain name-like word, no abbreviation ("Govs."), no listed word.</summary>
    private void Vouch(Document document, int t, Dictionary<ulong, bool> vouched)
    {
        var tokens = document.Tokens;
        var word = document.TokenText(t);
        if (tokens[t].Kind == TokenKind.Word && PersonTitleEvidence.IsPlainNameWord(word) && !lexicon.ListsAsNoName(word) && !lexicon.Companies.Contains(word)
            && !(t + 1 < tokens.Count && tokens[t + 1].Start == tokens[t].End && document.TokenText(t + 1) is "."))
        {
            vouched.TryAdd(PersonTitleEvidence.KeyOf(document, new TokenRange(t, t + 1)), false);
        }
    }
}
