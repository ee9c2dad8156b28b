namespace NewsEntities.Quotes;

/// <summary>
/// The words that signal speech: reporting verbs in every inflection, and the few nouns that carry speech
/// ("statement", "remarks"). Verbs are listed by base form; regular inflections are generated, irregular ones are
/// given after slashes (base/past/participle). A trailing '*' marks a verb that is also a common noun ("claim"),
/// which is no cue after a determiner; a trailing '+' one that is a cue only with a particle ("call for"), or,
/// for "call", before an object pronoun ("calling her "a rising star""); a leading '&gt;' one whose object is the
/// listener ("told reporters").
/// </summary>
internal static class ReportingVerbs
{
    private static readonly string[] Verbs =
    [
        "say/said", ">tell/told", "add", "note*", "warn", "insist", "acknowledge", "concede", "tweet*", "write/wrote/written",
        "stress*", "lament*", "accuse", "call+*", "reveal", "announce", "claim*", "state*", "declare", "explain", "argue",
        "assert", "affirm", "reaffirm", "confirm", "deny", "admit/admitted", "recall*", "remark*", "observe",
        "comment*", "reply*", "respond", "answer*", "ask", ">urge", "demand*", "complain", "predict", "promise*",
        "pledge*", "vow*", "threaten", "suggest", "propose", "recommend", "report*", "describe", "emphasise",
        "emphasize", "underline", "underscore", "point+", "indicate", ">assure", ">reassure", "maintain", "contend",
        "allege", "charge*", "blast*", "slam/slammed", "criticise", "criticize", "condemn", "denounce", "praise*",
        "hail*", "welcome*", "tout", "boast*", "joke*", "quip/quipped", "muse", "wonder", "recount", "testify",
        "reiterate", "repeat", "conclude", "agree", "disagree", "concur/concurred", "retort*", "rebut/rebutted",
        "dismiss", "object*", "protest*", "question*", "caution*", "advise", ">inform", "disclose", "divulge",
        "estimate*", "forecast/forecast/forecast", "rationalise", "rationalize", "posit",
        "shout*", "scream*", "yell*", "whisper*", "cry*", "exclaim", "plead", ">beg/begged", ">implore", "appeal*",
        ">remind", "signal*", "highlight", "mention", "outline", "specify", "clarify", "elaborate", "characterise",
        "characterize", "proclaim", "profess", "attest", "swear/swore/sworn", "vouch", "dispute*", "refute",
        "reject", "fume", "grumble", "regret/regretted", "apologise", "apologize", ">thank", ">congratulate",
        "guarantee*", "confess", "speak/spoke/spoken", "opine", "venture", "speculate", "surmise", "announce",
        "demur/demurred", "interject", "intone", "chime", "snap/snapped", "scoff",
        "sneer", "concede", "recollect", "confide", "narrate", "post*", "email*", "pronounce",
        "envisage", "envision", "acknowledge", "lambast", "castigate", "decry", "deplore", "bemoan", "mourn",
        "cite", "deride", "insult", "chant", "dub/dubbed", "label*", "brand*", "mock*", "ridicule*", "lambaste", "scold",
        "rebuke*", "retweet*", "quote*", "exhort", "assail", "continue", "echo", "chide", "find/found", "read/read/read*", "bark", "needle", "fire+*", "hit/hit/hit+*", "shoot/shot/shot+*",
        "crack*", "coin", "sing/sang/sung", "beam", "retaliate", "react", "riff", "remember", "press*",
        "fret/fretted", "marvel/marveled", "gush", "enthuse", "gripe*", "groan*", "mutter", "murmur*", "taunt*", "jeer*",
        "gloat", "boom*", "thunder*", "growl*", "rant*", "counter*", "reckon", "text*", "sigh*", "brag/bragged", "hint*",
        "inquire", "enquire", "query*", "chuckle*", "laugh*", "summarize", "summarise", "theorize", "theorise",
    ];

    // Nouns that carry speech: "Blinken's remarks", "in a statement".
    private static readonly string[] Nouns =
    [
        "statement", "statements", "remarks", "comments", "interview", "speech", "testimony", "words", "message",
        "announcement", "declaration",
    ];

    /// <summary>The table, built once.</summary>
    public static SpanWordTable<CueKind> Table { get; } = Build();

    /// <summary>Nouns of speech that are no cue of their own but name someone's words ("her claim that").</summary>
    private static readonly SpanWordTable<bool> SpeechNounTable = new(new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        ["assertion"] = true, ["warning"] = true, ["suggestion"] = true, ["accusation"] = true, ["insistence"] = true,
        ["contention"] = true, ["prediction"] = true,
    });

    /// <summary>
    /// Whether <paramref name="word"/> is a noun of speech: a speech noun ("statement", "remarks"), a reporting
    /// verb that is also a noun ("claim", "pledge") or a nominalization of one ("assertion", "warning").
    /// </summary>
    public static bool IsSpeechNoun(ReadOnlySpan<char> word) =>
        (Table.TryGetValue(word, out var kind) && (kind & (CueKind.AlsoNoun | CueKind.Nominal)) != 0 && (kind & CueKind.Participle) == 0)
        || SpeechNounTable.TryGetValue(word, out _);

    private static SpanWordTable<CueKind> Build()
    {
        var entries = new Dictionary<string, CueKind>(StringComparer.OrdinalIgnoreCase);
        foreach (string spec in Verbs)
        {
            string s = spec;
            var flags = CueKind.Verb;
            if (s.StartsWith('>'))
            {
                flags |= CueKind.TakesListener;
                s = s[1..];
            }

            while (s.EndsWith('*') || s.EndsWith('+'))
            {
                flags |= s.EndsWith('*') ? CueKind.AlsoNoun : CueKind.NeedsParticle;
                s = s[..^1];
            }

            string[] parts = s.Split('/');
            string lemma = parts[0];
            string past = parts.Length > 1 ? parts[1] : Past(lemma);
            string participle = parts.Length > 2 ? parts[2] : past;
            string ing = Ing(lemma, past);
            entries.TryAdd(lemma, flags);
            entries.TryAdd(ThirdPerson(lemma), flags);
            entries.TryAdd(past, flags & ~CueKind.AlsoNoun);
            entries.TryAdd(participle, flags & ~CueKind.AlsoNoun);
            entries.TryAdd(ing, (flags & ~CueKind.AlsoNoun) | CueKind.Participle);
        }

        foreach (string noun in Nouns)
        {
            entries.TryAdd(noun, CueKind.Nominal);
        }

        entries["according"] = CueKind.SpeakerAfter | CueKind.NeedsParticle;
        return new SpanWordTable<CueKind>(entries);
    }

    private static string ThirdPerson(string lemma)
    {
        if (lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal)
            || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith('o'))
        {
            return lemma + "es";
        }

        return EndsInConsonantY(lemma) ? lemma[..^1] + "ies" : lemma + "s";
    }

    private static string Past(string lemma)
    {
        if (lemma.EndsWith('e'))
        {
            return lemma + "d";
        }

        return EndsInConsonantY(lemma) ? lemma[..^1] + "ied" : lemma + "ed";
    }

    private static string Ing(string lemma, string past)
    {
        // A doubled final consonant in the past ("admitted") doubles in the -ing form too ("admitting").
        if (past.Length == lemma.Length + 3 && past.EndsWith("ed", StringComparison.Ordinal) && past[lemma.Length] == lemma[^1])
        {
            return past[..^2] + "ing";
        }

        if (lemma.EndsWith("ie", StringComparison.Ordinal))
        {
            return lemma[..^2] + "ying";
        }

        if (lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal))
        {
            return lemma[..^1] + "ing";
        }

        return lemma + "ing";
    }

    private static bool EndsInConsonantY(string lemma) =>
        lemma.Length > 1 && lemma[^1] == 'y' && "aeiou".IndexOf(lemma[^2], StringComparison.Ordinal) < 0;
}
