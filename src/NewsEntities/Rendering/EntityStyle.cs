namespace NewsEntities.Rendering;

/// <summary>How each entity type is named and styled on a page.</summary>
internal static class EntityStyle
{
    public static readonly EntityType[] Types = [EntityType.Person, EntityType.Organization, EntityType.Location];

    public static string CssClass(EntityType type) => type switch
    {
        EntityType.Person => "per",
        EntityType.Organization => "org",
        _ => "loc",
    };

    public static string Label(EntityType type) => type switch
    {
        EntityType.Person => "Person",
        EntityType.Organization => "Organization",
        _ => "Location",
    };

    public static string Plural(EntityType type) => type switch
    {
        EntityType.Person => "People",
        EntityType.Organization => "Organizations",
        _ => "Places",
    };
}
