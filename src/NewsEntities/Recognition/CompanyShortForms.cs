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
/// person's full name in the same document ("Morgan" with Morgan Freeman in the story stays his). Three linear
/// passes over the mentions, the last two only when a one-word mention is such a first word at all.
/// </remarks>
internal sealed class CompanyShortForms
{
    private readonly Lexicon lexicon;

    // The first words of the listed companies of several words, numbered.
    private readonly WordMap<int> firstWords;

    public CompanyShortForms(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (string name in lexicon.CompanyNames)
        {
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                words.TryAdd(name[..space], words.Count);
            }
        }

        firstWords = new WordMap<int>(words);
    }

    /// <summary>Relabels such mentions of <paramref name="mentions"/> in place.</summary>
    public void Apply(Document document, List<NamedMention> mentions)
    {
        bool any = false;
        foreach (var mention in mentions)
        {
            any |= IsCandidate(document, mention, out _);
        }

        if (!any)
        {
            return;
        }

        // Per first word: is its company named in the document, and is it a word of a person's full name there.
        Span<bool> named = stackalloc bool[firstWords.Count];
        Span<bool> personal = stackalloc bool[firstWords.Count];
        foreach (var mention in mentions)
        {
            if (mention.Tokens.Length < 2)
            {
                continue;
            }

            if (mention.Label == EntityLabel.Organization && firstWords.TryGetValue(document.TokenText(mention.Tokens.Start), out int company)
                && lexicon.Companies.Contains(document.TextOf(mention.Tokens)))
            {
                named[company] = true;
            }
            else if (mention.Label == EntityLabel.Person)
            {
                for (int t = mention.Tokens.Start; t < mention.Tokens.End; t++)
                {
                    if (firstWords.TryGetValue(document.TokenText(t), out int word))
                    {
                        personal[word] = true;
                    }
                }
            }
        }

        for (int i = 0; i < mentions.Count; i++)
        {
            if (IsCandidate(document, mentions[i], out int word) && named[word] && !personal[word])
            {
                mentions[i] = mentions[i] with { Label = EntityLabel.Organization };
            }
        }
    }

    // A one-word person or place that is the first word of a listed company, and no place.
    private bool IsCandidate(Document document, NamedMention mention, out int word)
    {
        word = -1;
        if (mention.Tokens.Length != 1 || mention.Label is not (EntityLabel.Person or EntityLabel.Location))
        {
            return false;
        }

        var text = document.TokenText(mention.Tokens.Start);
        return firstWords.TryGetValue(text, out word) && !lexicon.Places.ContainsKey(text);
    }
}
