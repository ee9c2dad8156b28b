using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// Takes a title off the front of a person's mention ("Mayor Bill de Blasio", "Justice Scalia" become "Bill de
/// Blasio", "Scalia"): news writes titles before names, and the tagger, which learned from news that left them out
/// of the name, sometimes reads a title it never saw as the name's first word. Left on, the title makes
/// the person's canonical name, and the description resolver cannot read it as the person's office.
/// </summary>
/// <remarks>
/// "Pope" stays: a pope's name is his title and a regnal name together ("Pope Francis").
/// </remarks>
internal static class LeadingTitleTrim
{
    /// <summary>Trims such mentions of <paramref name="mentions"/> in place; order is kept, as only starts move right.</summary>
    public static void Apply(Document document, List<NamedMention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Label != EntityLabel.Person)
            {
                continue;
            }

            int start = mention.Tokens.Start;
            while (start < mention.Tokens.End && IsTrimmableTitle(document.TokenText(start)))
            {
                start++;
            }

            if (start != mention.Tokens.Start && start < mention.Tokens.End && StartsName(document, start))
            {
                mentions[i] = mention with { Tokens = new TokenRange(start, mention.Tokens.End) };
            }
        }
    }

    private static bool IsTrimmableTitle(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) && PersonTitleEvidence.IsTitle(word) && !word.Equals("Pope", StringComparison.OrdinalIgnoreCase);

    // A capitalized word that is no initial: in "Sen. A." the title is all of the name there is.
    private static bool StartsName(Document document, int t)
    {
        var word = document.TokenText(t);
        return document.Tokens[t].Kind == Tokenization.TokenKind.Word && word.Length > 1 && char.IsUpper(word[0]) && word[^1] != '.';
    }
}
