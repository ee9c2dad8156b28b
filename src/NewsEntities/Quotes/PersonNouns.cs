using NewsEntities.Resolution;

namespace NewsEntities.Quotes;

/// <summary>
/// Nouns that head a description of a person or a group of people who can speak: "the Palestinian leader",
/// "a senior official", "officials". Plurals are generated.
/// </summary>
internal static class PersonNouns
{
    private static readonly string[] Neutral =
    [
        "president", "minister", "secretary", "leader", "spokesperson", "official", "politician", "diplomat",
        "director", "chief", "head", "envoy", "ambassador", "premier", "general", "admiral", "commander", "analyst", "expert",
        "source", "aide", "adviser", "advisor", "lawmaker", "legislator", "senator", "governor", "mayor", "chair",
        "candidate", "negotiator", "representative", "member", "officer", "activist", "lawyer", "attorney", "judge",
        "prosecutor", "witness", "resident", "journalist", "reporter", "professor", "researcher", "economist",
        "executive", "ceo", "founder", "manager", "coordinator", "counsel", "deputy", "mediator", "commentator",
        "editor", "author", "cleric", "chancellor", "strategist", "campaigner", "organizer", "organiser", "owner",
        "coach", "doctor", "pm", "spokesperson", "delegate", "emissary", "observer", "insider", "critic", "scholar",
        "historian", "statesman", "congressman", "official", "administrator", "regulator", "investigator",
        "negotiator", "militant", "protester", "protestor", "student", "teacher", "worker", "veteran", "survivor",
        "victim", "politician", "person", "individual", "diplomat", "secretary-general", "vice-president",
        "undersecretary", "commissioner", "inspector", "superintendent", "sheriff", "councillor", "councilor",
        "columnist", "writer", "narrator", "anchor", "host", "moderator", "pollster", "correspondent", "commentator",
        "consultant", "operative", "staffer", "supporter", "voter", "donor", "aide", "nominee", "frontrunner",
        "front-runner", "challenger", "incumbent", "governor-elect", "senator-elect", "minister-designate",
        "physician", "nurse", "officer", "soldier", "trooper", "detective", "agent", "analyst", "economist",
        "scientist", "researcher", "parent", "neighbor", "neighbour", "friend", "colleague", "partner",
        "kid", "child", "teen", "teenager", "user", "attendee", "participant", "respondent", "caller",
        "viewer", "listener", "reader", "actor", "actress", "comedian", "singer", "developer", "lobbyist", "impostor",
        "investor", "entrepreneur", "banker", "farmer", "firefighter", "speechwriter", "questioner", "interviewer",
        "panelist", "employee", "plaintiff", "defendant", "juror", "backbencher",
        // Sport and music, whose reports name people by position and instrument ("the goalkeeper said").
        "captain", "skipper", "goalkeeper", "keeper", "goalie", "striker", "forward", "midfielder", "defender",
        "winger", "full-back", "fullback", "centre-back", "playmaker", "quarterback", "linebacker", "pitcher",
        "catcher", "shortstop", "outfielder", "infielder", "batsman", "bowler", "batter", "jockey", "trainer",
        "player", "athlete", "rider", "driver", "sprinter", "swimmer", "boxer", "referee", "umpire", "teammate",
        "drummer", "guitarist", "bassist", "vocalist", "frontman", "frontwoman", "songwriter", "musician",
        "rapper", "pianist", "violinist", "conductor", "composer", "band-mate", "bandmate",
    ];

    private static readonly string[] Male =
    [
        "spokesman", "chairman", "congressman", "man", "king", "prince", "father", "son", "brother", "husband",
        "sheikh", "emir", "sultan", "businessman", "statesman", "boy",
    ];

    private static readonly string[] Female =
    [
        "spokeswoman", "chairwoman", "congresswoman", "woman", "queen", "princess", "mother", "daughter", "sister",
        "wife", "businesswoman", "girl",
    ];

    // Bodies and documents that "say" things in news: "the campaign said", "the report found".
    private static readonly string[] Bodies =
    [
        "campaign", "committee", "group", "agency", "ministry", "audience", "crowd", "report", "poll",
        "survey", "study", "ad", "website", "memo", "letter", "panel", "court", "union", "network", "headline",
        "sign", "banner", "editorial", "article", "newspaper", "magazine", "book", "petition", "filing", "lawsuit",
        "department", "office", "party", "paper", "organization", "organisation", "board", "commission", "council",
        "tabloid", "publication", "team", "administration", "foundation", "media", "complaint", "document", "email",
        "message", "footnote", "passage", "indictment", "transcript", "ruling",
    ];

    // Kinds of company or institution, which stand for any organization named before them, as "the company" does:
    // "Barclays posted a loss. "...," the bank said."
    private static readonly string[] Kinds =
    [
        "company", "firm", "bank", "lender", "insurer", "airline", "carrier", "automaker", "carmaker", "retailer",
        "broadcaster", "studio", "publisher", "manufacturer", "chain", "startup", "conglomerate", "charity", "club",
        "university", "hospital", "museum", "utility", "operator", "supermarket", "brewer", "miner",
    ];

    private static readonly SpanWordTable<bool> BodyTable = new(Bodies.Concat(Kinds).Select(b => new KeyValuePair<string, bool>(b, true)));

    private static readonly SpanWordTable<bool> KindTable = new(Kinds.Select(b => new KeyValuePair<string, bool>(b, true)));

    /// <summary>Whether a head noun names a body or a document ("the campaign") rather than a person.</summary>
    public static bool IsBody(ReadOnlySpan<char> head) => BodyTable.TryGetValue(head, out _);

    /// <summary>Whether a head noun names a kind of organization ("the company", "the bank") that any organization can be.</summary>
    public static bool IsKindOfOrganization(ReadOnlySpan<char> head) => KindTable.TryGetValue(head, out _);

    /// <summary>Head noun → (gender, plural).</summary>
    public static SpanWordTable<(Gender Gender, bool Plural)> Table { get; } = Build();

    private static SpanWordTable<(Gender Gender, bool Plural)> Build()
    {
        var entries = new Dictionary<string, (Gender, bool)>(StringComparer.OrdinalIgnoreCase);
        void Add(string noun, Gender gender)
        {
            entries.TryAdd(noun, (gender, false));
            entries.TryAdd(Plural(noun), (gender, true));
        }

        foreach (string noun in Neutral)
        {
            Add(noun, Gender.Unknown);
        }

        foreach (string noun in Male)
        {
            Add(noun, Gender.Male);
        }

        foreach (string noun in Female)
        {
            Add(noun, Gender.Female);
        }

        entries["people"] = (Gender.Unknown, true);
        foreach (string body in Bodies.Concat(Kinds))
        {
            entries.TryAdd(body, (Gender.Unknown, false));
        }

        // Groups of people speak in the plural too ("several environmental groups ..., saying"); documents and
        // media in the plural are more often what is talked about than who talks.
        foreach (string body in (string[])["group", "organization", "organisation", "campaign", "committee", "union"])
        {
            entries.TryAdd(Plural(body), (Gender.Unknown, true));
        }

        return new SpanWordTable<(Gender, bool)>(entries);
    }

    private static string Plural(string noun)
    {
        if (noun.EndsWith("man", StringComparison.Ordinal))
        {
            return noun[..^3] + "men";
        }

        if (noun.EndsWith('y') && noun.Length > 1 && "aeiou".IndexOf(noun[^2], StringComparison.Ordinal) < 0)
        {
            return noun[..^1] + "ies";
        }

        return noun.EndsWith('s') || noun.EndsWith("ch", StringComparison.Ordinal) ? noun + "es" : noun + "s";
    }
}
