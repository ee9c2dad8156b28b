namespace NewsEntities.Recognition;

/// <summary>
/// The recognizer's labels. <see cref="Misc"/> (nationalities, events, works) helps the model tell what is not a
/// person, organization or place; it never reaches the public types.
/// </summary>
internal enum EntityLabel : byte
{
    Person,
    Organization,
    Location,
    Misc,
}
