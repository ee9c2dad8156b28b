using NewsEntities.Lexicons;
using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// The gazetteer corrections of the statistical tagger: a person-tagged span that the gazetteer knows whole as an
/// organization ("Al Arabiya") becomes one (CoNLL-2003 dev unchanged, seed aliases up); a person or place that
/// the company list knows whole ("Google", "Tesla") is the company, a vocabulary newer than the tagger's 1996
/// training news; and the "The" of a name the gazetteer knows with it ("The Associated Press") joins the span,
/// where CoNLL-style training data leaves it out. Title stripping, nationality and single-word overrides from the
/// whole organization gazetteer were measured too, and each cost dev F1.
/// </summary>
internal sealed class KnownOrganizationNames(Lexicon lexicon)
{
    // Names longer than this (in characters, with "The ") are looked up from a rented buffer instead of the stack.
    private const int StackKeyLength = 256;

    /// <summary>Corrects <paramref name="mentions"/> in place; order and non-overlap are kept.</summary>
    public void Apply(Document document, List<NamedMention> mentions)
    {
        int previousEnd = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Label != EntityLabel.Misc)
            {
                mentions[i] = Correct(document, mention, previousEnd);
            }

            previousEnd = mentions[i].Tokens.End;
        }
    }

    private NamedMention Correct(Document document, NamedMention mention, int previousEnd)
    {
        var range = mention.Tokens;
        int before = range.Start - 1;
        if (mention.Label is EntityLabel.Person or EntityLabel.Location && lexicon.Companies.Contains(document.TextOf(range))
            && !(before >= previousEnd && document.TokenText(before).Equals("the", StringComparison.OrdinalIgnoreCase)))
        {
            // "the Amazon" is the river and its forest; companies go without the article.
            return mention with { Label = EntityLabel.Organization };
        }

        bool afterThe = before >= previousEnd && document.TokenText(before).SequenceEqual("The");
        bool multiWordPerson = range.Length > 1 && mention.Label == EntityLabel.Person;
        if (!afterThe && !multiWordPerson)
        {
            return mention; // the common case: no lookup, no key built
        }

        // The key is "The " and the tokens joined by single spaces, written into a span: the lexicon is probed with
        // span slices, so no string is built (on .NET 8 the lexicon still makes one per probe).
        int length = 4 + range.Length - 1;
        for (int k = range.Start; k < range.End; k++)
        {
            length += document.Tokens[k].Length;
        }

        char[]? rented = length > StackKeyLength ? System.Buffers.ArrayPool<char>.Shared.Rent(length) : null;
        Span<char> key = rented is null ? stackalloc char[StackKeyLength] : rented;
        try
        {
            "The ".CopyTo(key);
            int at = 4;
            for (int k = range.Start; k < range.End; k++)
            {
                if (k > range.Start)
                {
                    key[at++] = ' ';
                }

                var token = document.TokenText(k);
                token.CopyTo(key[at..]);
                at += token.Length;
            }

            if (afterThe && lexicon.Organizations.Contains(key[..at]))
            {
                return new NamedMention(new TokenRange(before, range.End), EntityLabel.Organization);
            }

            return multiWordPerson && lexicon.Organizations.Contains(key[4..at])
                ? mention with { Label = EntityLabel.Organization }
                : mention;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
