using NewsEntities.Pipeline;
using Xunit;
using Xunit.Abstractions;

namespace NewsEntities.Tests.TmpDebug;

public sealed class Trace(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var file in new[] { "/tmp/t1.txt", "/tmp/t2.txt" })
        {
            if (!File.Exists(file)) continue;
            string text = File.ReadAllText(file);
            var d = AnalysisPipeline.Default.Run(text, withQuotes: true, CancellationToken.None);
            output.WriteLine($"== {file} paragraphs {d.Paragraphs.Count} sentences {d.Sentences.Count}");
            foreach (var p in d.Paragraphs)
            {
                int s = d.StartOf(p), e = d.EndOf(p);
                output.WriteLine($"P {s}-{e}: {text[s..Math.Min(e, s + 80)].Replace('\n', ' ')}");
            }
        }
    }
}
