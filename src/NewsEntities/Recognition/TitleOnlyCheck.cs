using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// Drops a mention that is nothing but an abbreviated title before a name ("Sens. Ted Cruz and Marco Rubio",
/// "Reps. Paul Ryan"): the tagger learned "Sens" as the Ottawa Senators' nickname from 1996 sports pages, but with a
/// period and a recognized name right after it, it is the senators' title, and the names are the mentions.
/// </summary>
internal static class TitleOnlyCheck
{
    /// <summary>Removes such mentions from <paramref name="mentions"/>, keeping the order of the rest.</summary>
    public static void Apply(Document document, List<NamedMention> mentions) => MentionFilter.RemoveWhere(document, mentions, IsTitleBefore);

    private static bool IsTitleBefore(Document document, List<NamedMention> mentions, int i)
    {
        if (i + 1 >= mentions.Count)
        {
            return false;
        }

        var mention = mentions[i];
        var next = mentions[i + 1];
        int period = mention.Tokens.End;
        var tokens = document.Tokens;
        return mention.Tokens.Length == 1 && next.Tokens.Start == period + 1 && document.TokenText(period) is "."
            && tokens[period].Start == tokens[period - 1].End && PersonTitleEvidence.IsTitle(document.TokenText(mention.Tokens.Start));
    }
}
