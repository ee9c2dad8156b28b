using NewsEntities.Lexicons;
using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// Splits an organization mention that coordinates two names ("Citigroup and Wells Fargo", "Deutsche Bank and
/// Barclays"): the tagger learned from CoNLL-2003, where "and" inside agency names ("Securities and Exchange
/// Commission") is common, to run one organization over the "and" of two, which loses both.
/// </summary>
/// <remarks>
/// A name whose "and" joins the words of one name stays whole: the lexicon knows it, an abbreviation of its initials
/// follows it, or its last word is an organization head after one word ("Food and Drug Administration"). A single
/// word on either side ("Duff and Phelps", "Doral Golf Resort and Spa") may belong to one name as often as not, so
/// it is split off only when the document or the lexicon names a side alone; two sides of several words each
/// ("BuzzFeed News and Yahoo News") are split unless headed. Places ("Trinidad and Tobago") and persons ("Bill and
/// Hillary Clinton", who share a surname) are left alone.
/// </remarks>
internal sealed class CoordinatedNameSplit(Lexicon lexicon)
{
    /// <summary>Splits such mentions of <paramref name="mentions"/> in place, keeping text order.</summary>
    /// <remarks>
    /// Linear in the mentions whatever the input: the list is rebuilt once when anything is split, and the texts of
    /// the mentions are gathered once when a side is to be looked for alone.
    /// </remarks>
    public void Apply(Document document, List<NamedMention> mentions)
    {
        List<NamedMention>? split = null;
        HashSet<string>? namedAlone = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            int and = mention.Label == EntityLabel.Organization && mention.Tokens.Length >= 3 ? Conjunction(document, mention.Tokens) : -1;
            var left = and < 0 ? default : new TokenRange(mention.Tokens.Start, and);
            var right = and < 0 ? default : new TokenRange(and + 1, mention.Tokens.End);
            if (and < 0 || !ShouldSplit(document, mentions, ref namedAlone, mention.Tokens, left, right))
            {
                split?.Add(mention);
                continue;
            }

            if (split is null)
            {
                split = new List<NamedMention>(mentions.Count + 1);
                split.AddRange(mentions.Take(i));
            }

            split.Add(new NamedMention(left, LabelOf(document, left)));
            split.Add(new NamedMention(right, LabelOf(document, right)));
        }

        if (split is not null)
        {
            mentions.Clear();
            mentions.AddRange(split);
        }
    }

    // The one "and" of a mention whose other words are all capitalized (or numbers), neither first nor last; -1 when
    // there is none, or a function word or punctuation shows a longer construction ("Organisation for Security and
    // Cooperation in Europe", "Bureau of Alcohol, Tobacco and Firearms").
    private static int Conjunction(Document document, TokenRange tokens)
    {
        int and = -1;
        for (int t = tokens.Start; t < tokens.End; t++)
        {
            var word = document.TokenText(t);
            if (word.SequenceEqual("and"))
            {
                if (and >= 0 || t == tokens.Start || t == tokens.End - 1)
                {
                    return -1;
                }

                and = t;
            }
            else if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]))
            {
                return -1;
            }
        }

        return and;
    }

    private bool ShouldSplit(Document document, List<NamedMention> mentions, ref HashSet<string>? namedAlone, TokenRange whole, TokenRange left, TokenRange right)
    {
        if (Known(document, whole) || AbbreviatedAfter(document, whole))
        {
            return false;
        }

        // "Parks and Recreation Department": one word and a headed name coordinate the head's modifiers, even
        // where the first word is named alone ("the [Parks] commissioner").
        bool headed = OrganizationHeads.Words.Contains(document.TokenText(right.End - 1));
        if (headed && left.Length == 1)
        {
            return false;
        }

        if (Known(document, left) || Known(document, right))
        {
            return true;
        }

        namedAlone ??= MentionTexts(document, mentions);
        if (namedAlone.Contains(document.TextOf(left).ToString()) || namedAlone.Contains(document.TextOf(right).ToString()))
        {
            return true;
        }

        // A single word on either side may be a common noun of one name ("Doral Golf Resort and Spa").
        return !headed && left.Length > 1 && right.Length > 1;
    }

    // "Transatlantic Trade and Investment Partnership (TTIP)": an abbreviation in brackets right after the name,
    // made of its initials, shows that the name is one.
    private static bool AbbreviatedAfter(Document document, TokenRange whole)
    {
        int open = whole.End;
        if (open + 2 >= document.Tokens.Count || !document.TokenText(open).SequenceEqual("(") || !document.TokenText(open + 2).SequenceEqual(")"))
        {
            return false;
        }

        var abbreviation = document.TokenText(open + 1);
        int at = 0;
        bool skippedAnd = false;
        for (int t = whole.Start; t < whole.End; t++)
        {
            char initial = char.ToUpperInvariant(document.TokenText(t)[0]);
            if (at < abbreviation.Length && abbreviation[at] == initial)
            {
                at++;
            }
            else if (document.TokenText(t).SequenceEqual("and"))
            {
                skippedAnd = true; // "and" may or may not give the abbreviation a letter
            }
            else
            {
                return false;
            }
        }

        return at == abbreviation.Length && (at > 0 || skippedAnd);
    }

    // Known whole as an organization, a company or a country; towns are not asked, as the gazetteer's towns include
    // common words ("Commerce", "Justice").
    private bool Known(Document document, TokenRange range)
    {
        var text = document.TextOf(range);
        return lexicon.Organizations.Contains(text) || lexicon.Companies.Contains(text)
            || lexicon.IsCountry(text);
    }

    // The texts of the document's mentions that are not persons': a side written as one of them is named alone.
    private static HashSet<string> MentionTexts(Document document, List<NamedMention> mentions)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Label != EntityLabel.Person)
            {
                texts.Add(document.TextOf(mention.Tokens).ToString());
            }
        }

        return texts;
    }

    private EntityLabel LabelOf(Document document, TokenRange part) =>
        !lexicon.Organizations.Contains(document.TextOf(part)) && lexicon.IsCountry(document.TextOf(part))
            ? EntityLabel.Location
            : EntityLabel.Organization;
}
