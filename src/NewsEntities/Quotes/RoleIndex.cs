using NewsEntities.Pipeline;
using NewsEntities.Recognition;

namespace NewsEntities.Quotes;

/// <summary>
/// The people of a document that have roles, found by the two words through which a description can match one of
/// their roles (<see cref="RoleMatcher"/>): the role's last word and its head noun, each of which can be the
/// description's last word, its head noun or a synonym of that head. Built on a document's first
/// description and kept, with its storage, in the document's <see cref="QuoteWorkspace"/>.
/// </summary>
/// <remarks>
/// Without it every description was scored against every person with a role, which is quadratic in a long text:
/// a 10 MB document spent most of its attribution time there. Words are keyed by their hash (ordinal, case
/// ignored, as the matcher compares them), so a collision only adds a person that scoring then rejects.
/// </remarks>
internal sealed class RoleIndex
{
    private readonly Dictionary<int, int> firstEntry = [];
    private readonly List<Entry> entries = [];
    private readonly List<int> found = [];
    private int[] lastVisit = [];
    private int visit;
    private bool built;

    /// <summary>Forgets the document, keeping the storage.</summary>
    public void Reset()
    {
        firstEntry.Clear();
        entries.Clear();
        built = false;
    }

    /// <summary>
    /// The person clusters, each once, that have a role whose last word or head noun is <paramref name="lastWord"/>,
    /// <paramref name="headWord"/> or a word of one of its synonym phrases ("president" for "leader"): every person
    /// a description with those words can match, and maybe a few more. The list is reused by the next call.
    /// </summary>
    public List<int> Find(Document document, ReadOnlySpan<char> lastWord, ReadOnlySpan<char> headWord)
    {
        if (!built)
        {
            Build(document);
        }

        found.Clear();
        visit++;
        Collect(Key(lastWord));
        Collect(Key(headWord));
        foreach (string synonym in RoleMatcher.SynonymWords(headWord))
        {
            Collect(Key(synonym));
        }

        return found;
    }

    private void Collect(int key)
    {
        if (!firstEntry.TryGetValue(key, out int e))
        {
            return;
        }

        for (; e >= 0; e = entries[e].Next)
        {
            int cluster = entries[e].Cluster;
            if (lastVisit[cluster] != visit)
            {
                lastVisit[cluster] = visit;
                found.Add(cluster);
            }
        }
    }

    private void Build(Document document)
    {
        var clusters = document.Clusters;
        if (lastVisit.Length < clusters.Count)
        {
            lastVisit = new int[clusters.Count];
        }
        else
        {
            Array.Clear(lastVisit, 0, clusters.Count);
        }

        visit = 0;
        Span<Range> words = stackalloc Range[RoleMatcher.MaxRoleWords];
        for (int c = 0; c < clusters.Count; c++)
        {
            var cluster = clusters[c];
            if (cluster.Label != EntityLabel.Person || cluster.RoleCount == 0)
            {
                continue;
            }

            foreach (string role in cluster.Roles)
            {
                int count = RoleMatcher.SplitRole(role, words);
                if (count == 0)
                {
                    continue;
                }

                Add(Key(role.AsSpan()[words[count - 1]]), c);
                int head = RoleMatcher.HeadWord(role, words[..count]);
                if (head != count - 1)
                {
                    Add(Key(role.AsSpan()[words[head]]), c);
                }
            }
        }

        built = true;
    }

    private void Add(int key, int cluster)
    {
        entries.Add(new Entry(cluster, firstEntry.TryGetValue(key, out int next) ? next : -1));
        firstEntry[key] = entries.Count - 1;
    }

    private static int Key(ReadOnlySpan<char> word) => string.GetHashCode(word, StringComparison.OrdinalIgnoreCase);

    private readonly record struct Entry(int Cluster, int Next);
}
