using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>Removes the recognizer's mentions that a check rejects, or adds those a recall found, keeping text order.</summary>
internal static class MentionFilter
{
    /// <summary>
    /// Removes from <paramref name="mentions"/> every mention for which <paramref name="reject"/>, given the list and
    /// the mention's index, is true. The mention and every one after it are as the caller gave them when it is asked
    /// about (a check may look at the next mention); the ones before it may already have moved.
    /// </summary>
    /// <remarks>
    /// A loop rather than List.RemoveAll, whose predicate would have to capture the document: callers pass a
    /// static method, whose delegate the compiler caches, so a document allocates nothing here.
    /// </remarks>
    public static void RemoveWhere(Document document, List<NamedMention> mentions, Func<Document, List<NamedMention>, int, bool> reject)
    {
        int kept = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (!reject(document, mentions, i))
            {
                mentions[kept++] = mentions[i];
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    /// <summary>
    /// Inserts <paramref name="added"/> into <paramref name="mentions"/>: both lists are in token order and no mention
    /// of one overlaps a mention of the other.
    /// </summary>
    public static void MergeInOrder(List<NamedMention> mentions, List<NamedMention> added)
    {
        if (added.Count == 0)
        {
            return;
        }

        // From the back, in place.
        int m = mentions.Count - 1, a = added.Count - 1;
        mentions.AddRange(added);
        for (int w = mentions.Count - 1; a >= 0; w--)
        {
            mentions[w] = m >= 0 && mentions[m].Tokens.Start > added[a].Tokens.Start ? mentions[m--] : added[a--];
        }
    }
}
