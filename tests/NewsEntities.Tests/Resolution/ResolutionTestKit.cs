using NewsEntities.Pipeline;
using NewsEntities.Resolution;

namespace NewsEntities.Tests.Resolution;

/// <summary>Runs the entity stages on a small text; finds clusters by a mention text.</summary>
internal static class ResolutionTestKit
{
    public static Document Run(string text) => AnalysisPipeline.Default.Run(text, withQuotes: false, CancellationToken.None);

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
