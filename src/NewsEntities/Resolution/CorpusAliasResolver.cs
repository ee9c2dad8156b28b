using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;

namespace NewsEntities.Resolution;

/// <summary>
/// Merges the entities of many documents: sets <see cref="CorpusCluster.GlobalId"/> and a corpus-wide canonical
/// <see cref="CorpusCluster.Name"/> on every cluster.
/// </summary>
/// <remarks>
/// Same type, except for a name written the same way under two types, one of which most of its documents give (by two
/// to one for a full name, five to one for one word): then one entity of that type. People: same surname and compatible
/// given names (equal, an initial, a nickname pair such as Bill/William, or one edit from a nickname pair: "Williams"
/// for "William" — that last only when the two documents also give the person the same role, "CIA Director" and "the
/// director of the CIA"); a person known by surname only joins the one full name with that surname, if there is exactly
/// one; a person known by given name only ("Bernie") joins the person nearly every full name with that given name
/// belongs to. Organizations: a shared name or acronym. Places: the same canonical name. Identifiers are "e1", "e2",
/// ... in order of first appearance; the name is the fullest, most frequent form, for people one whose given name is a
/// real given name. Registered entities win: clusters of one registered entity are one entity named by its registered
/// name, and no rule joins two different registered entities.
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

        var items = new List<Item>(count);
        var nameOrder = new List<(int FirstName, int Entity)>();
        foreach (var document in documents)
        {
            // Identifiers are given in order of first appearance by name (a pronoun before the name does not count).
            nameOrder.Clear();
            for (int e = 0; e < document.Clusters.Length; e++)
            {
                if (document.Clusters[e].FirstNameStart < int.MaxValue)
                {
                    nameOrder.Add((document.Clusters[e].FirstNameStart, e));
                }
            }

            nameOrder.Sort();
            foreach (var (_, e) in nameOrder)
            {
                items.Add(new Item(document, e));
            }
        }

        using var groups = known.IsEmpty ? new UnionFind(items.Count) : new UnionFind(items.Count, [.. items.Select(item => item.Cluster.Known)]);
        var firstKnown = known.IsEmpty ? null : new Dictionary<int, int>();

        // The tables are sized up front from what they can hold at most, so they never grow by doubling.
        int keyCount = 0;
        int personCount = 0;
        foreach (var item in items)
        {
            ref readonly var cluster = ref item.Cluster;
            keyCount += cluster.Label == EntityLabel.Person ? 0 : cluster.KeyCount;
            personCount += cluster.Label == EntityLabel.Person ? 1 : 0;
        }

        var byKey = new Dictionary<(EntityLabel, string), int>(keyCount);

        // People by surname: each surname's clusters are chained in item order through nextSameSurname, from the
        // head its slot names; no list per surname.
        var surnameSlots = new Dictionary<string, int>(personCount, StringComparer.Ordinal);
        var givenOnly = new List<int>();
        var slotHead = new List<int>();
        var slotTail = new List<int>();
        var nextSameSurname = new int[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ref readonly var cluster = ref items[i].Cluster;
            if (cluster.Known >= 0)
            {
                if (firstKnown!.TryGetValue(cluster.Known, out int same))
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
                string surname = cluster.KeyCount > 0 ? items[i].Keys[0] : cluster.Name.ToLowerInvariant();
                nextSameSurname[i] = -1;
                if (surnameSlots.TryGetValue(surname, out int slot))
                {
                    nextSameSurname[slotTail[slot]] = i;
                    slotTail[slot] = i;
                }
                else
                {
                    surnameSlots[surname] = slotHead.Count;
                    slotHead.Add(i);
                    slotTail.Add(i);
                }

                continue;
            }

            foreach (string key in items[i].Keys)
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

        var scratch = new PeopleScratch();
        foreach (int head in slotHead)
        {
            bool givenName = IsGivenNameOnly(items, head, nextSameSurname);
            if (givenName)
            {
                for (int i = head; i >= 0; i = nextSameSurname[i])
                {
                    if (items[i].Cluster.GivenName is null)
                    {
                        givenOnly.Add(i);
                    }
                }
            }

            MergePeople(items, head, nextSameSurname, groups, scratch, joinBare: !givenName);
        }

        JoinGivenNamesOnly(items, givenOnly, groups);
        JoinNamesAcrossTypes(items, groups, cancellationToken);
        AssignIdentifiersAndNames(items, groups);
    }

    /// <summary>
    /// Joins the clusters that carry the same name under different types ("Barack Obama" a person in 112 documents
    /// and an organization in 14, where the tagger, which never saw "Barack", took him for one): a name written the
    /// same way is one entity, and the corpus, not one document, says what it is. Only where one type has a clear
    /// majority, at least <see cref="TypeVoteMinimum"/> clusters and <see cref="FullNameTypeVoteRatio"/> times all
    /// the others together for a name of two or more words, <see cref="OneWordTypeVoteRatio"/> times for one word,
    /// which more often names two things ("Cleveland", the city and the team): a name seen as often one way as the
    /// other stays two entities. Registered entities take no part: their registration types them.
    /// </summary>
    private static void JoinNamesAcrossTypes(List<Item> items, UnionFind groups, CancellationToken cancellationToken)
    {
        var byName = new Dictionary<string, (int First, int Person, int Organization, int Location)>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancelledAt(i);
            ref readonly var cluster = ref items[i].Cluster;
            if (cluster.Label == EntityLabel.Misc || cluster.Known >= 0)
            {
                continue;
            }

            ref var votes = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byName, cluster.Name, out bool seen);
            if (!seen)
            {
                votes.First = i;
            }

            switch (cluster.Label)
            {
                case EntityLabel.Person: votes.Person++; break;
                case EntityLabel.Organization: votes.Organization++; break;
                default: votes.Location++; break;
            }
        }

        for (int i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancelledAt(i);
            ref readonly var cluster = ref items[i].Cluster;
            if (cluster.Label == EntityLabel.Misc || cluster.Known >= 0 || !byName.TryGetValue(cluster.Name, out var votes) || i == votes.First)
            {
                continue;
            }

            int ratio = cluster.Name.Contains(' ', StringComparison.Ordinal) ? FullNameTypeVoteRatio : OneWordTypeVoteRatio;
            if (HasClearMajority(votes.Person, votes.Organization, votes.Location, ratio))
            {
                groups.Union(votes.First, i);
            }
        }
    }

    // Whether one of the three counts wins over the two others by the ratio; false when only one type was seen.
    private static bool HasClearMajority(int a, int b, int c, int ratio)
    {
        int top = Math.Max(a, Math.Max(b, c));
        int rest = a + b + c - top;
        return rest > 0 && top >= TypeVoteMinimum && top >= ratio * rest;
    }

    /// <summary>The fewest clusters whose type may retype a name elsewhere in the corpus.</summary>
    private const int TypeVoteMinimum = 3;

    /// <summary>How many times all other types together the winning type of a name of several words must be given.</summary>
    private const int FullNameTypeVoteRatio = 2;

    /// <summary>How many times all other types together the winning type of a one-word name must be given.</summary>
    private const int OneWordTypeVoteRatio = 5;

    /// <summary>
    /// Whether the people filed under one surname without a given name are named by a given name alone ("Hillary",
    /// "Bernie" in a headline): one word the lists know as a given name and not as a surname, which no full name of
    /// the corpus with a known given name has as its surname ("Christie" is Chris Christie's; "Stop Hillary", a
    /// slogan the tagger took for a name, makes no surname of "Hillary").
    /// </summary>
    private bool IsGivenNameOnly(List<Item> items, int head, int[] nextSameSurname)
    {
        string? bare = null;
        for (int i = head; i >= 0; i = nextSameSurname[i])
        {
            ref readonly var cluster = ref items[i].Cluster;
            if (cluster.GivenName is { } given)
            {
                if (lexicon.GivenNames.ContainsKey(given) || lexicon.Nicknames.Knows(given))
                {
                    return false;
                }
            }
            else
            {
                bare ??= cluster.Name;
            }
        }

        return bare is not null && !bare.Contains(' ') && lexicon.GivenNames.ContainsKey(bare) && !lexicon.Surnames.Contains(bare);
    }

    /// <summary>
    /// Joins each person named by a given name alone to the person the corpus means by it: the one whose full names
    /// have that given name in at least <see cref="GivenNameShare"/> of the documents that name anybody so in full
    /// ("Bernie" is Bernie Sanders, not the one Bernie Marcus). Where nobody dominates ("Bill": Clinton, de Blasio,
    /// Maher) it stays apart; where nobody has it in full, the documents' clusters of that name join each other, as
    /// bare surnames do.
    /// </summary>
    private static void JoinGivenNamesOnly(List<Item> items, List<int> givenOnly, UnionFind groups)
    {
        if (givenOnly.Count == 0)
        {
            return;
        }

        var wanted = new Dictionary<string, Dictionary<int, int>>(StringComparer.OrdinalIgnoreCase);
        foreach (int i in givenOnly)
        {
            wanted.TryAdd(items[i].Cluster.Name, []);
        }

        // Documents per set of the full names with each wanted given name.
        for (int i = 0; i < items.Count; i++)
        {
            ref readonly var cluster = ref items[i].Cluster;
            if (cluster.Label == EntityLabel.Person && cluster.GivenName is { } given && wanted.TryGetValue(given, out var counts))
            {
                int root = groups.Find(i);
                counts[root] = counts.GetValueOrDefault(root) + 1;
            }
        }

        // The person each given name means, worked out once per name: the set holding at least GivenNameShare of
        // its full names' documents, or -1 when nobody does. A name nobody has in full has no entry.
        var meant = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, counts) in wanted)
        {
            if (counts.Count > 0)
            {
                meant[name] = Dominant(counts);
            }
        }

        var firstAlone = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (int i in givenOnly)
        {
            string name = items[i].Cluster.Name;
            if (meant.TryGetValue(name, out int person))
            {
                if (person >= 0)
                {
                    groups.Union(person, i);
                }
            }
            else if (firstAlone.TryGetValue(name, out int first))
            {
                groups.Union(first, i);
            }
            else
            {
                firstAlone[name] = i;
            }
        }
    }

    /// <summary>The set with the most documents, when it holds at least <see cref="GivenNameShare"/> of them all; else -1.</summary>
    private static int Dominant(Dictionary<int, int> documentsBySet)
    {
        int total = 0, best = -1, bestCount = 0;
        foreach (var (root, count) in documentsBySet)
        {
            total += count;
            if (count > bestCount)
            {
                (best, bestCount) = (root, count);
            }
        }

        return bestCount >= GivenNameShare * total ? best : -1;
    }

    /// <summary>
    /// The middle initials the full names of one given name and surname carry (<see cref="PersonName.MiddlesCompatible"/>):
    /// 0 for none, the one code they all have, or <see cref="SeveralMiddles"/> when they differ ("George W. Bush",
    /// "George H.W. Bush"). Then the name is several people and only names with the same initials join; a name
    /// without any could be either and joins those without any, since unions are for good and joining one would
    /// join them all. Where only one person has initials, names without them join him ("Ted Kennedy" and
    /// "Edward M. Kennedy").
    /// </summary>
    private static ulong Middle(List<Item> items, List<int> same)
    {
        ulong seen = 0;
        foreach (int i in same)
        {
            ulong middle = items[i].Cluster.MiddleInitials;
            if (middle != 0)
            {
                if (seen != 0 && seen != middle)
                {
                    return SeveralMiddles;
                }

                seen = middle;
            }
        }

        return seen;
    }

    // No middle-initials code is all ones: twelve letters of five bits fill 60 bits.
    private const ulong SeveralMiddles = ulong.MaxValue;

    private static bool SameMiddle(List<Item> items, int i, int j) => items[i].Cluster.MiddleInitials == items[j].Cluster.MiddleInitials;

    /// <summary>
    /// The share of a given name's documents one person must hold for the name alone to mean that person: a bare
    /// "Hillary" of 2016 is Hillary Clinton, though other Hillarys are named in full now and then.
    /// </summary>
    private const double GivenNameShare = 0.9;

    private void MergePeople(List<Item> items, int head, int[] nextSameSurname, UnionFind groups, PeopleScratch scratch, bool joinBare)
    {
        // Most surnames of a corpus belong to one cluster: nothing to join, and nothing to allocate for it.
        if (nextSameSurname[head] < 0)
        {
            return;
        }

        // Clusters are compared by distinct given name, not pairwise: a surname such as "Trump" can have a
        // thousand clusters in a corpus but only a few given names, so this stays linear in the corpus.
        scratch.Clear();
        var withGiven = scratch.WithGiven;
        var byGiven = scratch.ByGiven;
        var givenNames = scratch.GivenNames;
        for (int i = head; i >= 0; i = nextSameSurname[i])
        {
            string? given = items[i].Cluster.GivenName;
            if (given is null)
            {
                continue;
            }

            withGiven.Add(i);
            if (!byGiven.TryGetValue(given, out var same))
            {
                same = scratch.NewList();
                byGiven[given] = same;
                givenNames.Add(given);
            }

            same.Add(i);
        }

        var middles = scratch.Middles;
        foreach (var given in givenNames)
        {
            var same = byGiven[given];
            ulong middle = Middle(items, same);
            middles.Add(middle);
            for (int k = 1; k < same.Count; k++)
            {
                // Registered entities may refuse a union: then try the others of that given name.
                foreach (int j in same)
                {
                    if (j == same[k])
                    {
                        break;
                    }

                    if (middle == SeveralMiddles && !SameMiddle(items, same[k], j))
                    {
                        continue;
                    }

                    groups.Union(j, same[k]);
                    if (groups.Find(j) == groups.Find(same[k]))
                    {
                        break;
                    }
                }
            }
        }

        for (int a = 0; a < givenNames.Count; a++)
        {
            for (int b = a + 1; b < givenNames.Count; b++)
            {
                var first = byGiven[givenNames[a]];
                var second = byGiven[givenNames[b]];
                bool differ = middles[a] == SeveralMiddles || middles[b] == SeveralMiddles || (middles[a] != 0 && middles[b] != 0 && middles[a] != middles[b]);
                if (PersonName.GivenNamesMatchExactly(givenNames[a], givenNames[b], lexicon.Nicknames))
                {
                    foreach (int j in first)
                    {
                        foreach (int i in second)
                        {
                            if (!differ || SameMiddle(items, i, j))
                            {
                                groups.Union(j, i);
                            }
                        }
                    }
                }
                else if (PersonName.GivenNamesCompatible(givenNames[a], givenNames[b], lexicon.Nicknames))
                {
                    foreach (int j in first)
                    {
                        foreach (int i in second)
                        {
                            if (RolesAgree(items[j].Cluster.Roles, items[i].Cluster.Roles) && (!differ || SameMiddle(items, i, j)))
                            {
                                groups.Union(j, i);
                            }
                        }
                    }
                }
            }
        }

        // The one set the full names of this surname make, or -1 when they make none (or several).
        int only = -1;
        bool several = false;
        foreach (int i in withGiven)
        {
            int root = groups.Find(i);
            if (only < 0)
            {
                only = root;
            }
            else if (root != only)
            {
                several = true;
            }
        }

        int firstBare = -1;
        for (int i = joinBare ? head : -1; i >= 0; i = nextSameSurname[i])
        {
            if (items[i].Cluster.GivenName is not null)
            {
                continue;
            }

            if (only >= 0 && !several)
            {
                groups.Union(only, i);
            }
            else if (only < 0)
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
    private static bool RolesAgree(string[] a, string[] b)
    {
        foreach (string x in a)
        {
            foreach (string y in b)
            {
                if (RoleHead(x).SequenceEqual(RoleHead(y)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> RoleHead(string role)
    {
        int of = role.IndexOf(" of ", StringComparison.Ordinal);
        var head = of >= 0 ? role.AsSpan(0, of) : role.AsSpan();
        int space = head.LastIndexOf(' ');
        return space < 0 ? head : head[(space + 1)..];
    }

    private void AssignIdentifiersAndNames(List<Item> items, UnionFind groups)
    {
        // A set's root is its smallest item, so roots in item order are the groups in order of first appearance;
        // each group's members are chained in item order through nextMember.
        var nextMember = new int[items.Count];
        var lastMember = new int[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            nextMember[i] = -1;
            int root = groups.Find(i);
            if (root != i)
            {
                nextMember[lastMember[root]] = i;
            }

            lastMember[root] = i;
        }

        var candidates = new List<string>();
        var counts = new List<int>();
        int g = 0;
        for (int root = 0; root < items.Count; root++)
        {
            if (groups.Find(root) != root)
            {
                continue;
            }

            string id = ResultBuilder.IdOf(++g);
            int registered = groups.TagOf(root);
            string name = registered >= 0 ? known.Entities[registered].Name
                : nextMember[root] < 0 ? items[root].Cluster.Name
                : ChooseName(items, root, nextMember, candidates, counts);
            var label = nextMember[root] < 0 ? items[root].Cluster.Label : MostCommonLabel(items, root, nextMember);
            for (int k = root, previous = -1; k >= 0; previous = k, k = nextMember[k])
            {
                var document = items[k].Document;
                ref var cluster = ref items[k].Cluster;
                cluster.GlobalId = id;
                cluster.Name = name;
                cluster.Label = label;

                // Items are in document order, so two entities of one document in a group are neighbours here.
                if (previous >= 0 && ReferenceEquals(items[previous].Document, document))
                {
                    document.HasMerges = true;
                }
            }
        }
    }

    // The type most of a group's clusters have; on a tie, the one that reached the count first. Every rule but
    // JoinNamesAcrossTypes joins clusters of one type only, so only the groups it joined can hold several types.
    private static EntityLabel MostCommonLabel(List<Item> items, int root, int[] nextMember)
    {
        Span<int> counts = stackalloc int[4];
        var best = items[root].Cluster.Label;
        for (int i = root; i >= 0; i = nextMember[i])
        {
            var label = items[i].Cluster.Label;
            if (++counts[(int)label] > counts[(int)best])
            {
                best = label;
            }
        }

        return best;
    }

    // The fullest, most frequent name of a group of several clusters.
    private string ChooseName(List<Item> items, int root, int[] nextMember, List<string> candidates, List<int> counts)
    {
        candidates.Clear();
        counts.Clear();
        for (int i = root; i >= 0; i = nextMember[i])
        {
            string name = items[i].Cluster.Name;
            if (!candidates.Contains(name))
            {
                candidates.Add(name);
                counts.Add(0);
            }
        }

        for (int i = root; i >= 0; i = nextMember[i])
        {
            var document = items[i].Document;
            foreach (var mention in document.MentionsOf(items[i].Entity))
            {
                if (mention.Kind != MentionKind.Name)
                {
                    continue;
                }

                var text = document.Text.AsSpan(mention.Start, mention.End - mention.Start);
                for (int c = 0; c < candidates.Count; c++)
                {
                    if (text.SequenceEqual(candidates[c]))
                    {
                        counts[c]++;
                        break;
                    }
                }
            }
        }

        var label = items[root].Cluster.Label;
        string best = candidates[0];
        long bestScore = long.MinValue;
        for (int c = 0; c < candidates.Count; c++)
        {
            string name = candidates[c];
            int frequency = counts[c];
            int words = name.AsSpan().Count(' ') + 1;
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

    /// <summary>One entity of one document, in the order identifiers are given.</summary>
    private readonly record struct Item(CorpusDocument Document, int Entity)
    {
        public ref CorpusCluster Cluster => ref Document.Clusters[Entity];

        public ReadOnlySpan<string> Keys => Document.KeysOf(Entity);
    }

    /// <summary>Working sets of <see cref="MergePeople"/>, reused from one surname to the next.</summary>
    private sealed class PeopleScratch
    {
        private readonly List<List<int>> spare = [];

        public List<int> WithGiven { get; } = [];

        /// <summary>The clusters of each given name; its keys in order of first appearance are <see cref="GivenNames"/>.</summary>
        public Dictionary<string, List<int>> ByGiven { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<string> GivenNames { get; } = [];

        /// <summary>The middle initials of each of <see cref="GivenNames"/> (<see cref="Middle"/>).</summary>
        public List<ulong> Middles { get; } = [];

        public List<int> NewList()
        {
            if (spare.Count == 0)
            {
                return [];
            }

            var list = spare[^1];
            spare.RemoveAt(spare.Count - 1);
            return list;
        }

        public void Clear()
        {
            foreach (var list in ByGiven.Values)
            {
                list.Clear();
                spare.Add(list);
            }

            ByGiven.Clear();
            WithGiven.Clear();
            GivenNames.Clear();
            Middles.Clear();
        }
    }
}
