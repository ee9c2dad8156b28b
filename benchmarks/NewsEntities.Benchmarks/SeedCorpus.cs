namespace NewsEntities.Benchmarks;

/// <summary>The seed articles, found by walking up from the working directory to the repository's seeds folder.</summary>
internal static class SeedCorpus
{
    public static IReadOnlyList<string> Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string seeds = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(seeds, "gold.quotes.json")))
            {
                return Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
            }
        }

        throw new DirectoryNotFoundException("The repository's seeds folder was not found above " + AppContext.BaseDirectory);
    }
}
