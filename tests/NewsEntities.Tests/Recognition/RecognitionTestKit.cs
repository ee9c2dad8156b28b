using NewsEntities.Pipeline;
using NewsEntities.Recognition;

namespace NewsEntities.Tests.Recognition;

/// <summary>Runs the entity stages on a small text and lists the mentions as (text, label) pairs.</summary>
internal static class RecognitionTestKit
{
    public static Document Run(string text) => AnalysisPipeline.Default.Run(text, withQuotes: false, CancellationToken.None);

    public static List<(string Text, EntityLabel Label)> Mentions(string text) => Mentions(Run(text));

    /// <summary>The document's mentions as they stand, in order.</summary>
    public static List<(string Text, EntityLabel Label)> Mentions(Document document) =>
        [.. document.Mentions.Select(m => (document.Slice(document.StartOf(m.Tokens), document.EndOf(m.Tokens)), m.Label))];
}
