using NewsEntities.Lexicons;
using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// Takes a capitalized function word off the front of a name ("As Vulture put it", "Because Murphy", "Unlike
/// Cruz", "Does Rubio", "Besides Centerview", "From Bush's post"): at the start of a sentence the tagger reads the
/// capital as part of the name, but a subordinator, a conjunction, an auxiliary, a question word or a preposition
/// starts no person's, organization's or place's name.
/// </summary>
/// <remarks>
/// "Will" and "May" are left alone: they are given names as often as they are auxiliaries ("Will Rogers",
/// "May Ling"), and the tagger's context decides them better than a list.
/// </remarks>
internal static class OpeningWordCheck
{
    private static readonly WordSet Openers = new(
    [
        "As", "Because", "Unlike", "Though", "Although", "Or", "Nor", "Yet", "So", "Without", "Even", "When", "While",
        "Whether", "If", "Unless", "Until", "Once", "Whereas", "Does", "Did", "Do", "Is", "Was", "Are", "Were", "Has",
        "Have", "Had", "Can", "Could", "Should", "Would", "Shall", "Must", "Might", "Why", "How", "Where", "What",
        "Dear", "Thank", "Thanks", "Like", "Besides", "Despite", "During", "Amid", "Among", "Against", "Since", "Before",
        "After", "Following", "Including", "Except", "From", "Through", "Toward", "Towards", "Upon", "Within",
        "Throughout",
    ]);

    /// <summary>Trims such a word from the mentions of <paramref name="mentions"/>, in place.</summary>
    public static void Apply(Document document, List<NamedMention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var tokens = mentions[i].Tokens;
            if (tokens.Length > 1 && IsOpener(document.TokenText(tokens.Start)))
            {
                mentions[i] = mentions[i] with { Tokens = new TokenRange(tokens.Start + 1, tokens.End) };
            }
        }
    }

    // In capitals the word is an abbreviation ("IS" for the Islamic State), not the function word.
    private static bool IsOpener(ReadOnlySpan<char> word) =>
        word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]) && Openers.Contains(word);
}
