using NewsEntities.Lexicons;
using NewsEntities.Recognition;

namespace NewsEntities.Resolution;

/// <summary>
/// The caller's registered entities, validated and indexed for the resolver: which entity a mention text names
/// exactly, which entity a person's full name fits, and where registered names are written in raw text.
/// </summary>
/// <remarks>
/// Immutable after construction, so one table serves every thread. Exact matching ignores case and a leading
/// "the" (a mention the recognizer already calls a name); finding unrecognized names in raw text is
/// case-sensitive, so the alias "Burns" never claims the verb "burns".
/// </remarks>
internal sealed class KnownEntityTable
{
    private readonly Dictionary<string, int> byKey;
    private readonly Dictionary<char, (string Text, int Entity)[]> byFirstChar;
    private readonly List<(PersonName Name, int Entity)> fullNames;

    private KnownEntityTable(IReadOnlyList<KnownEntity> entities, Lexicon lexicon)
    {
        Entities = entities;
        Labels = new EntityLabel[entities.Count];
        byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        fullNames = [];
        var written = new Dictionary<char, List<(string, int)>>();
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            Labels[e] = ToLabel(entity.Type);
            foreach (string name in entity.Aliases.Prepend(entity.Name))
            {
                string key = OrganizationNames.Key(name);
                if (byKey.TryGetValue(key, out int owner))
                {
                    if (owner != e)
                    {
                        throw new ArgumentException(
                            $"The name \"{name}\" is registered for two known entities: \"{entities[owner].Name}\" and \"{entity.Name}\". A name may belong to one entity only.",
                            "options");
                    }

                    continue;
                }

                byKey[key] = e;
                string trimmed = name.Trim();
                if (!written.TryGetValue(trimmed[0], out var list))
                {
                    list = [];
                    written[trimmed[0]] = list;
                }

                list.Add((trimmed, e));
                if (entity.Type == EntityType.Person && PersonName.Parse(Words(trimmed), lexicon) is { Given: not null } person)
                {
                    fullNames.Add((person, e));
                }
            }
        }

        // Longest first, so "Bill Burns" is claimed before "Burns" could be.
        byFirstChar = written.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(v => v.Item1.Length).ToArray());
    }

    /// <summary>A table with no entities: every lookup misses.</summary>
    public static KnownEntityTable Empty { get; } = new([], Lexicon.Default);

    /// <summary>The registered entities, in registration order; an entity's index is its position here.</summary>
    public IReadOnlyList<KnownEntity> Entities { get; }

    /// <summary>The recognizer label of each entity's type.</summary>
    public EntityLabel[] Labels { get; }

    public bool IsEmpty => Entities.Count == 0;

    /// <summary>Validates the caller's registrations and copies them, so later changes to the caller's lists have no effect.</summary>
    /// <exception cref="ArgumentNullException">The list, an entity, its name or its aliases are null.</exception>
    /// <exception cref="ArgumentException">A name is empty, a type is undefined, or a name belongs to two entities.</exception>
    public static KnownEntityTable Create(IReadOnlyList<KnownEntity> entities, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(entities, "options.KnownEntities");
        var copies = new List<KnownEntity>(entities.Count);
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e] ?? throw new ArgumentNullException("options", $"Known entity #{e} is null.");
            if (string.IsNullOrWhiteSpace(entity.Name))
            {
                throw new ArgumentException($"Known entity #{e} has an empty name.", "options");
            }

            if (!Enum.IsDefined(entity.Type))
            {
                throw new ArgumentException($"Known entity \"{entity.Name}\" has an undefined type {(int)entity.Type}.", "options");
            }

            if (entity.Aliases is null)
            {
                throw new ArgumentNullException("options", $"Known entity \"{entity.Name}\" has a null alias list; use an empty list for none.");
            }

            var aliases = new List<string>(entity.Aliases.Count);
            foreach (string? alias in entity.Aliases)
            {
                if (string.IsNullOrWhiteSpace(alias))
                {
                    throw new ArgumentException($"Known entity \"{entity.Name}\" has a null or empty alias.", "options");
                }

                aliases.Add(alias.Trim());
            }

            copies.Add(new KnownEntity(entity.Name.Trim(), entity.Type, aliases.AsReadOnly()));
        }

        return new KnownEntityTable(copies.AsReadOnly(), lexicon);
    }

    /// <summary>The entity a recognized mention names: its exact text, else (people) a fitting full name; or -1.</summary>
    /// <param name="text">The mention's name text, tokens joined by spaces.</param>
    /// <param name="person">The mention parsed as a person's name, when the recognizer or the exact match says person.</param>
    /// <param name="nicknames">For given-name compatibility ("Bill", "William", "Williams").</param>
    public int Match(string text, PersonName? person, NicknameTable nicknames)
    {
        if (IsEmpty)
        {
            return -1;
        }

        if (byKey.TryGetValue(OrganizationNames.Key(text), out int exact))
        {
            return exact;
        }

        if (person is not { Given: { } given })
        {
            return -1;
        }

        // Same surname and a compatible given name ("Williams Burns" for "William J. Burns"), when only one
        // registered entity fits: two registered Burnses leave the decision to the ordinary rules.
        int found = -1;
        foreach (var (name, entity) in fullNames)
        {
            if (name.SurnameKey == person.Value.SurnameKey && PersonName.GivenNamesCompatible(name.Given!, given, nicknames))
            {
                if (found >= 0 && found != entity)
                {
                    return -1;
                }

                found = entity;
            }
        }

        return found;
    }

    /// <summary>The registered names that start with <paramref name="first"/>, longest first.</summary>
    /// <remarks>
    /// A span of the table's own array, with <see cref="IsWrittenAt"/> for the test: this runs for every token of
    /// every document, where an iterator would be an object per call.
    /// </remarks>
    public ReadOnlySpan<(string Text, int Entity)> CandidatesAt(char first) =>
        !IsEmpty && byFirstChar.TryGetValue(first, out var candidates) ? candidates : default;

    /// <summary>Whether <paramref name="name"/> is written at <paramref name="start"/> of <paramref name="text"/> with exactly that spelling.</summary>
    public bool IsWrittenAt(string text, int start, string name) =>
        string.CompareOrdinal(text, start, name, 0, name.Length) == 0 && start + name.Length <= text.Length;

    /// <summary>The words of a registered name without punctuation-only pieces, as the resolver reads mentions.</summary>
    public static List<string> Words(string name) =>
        [.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(w => w.Any(char.IsLetterOrDigit))];

    private static EntityLabel ToLabel(EntityType type) => type switch
    {
        EntityType.Person => EntityLabel.Person,
        EntityType.Organization => EntityLabel.Organization,
        _ => EntityLabel.Location,
    };
}
