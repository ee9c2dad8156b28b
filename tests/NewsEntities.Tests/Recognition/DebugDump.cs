using NewsEntities.Pipeline;
using NewsEntities.Tests.Acceptance;
using Xunit.Abstractions;

namespace NewsEntities.Tests.Recognition;

public sealed class DebugDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var gold = SeedGold.Load();
        foreach (var d in gold.Documents)
        {
            var doc = AnalysisPipeline.Default.Run(d.Text, withQuotes: false, CancellationToken.None);
            output.WriteLine("=== " + d.File);
            foreach (var m in doc.Mentions)
            {
                output.WriteLine($"{m.Label}\t{doc.Slice(doc.StartOf(m.Tokens), doc.EndOf(m.Tokens))}");
            }
        }
    }
}
