namespace NewsEntities.Resolution;

/// <summary>Grammatical gender as far as it can be told, for matching pronouns to people.</summary>
internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}
