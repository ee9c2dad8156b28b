using System.Text.Json;

namespace NewsEntities.Tests.Acceptance;

/// <summary>The gold answers of seeds/gold.quotes.json and seeds/gold.entities.json.</summary>
internal sealed record SeedGold(IReadOnlyList<GoldDocument> Documents, IReadOnlyList<GoldEntity> Entities)
{
    public static SeedGold Load()
    {
        using var quotes = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "gold.quotes.json")));
        var documents = quotes.RootElement.GetProperty("documents").EnumerateArray().Select(d => new GoldDocument(
            d.GetProperty("file").GetString()!,
            File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, d.GetProperty("file").GetString()!)),
            d.GetProperty("quotes").EnumerateArray().Select(q => new GoldQuote(
                q.GetProperty("text").GetString()!,
                q.GetProperty("speaker").GetString(),
                q.TryGetProperty("alsoAccept", out var also) ? also.EnumerateArray().Select(a => a.GetString()!).ToList() : [])).ToList(),
            d.TryGetProperty("ignore", out var ignore) ? ignore.EnumerateArray().Select(i => i.GetString()!).ToList() : [])).ToList();

        using var entities = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "gold.entities.json")));
        var goldEntities = entities.RootElement.GetProperty("entities").EnumerateArray().Select(e => new GoldEntity(
            e.GetProperty("name").GetString()!,
            Enum.Parse<EntityType>(e.GetProperty("type").GetString()!),
            e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList())).ToList();
        return new SeedGold(documents, goldEntities);
    }
}

internal sealed record GoldDocument(string File, string Text, IReadOnlyList<GoldQuote> Quotes, IReadOnlyList<string> Ignore);

internal sealed record GoldQuote(string Text, string? Speaker, IReadOnlyList<string> AlsoAccept)
{
    public bool Accepts(Entity? speaker) => Speaker is null
        ? speaker is null
        : speaker is not null && (speaker.Name == Speaker || AlsoAccept.Contains(speaker.Name));
}

internal sealed record GoldEntity(string Name, EntityType Type, IReadOnlyList<string> Aliases);
