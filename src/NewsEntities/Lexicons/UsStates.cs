namespace NewsEntities.Lexicons;

/// <summary>
/// The states of the United States by the ways news style writes them in a lawmaker's party tag ("R-Fla.",
/// "D-N.Y.", "I-Vermont"): AP abbreviations, postal codes and full names, compared without case, periods and
/// spaces left out.
/// </summary>
internal static class UsStates
{
    private static readonly WordMap<string> Names = new(new Dictionary<string, string>
    {
        ["alabama"] = "alabama",
        ["Ala"] = "alabama",
        ["AL"] = "alabama",
        ["alaska"] = "alaska",
        ["AK"] = "alaska",
        ["arizona"] = "arizona",
        ["Ariz"] = "arizona",
        ["AZ"] = "arizona",
        ["arkansas"] = "arkansas",
        ["Ark"] = "arkansas",
        ["AR"] = "arkansas",
        ["california"] = "california",
        ["Calif"] = "california",
        ["CA"] = "california",
        ["colorado"] = "colorado",
        ["Colo"] = "colorado",
        ["CO"] = "colorado",
        ["connecticut"] = "connecticut",
        ["Conn"] = "connecticut",
        ["CT"] = "connecticut",
        ["delaware"] = "delaware",
        ["Del"] = "delaware",
        ["DE"] = "delaware",
        ["florida"] = "florida",
        ["Fla"] = "florida",
        ["FL"] = "florida",
        ["georgia"] = "georgia",
        ["Ga"] = "georgia",
        ["hawaii"] = "hawaii",
        ["HI"] = "hawaii",
        ["idaho"] = "idaho",
        ["ID"] = "idaho",
        ["illinois"] = "illinois",
        ["Ill"] = "illinois",
        ["IL"] = "illinois",
        ["indiana"] = "indiana",
        ["Ind"] = "indiana",
        ["IN"] = "indiana",
        ["iowa"] = "iowa",
        ["IA"] = "iowa",
        ["kansas"] = "kansas",
        ["Kan"] = "kansas",
        ["Kans"] = "kansas",
        ["KS"] = "kansas",
        ["kentucky"] = "kentucky",
        ["Ky"] = "kentucky",
        ["louisiana"] = "louisiana",
        ["La"] = "louisiana",
        ["maine"] = "maine",
        ["ME"] = "maine",
        ["maryland"] = "maryland",
        ["Md"] = "maryland",
        ["massachusetts"] = "massachusetts",
        ["Mass"] = "massachusetts",
        ["MA"] = "massachusetts",
        ["michigan"] = "michigan",
        ["Mich"] = "michigan",
        ["MI"] = "michigan",
        ["minnesota"] = "minnesota",
        ["Minn"] = "minnesota",
        ["MN"] = "minnesota",
        ["mississippi"] = "mississippi",
        ["Miss"] = "mississippi",
        ["MS"] = "mississippi",
        ["missouri"] = "missouri",
        ["Mo"] = "missouri",
        ["montana"] = "montana",
        ["Mont"] = "montana",
        ["MT"] = "montana",
        ["nebraska"] = "nebraska",
        ["Neb"] = "nebraska",
        ["Nebr"] = "nebraska",
        ["NE"] = "nebraska",
        ["nevada"] = "nevada",
        ["Nev"] = "nevada",
        ["NV"] = "nevada",
        ["newhampshire"] = "new hampshire",
        ["NH"] = "new hampshire",
        ["newjersey"] = "new jersey",
        ["NJ"] = "new jersey",
        ["newmexico"] = "new mexico",
        ["NM"] = "new mexico",
        ["newyork"] = "new york",
        ["NY"] = "new york",
        ["northcarolina"] = "north carolina",
        ["NC"] = "north carolina",
        ["northdakota"] = "north dakota",
        ["ND"] = "north dakota",
        ["ohio"] = "ohio",
        ["OH"] = "ohio",
        ["oklahoma"] = "oklahoma",
        ["Okla"] = "oklahoma",
        ["OK"] = "oklahoma",
        ["oregon"] = "oregon",
        ["Ore"] = "oregon",
        ["Oreg"] = "oregon",
        ["OR"] = "oregon",
        ["pennsylvania"] = "pennsylvania",
        ["Pa"] = "pennsylvania",
        ["Penn"] = "pennsylvania",
        ["rhodeisland"] = "rhode island",
        ["RI"] = "rhode island",
        ["southcarolina"] = "south carolina",
        ["SC"] = "south carolina",
        ["southdakota"] = "south dakota",
        ["SD"] = "south dakota",
        ["tennessee"] = "tennessee",
        ["Tenn"] = "tennessee",
        ["TN"] = "tennessee",
        ["texas"] = "texas",
        ["Tex"] = "texas",
        ["TX"] = "texas",
        ["utah"] = "utah",
        ["UT"] = "utah",
        ["vermont"] = "vermont",
        ["Vt"] = "vermont",
        ["virginia"] = "virginia",
        ["Va"] = "virginia",
        ["washington"] = "washington",
        ["Wash"] = "washington",
        ["WA"] = "washington",
        ["westvirginia"] = "west virginia",
        ["WVa"] = "west virginia",
        ["WV"] = "west virginia",
        ["wisconsin"] = "wisconsin",
        ["Wis"] = "wisconsin",
        ["Wisc"] = "wisconsin",
        ["WI"] = "wisconsin",
        ["wyoming"] = "wyoming",
        ["Wyo"] = "wyoming",
        ["WY"] = "wyoming",
    });

    /// <summary>
    /// The lower-case name of the state <paramref name="written"/> stands for ("Fla." or "FL": "florida", "N.Y.":
    /// "new york"), or null.
    /// </summary>
    public static string? NameOf(ReadOnlySpan<char> written)
    {
        Span<char> key = stackalloc char[16];
        int length = 0;
        foreach (char c in written)
        {
            if (c is '.' or ' ')
            {
                continue;
            }

            if (length == key.Length)
            {
                return null;
            }

            key[length++] = c;
        }

        return Names.TryGetValue(key[..length], out var name) ? name : null;
    }
}
