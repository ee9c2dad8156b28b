namespace NewsEntities.Tests.Cli;

/// <summary>The PolNeAR evaluator's reading of gold quotes, on a corpus of one article written for the test.</summary>
public sealed class EvalPolnearCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsentities-polnear-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_curly_mark_typed_the_wrong_way_round_still_delimits_a_gold_quote()
    {
        // The first quote closes with an opening glyph; read by glyph alone, it would open a run that swallows the
        // attribution and leave one gold quote instead of two.
        const string text = "\u201CIt's unusual,\u201C said Larry Noble. \u201CIt's a hard thing to do.\u201D\n";
        int source = text.IndexOf("Larry Noble", StringComparison.Ordinal);
        int cue = text.IndexOf("said", StringComparison.Ordinal);
        string annotation = string.Join('\n',
            $"T1\tSource {source} {source + 11}\tLarry Noble",
            $"T2\tCue {cue} {cue + 4}\tsaid",
            $"T3\tContent 0 {text.Length - 1}\t-",
            $"T4\tAttribution {cue} {cue + 4}\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            string.Empty);
        Directory.CreateDirectory(Path.Combine(folder, "train", "text"));
        Directory.CreateDirectory(Path.Combine(folder, "train", "attributions"));
        File.WriteAllText(Path.Combine(folder, "train", "text", "article.txt"), text);
        File.WriteAllText(Path.Combine(folder, "train", "attributions", "article_a1.ann"), annotation);

        var result = CliRunner.Run(null, "eval-polnear", "--split", "train", "--data", folder);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("gold quotes 2,", result.StandardOutput, StringComparison.Ordinal);
    }
}
