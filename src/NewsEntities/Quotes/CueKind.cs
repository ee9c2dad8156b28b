namespace NewsEntities.Quotes;

/// <summary>What a cue word is and how its speaker is found.</summary>
[Flags]
internal enum CueKind : byte
{
    None = 0,

    /// <summary>A reporting verb ("said", "tells", "warned").</summary>
    Verb = 1,

    /// <summary>The -ing form: after a comma its subject is the subject of the main clause ("..., adding that").</summary>
    Participle = 2,

    /// <summary>The word is also a noun ("claim", "report"): not a cue after a determiner.</summary>
    AlsoNoun = 4,

    /// <summary>A cue only with a particle after it: "call for", "call on", "point out".</summary>
    NeedsParticle = 8,

    /// <summary>A noun that carries speech: "statement", "remarks"; its speaker is the possessor or the subject.</summary>
    Nominal = 16,

    /// <summary>"according to": the speaker follows the cue.</summary>
    SpeakerAfter = 32,

    /// <summary>A verb whose object is the listener ("told reporters", "assured him"): never the speaker.</summary>
    TakesListener = 64,
}
