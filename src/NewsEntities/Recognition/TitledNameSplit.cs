using NewsEntities.Lexicons;
using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// Splits a mention that runs from an organization or place over a title into a person's name ("Apple CEO Tim
/// Cook", "DNC Chair Debbie Wasserman Schultz", "Supreme Court Justice Ruth Bader Ginsburg"): the tagger sometimes
/// reads the whole phrase as one organization, which loses the person and names an organization after them.
/// </summary>
/// <remarks>
/// The name after the title must be at least two words and start with a known given name, so that a title inside
/// a name ("Massachusetts General Hospital", "National Director of Government Affairs") leaves it whole.
/// </remarks>
internal sealed class TitledNameSplit(Lexicon lexicon)
{
    /// <summary>
    /// Splits such mentions of <paramref name="mentions"/> in place, keeping text order; the people split off are
    /// gathered in <paramref name="scratch"/> and merged in once, as inserting each would cost a shift of the list.
    /// </summary>
    public void Apply(Document document, List<NamedMention> mentions, List<NamedMention> scratch)
    {
        scratch.Clear();
        for (int i = 0; i < mentions.Count; i++)
        {
            var tokens = mentions[i].Tokens;
            int name = NameAfterTitle(document, tokens);
            if (name < 0)
            {
                continue;
            }

            int titleStart = name - 1;
            while (titleStart > tokens.Start && IsTitle(document, titleStart - 1))
            {
                titleStart--;
            }

            // Titles all the way from the start ("Chief Justice John Roberts") are the person's own.
            if (titleStart == tokens.Start)
            {
                continue;
            }

            var owner = new TokenRange(tokens.Start, titleStart);
            var ownerLabel = mentions[i].Label == EntityLabel.Person ? EntityLabel.Organization : mentions[i].Label;
            mentions[i] = new NamedMention(owner, ownerLabel);
            scratch.Add(new NamedMention(new TokenRange(name, tokens.End), EntityLabel.Person));
        }

        MentionFilter.MergeInOrder(mentions, scratch);
    }

    // The first token of a person's name that follows a title inside the mention, or -1.
    private int NameAfterTitle(Document document, TokenRange tokens)
    {
        if (tokens.Length < 4)
        {
            return -1;
        }

        for (int t = tokens.Start + 1; t + 2 < tokens.End; t++)
        {
            if (IsTitle(document, t) && !IsTitle(document, t + 1) && lexicon.GivenNames.ContainsKey(document.TokenText(t + 1)))
            {
                return t + 1;
            }
        }

        return -1;
    }

    // A capitalized title word ("CEO", "Chair", "Justice").
    private bool IsTitle(Document document, int t)
    {
        var word = document.TokenText(t);
        return char.IsUpper(word[0]) && lexicon.TitleWords.Contains(word);
    }
}
