using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using NewsEntities.Resolution;
using NewsEntities.Segmentation;
using NewsEntities.Tokenization;

namespace NewsEntities.Tests.Resolution;

/// <summary>Runs the entity stages on a small text; finds clusters by a mention text.</summary>
internal static class ResolutionTestKit
{
    public static Document Run(string text) => AnalysisPipeline.Default.Run(text, withQuotes: false, CancellationToken.None);

    /// <summary>
    /// Runs alias resolution over mentions labeled by hand instead of by the recognizer, so a resolution rule is
    /// tested on its own: each mention is the next occurrence of its text after the previous mention.
    /// </summary>
    public static Document Resolve(string text, params (string Text, EntityLabel Label)[] mentions)
    {
        var document = Labeled(text, mentions);
        new AliasResolutionStage().Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>A tokenized, segmented document whose mentions are labeled by hand, as for <see cref="Resolve"/>.</summary>
    public static Document Labeled(string text, params (string Text, EntityLabel Label)[] mentions)
    {
        var document = new Document(text);
        new TokenizationStage().Process(document, CancellationToken.None);
        new SentenceSplitter().Process(document, CancellationToken.None);
        int from = 0;
        foreach (var (mention, label) in mentions)
        {
            int start = text.IndexOf(mention, from, StringComparison.Ordinal);
            int end = start + mention.Length;
            int first = document.Tokens.FindIndex(t => t.Start == start);
            int last = document.Tokens.FindIndex(t => t.End == end);
            if (start < 0 || first < 0 || last < first)
            {
                throw new InvalidOperationException("No mention " + mention + " on token boundaries after " + from);
            }

            document.Mentions.Add(new NamedMention(new TokenRange(first, last + 1), label));
            from = end;
        }

        return document;
    }

    /// <summary>The document's recognizer mentions as text and label, in order.</summary>
    public static List<(string Text, EntityLabel Label)> MentionsOf(Document document) =>
        document.Mentions.Select(m => (document.TextOf(m.Tokens).ToString(), m.Label)).ToList();

    public static EntityCluster ClusterOf(Document document, string mentionText, int occurrence = 0)
    {
        int seen = 0;
        for (int m = 0; m < document.Mentions.Count; m++)
        {
            var range = document.Mentions[m].Tokens;
            if (document.Slice(document.StartOf(range), document.EndOf(range)) == mentionText && seen++ == occurrence)
            {
                return document.Clusters[document.MentionCluster[m]];
            }
        }

        throw new InvalidOperationException("No mention " + mentionText);
    }
}
