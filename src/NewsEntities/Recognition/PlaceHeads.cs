using NewsEntities.Lexicons;

namespace NewsEntities.Recognition;

/// <summary>
/// Last words that make a name a building's, a street's or a venue's ("Trump Tower", "Park Avenue", "Yankee
/// Stadium"): no person's name ends in one. CoNLL-2003 tags such names as places, and so does the recognizer.
/// </summary>
internal static class PlaceHeads
{
    /// <summary>The head words, compared without case.</summary>
    public static WordSet Words { get; } = new(
    [
        "Airport", "Arena", "Avenue", "Boulevard", "Bridge", "Building", "Casino", "Cathedral", "Hotel", "Mall",
        "Palace", "Plaza", "Prison", "Resort", "Square", "Stadium", "Street", "Tower", "Towers",
    ]);
}
