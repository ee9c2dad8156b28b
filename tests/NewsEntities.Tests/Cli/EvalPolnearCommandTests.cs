namespace NewsEntities.Tests.Cli;

/// <summary>The PolNeAR evaluator's reading of gold quotes and of another system's predictions, on a corpus of one article written for the test.</summary>
public sealed class EvalPolnearCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsentities-polnear-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // The first quote closes with an opening glyph; read by glyph alone, it would open a run that swallows the
    // attribution and leave one gold quote instead of two.
    private const string Text = "\u201CIt's unusual,\u201C said Larry Noble. \u201CIt's a hard thing to do.\u201D\n";

    [Fact]
    public void A_curly_mark_typed_the_wrong_way_round_still_delimits_a_gold_quote()
    {
        WriteArticle();

        var result = CliRunner.Run(null, "eval-polnear", "--split", "train", "--data", folder);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("gold quotes 2,", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_systems_predictions_are_scored_by_the_same_rules()
    {
        WriteArticle();
        int noble = Text.IndexOf("Larry Noble", StringComparison.Ordinal);
        int hard = Text.IndexOf("hard", StringComparison.Ordinal);
        int second = Text.IndexOf("It's a hard", StringComparison.Ordinal);
        string predictions = Path.Combine(folder, "predictions.jsonl");
        File.WriteAllText(predictions,
            $"{{\"document\": \"article\", \"quotes\": [{{\"start\": 1, \"end\": 14, \"speakerStart\": {noble}, \"speakerEnd\": {noble + 11}}}, "
            + $"{{\"start\": {second}, \"end\": {second + 23}, \"speakerStart\": {hard}, \"speakerEnd\": {hard + 4}}}]}}\n");

        var result = CliRunner.Run(null, "eval-polnear", "--split", "train", "--data", folder, "--predictions", predictions);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("found quotes 2", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("speaker accuracy on found quotes: 0.500 (1/2)", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void The_held_out_test_split_is_scored_from_a_folder_that_has_it()
    {
        // The shared data holds no test split; whoever holds it scores the library on it this way.
        WriteArticle("test");

        var result = CliRunner.Run(null, "eval-polnear", "--split", "test", "--data", folder);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("documents 1, gold quotes 2,", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_split_the_folder_lacks_is_named_in_the_message()
    {
        WriteArticle();

        var test = CliRunner.Run(null, "eval-polnear", "--split", "test", "--data", folder);
        var dev = CliRunner.Run(null, "eval-polnear", "--split", "dev", "--data", folder);

        Assert.Equal(2, test.ExitCode);
        Assert.Contains("has no test split", test.StandardError, StringComparison.Ordinal);
        Assert.Contains("held out", test.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, dev.ExitCode);
        Assert.Contains("has no dev split", dev.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", test.StandardError + dev.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"document\": \"article\", \"quotes\": [{\"start\": 10, \"end\": 500}]}", "lies outside the text")]
    [InlineData("{\"document\": \"article\", \"quotes\": [{\"start\": 10, \"end\": 5}]}", "ends before it starts")]
    [InlineData("{\"document\": \"another-article\", \"quotes\": []}", "no article of the train split")]
    [InlineData("{\"document\": \"article\", \"quotes\": []}\n{\"document\": \"article\", \"quotes\": []}", "appears twice")]
    [InlineData("{\"document\": \"article\"}", "expected {\"document\"")]
    [InlineData("not json", "predictions.jsonl:1:")]
    public void Predictions_that_do_not_fit_the_split_are_refused_with_a_message(string lines, string message)
    {
        WriteArticle();
        string predictions = Path.Combine(folder, "predictions.jsonl");
        File.WriteAllText(predictions, lines);

        var result = CliRunner.Run(null, "eval-polnear", "--split", "train", "--data", folder, "--predictions", predictions);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", result.StandardError, StringComparison.Ordinal);
    }

    private void WriteArticle(string split = "train")
    {
        int source = Text.IndexOf("Larry Noble", StringComparison.Ordinal);
        int cue = Text.IndexOf("said", StringComparison.Ordinal);
        string annotation = string.Join('\n',
            $"T1\tSource {source} {source + 11}\tLarry Noble",
            $"T2\tCue {cue} {cue + 4}\tsaid",
            $"T3\tContent 0 {Text.Length - 1}\t-",
            $"T4\tAttribution {cue} {cue + 4}\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            string.Empty);
        Directory.CreateDirectory(Path.Combine(folder, split, "text"));
        Directory.CreateDirectory(Path.Combine(folder, split, "attributions"));
        File.WriteAllText(Path.Combine(folder, split, "text", "article.txt"), Text);
        File.WriteAllText(Path.Combine(folder, split, "attributions", "article_a1.ann"), annotation);
    }
}
