namespace NewsEntities.Tests.Recognition.Statistical;

/// <summary>
/// A name or a possessive written with the typographic apostrophe (’) is recognized as it is with the ASCII one
/// that the training news used ("O’Malley", "D’Souza", "Parenthood’s").
/// </summary>
public sealed class TypographicApostropheTests
{
    [Theory]
    [InlineData("Dinesh D'Souza told Beck that he is making a movie.")]
    [InlineData("The vote was a disgrace, Planned Parenthood's president said.")]
    [InlineData("Filmmaker and best-selling author Dinesh D'Souza made his prediction on Monday.")]
    [InlineData("Former Maryland Gov. Martin O'Malley's campaign announced the move. O'Malley spoke in Iowa.")]
    public void Entities_are_the_same_with_either_apostrophe(string ascii)
    {
        var extractor = NewsExtractor.CreateDefault();
        string typographic = ascii.Replace('\'', '\u2019');

        var expected = extractor.ExtractEntities(ascii).Select(e => (e.Name, e.Type)).ToList();
        var actual = extractor.ExtractEntities(typographic).Select(e => (e.Name.Replace('\u2019', '\''), e.Type)).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }
}
