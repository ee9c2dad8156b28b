namespace NewsEntities.Resolution;

/// <summary>
/// What the alias stage needs while it groups one document's mentions: per-mention arrays, the document's
/// comparison keys as numbers (<see cref="KeyTable"/>), the indexes by key number, the union-find and a
/// per-document set of the strings it made. Kept with a <see cref="Pipeline.Document"/> so that a reused document
/// brings them along: made afresh for each document they were most of what the stage allocated. Used by one
/// analysis at a time, like the document that holds it.
/// </summary>
/// <remarks>
/// Nothing here outlives the document's analysis in a way a caller can see: the strings it hands out (mention
/// texts and names, given names, keys for a corpus) are fresh for each document and never reused for another one,
/// because the set that shares them is emptied with the document (<see cref="Clear"/>), as are the key table's
/// characters; only containers are reused. Keys are strings only where a corpus keeps them
/// (<see cref="KeyString"/>): one document at a time, the stage compares and indexes key numbers and makes no
/// string for a key.
/// </remarks>
internal sealed class AliasWorkspace
{
    /// <summary>Past this many mentions (or dictionary entries) the workspace is not kept; the document's own token bound normally decides first.</summary>
    public const int MaxRetainedMentions = Pipeline.Document.MaxRetainedTokens;

    // Owned index lists, handed out in order and taken back all at once by Clear: the dictionaries' values.
    private readonly List<List<int>> lists = [];
    private int listsUsed;

    // The clusters of the current document, reused: nothing keeps an EntityCluster past its document's analysis.
    private readonly List<EntityCluster> clusters = [];
    private int clustersUsed;

    // Role phrases are written here before the person's roles are searched for them (RoleExtractor).
    private char[] roleChars = [];

    // The strings made for the current document, so that a name written ten times is one string, not ten.
#if NET9_0_OR_GREATER
    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
#endif

    // Each mention's name text, words joined by single spaces, written one after another in one buffer; a text
    // becomes a string only where one is needed (a cluster's name, a registered-name match, a place alias).
    private char[] textChars = [];
    private int textLength;
    private (int Start, int Length)[] textSpans = [];

    /// <summary>The strings made of mention texts so far (<see cref="TextString"/>), by mention.</summary>
    public string?[] Texts { get; private set; } = [];

    /// <summary>
    /// The comparison keys of the document, by number: the stage indexes and compares numbers, and makes a key a
    /// string only for corpus resolution (<see cref="KeyString"/>).
    /// </summary>
    public KeyTable KeyTable { get; } = new();

    /// <summary>Per mention, the number of its comparison key in <see cref="KeyTable"/>, or -1.</summary>
    public int[] Keys { get; private set; } = [];

    public PersonKey?[] Persons { get; private set; } = [];

    /// <summary>Per mention, then per token: scratch the stage fills before each use.</summary>
    public int[] RootCluster { get; private set; } = [];

    public int[] MentionAt { get; private set; } = [];

    public UnionFind Groups { get; } = new();

    // The indexes below are keyed by key numbers (KeyTable).
    public Dictionary<int, List<int>> FullNames { get; } = [];

    public Dictionary<int, int> LastBare { get; } = [];

    // The first full name of each word before a full name's last (key number of the word in lower case), or -1
    // when full names of two surnames have it.
    public Dictionary<int, int> FullByNameWord { get; } = [];

    public Dictionary<int, int> OrganizationsByKey { get; } = [];

    public Dictionary<int, List<int>> FullByInitials { get; } = [];

    public Dictionary<(int First, int Last), List<int>> FullByEnds { get; } = [];

    // The first mention of the one multi-word organization whose key has a word as its head (as the first of two
    // words), or -1 when two do.
    public Dictionary<int, int> OrganizationsByHead { get; } = [];

    public Dictionary<int, int> OrganizationsByFirstWord { get; } = [];

    public Dictionary<int, List<int>> AcronymsByLetters { get; } = [];

    public Dictionary<int, List<int>> AcronymsBySpelledOut { get; } = [];

    public Dictionary<int, int> PlacesByKey { get; } = [];

    public Dictionary<int, int> FirstOfTag { get; } = [];

    /// <summary>Registered names claimed in the text, the mentions they replace, and the mentions kept (registered entities only).</summary>
    public List<Recognition.NamedMention> Claimed { get; } = [];

    public HashSet<int> Replaced { get; } = [];

    public List<Recognition.NamedMention> KeptMentions { get; } = [];

    /// <summary>Whether the storage is small enough to keep for another document.</summary>
    public bool IsReusable => Texts.Length <= MaxRetainedMentions && textChars.Length <= 8 * MaxRetainedMentions && MentionAt.Length <= MaxRetainedMentions
        && Groups.Capacity <= MaxRetainedMentions && lists.Count <= MaxRetainedMentions
        && clusters.Count <= MaxRetainedMentions && roleChars.Length <= MaxRetainedMentions && KeyTable.Capacity <= MaxRetainedMentions;

    /// <summary>Sizes the per-mention and per-token arrays for a document; their first items are cleared.</summary>
    public void Prepare(int mentions, int tokens)
    {
        if (Texts.Length < mentions)
        {
            int size = Math.Max(mentions, Texts.Length * 2);
            Texts = new string?[size];
            textSpans = new (int, int)[size];
            Keys = new int[size];
            Persons = new PersonKey?[size];
            RootCluster = new int[size];
        }
        else
        {
            Array.Clear(Texts, 0, mentions);
            Array.Clear(textSpans, 0, mentions);
            Array.Clear(Persons, 0, mentions);
        }

        Array.Fill(Keys, -1, 0, mentions);

        if (MentionAt.Length < tokens)
        {
            MentionAt = new int[Math.Max(tokens, MentionAt.Length * 2)];
        }
    }

    /// <summary>Room for the text of mention <paramref name="m"/>, to be filled with exactly <paramref name="length"/> characters.</summary>
    public Span<char> TextBuffer(int m, int length)
    {
        if (textChars.Length - textLength < length)
        {
            Array.Resize(ref textChars, Math.Max(textLength + length, Math.Max(256, textChars.Length * 2)));
        }

        textSpans[m] = (textLength, length);
        var buffer = textChars.AsSpan(textLength, length);
        textLength += length;
        return buffer;
    }

    /// <summary>The name text of mention <paramref name="m"/>, valid until <see cref="Clear"/>.</summary>
    public ReadOnlySpan<char> TextOf(int m) => textChars.AsSpan(textSpans[m].Start, textSpans[m].Length);

    /// <summary>The name text of mention <paramref name="m"/> as a string, made once.</summary>
    public string TextString(int m) => Texts[m] ??= Intern(TextOf(m));

    /// <summary>Key number <paramref name="key"/> of <see cref="KeyTable"/> as a string, made once per document.</summary>
    public string KeyString(int key) => Intern(KeyTable.Of(key));

    /// <summary>An empty list of the workspace's, valid until <see cref="Clear"/>.</summary>
    public List<int> RentList()
    {
        if (listsUsed == lists.Count)
        {
            lists.Add([]);
        }

        var list = lists[listsUsed++];
        list.Clear();
        return list;
    }

    /// <summary>A buffer of at least <paramref name="length"/> characters for a role phrase being written.</summary>
    public char[] RoleBuffer(int length)
    {
        if (roleChars.Length < length)
        {
            roleChars = new char[Math.Max(length, Math.Max(64, roleChars.Length * 2))];
        }

        return roleChars;
    }

    /// <summary>A cluster as new, valid until <see cref="Clear"/>.</summary>
    public EntityCluster RentCluster(Recognition.EntityLabel label, string name)
    {
        if (clustersUsed == clusters.Count)
        {
            clusters.Add(new EntityCluster(label, name));
        }

        var cluster = clusters[clustersUsed++];
        cluster.Reset(label, name);
        return cluster;
    }

    /// <summary>
    /// The characters as a string: the same string as before when the document already made one with them (on
    /// .NET 9 and later, where a set can be searched by span; before that, a new string each time).
    /// </summary>
    public string Intern(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return string.Empty;
        }

#if NET9_0_OR_GREATER
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out string? known))
        {
            return known;
        }

        string made = chars.ToString();
        strings.Add(made);
        return made;
#else
        return chars.ToString();
#endif
    }

    /// <summary>
    /// Empties everything, keeping the storage: no string or index of this document stays reachable from the
    /// workspace, so a document waiting in a pool holds none of a past caller's data. Called when the document is
    /// reset, as the clusters handed out are in the document's cluster list until then.
    /// </summary>
    public void Clear()
    {
        for (int i = 0; i < clustersUsed; i++)
        {
            clusters[i].Reset(default, string.Empty);
        }

        clustersUsed = 0;
        Begin();

        // Kept by Begin, as the clusters' keys are its numbers (a second run numbers the same keys alike).
        KeyTable.Clear();
    }

    /// <summary>
    /// Empties the per-run state before the stage runs, but not the clusters already handed out: they stay valid
    /// should the stage run again on a document that was not reset.
    /// </summary>
    public void Begin()
    {
        Array.Clear(Texts);
        Array.Clear(textChars, 0, textLength);
        Array.Clear(roleChars);
        textLength = 0;
        Array.Fill(Keys, -1);
        Array.Clear(Persons);
        for (int i = 0; i < listsUsed; i++)
        {
            lists[i].Clear();
        }

        listsUsed = 0;
        FullNames.Clear();
        LastBare.Clear();
        FullByNameWord.Clear();
        OrganizationsByKey.Clear();
        FullByInitials.Clear();
        FullByEnds.Clear();
        OrganizationsByHead.Clear();
        OrganizationsByFirstWord.Clear();
        AcronymsByLetters.Clear();
        AcronymsBySpelledOut.Clear();
        PlacesByKey.Clear();
        FirstOfTag.Clear();
        Claimed.Clear();
        Replaced.Clear();
        KeptMentions.Clear();
#if NET9_0_OR_GREATER
        strings.Clear();
#endif
    }
}
