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
    // codes and the first letter of a two-part one are checked by shape.
    private static bool IsPartyTag(Document document, List<NamedMention> mentions, int i)
    {
        var mention = mentions[i];
        if (mention.Tokens.Length != 1)
        {
            return false;
        }

        var word = document.TokenText(mention.Tokens.Start);
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
