using NewsEntities.Tests.Acceptance;
using PublicApiGenerator;

namespace NewsEntities.Tests.Api;

/// <summary>
/// Fails on any change to the public API, intended or not. To accept an intended change, copy the
/// <c>PublicApi.received.txt</c> the failure writes over <c>PublicApi.approved.txt</c> and review the diff.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_matches_the_approved_snapshot()
    {
        string api = typeof(NewsExtractor).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        }).ReplaceLineEndings("\n");
        string folder = Path.Combine(RepositoryPaths.Root, "tests", "NewsEntities.Tests", "Api");
        string approvedPath = Path.Combine(folder, "PublicApi.approved.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        string receivedPath = Path.Combine(folder, "PublicApi.received.txt");
        if (api == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, api);
        Assert.Fail($"The public API changed. Review {receivedPath} and, if intended, copy it over {approvedPath}.");
    }
}
