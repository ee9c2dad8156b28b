using NewsEntities.Lexicons;

namespace NewsEntities.Recognition;

/// <summary>
/// Last words that make a name a body's ("Senate Budget Committee", "Samsung Electronics", "Perry Capital",
/// "Judicial Watch", "Edison Research", "Boston Globe"): no person's name ends in one. "Post" and "Courier" are
/// left out: CoNLL-2003 has people called Tomas Post and Jim Courier.
/// </summary>
internal static class OrganizationHeads
{
    /// <summary>The head words, compared without case.</summary>
    public static WordSet Words { get; } = new(
    [
        "Administration", "Agency", "Airlines", "Alliance", "Association", "Authority", "Board", "Bureau", "Capital",
        "Center", "Centre", "Chronicle", "Co", "Coalition", "College", "Commission", "Committee", "Communications",
        "Community", "Company", "Corp", "Corporation", "Council", "Department", "Electronics", "Enforcement",
        "Enterprises", "Exchange", "Federation", "Force", "Foundation", "Front", "Fund", "Gazette", "Globe", "Group",
        "Guard", "Herald", "Holdings", "Images", "Inc", "Industries", "Initiative", "Institute", "Journal", "League",
        "Ltd", "Magazine", "Media", "Ministry", "Motors", "Network", "Observatory", "Office", "Organisation",
        "Organization", "PAC", "Party", "Pharmaceuticals", "Prevention", "Project", "Protection", "Radio", "Report",
        "Research", "Sentinel", "Service", "Services", "Society", "Studios", "Technologies", "Television", "Times",
        "Tribune", "Union", "University", "Watch",
    ]);
}
