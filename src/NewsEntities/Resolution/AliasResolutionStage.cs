using System.Buffers;
using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using NewsEntities.Tokenization;

namespace NewsEntities.Resolution;

/// <summary>
/// Groups the mentions of one document into entities: fills <see cref="Document.Clusters"/> and
/// <see cref="Document.MentionCluster"/>, with a canonical name, gender and roles for each.
/// </summary>
/// <remarks>
/// People: full names join when surnames match and given names are compatible ("Michael R. Fenzel", "Michael
/// Fenzel"); a surname alone joins the nearest compatible full name, the latest before it or else the first
/// after it, so two Cohens stay apart. Organizations: same name, an acronym the text defines ("... Authority
/// (PNA)"), an acronym of the initials, or a shorter name whose words run in order through the longer.
/// Places: same canonical name ("US", "U.S.", "United States").
/// Registered entities (<see cref="KnownEntityTable"/>) come first: a registered name written in the text is a
/// mention even where the recognizer missed it; a mention written as a registered name, or (people) a full name
/// that fits one, takes the registered type; all mentions of one registered entity are one cluster named by the
/// registered name; and no rule joins two different registered entities.
/// </remarks>
internal sealed class AliasResolutionStage : IDocumentStage
{
    private readonly Lexicon lexicon;
    private readonly KnownEntityTable known;

    public AliasResolutionStage()
        : this(Lexicon.Default)
    {
    }

    public AliasResolutionStage(Lexicon lexicon)
        : this(lexicon, KnownEntityTable.Empty)
    {
    }

    public AliasResolutionStage(Lexicon lexicon, KnownEntityTable known)
    {
        this.lexicon = lexicon;
        this.known = known;
    }

    public void Process(Document document, CancellationToken cancellationToken)
    {
        if (!known.IsEmpty)
        {
            ClaimWrittenNames(document);
        }

        // Per-mention working arrays are rented (and cleared: a rented array may hold another caller's items);
        // they would otherwise be a good share of what the stage allocates. An exception before the end only
        // leaves them to the collector.
        var mentions = document.Mentions;
        string[] texts = RentCleared<string>(mentions.Count);
        string[] keys = RentCleared<string>(mentions.Count);
        PersonName?[] persons = RentCleared<PersonName?>(mentions.Count);
        for (int m = 0; m < mentions.Count; m++)
        {
            texts[m] = NameText(document, mentions[m].Tokens);
        }

        using var groups = known.IsEmpty ? new UnionFind(mentions.Count) : new UnionFind(mentions.Count, TagKnown(document, texts));
        if (!known.IsEmpty)
        {
            JoinKnown(groups, mentions.Count);
        }

        // The comparison key of each mention, made once by the rule that groups it and kept for corpus resolution.
        ResolvePersons(document, texts, keys, persons, groups);
        ResolveOrganizations(document, texts, keys, groups);
        ResolvePlaces(document, texts, keys, groups);

        // A set's root is its first mention, so the cluster of a mention is found by its root's index. The
        // clusters' lists are sized from a count of members per root, so none of them grows by doubling.
        int[] rootCluster = ArrayPool<int>.Shared.Rent(mentions.Count);
        Array.Clear(rootCluster, 0, mentions.Count);
        int roots = 0;
        for (int m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Label != EntityLabel.Misc)
            {
                int root = groups.Find(m);
                roots += root == m ? 1 : 0;
                rootCluster[root]++;
            }
        }

        document.MentionCluster.EnsureCapacity(document.MentionCluster.Count + mentions.Count);
        document.Clusters.EnsureCapacity(document.Clusters.Count + roots);
        for (int m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Label == EntityLabel.Misc)
            {
                document.MentionCluster.Add(-1);
                continue;
            }

            int root = groups.Find(m);
            int c;
            if (root == m)
            {
                var cluster = new EntityCluster(mentions[root].Label, texts[root]) { Known = groups.TagOf(root) };
                cluster.NameMentions.Capacity = rootCluster[root];
                c = document.Clusters.Count;
                rootCluster[root] = c;
                document.Clusters.Add(cluster);
            }
            else
            {
                c = rootCluster[root];
            }

            document.Clusters[c].NameMentions.Add(m);
            document.MentionCluster.Add(c);
        }

        ArrayPool<int>.Shared.Return(rootCluster);

        // A token-sized scratch array per document: rented, as it would otherwise be a large share of what the
        // stage allocates.
        int[] mentionAt = ArrayPool<int>.Shared.Rent(document.Tokens.Count);
        try
        {
            Array.Fill(mentionAt, -1, 0, document.Tokens.Count);
            for (int m = 0; m < mentions.Count; m++)
            {
                for (int t = mentions[m].Tokens.Start; t < mentions[m].Tokens.End; t++)
                {
                    mentionAt[t] = m;
                }
            }

            var roles = new RoleExtractor(document, lexicon, mentionAt);
            foreach (var cluster in document.Clusters)
            {
                cancellationToken.ThrowIfCancellationRequested();
                cluster.Name = ChooseName(cluster, texts);
                FillKeys(document, cluster, texts, keys, persons);
                if (cluster.Label == EntityLabel.Person)
                {
                    cluster.Gender = TellGender(document, cluster, persons);
                    foreach (int m in cluster.NameMentions)
                    {
                        roles.Collect(mentions[m], cluster.Roles);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(mentionAt);
            ArrayPool<string>.Shared.Return(texts, clearArray: true);
            ArrayPool<string>.Shared.Return(keys, clearArray: true);
            ArrayPool<PersonName?>.Shared.Return(persons, clearArray: true);
        }
    }

    // A registered name the recognizer missed, or cut short ("Harbour Gazette" of "The Harbour Gazette"), is still
    // a name: claim it where it is written with the registered spelling, on token boundaries, replacing the
    // mentions it wholly contains; a mention it would cut in two keeps its tokens.
    private void ClaimWrittenNames(Document document)
    {
        var tokens = document.Tokens;
        var mentions = document.Mentions;
        var mentionAt = new int[tokens.Count];
        Array.Fill(mentionAt, -1);
        for (int m = 0; m < mentions.Count; m++)
        {
            for (int t = mentions[m].Tokens.Start; t < mentions[m].Tokens.End; t++)
            {
                mentionAt[t] = m;
            }
        }

        var claimed = new List<NamedMention>();
        var replaced = new HashSet<int>();
        for (int t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind == TokenKind.Punctuation || (mentionAt[t] >= 0 && mentions[mentionAt[t]].Tokens.Start != t))
            {
                continue;
            }

            foreach (var (length, entity) in known.WrittenAt(document.Text, tokens[t].Start))
            {
                int end = tokens[t].Start + length;
                int u = t;
                while (u < tokens.Count && tokens[u].End < end)
                {
                    u++;
                }

                if (u >= tokens.Count || tokens[u].End != end || (mentionAt[u] >= 0 && mentions[mentionAt[u]].Tokens.End != u + 1))
                {
                    continue;
                }

                // The very span of a recognized mention needs no claim: matching gives it the registered type.
                if (mentionAt[t] >= 0 && mentions[mentionAt[t]].Tokens == new TokenRange(t, u + 1))
                {
                    break;
                }

                for (int v = t; v <= u; v++)
                {
                    if (mentionAt[v] >= 0)
                    {
                        replaced.Add(mentionAt[v]);
                    }
                }

                claimed.Add(new NamedMention(new TokenRange(t, u + 1), known.Labels[entity]));
                t = u;
                break;
            }
        }

        if (claimed.Count > 0)
        {
            var kept = mentions.Where((_, m) => !replaced.Contains(m)).Concat(claimed).OrderBy(n => n.Tokens.Start).ToList();
            mentions.Clear();
            mentions.AddRange(kept);
        }
    }

    // The registered entity of each mention, or -1; a mention of a registered entity takes its type, whatever the
    // recognizer guessed. Mentions of one registered entity are joined at once by the union-find's tags.
    private int[] TagKnown(Document document, string[] texts)
    {
        var mentions = document.Mentions;
        var tags = new int[mentions.Count];
        for (int m = 0; m < mentions.Count; m++)
        {
            PersonName? person = mentions[m].Label == EntityLabel.Person ? PersonName.Parse(texts[m], lexicon) : null;
            int entity = known.Match(texts[m], person, lexicon.Nicknames);
            tags[m] = entity;
            if (entity >= 0 && mentions[m].Label != known.Labels[entity])
            {
                mentions[m] = mentions[m] with { Label = known.Labels[entity] };
            }
        }

        return tags;
    }

    private static T[] RentCleared<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    private void ResolvePersons(Document document, string[] texts, string[] keys, PersonName?[] names, UnionFind groups)
    {
        var mentions = document.Mentions;

        // Full names by the last word of their surname, in text order: lookups stay local to one surname.
        var fullNames = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Label != EntityLabel.Person)
            {
                continue;
            }

            var name = PersonName.Parse(texts[m], lexicon);
            names[m] = name;
            keys[m] = name.SurnameKey;
            if (name.Given is null)
            {
                continue;
            }

            var list = ListFor(fullNames, LastWord(name.SurnameKey));

            // Join the latest earlier full name that can be the same person, if any.
            for (int i = list.Count - 1; i >= 0; i--)
            {
                var other = names[list[i]]!.Value;
                if (other.SurnameKey == name.SurnameKey && PersonName.GivenNamesCompatible(other.Given!, name.Given, lexicon.Nicknames))
                {
                    groups.Union(list[i], m);
                    break;
                }
            }

            list.Add(m);
        }

        var lastBare = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int m = 0; m < mentions.Count; m++)
        {
            if (names[m] is not { Given: null } name)
            {
                continue;
            }

            int before = -1;
            int after = -1;
            if (fullNames.TryGetValue(LastWord(name.SurnameKey), out var candidates))
            {
                // The latest compatible full name before the mention, else the first after it.
                int at = candidates.BinarySearch(m);
                int insertion = at < 0 ? ~at : at;
                for (int i = insertion - 1; i >= 0 && before < 0; i--)
                {
                    before = SurnameMatches(names[candidates[i]]!.Value, name) ? candidates[i] : -1;
                }

                for (int i = insertion; i < candidates.Count && before < 0 && after < 0; i++)
                {
                    after = SurnameMatches(names[candidates[i]]!.Value, name) ? candidates[i] : -1;
                }
            }

            // A surname never given in full joins the same surname seen before.
            int target = before >= 0 ? before : after >= 0 ? after : lastBare.GetValueOrDefault(name.SurnameKey, -1);
            if (target >= 0)
            {
                groups.Union(target, m);
            }

            lastBare[name.SurnameKey] = m;
        }
    }

    private static void JoinKnown(UnionFind groups, int count)
    {
        var first = new Dictionary<int, int>();
        for (int m = 0; m < count; m++)
        {
            int tag = groups.TagOf(m);
            if (tag < 0)
            {
                continue;
            }

            if (first.TryGetValue(tag, out int f))
            {
                groups.Union(f, m);
            }
            else
            {
                first[tag] = m;
            }
        }
    }

    private static List<int> ListFor(Dictionary<string, List<int>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }

    private static string LastWord(string key)
    {
        int space = key.LastIndexOf(' ');
        return space < 0 ? key : key[(space + 1)..];
    }

    // "Blinken" ~ "Antony Blinken"; "Rudeineh" ~ "Nabil Abu Rudeineh"; "Al-Ahmad" ~ "Azzam al-Ahmad".
    private static bool SurnameMatches(PersonName full, PersonName alone)
    {
        string whole = full.SurnameKey;
        string last = alone.SurnameKey;
        return whole == last
            || (whole.Length > last.Length && whole.EndsWith(last, StringComparison.Ordinal) && whole[whole.Length - last.Length - 1] == ' ');
    }

    // Each new name meets only the earlier names it could match, found by key (initials, acronym letters, the
    // spelled-out name of a known acronym, first and last word), so the cost stays linear in the number of
    // organizations a document names, where comparing every pair grew with its square.
    private void ResolveOrganizations(Document document, string[] texts, string[] keys, UnionFind groups)
    {
        var mentions = document.Mentions;
        // The first mention of each key; a written-out name is one whose first mention is not an acronym.
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var fullByInitials = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        // Indexes many documents never need (no acronym, no name of several words) are made on first use.
        Dictionary<(string First, string Last), List<(int Mention, string[] Words)>>? fullByEnds = null;
        Dictionary<string, List<int>>? acronymsByLetters = null;
        Dictionary<string, List<int>>? acronymsBySpelledOut = null;
        for (int m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Label != EntityLabel.Organization)
            {
                continue;
            }

            int defined = DefinedAcronym(document, m);
            if (defined >= 0)
            {
                groups.Union(m, defined);
            }

            // A name seen before was compared with everything then: joining its first mention is enough.
            string key = OrganizationNames.Key(texts[m]);
            keys[m] = key;
            if (byKey.TryGetValue(key, out int same))
            {
                groups.Union(same, m);
                continue;
            }

            byKey[key] = m;

            if (OrganizationNames.IsAcronym(texts[m]))
            {
                string letters = OrganizationNames.AcronymLetters(texts[m]);
                UnionAll(groups, m, fullByInitials, letters);
                ListFor(acronymsByLetters ??= new(StringComparer.Ordinal), letters).Add(m);
                if (lexicon.KnownAcronyms.TryGetValue(letters, out string? spelledOut))
                {
                    string spelledOutKey = OrganizationNames.Key(spelledOut);
                    if (byKey.TryGetValue(spelledOutKey, out int full) && !OrganizationNames.IsAcronym(texts[full]))
                    {
                        groups.Union(full, m);
                    }

                    ListFor(acronymsBySpelledOut ??= new(StringComparer.Ordinal), spelledOutKey).Add(m);
                }

                continue;
            }

            string initials = OrganizationNames.Initials(texts[m]);
            if (initials.Length >= 2)
            {
                UnionAll(groups, m, acronymsByLetters, initials);
                UnionAll(groups, m, acronymsBySpelledOut, key);
            }

            if (key.Contains(' ', StringComparison.Ordinal))
            {
                string[] words = key.Split(' ');
                fullByEnds ??= [];
                if (!fullByEnds.TryGetValue((words[0], words[^1]), out var sameEnds))
                {
                    sameEnds = [];
                    fullByEnds[(words[0], words[^1])] = sameEnds;
                }

                foreach (var (f, other) in sameEnds)
                {
                    if (OrganizationNames.IsOrderedSubset(other, words) || OrganizationNames.IsOrderedSubset(words, other))
                    {
                        groups.Union(f, m);
                    }
                }

                sameEnds.Add((m, words));
            }

            ListFor(fullByInitials, initials).Add(m);
        }
    }

    private static void UnionAll(UnionFind groups, int m, Dictionary<string, List<int>>? index, string key)
    {
        if (index is not null && index.TryGetValue(key, out var others))
        {
            foreach (int other in others)
            {
                groups.Union(other, m);
            }
        }
    }

    // "Palestinian National Authority (PNA)": the mention in brackets right after is its acronym.
    private static int DefinedAcronym(Document document, int m)
    {
        var mentions = document.Mentions;
        int after = mentions[m].Tokens.End;
        if (m + 1 >= mentions.Count || after + 2 >= document.Tokens.Count || !document.TokenText(after).SequenceEqual("("))
        {
            return -1;
        }

        var next = mentions[m + 1];
        return next.Tokens.Start == after + 1 && next.Tokens.Length == 1 && document.TokenText(next.Tokens.End).SequenceEqual(")")
            && TokenShape.IsAllCaps(document.TokenText(next.Tokens.Start)) ? m + 1 : -1;
    }

    private void ResolvePlaces(Document document, string[] texts, string[] keys, UnionFind groups)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int m = 0; m < document.Mentions.Count; m++)
        {
            if (document.Mentions[m].Label != EntityLabel.Location)
            {
                continue;
            }

            string key = PlaceKey(texts[m]);
            keys[m] = key;
            if (byKey.TryGetValue(key, out int same))
            {
                groups.Union(same, m);
            }
            else
            {
                byKey[key] = m;
            }
        }
    }

    private string PlaceKey(string text) =>
        OrganizationNames.Key(lexicon.PlaceAliases.TryGetValue(text, out string? canonical) ? canonical : text);

    // People: the fullest form, then the most frequent. Others: a written-out name before an acronym, then the
    // most frequent, then the longest. Places with a standard name take it ("US" → "United States").
    private string ChooseName(EntityCluster cluster, string[] texts)
    {
        if (cluster.Known >= 0)
        {
            return known.Entities[cluster.Known].Name;
        }

        string best = texts[cluster.NameMentions[0]];
        if (cluster.NameMentions.Count > 1)
        {
            best = MostTelling(cluster, texts);
        }

        if (cluster.Label == EntityLabel.Location && lexicon.PlaceAliases.TryGetValue(best, out string? canonical))
        {
            return canonical;
        }

        return best;
    }

    private static string MostTelling(EntityCluster cluster, string[] texts)
    {
        // Distinct texts with their counts, in order of first use (as a dictionary would list them): a cluster
        // has a few distinct names, so a scan of rented arrays beats a dictionary per cluster.
        var names = cluster.NameMentions;
        string[] distinct = ArrayPool<string>.Shared.Rent(names.Count);
        int[] counts = ArrayPool<int>.Shared.Rent(names.Count);
        int distinctCount = 0;
        foreach (int m in names)
        {
            int at = Array.IndexOf(distinct, texts[m], 0, distinctCount);
            if (at < 0)
            {
                at = distinctCount++;
                distinct[at] = texts[m];
                counts[at] = 0;
            }

            counts[at]++;
        }

        string best = texts[names[0]];
        int bestScore = int.MinValue;
        for (int d = 0; d < distinctCount; d++)
        {
            string text = distinct[d];
            int count = counts[d];
            int words = text.AsSpan().Count(' ') + 1;
            int score = cluster.Label == EntityLabel.Person
                ? (Math.Min(words, 99) * 100000) + Math.Min(count, 99999)
                : ((OrganizationNames.IsAcronym(text) ? 0 : 1 << 30) + (Math.Min(count, 99999) * 100) + Math.Min(words, 99));
            if (score > bestScore || (score == bestScore && string.CompareOrdinal(text, best) < 0))
            {
                bestScore = score;
                best = text;
            }
        }

        ArrayPool<string>.Shared.Return(distinct, clearArray: true);
        ArrayPool<int>.Shared.Return(counts);
        return best;
    }

    private void FillKeys(Document document, EntityCluster cluster, string[] texts, string[] keys, PersonName?[] persons)
    {
        // Distinct keys in a rented buffer first, then one exact-size array.
        string[] distinct = ArrayPool<string>.Shared.Rent(cluster.NameMentions.Count);
        int count = 0;
        foreach (int m in cluster.NameMentions)
        {
            // The key made while grouping serves when the mention was grouped under the cluster's label; a mention
            // joined across labels (an acronym defined in brackets) is keyed as the cluster's kind of name.
            bool grouped = document.Mentions[m].Label == cluster.Label && keys[m] is not null;
            string key = cluster.Label switch
            {
                EntityLabel.Person => persons[m]!.Value.SurnameKey,
                EntityLabel.Location => grouped ? keys[m] : PlaceKey(texts[m]),
                _ => OrganizationNames.IsAcronym(texts[m]) ? OrganizationNames.AcronymLetters(texts[m])
                    : grouped ? keys[m] : OrganizationNames.Key(texts[m]),
            };
            if (Array.IndexOf(distinct, key, 0, count) < 0)
            {
                distinct[count++] = key;
            }

            if (cluster.Label == EntityLabel.Person && persons[m]!.Value.Given is { } given
                && (cluster.GivenName is null || string.Equals(texts[m], cluster.Name, StringComparison.Ordinal)))
            {
                cluster.GivenName = given;
            }
        }

        cluster.Keys = distinct.AsSpan(0, count).ToArray();
        ArrayPool<string>.Shared.Return(distinct, clearArray: true);
    }

    private Gender TellGender(Document document, EntityCluster cluster, PersonName?[] persons)
    {
        foreach (int m in cluster.NameMentions)
        {
            int before = document.Mentions[m].Tokens.Start - 1;
            if (before >= 0 && lexicon.Honorifics.TryGetValue(document.TokenText(before), out var honorific) && honorific != Gender.Unknown)
            {
                return honorific;
            }
        }

        if (cluster.GivenName is not { } given)
        {
            return Gender.Unknown;
        }

        if (lexicon.GivenNames.TryGetValue(given, out var gender) && gender != Gender.Unknown)
        {
            return gender;
        }

        // A short form used by both sexes in the lists ("Joe") takes the sex of the names it shortens, if they agree.
        var agreed = Gender.Unknown;
        foreach (string formal in lexicon.Nicknames.FormalNamesOf(given))
        {
            if (!lexicon.GivenNames.TryGetValue(formal, out var g) || g == Gender.Unknown || (agreed != Gender.Unknown && agreed != g))
            {
                return Gender.Unknown;
            }

            agreed = g;
        }

        return agreed;
    }

    // The words of the name joined by single spaces, built in place: this runs for every mention.
    private static string NameText(Document document, TokenRange range)
    {
        if (range.Length == 1)
        {
            return document.TokenText(range.Start).ToString();
        }

        int length = -1;
        for (int t = range.Start; t < range.End; t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Punctuation)
            {
                length += document.Tokens[t].Length + 1;
            }
        }

        if (length <= 0)
        {
            return string.Empty;
        }

        return string.Create(length, (document, range), static (chars, state) =>
        {
            int at = 0;
            for (int t = state.range.Start; t < state.range.End; t++)
            {
                if (state.document.Tokens[t].Kind == TokenKind.Punctuation)
                {
                    continue;
                }

                if (at > 0)
                {
                    chars[at++] = ' ';
                }

                var word = state.document.TokenText(t);
                word.CopyTo(chars[at..]);
                at += word.Length;
            }
        });
    }
}
