namespace NewsEntities;

/// <summary>How a <see cref="Mention"/> refers to its entity.</summary>
public enum MentionKind
{
    /// <summary>A proper name or part of one: "Antony Blinken", "Blinken", "PA".</summary>
    Name,

    /// <summary>A personal pronoun: "he", "she", "they".</summary>
    Pronoun,

    /// <summary>A description that stands for a named entity: "the Secretary of State", "the Palestinian leader".</summary>
    Nominal,
}
