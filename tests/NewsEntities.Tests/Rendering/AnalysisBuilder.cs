using NewsEntities.Pipeline;

namespace NewsEntities.Tests.Rendering;

/// <summary>Builds analyses by hand, with offsets found in the text, for inputs the pipeline would never produce.</summary>
internal sealed class AnalysisBuilder(string text)
{
    private readonly List<Entity> entities = [];
    private readonly List<Quote> quotes = [];

    public Entity Entity(string name, EntityType type, params string[] mentions)
    {
        var found = mentions.Select(m => new Mention(At(m), At(m) + m.Length, m)).ToArray();
        var entity = new Entity("e" + (entities.Count + 1), name, type, mentions.Distinct().ToList(), new ReadOnlySlice<Mention>(found));
        entities.Add(entity);
        return entity;
    }

    public AnalysisBuilder Quote(string words, Entity? speaker, string? speakerMention = null, string? cue = null)
    {
        quotes.Add(new Quote(words, At(words), At(words) + words.Length, speaker, Span(speakerMention), Span(cue)));
        return this;
    }

    public DocumentAnalysis Build() => new(entities, quotes.OrderBy(q => q.Start).ToList());

    private TextSpan? Span(string? words) => words is null ? null : new TextSpan(At(words), At(words) + words.Length, words);

    private int At(string words)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        return at >= 0 ? at : throw new ArgumentException("not in the text: " + words);
    }
}
