using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;

namespace NewsEntities.Resolution;

/// <summary>
/// Merges the entities of many documents: sets <see cref="CorpusCluster.GlobalId"/> and a corpus-wide canonical
/// <see cref="CorpusCluster.Name"/> on every cluster.
/// </summary>
/// <remarks>
/// Same type always. People: same surname and compatible given names (equal, an initial, a nickname pair such
/// as Bill/William, or one edit from a nickname pair: "Williams" for "William" — that last only when the two
/// documents also give the person the same role, "CIA Director" and "the director of the CIA"); a person known by surname only
/// joins the one full name with that surname, if there is exactly one. Organizations: a shared name or
/// acronym. Places: the same canonical name. Identifiers are "e1", "e2", ... in order of first appearance; the
/// name is the fullest, most frequent form, for people one whose given name is a real given name. Registered
/// entities win: clusters of one registered entity are one entity named by its registered name, and no rule
/// joins two different registered entities.
/// </remarks>
internal sealed class CorpusAliasResolver
{
    private readonly Lexicon lexicon;
    private readonly KnownEntityTable known;

    public CorpusAliasResolver()
        : this(Lexicon.Default)
    {
    }

    public CorpusAliasResolver(Lexicon lexicon)
        : this(lexicon, KnownEntityTable.Empty)
    {
    }

    public CorpusAliasResolver(Lexicon lexicon, KnownEntityTable known)
    {
        this.lexicon = lexicon;
        this.known = known;
    }

    public void Resolve(IReadOnlyList<CorpusDocument> documents, CancellationToken cancellationToken)
    {
        int count = 0;
        foreach (var document in documents)
        {
            count += document.Clusters.Length;
        }

        var items = new List<(CorpusDocument Document, Entity Entity, CorpusCluster Cluster)>(count);
        foreach (var document in documents)
        {
            foreach (int e in EntitiesInNameOrder(document))
            {
                items.Add((document, document.Analysis.Entities[e], document.Clusters[e]));
            }
        }

        var groups = known.IsEmpty ? new UnionFind(items.Count) : new UnionFind(items.Count, [.. items.Select(item => item.Cluster.Known)]);
        var firstKnown = new Dictionary<int, int>();
        var byKey = new Dictionary<(EntityLabel, string), int>();
        var people = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cluster = items[i].Cluster;
            if (cluster.Known >= 0)
            {
                if (firstKnown.TryGetValue(cluster.Known, out int same))
                {
                    groups.Union(same, i);
                }
                else
                {
                    firstKnown[cluster.Known] = i;
                }
            }

            if (cluster.Label == EntityLabel.Person)
            {
                string surname = cluster.Keys.Length > 0 ? cluster.Keys[0] : cluster.Name.ToLowerInvariant();
                if (!people.TryGetValue(surname, out var list))
                {
                    list = [];
                    people[surname] = list;
                }

                list.Add(i);
                continue;
            }

            foreach (string key in cluster.Keys)
            {
                if (byKey.TryGetValue((cluster.Label, key), out int other))
                {
                    groups.Union(other, i);
                }
                else
                {
                    byKey[(cluster.Label, key)] = i;
                }
            }
        }

        foreach (var list in people.Values)
        {
            MergePeople(items, list, groups);
        }

        AssignIdentifiersAndNames(items, groups);
    }

    private void MergePeople(List<(CorpusDocument Document, Entity Entity, CorpusCluster Cluster)> items, List<int> sameSurname, UnionFind groups)
    {
        // Most surnames of a corpus belong to one cluster: nothing to join, and nothing to allocate for it.
        if (sameSurname.Count == 1)
        {
            return;
        }

        // Clusters are compared by distinct given name, not pairwise: a surname such as "Trump" can have a
        // thousand clusters in a corpus but only a few given names, so this stays linear in the corpus.
        var withGiven = new List<int>();
        var byGiven = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (int i in sameSurname)
        {
            string? given = items[i].Cluster.GivenName;
            if (given is null)
            {
                continue;
            }

            withGiven.Add(i);
            if (byGiven.TryGetValue(given, out var same))
            {
                // Registered entities may refuse a union: then try the others of that given name.
                foreach (int j in same)
                {
                    groups.Union(j, i);
                    if (groups.Find(j) == groups.Find(i))
                    {
                        break;
                    }
                }

                same.Add(i);
            }
            else
            {
                byGiven[given] = [i];
            }
        }

        var givenNames = byGiven.Keys.ToList();
        for (int a = 0; a < givenNames.Count; a++)
        {
            for (int b = a + 1; b < givenNames.Count; b++)
            {
                var first = byGiven[givenNames[a]];
                var second = byGiven[givenNames[b]];
                if (PersonName.GivenNamesMatchExactly(givenNames[a], givenNames[b], lexicon.Nicknames))
                {
                    foreach (int j in first)
                    {
                        foreach (int i in second)
                        {
                            groups.Union(j, i);
                        }
                    }
                }
                else if (PersonName.GivenNamesCompatible(givenNames[a], givenNames[b], lexicon.Nicknames))
                {
                    foreach (int j in first)
                    {
                        foreach (int i in second)
                        {
                            if (RolesAgree(items[j].Cluster.Roles, items[i].Cluster.Roles))
                            {
                                groups.Union(j, i);
                            }
                        }
                    }
                }
            }
        }

        var distinct = new HashSet<int>();
        foreach (int i in withGiven)
        {
            distinct.Add(groups.Find(i));
        }

        int? only = distinct.Count == 1 ? distinct.First() : null;
        int firstBare = -1;
        foreach (int i in sameSurname)
        {
            if (items[i].Cluster.GivenName is not null)
            {
                continue;
            }

            if (only is int person)
            {
                groups.Union(person, i);
            }
            else if (distinct.Count == 0)
            {
                if (firstBare < 0)
                {
                    firstBare = i;
                }
                else
                {
                    groups.Union(firstBare, i);
                }
            }
        }
    }

    // A misspelt given name is only trusted when the role confirms it: two roles agree when their head nouns
    // do ("cia director", "director of the cia" → "director").
    private static bool RolesAgree(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (string x in a)
        {
            foreach (string y in b)
            {
                if (string.Equals(RoleHead(x), RoleHead(y), StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string RoleHead(string role)
    {
        int of = role.IndexOf(" of ", StringComparison.Ordinal);
        string head = of >= 0 ? role[..of] : role;
        int space = head.LastIndexOf(' ');
        return space < 0 ? head : head[(space + 1)..];
    }

    private void AssignIdentifiersAndNames(List<(CorpusDocument Document, Entity Entity, CorpusCluster Cluster)> items, UnionFind groups)
    {
        var members = new Dictionary<int, List<int>>();
        var order = new List<List<int>>();
        for (int i = 0; i < items.Count; i++)
        {
            int root = groups.Find(i);
            if (!members.TryGetValue(root, out var list))
            {
                list = [];
                members[root] = list;
                order.Add(list);
            }

            list.Add(i);
        }

        for (int g = 0; g < order.Count; g++)
        {
            var group = order[g];
            string id = "e" + (g + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            int registered = groups.TagOf(groups.Find(group[0]));
            string name = registered >= 0 ? known.Entities[registered].Name : ChooseName(items, group);
            for (int k = 0; k < group.Count; k++)
            {
                var (document, _, cluster) = items[group[k]];
                cluster.GlobalId = id;
                cluster.Name = name;

                // Items are in document order, so two entities of one document in a group are neighbours here.
                if (k > 0 && ReferenceEquals(items[group[k - 1]].Document, document))
                {
                    document.HasMerges = true;
                }
            }
        }
    }

    private string ChooseName(List<(CorpusDocument Document, Entity Entity, CorpusCluster Cluster)> items, List<int> group)
    {
        if (group.Count == 1)
        {
            return items[group[0]].Cluster.Name;
        }

        var candidates = new List<string>();
        foreach (int i in group)
        {
            string name = items[i].Cluster.Name;
            if (!candidates.Contains(name, StringComparer.Ordinal))
            {
                candidates.Add(name);
            }
        }

        var counts = new int[candidates.Count];
        foreach (int i in group)
        {
            foreach (var mention in items[i].Entity.Mentions)
            {
                if (mention.Kind != MentionKind.Name)
                {
                    continue;
                }

                int c = candidates.IndexOf(mention.Text);
                if (c >= 0)
                {
                    counts[c]++;
                }
            }
        }

        var label = items[group[0]].Cluster.Label;
        string best = candidates[0];
        long bestScore = long.MinValue;
        for (int c = 0; c < candidates.Count; c++)
        {
            string name = candidates[c];
            int frequency = counts[c];
            int words = name.Count(ch => ch == ' ') + 1;
            long score = label == EntityLabel.Person
                ? ((RealGivenName(name) ? 1L : 0L) * 1_000_000) + (words * 1000L) + frequency
                : ((OrganizationNames.IsAcronym(name) ? 0L : 1_000_000) + (frequency * 100L) + Math.Min(words, 99));
            if (score > bestScore)
            {
                bestScore = score;
                best = name;
            }
        }

        return best;
    }

    // "Bill Burns" over "Williams Burns": a given name that is not also a common surname, or one the nickname
    // table knows.
    private bool RealGivenName(string name)
    {
        int space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return false;
        }

        string given = name[..space];
        return lexicon.Nicknames.Knows(given) || (lexicon.GivenNames.ContainsKey(given) && !lexicon.Surnames.Contains(given));
    }

    // Identifiers are given in order of first appearance by name (a pronoun before the name does not count).
    private static IEnumerable<int> EntitiesInNameOrder(CorpusDocument document)
    {
        var entities = document.Analysis.Entities;
        var order = new List<(int FirstName, int Entity)>(entities.Count);
        for (int e = 0; e < entities.Count; e++)
        {
            foreach (var mention in entities[e].Mentions)
            {
                if (mention.Kind == MentionKind.Name)
                {
                    order.Add((mention.Start, e));
                    break;
                }
            }
        }

        order.Sort();
        foreach (var (_, e) in order)
        {
            yield return e;
        }
    }
}
