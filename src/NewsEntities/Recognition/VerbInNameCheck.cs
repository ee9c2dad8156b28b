using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// Drops a mention with a lower-case "is", "are", "was" or "were" inside it ("Bernie is Bernie" in a quote): the
/// tagger may run a short sentence of capitalized words together, but a name's lower-case particles ("van", "bin",
/// "de") are never verbs.
/// </summary>
internal static class VerbInNameCheck
{
    /// <summary>Removes such mentions from <paramref name="mentions"/>, keeping the order of the rest.</summary>
    public static void Apply(Document document, List<NamedMention> mentions) => MentionFilter.RemoveWhere(document, mentions, HasVerb);

    private static bool HasVerb(Document document, List<NamedMention> mentions, int i)
    {
        var tokens = mentions[i].Tokens;
        for (int t = tokens.Start + 1; t < tokens.End - 1; t++)
        {
            if (document.TokenText(t) is "is" or "are" or "was" or "were")
            {
                return true;
            }
        }

        return false;
    }
}
