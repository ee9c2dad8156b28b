using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>Removes the recognizer's mentions that a check rejects, keeping the order of the rest.</summary>
internal static class MentionFilter
{
    /// <summary>Removes from <paramref name="mentions"/> every mention for which <paramref name="reject"/> is true.</summary>
    /// <remarks>
    /// A loop rather than List.RemoveAll, whose predicate would have to capture the document: callers pass a
    /// static method, whose delegate the compiler caches, so a document allocates nothing here.
    /// </remarks>
    public static void RemoveWhere(Document document, List<NamedMention> mentions, Func<Document, NamedMention, bool> reject)
    {
        int kept = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (!reject(document, mentions[i]))
            {
                mentions[kept++] = mentions[i];
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }
}
