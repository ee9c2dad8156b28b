namespace NewsEntities.Recognition.Statistical;

/// <summary>The lists a gazetteer phrase can belong to; at most 16, because a token's matches pack into 64 bits.</summary>
internal enum GazetteerCategory
{
    FirstName,
    LastName,
    Country,
    City,
    Region,
    Nationality,
    OrganizationWord,
    PersonTitle,
    PersonName,
    PlaceName,
    OrganizationName,
    LocationWord,
    FunctionWord,
}
