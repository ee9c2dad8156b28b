using NewsEntities.Lexicons;
using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// Makes a people's or a faith's word that the tagger took for a person or an organization ("Muslims", "Latino",
/// "Hispanics") an other name (Misc), which is no entity: CoNLL-2003 tags such words Misc, but the tagger, which
/// never saw most of them as nouns in 1996 news, reads them as names of all kinds.
/// </summary>
/// <remarks>
/// A word tagged a place is left alone: CoNLL-2003 itself tags a few adjectives of place so ("in Bahraini
/// villages"). So is a word that is also a given name ("Christian") or, in this document, a person's surname
/// ("Mark Cuban", "Bryan English").
/// </remarks>
internal sealed class GroupWordCheck(Lexicon lexicon)
{
    /// <summary>Relabels such mentions of <paramref name="mentions"/> in place.</summary>
    public void Apply(Document document, List<NamedMention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Label is EntityLabel.Person or EntityLabel.Organization && mention.Tokens.Length == 1)
            {
                var word = document.TokenText(mention.Tokens.Start);
                if (lexicon.Demonyms.Contains(word) && !lexicon.GivenNames.TryGetValue(word, out _) && !IsSurnameHere(document, mentions, word))
                {
                    mentions[i] = mention with { Label = EntityLabel.Misc };
                }
            }
        }
    }

    // Looked for only when a group word is found, which few documents hold, so the scan costs nothing elsewhere.
    private static bool IsSurnameHere(Document document, List<NamedMention> mentions, ReadOnlySpan<char> word)
    {
        foreach (var mention in mentions)
        {
            if (mention.Label == EntityLabel.Person && mention.Tokens.Length > 1 && document.TokenText(mention.Tokens.End - 1).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
