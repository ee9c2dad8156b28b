namespace NewsEntities;

/// <summary>The kind of real-world thing an <see cref="Entity"/> is.</summary>
public enum EntityType
{
    /// <summary>A person, named or referred to by a pronoun or role.</summary>
    Person,

    /// <summary>A company, government body, party, agency, news outlet or other organization.</summary>
    Organization,

    /// <summary>A country, region, city or other place.</summary>
    Location,
}
