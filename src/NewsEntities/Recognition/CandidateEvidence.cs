namespace NewsEntities.Recognition;

/// <summary>Why a candidate got its label; the rules overrule weak evidence and keep strong evidence.</summary>
internal enum CandidateEvidence : byte
{
    /// <summary>No label yet: a capitalized word the document itself must explain (a surname seen earlier in full).</summary>
    Unresolved,

    /// <summary>Word shape alone: an all-caps acronym, a run of unknown capitalized words.</summary>
    Shape,

    /// <summary>Context: a title before it, "town of", "said" after it.</summary>
    Context,

    /// <summary>A gazetteer, a given name or a keyword of the name itself.</summary>
    Lexicon,

    /// <summary>A statistical model.</summary>
    Model,
}
