using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using NewsEntities.Resolution;
using NewsEntities.Tests.Acceptance;
using Xunit.Abstractions;

namespace NewsEntities.Tests.Quotes;

/// <summary>
/// The seed articles through the quote stages with their entities marked from the gold entity list (standing in
/// for the recognizer and alias resolution until they land), with the genders and the apposition and
/// pre-modifier roles the text gives each person.
/// </summary>
public sealed class SeedQuoteAttributionTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string[]> Roles = new(StringComparer.Ordinal)
    {
        ["Antony Blinken"] = ["us secretary of state"],
        ["Mahmoud Abbas"] = ["palestinian president", "palestinian leader", "president of the palestinian national authority", "pa leader"],
        ["Ghassan Khatib"] = ["former pa minister"],
        ["Bill Burns"] = ["director of the cia", "cia director"],
        ["Benjamin Netanyahu"] = ["israeli pm", "israeli prime minister", "prime minister"],
        ["Abdel Fattah Al-Sisi"] = ["egyptian president"],
        ["Isaac Herzog"] = ["president"],
        ["Yoav Gallant"] = ["israeli defense minister", "defence minister"],
        ["Eli Cohen"] = ["israeli foreign minister"],
        ["Yair Lapid"] = ["opposition leader", "former prime minister"],
        ["Ned Price"] = ["state department spokesperson"],
        ["Daoud Shehab"] = ["islamic jihad spokesman"],
        ["Hazem Qassem"] = ["hamas spokesman"],
        ["Mahmoud Aloul"] = ["fatah deputy head"],
        ["Azzam al-Ahmad"] = ["senior palestinian leader"],
        ["Nabil Abu Rudeineh"] = ["pa deputy chief of staff"],
        ["Barbara Leaf"] = ["us assistant secretary of state for near eastern affairs"],
        ["Hady Amr"] = ["special representative to the palestinian authority"],
        ["Ahmed Hattokai"] = ["intelligence chief"],
    };

    private static readonly HashSet<string> Women = new(StringComparer.Ordinal) { "Barbara Leaf", "Enia Krivine" };

    [Fact]
    public void Seed_quotes_are_attributed_with_marked_entities()
    {
        var gold = SeedGold.Load();
        var entities = gold.Entities.Select(e => new TestEntity(
            e.Name,
            e.Type switch { EntityType.Person => EntityLabel.Person, EntityType.Organization => EntityLabel.Organization, _ => EntityLabel.Location },
            e.Type != EntityType.Person ? Gender.Unknown : Women.Contains(e.Name) ? Gender.Female : Gender.Male)
        {
            Aliases = e.Aliases,
            Roles = Roles.GetValueOrDefault(e.Name, []),
        }).ToArray();

        var score = QuoteScore.Score(
            gold.Documents,
            d => ResultBuilder.Build(QuoteTestDocument.Analyze(d.Text, entities), includeQuotes: true, CancellationToken.None).Quotes);
        output.WriteLine("seeds with marked entities: " + score);

        Assert.Equal(score.Gold, score.Found);
        Assert.True(score.SpeakersRight >= 49, $"speakers right {score.SpeakersRight} < 49");
        Assert.Equal(0, score.FalseQuotes);
    }
}
