using NewsEntities.Tests.Cli;

namespace NewsEntities.Tests.Rendering;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsentities-render-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Unreadable_files_are_reported_with_a_non_zero_exit_and_the_other_pages_are_still_written()
    {
        string good = Path.Combine(folder, "good.txt");
        File.WriteAllText(good, "Antony Blinken said, \"We will stay.\"");
        string invalid = Path.Combine(folder, "invalid.txt");
        File.WriteAllBytes(invalid, [0x41, 0xC3, 0x28, 0x42]);
        string missing = Path.Combine(folder, "missing.txt");
        string output = Path.Combine(folder, "out");

        var result = CliRunner.Run(null, "render", "--corpus", "--out", output, missing, good, invalid);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{missing}: no such file", result.StandardError, StringComparison.Ordinal);
        Assert.Contains($"{invalid}: not valid UTF-8 text", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(["good.html", "index.html"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        string page = File.ReadAllText(Path.Combine(output, "good.html"));
        Assert.Contains("data-speaker=\"Antony Blinken\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"good.html\"", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_with_the_same_name_get_distinct_pages_and_none_overwrites_the_index()
    {
        Directory.CreateDirectory(Path.Combine(folder, "a"));
        Directory.CreateDirectory(Path.Combine(folder, "b"));
        string first = Path.Combine(folder, "a", "index.txt");
        string second = Path.Combine(folder, "b", "index.txt");
        File.WriteAllText(first, "Reuters reported nothing.");
        File.WriteAllText(second, "Reuters reported more.");
        string output = Path.Combine(folder, "out");

        var result = CliRunner.Run("Blinken spoke.", "render", "--corpus", "--out", output, first, second, "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["index-2.html", "index-3.html", "index.html", "stdin.html"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("reported more.", File.ReadAllText(Path.Combine(output, "index-3.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_folder_is_required() =>
        Assert.NotEqual(0, CliRunner.Run(null, "render", "x.txt").ExitCode);
}
