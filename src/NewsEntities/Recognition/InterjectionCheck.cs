using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// Drops a place that is two letters in mixed case with no period after it ("Oh, okay.", "Hi, everyone"): the
/// tagger's gazetteer reads the postal codes without case, but a state is written "OH", "Ohio" or "Ky." and an
/// interjection "Oh".
/// </summary>
internal static class InterjectionCheck
{
    /// <summary>Removes such mentions from <paramref name="mentions"/>, keeping the order of the rest.</summary>
    public static void Apply(Document document, List<NamedMention> mentions) => MentionFilter.RemoveWhere(document, mentions, IsInterjection);

    private static bool IsInterjection(Document document, List<NamedMention> mentions, int i)
    {
        var mention = mentions[i];
        if (mention.Label != EntityLabel.Location || mention.Tokens.Length != 1)
        {
            return false;
        }

        var word = document.TokenText(mention.Tokens.Start);
        int next = mention.Tokens.End;
        return word.Length == 2 && char.IsUpper(word[0]) && char.IsLower(word[1])
            && !(next < document.Tokens.Count && document.TokenText(next) is ".");
    }
}
