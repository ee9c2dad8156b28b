using NewsEntities.Lexicons;

namespace NewsEntities.Recognition;

/// <summary>
/// Last words that make a name a body's ("Senate Budget Committee", "Samsung Electronics", "Perry Capital"): no
/// person's name ends in one.
/// </summary>
internal static class OrganizationHeads
{
    /// <summary>The head words, compared without case.</summary>
    public static WordSet Words { get; } = new(
    [
        "Administration", "Agency", "Airlines", "Alliance", "Association", "Authority", "Board", "Bureau", "Capital",
        "Center", "Centre", "Co", "Coalition", "College", "Commission", "Committee", "Communications", "Community",
        "Company", "Corp", "Corporation", "Council", "Department", "Electronics", "Enforcement", "Enterprises",
        "Exchange", "Federation", "Force", "Foundation", "Front", "Fund", "Group", "Guard", "Holdings", "Inc",
        "Industries", "Institute", "League", "Ltd", "Media", "Ministry", "Motors", "Observatory", "Office",
        "Organisation", "Organization", "PAC", "Party", "Pharmaceuticals", "Prevention", "Protection", "Service",
        "Services", "Society", "Technologies", "Union", "University",
    ]);
}
