using System.Buffers;
using NewsEntities.Quotes;
using NewsEntities.Recognition;
using NewsEntities.Resolution;
using NewsEntities.Tokenization;

namespace NewsEntities.Pipeline;

/// <summary>A mention of a result not yet materialized: offsets and kind, no text and no object of its own.</summary>
internal readonly record struct MentionDraft(int Start, int End, MentionKind Kind);

/// <summary>
/// A quote of a result not yet materialized: offsets, and its speaker as an index into the document's entities
/// (-1 for none); a span that is absent has a negative start.
/// </summary>
internal readonly record struct QuoteDraft(int Start, int End, int Speaker, int SpeakerStart, int SpeakerEnd, int CueStart, int CueEnd);

/// <summary>
/// Turns a processed <see cref="Document"/> into the public, immutable result. Entities are numbered in order of
/// first mention; quote speakers are the very same <see cref="Entity"/> instances as the entity list holds.
/// </summary>
/// <remarks>
/// A result is built in two steps: a draft of offsets (entities as runs of <see cref="MentionDraft"/>, quotes as
/// <see cref="QuoteDraft"/>), then the objects and strings. One document at a time the draft lives in rented
/// buffers; in corpus mode it is what a document keeps until corpus resolution, and the objects are made once,
/// afterwards, with the corpus identifiers and names and with the entities the corpus joined already merged. A
/// waiting corpus thus holds pointer-free draft arrays (and one small struct per entity for resolution) instead
/// of a corpus of result objects that the collector would promote through the generations only to have them
/// renamed.
/// </remarks>
internal static class ResultBuilder
{
    // Most documents name fewer entities than this: their identifiers come from one shared, immutable table.
    private const int TabledIds = 512;

    // Identical texts of one entity share one string; the search for an earlier one stops here, so it stays
    // linear on a pathological entity with thousands of different mention texts.
    private const int SharedTexts = 32;

    private static readonly string[] Ids = CreateIds();

    // Pronouns and reporting verbs are a handful of words written again and again: a result points at these
    // instead of a copy per mention (string contents are all a caller can observe).
    private static readonly string[] CommonWords =
    [
        "he", "He", "him", "his", "His", "himself", "she", "She", "her", "Her", "hers", "herself", "they", "They",
        "them", "their", "Their", "themselves", "it", "It", "its", "Its", "itself", "we", "We", "us", "our", "Our",
        "I", "me", "my", "My", "you", "You", "your", "who", "whom", "whose",
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "according to", "asked", "wrote", "writes",
        "explained", "stated", "noted", "continued", "insisted", "argued", "declared", "announced", "recalled",
        "warned", "claimed", "replied", "responded", "acknowledged", "suggested", "saying", "telling",
    ];

    public static DocumentAnalysis Build(Document document, bool includeQuotes, CancellationToken cancellationToken)
    {
        var draft = Draft.Create(document, includeQuotes, cancellationToken);
        try
        {
            var entities = CreateEntities(
                document.Source,
                draft.Mentions.AsSpan(0, draft.EntityStarts[draft.EntityCount]),
                draft.EntityStarts.AsSpan(0, draft.EntityCount + 1),
                new DocumentHeads(draft.Clusters),
                cancellationToken);
            return new DocumentAnalysis(
                AsReadOnly(entities), CreateQuotes(document.Source, draft.Quotes.AsSpan(0, draft.QuoteCount), entities, cancellationToken));
        }
        finally
        {
            draft.Return();
        }
    }

    /// <summary>
    /// What a document of a corpus keeps until corpus resolution: exact-size copies of its draft and, for each
    /// entity, what resolution needs of its cluster.
    /// </summary>
    public static CorpusDocument BuildForCorpus(Document document, CancellationToken cancellationToken)
    {
        var draft = Draft.Create(document, includeQuotes: true, cancellationToken);
        try
        {
            var mentions = draft.Mentions.AsSpan(0, draft.EntityStarts[draft.EntityCount]).ToArray();
            var starts = draft.EntityStarts.AsSpan(0, draft.EntityCount + 1).ToArray();
            var clusters = new CorpusCluster[draft.EntityCount];
            int keyCount = 0;
            for (int e = 0; e < clusters.Length; e++)
            {
                keyCount += draft.Clusters[e].Keys.Count;
            }

            var keys = keyCount == 0 ? [] : new string[keyCount];
            int keyStart = 0;
            for (int e = 0; e < clusters.Length; e++)
            {
                var cluster = draft.Clusters[e];
                clusters[e] = new CorpusCluster(cluster, FirstNameStart(draft.MentionsOf(e)), keyStart);
                foreach (int key in cluster.Keys)
                {
                    keys[keyStart++] = document.Aliases.KeyString(key);
                }
            }

            return new CorpusDocument(document.Source, mentions, starts, draft.Quotes.AsSpan(0, draft.QuoteCount).ToArray(), clusters, keys);
        }
        finally
        {
            draft.Return();
        }
    }

    /// <summary>
    /// The result of a corpus document once <see cref="CorpusAliasResolver"/> has set every cluster's global
    /// identifier and name: entities take them, and entities of one document that share an identifier are one
    /// entity, in the place of the first, which their quotes name as speaker.
    /// </summary>
    public static DocumentAnalysis WithCorpusIdentities(CorpusDocument document, CancellationToken cancellationToken)
    {
        if (!document.HasMerges)
        {
            var entities = CreateEntities(document.Text, document.Mentions, document.EntityStarts, new CorpusHeads(document.Clusters), cancellationToken);
            return new DocumentAnalysis(AsReadOnly(entities), CreateQuotes(document.Text, document.Quotes, entities, cancellationToken));
        }

        return Merge(document, cancellationToken);
    }

    // Rare: two clusters of one document that only the corpus showed to be one entity. Each merged entity takes
    // the place of its first part; its parts are chained in document order through nextPart.
    private static DocumentAnalysis Merge(CorpusDocument document, CancellationToken cancellationToken)
    {
        var clusters = document.Clusters;
        var firstOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var nextPart = new int[clusters.Length];
        var lastPart = new int[clusters.Length];
        var groupOf = new int[clusters.Length];
        int groups = 0;
        for (int e = 0; e < clusters.Length; e++)
        {
            nextPart[e] = -1;
            string id = clusters[e].GlobalId ?? IdOf(e + 1);
            if (firstOf.TryGetValue(id, out int first))
            {
                nextPart[lastPart[first]] = e;
                lastPart[first] = e;
                groupOf[e] = groupOf[first];
            }
            else
            {
                firstOf[id] = e;
                lastPart[e] = e;
                groupOf[e] = groups++;
            }
        }

        // The groups' mentions one after another, each run in text order, named by the group's first part.
        var mentions = new MentionDraft[document.Mentions.Length];
        var starts = new int[groups + 1];
        var heads = new EntityHead[groups];
        int count = 0;
        int group = 0;
        for (int e = 0; e < clusters.Length; e++)
        {
            if (groupOf[e] != group)
            {
                continue;
            }

            heads[group] = new EntityHead(clusters[e].GlobalId ?? IdOf(e + 1), clusters[e].Name, clusters[e].Label);
            starts[group] = count;
            for (int p = e; p >= 0; p = nextPart[p])
            {
                document.MentionsOf(p).CopyTo(mentions.AsSpan(count));
                count += document.MentionsOf(p).Length;
            }

            if (nextPart[e] >= 0)
            {
                SortByPosition(mentions.AsSpan(starts[group], count - starts[group]));
            }

            group++;
        }

        starts[groups] = count;
        var result = CreateEntities(document.Text, mentions.AsSpan(0, count), starts, new MergedHeads(heads), cancellationToken);
        var entityOf = new Entity[clusters.Length];
        for (int e = 0; e < clusters.Length; e++)
        {
            entityOf[e] = result[groupOf[e]];
        }

        return new DocumentAnalysis(AsReadOnly(result), CreateQuotes(document.Text, document.Quotes, entityOf, cancellationToken));
    }

    /// <summary>"e1", "e2", ...: the identifier of the entity numbered <paramref name="ordinal"/> (from 1).</summary>
    internal static string IdOf(int ordinal) =>
        ordinal <= Ids.Length ? Ids[ordinal - 1] : "e" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string[] CreateIds()
    {
        var ids = new string[TabledIds];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = "e" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return ids;
    }

    // Identifiers of a corpus are given in order of first appearance by name (a pronoun before the name does not
    // count); the drafts are sorted, so that is the first name mention.
    private static int FirstNameStart(ReadOnlySpan<MentionDraft> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Name)
            {
                return mention.Start;
            }
        }

        return int.MaxValue;
    }

    // The entities of one result, entity e's mentions being drafts[starts[e] - starts[0]..starts[e + 1] - starts[0]]:
    // all their mentions are one array and all their aliases another, each entity's lists a slice of them.
    private static Entity[] CreateEntities<THeads>(
        string text, ReadOnlySpan<MentionDraft> drafts, ReadOnlySpan<int> starts, THeads heads, CancellationToken cancellationToken)
        where THeads : struct, IEntityHeads
    {
        int entityCount = starts.Length - 1;
        if (entityCount <= 0)
        {
            return [];
        }

        var entities = new Entity[entityCount];
        var mentions = drafts.IsEmpty ? [] : new Mention[drafts.Length];
        string[] distinct = ArrayPool<string>.Shared.Rent(Math.Min(drafts.Length, SharedTexts));
        string[] aliasBuffer = ArrayPool<string>.Shared.Rent(2 * drafts.Length);
        int[] aliasStarts = ArrayPool<int>.Shared.Rent(entityCount + 1);
        int aliasCount = 0;
        try
        {
            for (int e = 0; e < entityCount; e++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var head = heads[e];
                aliasStarts[e] = aliasCount;
                int distinctCount = 0;
                for (int i = starts[e] - starts[0]; i < starts[e + 1] - starts[0]; i++)
                {
                    var draft = drafts[i];
                    var written = text.AsSpan(draft.Start, draft.End - draft.Start);
                    string mentionText = SharedText(written, head.Name, distinct, ref distinctCount);
                    mentions[i] = new Mention(draft.Start, draft.End, mentionText, draft.Kind);
                    if (draft.Kind != MentionKind.Name)
                    {
                        continue;
                    }

                    // An alias is a name, not a spelling: read as SourceText reads the text (no invisible characters
                    // or markup in it, references and misread characters read).
                    string alias = SourceText.Normalize(mentionText);
                    AddAlias(aliasBuffer, aliasStarts[e], ref aliasCount, alias);

                    // An organization's leading "The" is an article, not part of the name: English drops it by
                    // syntax ("a Jerusalem Post reporter"), so "Jerusalem Post" is as much a name of the paper as
                    // "The Jerusalem Post". The article-less form is an alias too (never a mention: mentions are
                    // what the text writes).
                    if (head.Label == EntityLabel.Organization && ArticleLess(alias) is { Length: > 0 } bare
                        && IndexOf(aliasBuffer, aliasStarts[e], aliasCount, bare) < 0)
                    {
                        aliasBuffer[aliasCount++] = bare.ToString();
                    }
                }
            }

            aliasStarts[entityCount] = aliasCount;
            var aliases = aliasBuffer.AsSpan(0, aliasCount).ToArray();
            for (int e = 0; e < entityCount; e++)
            {
                var head = heads[e];
                entities[e] = new Entity(
                    head.Id,
                    head.Name,
                    ToPublic(head.Label),
                    ReadOnlySlice<string>.Of(aliases, aliasStarts[e], aliasStarts[e + 1] - aliasStarts[e]),
                    ReadOnlySlice<Mention>.Of(mentions, starts[e] - starts[0], starts[e + 1] - starts[e]));
            }

            return entities;
        }
        finally
        {
            ArrayPool<string>.Shared.Return(distinct, clearArray: true);
            ArrayPool<string>.Shared.Return(aliasBuffer, clearArray: true);
            ArrayPool<int>.Shared.Return(aliasStarts);
        }
    }

    // One string per distinct text of an entity: the canonical name when the text writes it, a common word from
    // the shared table, or the first copy made for this entity.
    private static string SharedText(ReadOnlySpan<char> written, string name, string[] distinct, ref int distinctCount)
    {
        if (written.SequenceEqual(name))
        {
            return name;
        }

        int at = IndexOf(distinct, 0, distinctCount, written);
        if (at >= 0)
        {
            return distinct[at];
        }

        string copy = Common(written) ?? written.ToString();
        if (distinctCount < distinct.Length)
        {
            distinct[distinctCount++] = copy;
        }

        return copy;
    }

    private static string? Common(ReadOnlySpan<char> written)
    {
        foreach (string word in CommonWords)
        {
            if (written.SequenceEqual(word))
            {
                return word;
            }
        }

        return null;
    }

    private static int IndexOf(string[] strings, int start, int end, ReadOnlySpan<char> value)
    {
        for (int i = start; i < end; i++)
        {
            if (value.SequenceEqual(strings[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static void AddAlias(string[] aliases, int start, ref int end, string alias)
    {
        if (IndexOf(aliases, start, end, alias) < 0)
        {
            aliases[end++] = alias;
        }
    }

    private static ReadOnlySlice<Quote> CreateQuotes(string text, ReadOnlySpan<QuoteDraft> drafts, Entity[] entityOf, CancellationToken cancellationToken)
    {
        if (drafts.IsEmpty)
        {
            return ReadOnlySlice<Quote>.Empty;
        }

        var quotes = new Quote[drafts.Length];
        for (int i = 0; i < drafts.Length; i++)
        {
            cancellationToken.ThrowIfCancelledAt(i);
            var q = drafts[i];
            var speaker = q.Speaker >= 0 ? entityOf[q.Speaker] : null;
            TextSpan? speakerMention = q.SpeakerStart >= 0 ? SpeakerSpan(text, q.SpeakerStart, q.SpeakerEnd, speaker) : null;
            TextSpan? cue = q.CueStart >= 0 ? Span(text, q.CueStart, q.CueEnd) : null;
            quotes[i] = Quote.FromSource(text, q.Start, q.End, speaker, speakerMention, cue);
        }

        return AsReadOnly(quotes);
    }

    // The words a quote is attributed to are usually a mention of its speaker: they share its string. The mentions
    // are in text order, so a binary search finds it: a speaker quoted all through a long document has as many
    // mentions as quotes, and a scan per quote would be quadratic.
    private static TextSpan SpeakerSpan(string text, int start, int end, Entity? speaker)
    {
        if (speaker is not null)
        {
            var mentions = speaker.MentionSpan;
            for (int i = TextOrder.FirstNotBefore<Mention, MentionStartsBefore>(mentions, new(start)); i < mentions.Length && mentions[i].Start == start; i++)
            {
                if (mentions[i].End == end)
                {
                    return new TextSpan(start, end, mentions[i].Text);
                }
            }
        }

        return Span(text, start, end);
    }

    private readonly struct MentionStartsBefore(int start) : ITextOrderProbe<Mention>
    {
        public bool IsBefore(in Mention item) => item.Start < start;
    }

    private static TextSpan Span(string text, int start, int end)
    {
        var written = text.AsSpan(start, end - start);
        return new TextSpan(start, end, Common(written) ?? written.ToString());
    }

    private static ReadOnlySlice<T> AsReadOnly<T>(T[] items) => ReadOnlySlice<T>.Of(items, 0, items.Length);

    private static void SortByPosition(Span<MentionDraft> mentions) =>
        mentions.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

    /// <summary>"The Jerusalem Post" → "Jerusalem Post"; empty when the name does not start with the article.</summary>
    internal static ReadOnlySpan<char> ArticleLess(ReadOnlySpan<char> name) =>
        name.Length > 4 && name.StartsWith("The ", StringComparison.Ordinal) ? name[4..].TrimStart() : default;

    private static EntityType ToPublic(EntityLabel label) => label switch
    {
        EntityLabel.Person => EntityType.Person,
        EntityLabel.Organization => EntityType.Organization,
        EntityLabel.Location => EntityType.Location,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Misc mentions are never public."),
    };

    /// <summary>What an entity is called and what kind it is, apart from its mentions.</summary>
    private readonly record struct EntityHead(string Id, string Name, EntityLabel Label);

    /// <summary>The <see cref="EntityHead"/> of each entity of a result being built, by index.</summary>
    private interface IEntityHeads
    {
        EntityHead this[int entity] { get; }
    }

    /// <summary>A document analysed alone: identifiers by order of first mention, names from its clusters.</summary>
    private readonly struct DocumentHeads(EntityCluster[] clusters) : IEntityHeads
    {
        public EntityHead this[int entity] => new(IdOf(entity + 1), clusters[entity].Name, clusters[entity].Label);
    }

    /// <summary>A corpus document: the identifiers and names corpus resolution gave.</summary>
    private readonly struct CorpusHeads(CorpusCluster[] clusters) : IEntityHeads
    {
        public EntityHead this[int entity] => new(clusters[entity].GlobalId ?? IdOf(entity + 1), clusters[entity].Name, clusters[entity].Label);
    }

    /// <summary>A corpus document some of whose entities were merged: the heads of the merged entities.</summary>
    private readonly struct MergedHeads(EntityHead[] heads) : IEntityHeads
    {
        public EntityHead this[int entity] => heads[entity];
    }

    /// <summary>
    /// A document's result as offsets, in buffers rented for the time of one build: the entities in order of first
    /// mention, each a run of <see cref="Mentions"/> sorted by position, and the speech quotes.
    /// </summary>
    private readonly struct Draft
    {
        private Draft(EntityCluster[] clusters, int entityCount, int[] entityStarts, MentionDraft[] mentions, QuoteDraft[] quotes, int quoteCount)
        {
            Clusters = clusters;
            EntityCount = entityCount;
            EntityStarts = entityStarts;
            Mentions = mentions;
            Quotes = quotes;
            QuoteCount = quoteCount;
        }

        /// <summary>The cluster behind each entity.</summary>
        public EntityCluster[] Clusters { get; }

        public int EntityCount { get; }

        /// <summary>Entity e's mentions are <see cref="Mentions"/>[EntityStarts[e]..EntityStarts[e + 1]].</summary>
        public int[] EntityStarts { get; }

        public MentionDraft[] Mentions { get; }

        public QuoteDraft[] Quotes { get; }

        public int QuoteCount { get; }

        public static Draft Create(Document document, bool includeQuotes, CancellationToken cancellationToken)
        {
            var all = document.Clusters;

            // Entities in order of first mention. A key packs the offset over the cluster index, so sorting the
            // keys keeps clusters that start together in cluster order, as a stable sort would.
            long[] keys = ArrayPool<long>.Shared.Rent(all.Count);
            int entityCount = 0;
            int mentionCount = 0;
            for (int c = 0; c < all.Count; c++)
            {
                int first = all[c].Label == EntityLabel.Misc ? int.MaxValue : FirstOffset(document, all[c]);
                if (first < int.MaxValue)
                {
                    keys[entityCount++] = ((long)first << 32) | (uint)c;
                    mentionCount += all[c].NameMentions.Count + all[c].ReferenceCount;
                }
            }

            keys.AsSpan(0, entityCount).Sort();
            var clusters = ArrayPool<EntityCluster>.Shared.Rent(entityCount);
            int[] entityOfCluster = ArrayPool<int>.Shared.Rent(all.Count);
            int[] starts = ArrayPool<int>.Shared.Rent(entityCount + 1);
            var mentions = ArrayPool<MentionDraft>.Shared.Rent(mentionCount);
            Array.Fill(entityOfCluster, -1, 0, all.Count);
            int count = 0;
            for (int e = 0; e < entityCount; e++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int c = (int)keys[e];
                var cluster = all[c];
                clusters[e] = cluster;
                entityOfCluster[c] = e;
                starts[e] = count;
                foreach (int m in cluster.NameMentions)
                {
                    var range = document.Mentions[m].Tokens;
                    mentions[count++] = new MentionDraft(document.StartOf(range), document.EndOf(range), MentionKind.Name);
                }

                for (int i = 0; i < cluster.ReferenceCount; i++)
                {
                    var r = cluster.References[i];
                    mentions[count++] = new MentionDraft(r.Start, r.End, r.Kind);
                }

                SortByPosition(mentions.AsSpan(starts[e], count - starts[e]));
            }

            starts[entityCount] = count;
            ArrayPool<long>.Shared.Return(keys);

            int quoteCount = 0;
            var quotes = ArrayPool<QuoteDraft>.Shared.Rent(includeQuotes ? document.Quotes.Count : 0);
            if (includeQuotes)
            {
                foreach (var q in document.Quotes)
                {
                    if (q.IsSpeech)
                    {
                        int speaker = q.SpeakerCluster >= 0 ? entityOfCluster[q.SpeakerCluster] : -1;
                        quotes[quoteCount++] = new QuoteDraft(q.ContentStart, q.ContentEnd, speaker, q.SpeakerStart, q.SpeakerEnd, q.CueStart, q.CueEnd);
                    }
                }
            }

            ArrayPool<int>.Shared.Return(entityOfCluster);
            if (document.DiffersFromSource)
            {
                ToSource(document, mentions.AsSpan(0, count), quotes.AsSpan(0, quoteCount));
            }

            return new Draft(clusters, entityCount, starts, mentions, quotes, quoteCount);
        }

        // The stages ran over the text as SourceText made it; a result points into the caller's.
        private static void ToSource(Document document, Span<MentionDraft> mentions, Span<QuoteDraft> quotes)
        {
            foreach (ref var mention in mentions)
            {
                var (start, end) = document.SourceSpan(mention.Start, mention.End);
                mention = mention with { Start = start, End = end };
            }

            foreach (ref var quote in quotes)
            {
                var (start, end) = document.SourceSpan(quote.Start, quote.End);
                var (speakerStart, speakerEnd) = quote.SpeakerStart >= 0 ? document.SourceSpan(quote.SpeakerStart, quote.SpeakerEnd) : (quote.SpeakerStart, quote.SpeakerEnd);
                var (cueStart, cueEnd) = quote.CueStart >= 0 ? document.SourceSpan(quote.CueStart, quote.CueEnd) : (quote.CueStart, quote.CueEnd);
                quote = new QuoteDraft(start, end, quote.Speaker, speakerStart, speakerEnd, cueStart, cueEnd);
            }
        }

        public ReadOnlySpan<MentionDraft> MentionsOf(int entity) =>
            Mentions.AsSpan(EntityStarts[entity], EntityStarts[entity + 1] - EntityStarts[entity]);

        public void Return()
        {
            ArrayPool<EntityCluster>.Shared.Return(Clusters, clearArray: true);
            ArrayPool<int>.Shared.Return(EntityStarts);
            ArrayPool<MentionDraft>.Shared.Return(Mentions);
            ArrayPool<QuoteDraft>.Shared.Return(Quotes);
        }

        private static int FirstOffset(Document document, EntityCluster cluster)
        {
            int first = int.MaxValue;
            foreach (int m in cluster.NameMentions)
            {
                first = Math.Min(first, document.StartOf(document.Mentions[m].Tokens));
            }

            for (int i = 0; i < cluster.ReferenceCount; i++)
            {
                first = Math.Min(first, cluster.References[i].Start);
            }

            return first;
        }
    }
}
