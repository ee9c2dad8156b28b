namespace NewsEntities.Tests.Acceptance;

/// <summary>Locates the repository root (and ../shared beside it) from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsEntities.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("NewsEntities.sln not found above " + AppContext.BaseDirectory);
    }
}
