using NewsEntities.Lexicons;
using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// Types the first word of a listed company's name as the company where the document uses it alone: with "Goldman
/// Sachs" in the text, "Goldman" is the bank, though the tagger reads "analysts at Goldman" as a place and
/// "Goldman said" as a person.
/// </summary>
/// <remarks>
/// Only words of a company the lexicon lists whole are taken, and not when the word is a place or a word of a
/// person's full name in the same document ("Morgan" with Morgan Freeman in the story stays his).
/// </remarks>
internal sealed class CompanyShortForms(Lexicon lexicon)
{
    /// <summary>Relabels such mentions of <paramref name="mentions"/> in place.</summary>
    public void Apply(Document document, List<NamedMention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Tokens.Length != 1 || mention.Label is not (EntityLabel.Person or EntityLabel.Location))
            {
                continue;
            }

            var word = document.TokenText(mention.Tokens.Start);
            if (!lexicon.Places.ContainsKey(word) && StartsListedCompany(document, mentions, word) && !InPersonName(document, mentions, word))
            {
                mentions[i] = mention with { Label = EntityLabel.Organization };
            }
        }
    }

    private bool StartsListedCompany(Document document, List<NamedMention> mentions, ReadOnlySpan<char> word)
    {
        foreach (var other in mentions)
        {
            if (other.Label == EntityLabel.Organization && other.Tokens.Length > 1 && document.TokenText(other.Tokens.Start).SequenceEqual(word)
                && lexicon.Companies.Contains(document.TextOf(other.Tokens)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InPersonName(Document document, List<NamedMention> mentions, ReadOnlySpan<char> word)
    {
        foreach (var other in mentions)
        {
            if (other.Label != EntityLabel.Person || other.Tokens.Length < 2)
            {
                continue;
            }

            for (int t = other.Tokens.Start; t < other.Tokens.End; t++)
            {
                if (document.TokenText(t).SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
