using NewsEntities.Lexicons;
using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// Drops a party and state tag ("Sen. Marco Rubio (R-Fla.)", "Rep. Smith, D-Texas,"): the tagger reads it as an
/// organization, but it only says which party and state a lawmaker serves, and it is no entity of its own.
/// </summary>
internal static class PartyTagCheck
{
    /// <summary>Removes such mentions from <paramref name="mentions"/>, keeping the order of the rest.</summary>
    public static void Apply(Document document, List<NamedMention> mentions) => MentionFilter.RemoveWhere(document, mentions, IsPartyTag);

    // One token: D, R or I, a hyphen, then a state ("R-Fla", "D-OR", "I-Vt", "R-N" of "R-N.Y."); two-letter postal
    // codes and the first letter of a two-part one are checked by shape. The second part of a two-part one ("Va"
    // of "D-W.Va.", "H." of "D-N.H.") is read as a place when the tagger leaves the first out.
    private static bool IsPartyTag(Document document, List<NamedMention> mentions, int i)
    {
        var mention = mentions[i];
        return mention.Tokens.Length == 1 && (IsPartyTag(document, mention.Tokens.Start) || IsSecondStatePart(document, mention.Tokens.Start));
    }

    // "Va" in "D-W.Va.": a short word glued to a "." glued to a party tag whose state is one letter.
    private static bool IsSecondStatePart(Document document, int t)
    {
        var tokens = document.Tokens;
        return t >= 2 && document.TokenText(t).TrimEnd('.').Length is > 0 and <= 3
            && tokens[t - 1].End == tokens[t].Start && tokens[t - 2].End == tokens[t - 1].Start
            && document.TokenText(t - 1) is "." && document.TokenText(t - 2).Length == 3 && IsPartyTag(document, t - 2);
    }

    private static bool IsPartyTag(Document document, int t)
    {
        var word = document.TokenText(t);
        if (word.Length < 3 || word[0] is not ('D' or 'R' or 'I') || word[1] != '-')
        {
            return false;
        }

        var state = word[2..];
        return state switch
        {
            [var c] => c is 'N' or 'S' or 'W' or 'R',
            [var a, var b] when char.IsUpper(a) && char.IsUpper(b) => true,
            _ => char.IsUpper(state[0]) && UsStates.NameOf(state) is not null,
        };
    }
}
