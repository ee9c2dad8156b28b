using NewsEntities.Lexicons;
using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// The gazetteer corrections of the statistical tagger: a person-tagged span that the gazetteer knows whole as an
/// organization ("Al Arabiya") becomes one (CoNLL-2003 dev unchanged, seed aliases up); a person, place or other
/// name that the company list knows whole ("Google", "Tesla", "OpenAI") is the company, a vocabulary newer than the
/// tagger's 1996 training news, and so is a place or other name of the hand-written list of outlets and bodies
/// ("Al-Arabiya", "ISIS", "White House"); and the "The" of a name the gazetteer knows with it ("The Associated
/// Press") joins the span, where CoNLL-style training data leaves it out. A person-tagged name that ends in an
/// organization's head word ("Samsung Electronics", "Brennan Center") is an organization (CoNLL-2003 dev one right
/// name up), and one that ends in a building's, a street's or a venue's ("Trump Tower", "Park Avenue") a place.
/// Title stripping, nationality and single-word overrides from the whole organization gazetteer were measured too,
/// and each cost dev F1.
/// </summary>
internal sealed class KnownOrganizationNames(Lexicon lexicon)
{
    // Names longer than this (in characters, with "The ") are looked up from a rented buffer instead of the stack.
    private const int StackKeyLength = 256;

    /// <summary>Corrects <paramref name="mentions"/> in place; order and non-overlap are kept.</summary>
    public void Apply(Document document, List<NamedMention> mentions, CancellationToken cancellationToken = default)
    {
        int previousEnd = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            cancellationToken.ThrowIfCancelledAt(i);
            // Other (Misc) names are only asked the company list.
            var mention = mentions[i];
            mentions[i] = mention.Label == EntityLabel.Misc ? CorrectCompany(document, mention, previousEnd) : Correct(document, mention, previousEnd);
            previousEnd = mentions[i].Tokens.End;
        }
    }

    // A mention the company list knows whole is the company, whatever the tagger took it for; "the Amazon" is the
    // river and its forest, as companies go without the article (those the list of bodies holds too). Any other
    // outlet or body of the hand-written list ("Al-Arabiya", "ISIS", "the Islamic State", which goes with the
    // article) is an organization where the tagger saw a place or another name, but not where it saw a person:
    // "Bloomberg said" is Michael Bloomberg as often as the agency.
    private NamedMention CorrectCompany(Document document, NamedMention mention, int previousEnd)
    {
        if (mention.Label == EntityLabel.Organization)
        {
            return mention;
        }

        int before = mention.Tokens.Start - 1;
        var text = document.TextOf(mention.Tokens);
        bool organization = lexicon.Companies.Contains(text)
            ? !(before >= previousEnd && document.TokenText(before).Equals("the", StringComparison.OrdinalIgnoreCase))
            : mention.Label != EntityLabel.Person && lexicon.NewsOrganizations.Contains(text);
        return organization ? mention with { Label = EntityLabel.Organization } : mention;
    }

    private NamedMention Correct(Document document, NamedMention mention, int previousEnd)
    {
        var company = CorrectCompany(document, mention, previousEnd);
        if (company.Label != mention.Label)
        {
            return company;
        }

        var range = mention.Tokens;
        int before = range.Start - 1;
        bool afterThe = before >= previousEnd && document.TokenText(before).SequenceEqual("The");
        bool multiWordPerson = range.Length > 1 && mention.Label == EntityLabel.Person;
        if (!afterThe && !multiWordPerson)
        {
            return mention; // the common case: no lookup, no key built
        }

        var last = document.TokenText(range.End - 1);
        if (multiWordPerson && char.IsUpper(last[0]))
        {
            if (OrganizationHeads.Words.Contains(last))
            {
                return mention with { Label = EntityLabel.Organization };
            }

            if (PlaceHeads.Words.Contains(last))
            {
                return mention with { Label = EntityLabel.Location };
            }
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
