using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Resolution;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition;

/// <summary>
/// Makes a place of a name the gazetteer knows as one where the tagger saw an organization but the words around it
/// show a place: before a person's title ("Texas Sen. Ted Cruz", "Boston Mayor Marty Walsh"), after a preposition of
/// place ("arrived in Cleveland"; not "in Obama's cabinet", where the preposition governs what the name owns), or
/// as a dateline ("Cleveland (AFP) –").
/// </summary>
/// <remarks>
/// The tagger learned from 1996 sports pages, where a city names its team ("Cleveland beat Boston 5-3"), so in
/// political news it often calls the convention city an organization. Only those contexts decide, as a place name
/// may still be a team, a government ("Texas sued the administration") or a company elsewhere; "at" and "from" are
/// left out, as sports pages write "Boston at Cleveland" and "acquired from Cleveland" of teams.
/// </remarks>
internal sealed class PlaceContextCheck(Lexicon lexicon)
{
    private static readonly WordSet PlacePrepositions = new(["in", "near", "outside", "across", "throughout"]);

    /// <summary>Corrects <paramref name="mentions"/> in place; spans and order are kept, only labels change.</summary>
    public void Apply(Document document, List<NamedMention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Label == EntityLabel.Organization && IsPlaceOnly(document.TextOf(mention.Tokens))
                && !Tokenizer.IsPossessiveEnding(document.Text, document.Tokens, mention.Tokens.End)
                && (BeforeTitle(document, mention.Tokens) || AfterPlacePreposition(document, mention.Tokens) || IsDateline(document, mention.Tokens)))
            {
                mentions[i] = mention with { Label = EntityLabel.Location };
            }
        }
    }

    // A place that is no outlet or body of the hand-written list ("UN", "Xinhua"), no company ("Amazon") and no town
    // that is also a surname ("Bolton", a town in England and John Bolton in the news). "Washington" and "Hollywood"
    // stay candidates: the organizations list holds them for the government and the industry, but "in Washington"
    // is the city.
    private bool IsPlaceOnly(ReadOnlySpan<char> name) =>
        lexicon.Places.TryGetValue(name, out var kind) && !lexicon.NewsOrganizations.Contains(name)
        && !lexicon.Companies.Contains(name) && !(kind == PlaceKind.Town && lexicon.Surnames.Contains(name));

    private static bool BeforeTitle(Document document, TokenRange name) =>
        name.End < document.Tokens.Count && char.IsUpper(document.TokenText(name.End)[0]) && PersonTitleEvidence.IsTitle(document.TokenText(name.End));

    private static bool AfterPlacePreposition(Document document, TokenRange name) =>
        name.Start > 0 && PlacePrepositions.Contains(document.TokenText(name.Start - 1));

    // "Cleveland (AFP) –", "MIAMI —": the name opens its paragraph and a dash follows it, or an outlet in
    // brackets and then a dash ("Alba (Germany)" in a table of results is a team).
    private bool IsDateline(Document document, TokenRange name)
    {
        var tokens = document.Tokens;
        if (name.Start > 0 && !document.LineBreakBetween(name.Start - 1, name.Start))
        {
            return false;
        }

        int dash = name.End;
        if (dash + 2 < tokens.Count && document.TokenText(dash) is "(" && document.TokenText(dash + 2) is ")"
            && (lexicon.NewsOrganizations.Contains(document.TokenText(dash + 1)) || TokenShape.IsAllCaps(document.TokenText(dash + 1))))
        {
            dash += 3;
        }

        return dash < tokens.Count && Tokenizer.IsDash(document.TokenText(dash));
    }
}
