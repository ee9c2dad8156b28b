namespace NewsEntities.Quotes;

/// <summary>How a possible speaker is referred to.</summary>
internal enum CandidateKind : byte
{
    /// <summary>A recognized name ("Blinken", "State Department").</summary>
    Name,

    /// <summary>A subject pronoun ("he", "she", "they").</summary>
    Pronoun,

    /// <summary>A definite description ("the Secretary of State", "the Palestinian leader").</summary>
    Nominal,

    /// <summary>An indefinite description ("a Palestinian politician", "officials"): a speaker that is no named entity.</summary>
    Indefinite,
}
