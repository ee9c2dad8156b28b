namespace NewsEntities.Lexicons;

/// <summary>What a gazetteer place name stands for; countries are the surest, towns the most ambiguous.</summary>
internal enum PlaceKind : byte
{
    Country,
    Region,
    Town,
}
