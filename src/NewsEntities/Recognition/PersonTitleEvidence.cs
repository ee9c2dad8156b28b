using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition.Statistical;
using NewsEntities.Resolution;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition;

/// <summary>
/// Relabels as a person a name that an honorific or a person's title introduces somewhere in the document ("Mr.
/// Obama", "President Obama", "Sen. Cruz", "the Obama administration"), or that ends a full name with a known given
/// name there ("Donald Trump" for "Trump"), wherever the tagger made that name an organization.
/// </summary>
/// <remarks>
/// The tagger reads the labels it gave a word earlier in the document as evidence for the word's next label, so one
/// early mistake (a headline's "Obama pushes ..." read as an organization) spreads to every later mention, and a
/// person who is an organization can neither speak through "he" nor be merged with his full name. A title right
/// before the name outweighs that history: it is the one context in which news writing names nothing but a person.
/// So does a full name whose first word is a known given name, except for a surname the lexicon knows as an
/// organization ("Michael Bloomberg" and "Bloomberg reported").
/// </remarks>
internal sealed class PersonTitleEvidence(Lexicon lexicon)
{
    // Titles that stand before a person's name and before nothing else when capitalized ("President Obama", not
    // "the president's plan"). Honorifics ("Mr.", "Dr.") come from the lexicon.
    private static readonly WordSet Titles = new(
    [
        "president", "pres", "pres.", "senator", "sen", "sen.", "governor", "gov", "gov.", "rep", "rep.", "representative",
        "congressman", "congresswoman", "mayor", "judge", "secretary", "chancellor", "premier", "pope", "rabbi",
        "imam", "ayatollah", "sheikh", "gen", "gen.", "adm", "adm.", "col", "col.", "lt", "lt.", "sgt", "sgt.",
        "capt", "capt.", "prof", "prof.", "professor", "speaker", "justice", "ambassador", "admiral", "rev", "rev.", "reverend",
        "sens", "sens.", "reps", "reps.", "govs", "govs.",
    ]);

    /// <summary>Whether <paramref name="word"/> is a person's title ("Sen.", "Mayor"), in any case.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.Contains(word);

    // Words that name a person's side or campaign after them ("Team Trump", "Camp Clinton"): a body, not the person.
    private static readonly WordSet SideWords = new(["team", "camp", "friends", "project", "operation"]);

    // Lower-case nouns after a name that make the name a person's: what a president or a governor heads.
    private static readonly WordSet PersonalOffices = new(["administration", "presidency", "governorship"]);

    /// <summary>Corrects <paramref name="mentions"/> in place; spans and order are kept, only labels change.</summary>
    public void Apply(Document document, List<NamedMention> mentions, Dictionary<ulong, bool> titled, CancellationToken cancellationToken = default)
    {
        // A place becomes a person where its own title or office says so ("Mr. Jordan" tells nothing of the
        // country of Jordan a line later), so it is relabelled here, as its evidence is read; a place the tagger
        // guessed, one the gazetteer does not know, also where the document vouches for it (VouchedNameRecall).
        titled.Clear();
        for (int i = 0; i < mentions.Count; i++)
        {
            cancellationToken.ThrowIfCancelledAt(i);
            var mention = mentions[i];
            if (mention.Label is EntityLabel.Organization or EntityLabel.Location or EntityLabel.Person && (TitleBefore(document, mention) || HeadsOffice(document, mention)))
            {
                titled[KeyOf(document, mention.Tokens)] = true;
                if (mention.Label == EntityLabel.Location)
                {
                    mentions[i] = mention with { Label = EntityLabel.Person };
                }
            }

            if (mention.Label == EntityLabel.Organization && IsEnglishGivenNameAndSurname(document, mention))
            {
                mention = mention with { Label = EntityLabel.Person };
                mentions[i] = mention;
            }

            // "John Bolton" vouches for "Bolton" alone, with a title before it or not ("President Joe Biden" for
            // "Biden:" opening a headline); false marks a surname that no title introduced.
            if (mention.Label == EntityLabel.Person && mention.Tokens.Length > 1 && VouchesForSurname(document, mention.Tokens))
            {
                titled.TryAdd(KeyOf(document, new TokenRange(mention.Tokens.End - 1, mention.Tokens.End)), false);

                // A surname of two words vouches whole too ("Debbie Wasserman Schultz" for "Wasserman Schultz").
                if (mention.Tokens.Length > 2)
                {
                    titled.TryAdd(KeyOf(document, new TokenRange(mention.Tokens.Start + 1, mention.Tokens.End)), false);
                }
            }
        }

        if (titled.Count == 0)
        {
            return;
        }

        // An organization takes a name's evidence from anywhere in the document, unless the lexicon knows it by a
        // surname ("Bloomberg reported") and only a full name vouches for it.
        for (int i = 0; i < mentions.Count; i++)
        {
            cancellationToken.ThrowIfCancelledAt(i);
            var mention = mentions[i];
            if (mention.Label == EntityLabel.Organization
                && ((titled.TryGetValue(KeyOf(document, mention.Tokens), out bool byTitle) && (byTitle || !lexicon.Organizations.Contains(document.TextOf(mention.Tokens))))
                    || EndsWithTitledSurname(document, mention, titled)))
            {
                mentions[i] = mention with { Label = EntityLabel.Person };
            }
        }
    }

    /// <summary>
    /// "Al Sharpton", "Al Gore", "Ben Carson" as the tagger's organization: it reads a capitalized "Al" or "Ben" as
    /// the article of an Arabic or Hebrew name ("Al Jazeera"); see <see cref="PersonName.IsGivenNameLikeParticle"/>.
    /// Bodies and places named so are listed in the lexicon.
    /// </summary>
    private bool IsEnglishGivenNameAndSurname(Document document, NamedMention mention)
    {
        if (mention.Tokens.Length != 2 || !PersonName.IsGivenNameLikeParticle(document.TokenText(mention.Tokens.Start)))
        {
            return false;
        }

        var surname = document.TokenText(mention.Tokens.Start + 1);
        var name = document.TextOf(mention.Tokens);
        return char.IsUpper(surname[0]) && surname.Length > 1 && char.IsLower(surname[^1])
            && char.IsWhiteSpace(document.Text[document.Tokens[mention.Tokens.Start].End])
            && !lexicon.Organizations.Contains(name) && !lexicon.Places.ContainsKey(name);
    }

    /// <summary>
    /// Whether a person's full name vouches for its last word as a surname: its first word is a known given name, or,
    /// as the lists lack many ("Barack", "Reince"), a plain name-like word no list knows as anything else before a
    /// plain name-like surname ("Junge SVP" and "Super Glass-Steagall" are no one's).
    /// </summary>
    private bool VouchesForSurname(Document document, TokenRange name)
    {
        var first = document.TokenText(name.Start);
        if (lexicon.GivenNames.ContainsKey(first))
        {
            return true;
        }

        return IsPlainNameWord(first) && IsPlainNameWord(document.TokenText(name.End - 1)) && !lexicon.ListsAsNoName(first) && !Titles.Contains(first);
    }

    /// <summary>
    /// A word of two letters or more that starts with a capital and ends in a lower-case letter, with no period: a
    /// name's word as running text writes it, "McCain" and "O'Rourke" included, initials and acronyms not.
    /// </summary>
    internal static bool IsCapitalizedWord(Document document, int t)
    {
        var word = document.TokenText(t);
        return document.Tokens[t].Kind == TokenKind.Word && word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[^1]) && !word.Contains('.');
    }

    /// <summary>A capital and then lower-case letters, as a name is written in running text ("Obama", not "SVP" or "Glass-Steagall").</summary>
    internal static bool IsPlainNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (char c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Barack Obama" as the tagger's organization in a text that says "President Obama" or "Mr. Obama": a name of
    /// two or three plain capitalized words whose last one a title introduces elsewhere is that person's full name.
    /// Only a title counts (a full name vouching for its own surname would vouch for any name that ends so), and not
    /// for a name the lexicon knows as a body, nor one that opens with a title, a place or a side ("Team Clinton").
    /// </summary>
    private bool EndsWithTitledSurname(Document document, NamedMention mention, Dictionary<ulong, bool> titled)
    {
        var range = mention.Tokens;
        if (range.Length is < 2 or > 3
            || !titled.TryGetValue(KeyOf(document, new TokenRange(range.End - 1, range.End)), out bool byTitle) || !byTitle)
        {
            return false;
        }

        for (int t = range.Start; t < range.End; t++)
        {
            if (!IsCapitalizedWord(document, t))
            {
                return false;
            }
        }

        var first = document.TokenText(range.Start);
        var text = document.TextOf(range);
        return !lexicon.TitleWords.Contains(first) && !lexicon.StopWords.Contains(first) && !lexicon.Places.ContainsKey(first) && !SideWords.Contains(first)
            && !lexicon.Organizations.Contains(text) && !lexicon.Companies.Contains(text);
    }

    private bool TitleBefore(Document document, NamedMention mention)
    {
        int before = mention.Tokens.Start - 1;
        if (before < 0)
        {
            return false;
        }

        var word = document.TokenText(before);
        return char.IsUpper(word[0]) && (lexicon.Honorifics.ContainsKey(word) || Titles.Contains(word));
    }

    /// <summary>
    /// "the Obama administration", "the Reagan presidency": a person heads one. A country's would be its government,
    /// so a name the lexicon knows as a country never counts; the gazetteer's towns and regions do ("Obama" is a
    /// town in Japan, "Clinton" a county), as a person heading an administration is far the likelier reading.
    /// </summary>
    private bool HeadsOffice(Document document, NamedMention mention)
    {
        if (mention.Tokens.End >= document.Tokens.Count || !PersonalOffices.Contains(document.TokenText(mention.Tokens.End)))
        {
            return false;
        }

        return !lexicon.IsCountry(document.TextOf(mention.Tokens));
    }

    internal static ulong KeyOf(Document document, TokenRange range)
    {
        ulong key = FeatureHash.Seed;
        for (int t = range.Start; t < range.End; t++)
        {
            key = FeatureHash.Append(FeatureHash.Append(key, ' '), document.TokenText(t));
        }

        return key;
    }
}
