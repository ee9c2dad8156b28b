using System.Diagnostics;
using NewsEntities.Tests.Acceptance;
using Xunit.Abstractions;

namespace NewsEntities.Tests.Packaging;

/// <summary>
/// Meets the package the way a new user does: pack it into a folder feed, create a console app with
/// <c>dotnet new console</c>, add the package from the feed, call <c>ExtractQuotes</c> on a seed and run it.
/// </summary>
public sealed class ConsumerTests(ITestOutputHelper output) : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("newsentities-consumer-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_fresh_console_app_installs_the_package_and_prints_speakers()
    {
        string feed = Path.Combine(root, "feed");
        string app = Path.Combine(root, "app");
        string seed = Path.Combine(RepositoryPaths.Seeds, "004_22a50d3ed5d3e29f.txt");

        Dotnet(RepositoryPaths.Root, "pack", "src/NewsEntities/NewsEntities.csproj", "-c", "Release", "-o", feed);
        Dotnet(root, "new", "console", "-o", app, "--framework", "net10.0");
        Dotnet(app, "add", "package", "NewsEntities", "--source", feed);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using NewsEntities;

            var extractor = NewsExtractor.CreateDefault();
            foreach (var quote in extractor.ExtractQuotes(File.ReadAllText(args[0])))
            {
                Console.WriteLine($"{quote.Speaker?.Name ?? "(unknown)"}\t{quote.Text}");
            }
            """);
        string printed = Dotnet(app, "run", "--", seed);

        var speakers = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]).ToList();
        var expected = NewsExtractor.CreateDefault().ExtractQuotes(File.ReadAllText(seed)).Select(q => q.Speaker?.Name ?? "(unknown)").ToList();
        Assert.Equal(expected, speakers);
    }

    private string Dotnet(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A private package cache: the global one would keep serving an older build of the same version.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(root, "packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish in five minutes");
        }

        output.WriteLine($"$ dotnet {string.Join(' ', args)}\n{stdout.Result}{stderr.Result}");
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
