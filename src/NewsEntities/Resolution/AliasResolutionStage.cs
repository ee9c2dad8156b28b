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
/// after it, so two Cohens stay apart; far from the latest, it joins the one the text named first. Organizations:
/// same name, an acronym the text defines ("... Authority (PNA)"), an acronym of the initials or one the lexicon
/// knows, a short form the lexicon knows ("Fed"), or a shorter name whose words run in order through the longer.
/// Places: same canonical name ("US", "U.S.", "United States").
/// Registered entities (<see cref="KnownEntityTable"/>) come first: a registered name written in the text is a
/// mention even where the recognizer missed it; a mention written as a registered name, or (people) a full name
/// that fits one, takes the registered type; all mentions of one registered entity are one cluster named by the
/// registered name; and no rule joins two different registered entities.
/// </remarks>
internal sealed class AliasResolutionStage : IDocumentStage
{
    // Second words that news drops from a name of two once it is known ("Quinnipiac" of Quinnipiac University); keys
    // are lower case.
    private static readonly WordSet OwnerSuffixes = new(
    [
        "capital", "co", "co.", "college", "corp", "corp.", "corporation", "county", "front", "group", "holdings", "inc",
        "inc.", "international", "llc", "ltd", "ltd.", "magazine", "media", "news", "partners", "university",
    ]);

    // Bodies whose one-word name is the body itself, never a short form of a longer name.
    private static readonly WordSet Legislatures = new(["Congress", "Senate", "House", "Parliament", "Knesset", "Duma"]);

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
        // Per-mention working arrays, indexes and the union-find come from the workspace the document keeps, so a
        // reused document makes none of them again.
        var work = document.Aliases;
        work.Begin();
        if (!known.IsEmpty)
        {
            ClaimWrittenNames(document, work);
        }

        var mentions = document.Mentions;
        work.Prepare(mentions.Count, document.Tokens.Count);
        PersonKey?[] persons = work.Persons;
        for (int m = 0; m < mentions.Count; m++)
        {
            cancellationToken.ThrowIfCancelledAt(m);

            // Misc mentions are never grouped: only registered names (matched by text) need their text.
            if (mentions[m].Label != EntityLabel.Misc || !known.IsEmpty)
            {
                NameText(document, m, work);
            }
        }

        var groups = work.Groups;
        groups.Reset(mentions.Count, tagged: !known.IsEmpty);
        if (!known.IsEmpty)
        {
            TagKnown(document, groups.Tags, work);
            JoinKnown(groups, mentions.Count, work.FirstOfTag);
        }

        // The comparison key of each mention, made once by the rule that groups it and kept for corpus resolution.
        ResolvePersons(document, work, groups, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        ResolveOrganizations(document, work, groups);
        cancellationToken.ThrowIfCancellationRequested();
        ResolvePlaces(document, work, groups);
        cancellationToken.ThrowIfCancellationRequested();

        // A set's root is its first mention, so the cluster of a mention is found by its root's index. The
        // clusters' lists are sized from a count of members per root, so none of them grows by doubling.
        int[] rootCluster = work.RootCluster;
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
            cancellationToken.ThrowIfCancelledAt(m);
            if (mentions[m].Label == EntityLabel.Misc)
            {
                document.MentionCluster.Add(-1);
                continue;
            }

            int root = groups.Find(m);
            int c;
            if (root == m)
            {
                // Named below (ChooseName), once its members are known.
                var cluster = work.RentCluster(mentions[root].Label, string.Empty);
                cluster.Known = groups.TagOf(root);
                cluster.NameMentions.EnsureCapacity(rootCluster[root]);
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

        int[] mentionAt = work.MentionAt;
        {
            // Token by token, the mention there or -1, for reading roles around person names.
            Array.Fill(mentionAt, -1, 0, document.Tokens.Count);
            for (int m = 0; m < mentions.Count; m++)
            {
                for (int t = mentions[m].Tokens.Start; t < mentions[m].Tokens.End; t++)
                {
                    mentionAt[t] = m;
                }
            }

            var roles = new RoleExtractor(document, lexicon, mentionAt, work);
            foreach (var cluster in document.Clusters)
            {
                cancellationToken.ThrowIfCancellationRequested();
                cluster.Name = ChooseName(cluster, work);
                FillKeys(document, cluster, work);
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
    }

    // A registered name the recognizer missed, or cut short ("Harbour Gazette" of "The Harbour Gazette"), is still
    // a name: claim it where it is written with the registered spelling, on token boundaries, replacing the
    // mentions it wholly contains; a mention it would cut in two keeps its tokens.
    private void ClaimWrittenNames(Document document, AliasWorkspace work)
    {
        var tokens = document.Tokens;
        var mentions = document.Mentions;
        work.Prepare(mentions.Count, tokens.Count);
        int[] mentionAt = work.MentionAt;
        Array.Fill(mentionAt, -1, 0, tokens.Count);
        for (int m = 0; m < mentions.Count; m++)
        {
            for (int t = mentions[m].Tokens.Start; t < mentions[m].Tokens.End; t++)
            {
                mentionAt[t] = m;
            }
        }

        var claimed = work.Claimed;
        var replaced = work.Replaced;
        for (int t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind == TokenKind.Punctuation || (mentionAt[t] >= 0 && mentions[mentionAt[t]].Tokens.Start != t))
            {
                continue;
            }

            foreach (var (name, entity) in known.CandidatesAt(document.Text[tokens[t].Start]))
            {
                if (!known.IsWrittenAt(document.Text, tokens[t].Start, name))
                {
                    continue;
                }

                int length = name.Length;
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
            // The kept mentions and the claims, both in text order, merged in place of the list (a stable merge:
            // a kept mention goes before a claim that starts with it). Written out, so no query or copy is made.
            var kept = work.KeptMentions;
            kept.Clear();
            for (int m = 0; m < mentions.Count; m++)
            {
                if (!replaced.Contains(m))
                {
                    kept.Add(mentions[m]);
                }
            }

            mentions.Clear();
            int k = 0;
            int c = 0;
            while (k < kept.Count || c < claimed.Count)
            {
                bool takeKept = c == claimed.Count || (k < kept.Count && kept[k].Tokens.Start <= claimed[c].Tokens.Start);
                mentions.Add(takeKept ? kept[k++] : claimed[c++]);
            }

            kept.Clear();
        }

        claimed.Clear();
        replaced.Clear();
    }

    // The registered entity of each mention, or -1; a mention of a registered entity takes its type, whatever the
    // recognizer guessed. Mentions of one registered entity are joined at once by the union-find's tags.
    private void TagKnown(Document document, Span<int> tags, AliasWorkspace work)
    {
        var mentions = document.Mentions;
        for (int m = 0; m < mentions.Count; m++)
        {
            PersonName? person = mentions[m].Label == EntityLabel.Person ? PersonName.Parse(work.TextOf(m), lexicon, work) : null;
            int entity = known.Match(work.TextString(m), person, lexicon.Nicknames);
            tags[m] = entity;
            if (entity >= 0 && mentions[m].Label != known.Labels[entity])
            {
                mentions[m] = mentions[m] with { Label = known.Labels[entity] };
            }
        }
    }

    private void ResolvePersons(Document document, AliasWorkspace work, UnionFind groups, CancellationToken cancellationToken)
    {
        var mentions = document.Mentions;
        int[] keys = work.Keys;
        PersonKey?[] names = work.Persons;

        // Full names by the last word of their surname, in text order: lookups stay local to one surname.
        var fullNames = work.FullNames;
        for (int m = 0; m < mentions.Count; m++)
        {
            cancellationToken.ThrowIfCancelledAt(m);
            if (mentions[m].Label != EntityLabel.Person)
            {
                continue;
            }

            var name = PersonName.ParseKey(work.TextOf(m), lexicon, work);
            names[m] = name;
            keys[m] = name.Surname;
            if (name.Given is null)
            {
                continue;
            }

            IndexNameWords(work.TextOf(m), name, m, names, work);
            var list = ListFor(fullNames, LastWord(name.Surname, work), work);

            // Join the latest earlier full name that can be the same person, if any.
            for (int i = list.Count - 1; i >= 0; i--)
            {
                var other = names[list[i]]!.Value;
                if (other.Surname == name.Surname && PersonName.MiddlesCompatible(other.Middle, name.Middle)
                    && (PersonName.GivenNamesCompatible(other.Given!, name.Given, lexicon.Nicknames) || EndsWithSurnames(work.TextOf(list[i]), work.TextOf(m))))
                {
                    groups.Union(list[i], m);
                    break;
                }
            }

            list.Add(m);
        }

        var lastBare = work.LastBare;
        for (int m = 0; m < mentions.Count; m++)
        {
            cancellationToken.ThrowIfCancelledAt(m);
            if (names[m] is not { Given: null } name)
            {
                continue;
            }

            int before = -1;
            int after = -1;
            if (fullNames.TryGetValue(LastWord(name.Surname, work), out var candidates))
            {
                // The latest compatible full name before the mention, else the first after it. One whose given name
                // agrees with an honorific goes first ("Mr. Obama" is Barack, not Michelle, when both are named);
                // the lists' genders of given names are not sure enough to keep the only one out ("Ms. Epstein" is
                // Lee Epstein).
                var honorific = HonorificGender(document, m);
                int at = candidates.BinarySearch(m);
                int insertion = at < 0 ? ~at : at;
                for (int pass = honorific == Gender.Unknown ? 1 : 0; pass < 2 && before < 0 && after < 0; pass++)
                {
                    var gender = pass == 0 ? honorific : Gender.Unknown;
                    for (int i = insertion - 1; i >= 0 && before < 0; i--)
                    {
                        before = SurnameMatches(names[candidates[i]]!.Value, name, work) && GenderAllows(names[candidates[i]]!.Value, gender) ? candidates[i] : -1;
                    }

                    if (before >= 0)
                    {
                        before = LatestOrFirstNamed(document, candidates, insertion, before, m, name, gender, names, work, groups);
                    }

                    for (int i = insertion; i < candidates.Count && before < 0 && after < 0; i++)
                    {
                        after = SurnameMatches(names[candidates[i]]!.Value, name, work) && GenderAllows(names[candidates[i]]!.Value, gender) ? candidates[i] : -1;
                    }
                }
            }

            // A surname never given in full joins the same surname seen before; failing that, the one full name that
            // has the word before its last: a name written surname first ("Xi" for Xi Jinping, "Kim" for Kim Jong
            // Un), a person called by the given name ("Hillary") or by a middle one ("Lula").
            int target = before >= 0 ? before : after >= 0 ? after : lastBare.GetValueOrDefault(name.Surname, -1);
            if (target < 0 && work.FullByNameWord.TryGetValue(name.Surname, out int full) && full >= 0)
            {
                target = full;
            }

            if (target >= 0)
            {
                groups.Union(target, m);
            }

            lastBare[name.Surname] = m;
        }
    }

    /// <summary>
    /// Which of two people a surname alone stands for when the latest full name before it (<paramref name="latest"/>)
    /// is not the person the text named first with that surname: the latest when it is near (in the last
    /// <see cref="NearTokens"/> tokens: "Anne Marie Murphy, an aide, died there. Murphy's family ..."), else the first.
    /// A story names its subject first and goes on calling him by the surname; a namesake met later is written in
    /// full, and a name the tagger botched ("Hijos de Trump", "Team Clinton") must not take every "Trump" after it.
    /// The first is taken among full names whose first word is surely a given name (<see cref="IsSureGivenName"/>), when
    /// there are any.
    /// </summary>
    private int LatestOrFirstNamed(Document document, List<int> candidates, int insertion, int latest, int bare, PersonKey name,
        Gender gender, PersonKey?[] names, AliasWorkspace work, UnionFind groups)
    {
        var mentions = document.Mentions;
        if (mentions[bare].Tokens.Start - mentions[latest].Tokens.End <= NearTokens)
        {
            return latest;
        }

        // The first few full names are enough: a text names its subject early, and the cap keeps a text of thousands
        // of namesakes linear.
        int first = -1;
        for (int i = 0; i < Math.Min(insertion, FirstNamedReach); i++)
        {
            var other = names[candidates[i]]!.Value;
            if (SurnameMatches(other, name, work) && GenderAllows(other, gender))
            {
                if (IsSureGivenName(document, mentions[candidates[i]].Tokens.Start, other.Given!))
                {
                    first = candidates[i];
                    break;
                }

                first = first < 0 ? candidates[i] : first;
            }
        }

        return first >= 0 && groups.Find(first) != groups.Find(latest) ? first : latest;
    }

    // A given name the lexicon knows that is not a common word ("Will Sanders come down?"), nor, where it opens a
    // sentence and its capital says nothing, also a surname ("Young Sanders supporters never had ...").
    private bool IsSureGivenName(Document document, int token, string given) =>
        lexicon.GivenNames.ContainsKey(given) && !lexicon.ListsAsNoName(given) && !(OpensSentence(document, token) && lexicon.Surnames.Contains(given));

    private static bool OpensSentence(Document document, int token)
    {
        if (token == 0)
        {
            return true;
        }

        return document.TokenText(token - 1) is "." or "?" or "!" or ":" or ";" || document.LineBreakBetween(token - 1, token);
    }

    // How near, in tokens, the latest full name must be to outrank the first one named (LatestOrFirstNamed).
    private const int NearTokens = 60;

    // How many of a surname's full names, from the first, LatestOrFirstNamed looks through.
    private const int FirstNamedReach = 32;

    /// <summary>
    /// Whether one of two names is the other's two surnames alone ("López Obrador" of Andrés Manuel López Obrador,
    /// "Huckabee Sanders" of Sarah Huckabee Sanders): the longer ends with the shorter, whose first word is no
    /// given name (else "Sarah Sanders" would be read as the surnames of "Ann Sarah Sanders").
    /// </summary>
    private bool EndsWithSurnames(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var longer = a.Length >= b.Length ? a : b;
        var shorter = a.Length >= b.Length ? b : a;
        int first = shorter.IndexOf(' ');
        return longer.Length > shorter.Length && longer.EndsWith(shorter) && longer[longer.Length - shorter.Length - 1] == ' '
            && first > 0 && !lexicon.GivenNames.ContainsKey(shorter[..first]);
    }

    /// <summary>
    /// Records full name <paramref name="m"/> under each of its words before the last, in lower case like a surname
    /// key: its first ("Xi" of Xi Jinping, "Hillary"), and a middle one a person may go by ("Lula" of Luiz Inácio
    /// Lula da Silva). A word that full names of two surnames share ("Bill Clinton", "Bill de Blasio") is marked -1;
    /// particles ("da", "bin", but not the given names "Ben" and "Al"), titles the recognizer left on a name ("Justice John Roberts") and initials are no
    /// one's word.
    /// </summary>
    private void IndexNameWords(ReadOnlySpan<char> text, PersonKey name, int m, PersonKey?[] names, AliasWorkspace work)
    {
        int lastSpace = text.LastIndexOf(' ');
        var rest = lastSpace < 0 ? default : text[..lastSpace];
        Span<char> buffer = rest.Length <= 256 ? stackalloc char[rest.Length] : new char[rest.Length];
        bool first = true;
        while (!rest.IsEmpty)
        {
            // By hand rather than MemoryExtensions.Split, which net8.0 lacks.
            int space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? default : rest[(space + 1)..];
            bool opening = first;
            first = false;
            if (word.Length < 2 || !char.IsUpper(word[0]) || word.Contains('.')
                || (lexicon.Particles.Contains(word) && !(opening && PersonName.IsGivenNameLikeParticle(word)))
                || lexicon.TitleWords.Contains(word) || lexicon.Honorifics.TryGetValue(word, out _))
            {
                continue;
            }

            var lower = buffer[..word.Length];
            word.ToLowerInvariant(lower);
            int key = work.KeyTable.Add(lower);
            if (!work.FullByNameWord.TryGetValue(key, out int earlier))
            {
                work.FullByNameWord[key] = m;
            }
            else if (earlier >= 0 && names[earlier]!.Value.Surname != name.Surname)
            {
                work.FullByNameWord[key] = -1;
            }
        }
    }

    private static void JoinKnown(UnionFind groups, int count, Dictionary<int, int> first)
    {
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

    private static List<int> ListFor<TKey>(Dictionary<TKey, List<int>> map, TKey key, AliasWorkspace work)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = work.RentList();
            map[key] = list;
        }

        return list;
    }

    // The number of the last word of key number key.
    private static int LastWord(int key, AliasWorkspace work)
    {
        var chars = work.KeyTable.Of(key);
        int space = chars.LastIndexOf(' ');
        return space < 0 ? key : work.KeyTable.Add(chars[(space + 1)..]);
    }

    /// <summary>The gender an honorific right before mention <paramref name="m"/> tells ("Mr.", "Mrs."), or unknown.</summary>
    private Gender HonorificGender(Document document, int m)
    {
        int before = document.Mentions[m].Tokens.Start - 1;
        return before >= 0 && lexicon.Honorifics.TryGetValue(document.TokenText(before), out var gender) ? gender : Gender.Unknown;
    }

    /// <summary>Whether a full name's given name can belong to someone an honorific of <paramref name="gender"/> names.</summary>
    private bool GenderAllows(PersonKey full, Gender gender) =>
        gender == Gender.Unknown || full.Given is not { } given
        || !lexicon.GivenNames.TryGetValue(given, out var givenGender) || givenGender == Gender.Unknown || givenGender == gender;

    // "Blinken" ~ "Antony Blinken"; "Rudeineh" ~ "Nabil Abu Rudeineh"; "Al-Ahmad" ~ "Azzam al-Ahmad".
    private static bool SurnameMatches(PersonKey full, PersonKey alone, AliasWorkspace work)
    {
        if (full.Surname == alone.Surname)
        {
            return true;
        }

        var whole = work.KeyTable.Of(full.Surname);
        var last = work.KeyTable.Of(alone.Surname);
        return whole.Length > last.Length && whole.EndsWith(last) && whole[whole.Length - last.Length - 1] == ' ';
    }

    // Each new name meets only the earlier names it could match, found by key (initials, acronym letters, the
    // spelled-out name of a known acronym, first and last word), so the cost stays linear in the number of
    // organizations a document names, where comparing every pair grew with its square.
    private void ResolveOrganizations(Document document, AliasWorkspace work, UnionFind groups)
    {
        var mentions = document.Mentions;
        int[] keys = work.Keys;
        var table = work.KeyTable;

        // The first mention of each key; a written-out name is one whose first mention is not an acronym.
        var byKey = work.OrganizationsByKey;
        var fullByInitials = work.FullByInitials;
        var fullByEnds = work.FullByEnds;
        var acronymsByLetters = work.AcronymsByLetters;
        var acronymsBySpelledOut = work.AcronymsBySpelledOut;
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
            int key = OrganizationNames.KeyNumber(work.TextOf(m), work);
            keys[m] = key;
            if (byKey.TryGetValue(key, out int same))
            {
                groups.Union(same, m);
                continue;
            }

            byKey[key] = m;

            if (OrganizationNames.IsAcronym(work.TextOf(m)))
            {
                int letters = OrganizationNames.AcronymLettersNumber(work.TextOf(m), work);
                UnionAll(groups, m, fullByInitials, letters);
                ListFor(acronymsByLetters, letters, work).Add(m);
                if (lexicon.TryGetKnownAcronym(table.Of(letters), out string? spelledOut))
                {
                    JoinSpelledOut(m, spelledOut, groups, work);
                }

                continue;
            }

            // A short form the lexicon knows that is no acronym ("Fed" for the Federal Reserve) joins like one.
            if (lexicon.TryGetKnownAcronym(work.TextOf(m), out string? longForm))
            {
                JoinSpelledOut(m, longForm, groups, work);
                continue;
            }

            int initials = OrganizationNames.InitialsNumber(work.TextOf(m), work);
            if (table.Of(initials).Length >= 2)
            {
                UnionAll(groups, m, acronymsByLetters, initials);
                UnionAll(groups, m, acronymsBySpelledOut, key);
            }

            var name = table.Of(key);
            if (name.Contains(' '))
            {
                // Indexed by first and last word; the words themselves are compared in place in the keys.
                int first = table.Add(name[..name.IndexOf(' ')]);
                int last = table.Add(name[(name.LastIndexOf(' ') + 1)..]);
                name = table.Of(key); // adding may have moved the table's characters
                if (!fullByEnds.TryGetValue((first, last), out var sameEnds))
                {
                    sameEnds = work.RentList();
                    fullByEnds[(first, last)] = sameEnds;
                }

                foreach (int f in sameEnds)
                {
                    var other = table.Of(keys[f]);
                    if (OrganizationNames.IsOrderedSubset(other, name) || OrganizationNames.IsOrderedSubset(name, other))
                    {
                        groups.Union(f, m);
                    }
                }

                sameEnds.Add(m);
            }

            ListFor(fullByInitials, initials, work).Add(m);
        }

        JoinOneWordShortForms(work, groups);
    }

    /// <summary>
    /// A one-word name joins the one longer name of the document whose head it is, or whose owner it names: "The
    /// Times" of The New York Times, "the Bureau" of the Federal Bureau of Investigation, "Goldman" of Goldman Sachs,
    /// "Quinnipiac" of Quinnipiac University. Two longer names with the word ("Fox News", "Fox Business") leave it
    /// alone.
    /// </summary>
    /// <remarks>
    /// News writes the longer name first, so only a longer name named before the short form is joined ("Zika", the
    /// virus, named long before a "House Zika" bill). The head is the last word, or the word before "of". An owner
    /// is the first of two words, the second a suffix that news drops ("Inc.", "University", "News") or the two a
    /// listed company; otherwise the first word names something the rest only belongs to or is about ("Senate
    /// Democrats", "House Zika"). A legislature alone is that body ("Congress" is no short form of the American
    /// Congress of Obstetricians), and a place, a people ("Muslim") or a word of a person's name in the document
    /// ("Obama") is no short form of anything.
    /// </remarks>
    private void JoinOneWordShortForms(AliasWorkspace work, UnionFind groups)
    {
        var table = work.KeyTable;
        var byFirst = work.OrganizationsByFirstWord;
        var byHead = work.OrganizationsByHead;
        bool anyOneWord = false;
        foreach (var (key, m) in work.OrganizationsByKey)
        {
            var name = table.Of(key);
            int space = name.IndexOf(' ');
            if (space < 0)
            {
                anyOneWord = true;
                continue;
            }

            int of = name.IndexOf(" of ", StringComparison.Ordinal);
            var beforeOf = of < 0 ? name : name[..of];
            int head = table.Add(beforeOf[(beforeOf.LastIndexOf(' ') + 1)..]);
            Index(byHead, head, m);
            name = table.Of(key); // adding may have moved the table's characters
            if (space == name.LastIndexOf(' '))
            {
                // A name of two words that is no owner's still takes the word from any other ("Fox Business").
                bool owner = OwnerSuffixes.Contains(name[(space + 1)..]) || lexicon.Companies.Contains(work.TextOf(m));
                Index(byFirst, table.Add(name[..space]), owner ? m : -1);
            }
        }

        if (!anyOneWord)
        {
            return;
        }

        foreach (var (key, m) in work.OrganizationsByKey)
        {
            var text = work.TextOf(m);
            if (table.Of(key).Contains(' ') || OrganizationNames.IsAcronym(text))
            {
                continue;
            }

            int full = byHead.TryGetValue(key, out int byItsHead) ? byItsHead : byFirst.TryGetValue(key, out int byItsFirst) ? byItsFirst : -1;
            // A person's name word, by the indexes person resolution made with the same lower-case keys.
            bool personWord = work.FullByNameWord.ContainsKey(key) || work.FullNames.ContainsKey(key) || work.LastBare.ContainsKey(key);
            if (full >= 0 && full < m && !personWord && !Legislatures.Contains(text) && !lexicon.Places.ContainsKey(text) && !lexicon.Demonyms.Contains(text))
            {
                groups.Union(full, m);
            }
        }

        static void Index(Dictionary<int, int> index, int word, int m) =>
            index[word] = index.TryAdd(word, m) ? m : -1;
    }

    /// <summary>
    /// Joins short form <paramref name="m"/> to the name the lexicon spells it out as, when that name came first, and
    /// records it under that name for a later mention of it to join.
    /// </summary>
    private static void JoinSpelledOut(int m, string spelledOut, UnionFind groups, AliasWorkspace work)
    {
        int spelledOutKey = OrganizationNames.KeyNumber(spelledOut, work);
        if (work.OrganizationsByKey.TryGetValue(spelledOutKey, out int full) && !OrganizationNames.IsAcronym(work.TextOf(full)))
        {
            groups.Union(full, m);
        }

        ListFor(work.AcronymsBySpelledOut, spelledOutKey, work).Add(m);
    }

    private static void UnionAll(UnionFind groups, int m, Dictionary<int, List<int>> index, int key)
    {
        if (index.TryGetValue(key, out var others))
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

    private void ResolvePlaces(Document document, AliasWorkspace work, UnionFind groups)
    {
        int[] keys = work.Keys;
        var byKey = work.PlacesByKey;
        for (int m = 0; m < document.Mentions.Count; m++)
        {
            if (document.Mentions[m].Label != EntityLabel.Location)
            {
                continue;
            }

            int key = PlaceKey(work.TextOf(m), work);
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

    // The number of the place's key: its canonical name's when it has one ("U.S." → "United States").
    private int PlaceKey(ReadOnlySpan<char> text, AliasWorkspace work) =>
        OrganizationNames.KeyNumber(lexicon.TryGetPlaceAlias(text, out string? canonical) ? canonical : text, work);

    // People: the fullest form, then the most frequent. Others: a written-out name before an acronym, a name of
    // several words before a one-word short form ("The Washington Post", not "Post"), then the most frequent, then
    // the longest. Places with a standard name take it ("US" → "United States").
    private string ChooseName(EntityCluster cluster, AliasWorkspace work)
    {
        if (cluster.Known >= 0)
        {
            return known.Entities[cluster.Known].Name;
        }

        string best = work.TextString(cluster.NameMentions.Count > 1 ? MostTelling(cluster, work) : cluster.NameMentions[0]);

        if (cluster.Label == EntityLabel.Location && lexicon.PlaceAliases.TryGetValue(best, out string? canonical))
        {
            return canonical;
        }

        return best;
    }

    // The mention whose text names the cluster best. Texts are compared in the workspace's buffer: only the one
    // chosen becomes a string.
    private static int MostTelling(EntityCluster cluster, AliasWorkspace work)
    {
        // Distinct texts (by their first mention) with their counts, in order of first use (as a dictionary would
        // list them): a cluster has a few distinct names, so a scan of rented arrays beats a dictionary per cluster.
        var names = cluster.NameMentions;
        int[] distinct = ArrayPool<int>.Shared.Rent(names.Count);
        int[] counts = ArrayPool<int>.Shared.Rent(names.Count);
        int distinctCount = 0;
        foreach (int m in names)
        {
            int at = 0;
            while (at < distinctCount && !work.TextOf(distinct[at]).SequenceEqual(work.TextOf(m)))
            {
                at++;
            }

            if (at == distinctCount)
            {
                distinctCount++;
                distinct[at] = m;
                counts[at] = 0;
            }

            counts[at]++;
        }

        int best = names[0];
        int bestScore = int.MinValue;
        for (int d = 0; d < distinctCount; d++)
        {
            var text = work.TextOf(distinct[d]);
            int count = counts[d];
            int words = text.Count(' ') + 1;
            bool severalWords = ResultBuilder.ArticleLess(text) is { IsEmpty: false } bare ? bare.Contains(' ') : words > 1;
            int score = cluster.Label == EntityLabel.Person
                ? (Math.Min(words, 99) * 100000) + Math.Min(count, 99999)
                : ((OrganizationNames.IsAcronym(text) ? 0 : 1 << 30) + (severalWords ? 1 << 29 : 0) + (Math.Min(count, 99999) * 100) + Math.Min(words, 99));
            if (score > bestScore || (score == bestScore && text.SequenceCompareTo(work.TextOf(best)) < 0))
            {
                bestScore = score;
                best = distinct[d];
            }
        }

        ArrayPool<int>.Shared.Return(distinct);
        ArrayPool<int>.Shared.Return(counts);
        return best;
    }

    private void FillKeys(Document document, EntityCluster cluster, AliasWorkspace work)
    {
        int[] keys = work.Keys;
        PersonKey?[] persons = work.Persons;

        // Distinct keys straight into the cluster's reused list: a cluster has a few.
        var distinct = cluster.Keys;
        foreach (int m in cluster.NameMentions)
        {
            // The key made while grouping serves when the mention was grouped under the cluster's label; a mention
            // joined across labels (an acronym defined in brackets) is keyed as the cluster's kind of name.
            bool grouped = document.Mentions[m].Label == cluster.Label && keys[m] >= 0;
            int key = cluster.Label switch
            {
                EntityLabel.Person => persons[m]!.Value.Surname,
                EntityLabel.Location => grouped ? keys[m] : PlaceKey(work.TextOf(m), work),
                _ => OrganizationNames.IsAcronym(work.TextOf(m)) ? OrganizationNames.AcronymLettersNumber(work.TextOf(m), work)
                    : grouped ? keys[m] : OrganizationNames.KeyNumber(work.TextOf(m), work),
            };
            if (!distinct.Contains(key))
            {
                distinct.Add(key);
            }

            if (cluster.Label == EntityLabel.Person && persons[m]!.Value.Given is { } given
                && (cluster.GivenName is null || work.TextOf(m).SequenceEqual(cluster.Name)))
            {
                cluster.GivenName = given;
                cluster.MiddleInitials = persons[m]!.Value.Middle;
            }

            // A person's first key is the surname corpus resolution files the cluster under: the surname of the
            // fullest name, not of whatever came first ("Hillary" in a headline, then "Hillary Clinton").
            if (cluster.Label == EntityLabel.Person && distinct[0] != key && work.TextOf(m).SequenceEqual(cluster.Name))
            {
                distinct.Remove(key);
                distinct.Insert(0, key);
            }
        }
    }

    private Gender TellGender(Document document, EntityCluster cluster, PersonKey?[] persons)
    {
        foreach (int m in cluster.NameMentions)
        {
            if (HonorificGender(document, m) is var honorific && honorific != Gender.Unknown)
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
        // Indexed, not foreach: enumerating the list through its interface would box an enumerator.
        var agreed = Gender.Unknown;
        var formalNames = lexicon.Nicknames.FormalNamesOf(given);
        for (int i = 0; i < formalNames.Count; i++)
        {
            string formal = formalNames[i];
            if (!lexicon.GivenNames.TryGetValue(formal, out var g) || g == Gender.Unknown || (agreed != Gender.Unknown && agreed != g))
            {
                return Gender.Unknown;
            }

            agreed = g;
        }

        return agreed;
    }

    // The words of the name as written, each run of whitespace one space, written into the workspace's text buffer:
    // this runs for every mention, and most texts never need to be strings. Punctuation is left out ("Goldman,
    // Sachs" is "Goldman Sachs") except an ampersand, which is part of the name ("Johnson & Johnson", "Texas A&M").
    private static void NameText(Document document, int m, AliasWorkspace work)
    {
        var range = document.Mentions[m].Tokens;
        int length = 0;
        int previous = -1;
        for (int t = range.Start; t < range.End; t++)
        {
            if (InName(document, t, range))
            {
                length += document.Tokens[t].Length + (previous >= 0 && SpacedFrom(document, previous, t) ? 1 : 0);
                previous = t;
            }
        }

        var chars = work.TextBuffer(m, length);
        int at = 0;
        previous = -1;
        for (int t = range.Start; t < range.End; t++)
        {
            if (!InName(document, t, range))
            {
                continue;
            }

            if (previous >= 0 && SpacedFrom(document, previous, t))
            {
                chars[at++] = ' ';
            }

            var word = document.TokenText(t);
            word.CopyTo(chars[at..]);
            at += word.Length;
            previous = t;
        }
    }

    private static bool InName(Document document, int t, TokenRange range) =>
        document.Tokens[t].Kind != TokenKind.Punctuation || range.Length == 1 || document.TokenText(t).SequenceEqual("&");

    // Whether anything stands between the two tokens: whitespace, or punctuation left out of the name.
    private static bool SpacedFrom(Document document, int previous, int t) =>
        t > previous + 1 || document.Tokens[previous].End < document.Tokens[t].Start;
}
