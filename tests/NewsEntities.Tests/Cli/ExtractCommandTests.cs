using System.Text.Json;
using NewsEntities.Tests.Acceptance;

namespace NewsEntities.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsentities-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Prints_one_json_line_per_file_in_input_order_with_offsets_into_the_text()
    {
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Take(3).ToArray();
        var relative = seeds.Select(s => Path.GetRelativePath(RepositoryPaths.Root, s)).Reverse().ToArray();

        var result = CliRunner.Run(null, ["extract", .. relative]);

        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(relative.Length, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            Assert.Equal(["document", "entities", "quotes"], root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(relative[i], root.GetProperty("document").GetString());
            AssertOffsetsMatch(File.ReadAllText(Path.Combine(RepositoryPaths.Root, relative[i])), root);
        }
    }

    [Fact]
    public void A_bom_is_skipped_and_not_counted_and_stdin_is_read_for_a_dash()
    {
        const string text = "Blinken said, \"We will stay.\"";
        string path = Path.Combine(folder, "bom.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);

        var fromFile = CliRunner.Run(null, "extract", path);
        var fromStdin = CliRunner.Run(text, "extract", "-");

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(0, fromStdin.ExitCode);
        using var fileJson = JsonDocument.Parse(fromFile.StandardOutput);
        using var stdinJson = JsonDocument.Parse(fromStdin.StandardOutput);
        AssertOffsetsMatch(text, fileJson.RootElement);
        Assert.Equal("-", stdinJson.RootElement.GetProperty("document").GetString());
        Assert.Equal(fileJson.RootElement.GetProperty("quotes").GetRawText(), stdinJson.RootElement.GetProperty("quotes").GetRawText());
    }

    [Fact]
    public void Unreadable_inputs_are_reported_on_stderr_with_a_non_zero_exit_after_the_other_files()
    {
        string good = Path.Combine(folder, "good.txt");
        File.WriteAllText(good, "Reuters reported nothing.");
        string invalid = Path.Combine(folder, "invalid.txt");
        File.WriteAllBytes(invalid, [0x41, 0xC3, 0x28, 0x42]);
        string missing = Path.Combine(folder, "missing.txt");
        string binary = Path.Combine(folder, "image.png");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 256))]);

        var result = CliRunner.Run(null, "extract", missing, good, folder, invalid, binary);

        Assert.NotEqual(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        using var json = JsonDocument.Parse(line);
        Assert.Equal(good, json.RootElement.GetProperty("document").GetString());
        Assert.Contains("missing.txt: no such file", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("is a directory", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("invalid.txt: not valid UTF-8", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("image.png: not valid UTF-8", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(4, result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Jsonl_input_gives_one_line_per_json_string_and_stats_go_to_stderr()
    {
        string path = Path.Combine(folder, "corpus.jsonl");
        File.WriteAllLines(path, ["\"Blinken said, \\\"We will stay.\\\"\"", "{\"not\": \"a string\"}", "", "\"Second document\""]);

        var result = CliRunner.Run(null, "extract", "--input", "jsonl", "--stats", "--threads", "1", path);

        Assert.Equal(1, result.ExitCode);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([path + ":1", path + ":4"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetString()));
        Assert.Contains(path + ":2: not a JSON string", result.StandardError, StringComparison.Ordinal);
        string statsLine = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        using var stats = JsonDocument.Parse(statsLine);
        Assert.Equal(
            ["documents", "bytes", "seconds", "mbPerSecond", "modelLoadSeconds", "warmUpSeconds", "cpuSeconds", "jitSeconds", "allocatedMB", "gcPauseSeconds", "gcCounts"],
            stats.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, stats.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal("Blinken said, \"We will stay.\"".Length + "Second document".Length, stats.RootElement.GetProperty("bytes").GetInt64());
    }

    [Fact]
    public void Corpus_mode_gives_an_entity_one_id_and_one_name_on_every_line()
    {
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(s => Path.GetRelativePath(RepositoryPaths.Root, s)).ToArray();

        var result = CliRunner.Run(null, ["extract", "--corpus", .. seeds]);

        Assert.Equal(0, result.ExitCode);
        var nameById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            foreach (var entity in json.RootElement.GetProperty("entities").EnumerateArray())
            {
                string id = entity.GetProperty("id").GetString()!;
                string name = entity.GetProperty("name").GetString()!;
                Assert.Equal(nameById.GetValueOrDefault(id, name), name);
                nameById[id] = name;
            }
        }
    }

    [Fact]
    public void Corpus_mode_keeps_lines_aligned_with_readable_inputs_around_unreadable_ones()
    {
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Take(3).ToArray();
        string missing = Path.Combine(folder, "missing.txt");
        var extractor = NewsExtractor.CreateDefault();
        var expected = extractor.AnalyzeCorpus(seeds.Select(File.ReadAllText).ToList());

        var result = CliRunner.Run(null, ["extract", "--corpus", "--threads", "1", missing, seeds[0], missing, seeds[1], seeds[2], missing]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(seeds, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetString()));
        for (int i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            Assert.Equal(
                expected[i].Entities.Select(e => $"{e.Id}:{e.Name}"),
                json.RootElement.GetProperty("entities").EnumerateArray().Select(e => $"{e.GetProperty("id").GetString()}:{e.GetProperty("name").GetString()}"));
        }
    }

    private static void AssertOffsetsMatch(string text, JsonElement root)
    {
        static void Check(string text, JsonElement span)
        {
            if (span.ValueKind == JsonValueKind.Null)
            {
                return;
            }

            int start = span.GetProperty("start").GetInt32();
            int end = span.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], span.GetProperty("text").GetString());
        }

        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            Assert.Contains(entity.GetProperty("type").GetString(), new[] { "Person", "Organization", "Location" });
            foreach (var mention in entity.GetProperty("mentions").EnumerateArray())
            {
                Check(text, mention);
            }
        }

        foreach (var quote in root.GetProperty("quotes").EnumerateArray())
        {
            Assert.Equal(["text", "start", "end", "speaker", "speakerMention", "cue"], quote.EnumerateObject().Select(p => p.Name));
            Check(text, quote);
            Check(text, quote.GetProperty("speakerMention"));
            Check(text, quote.GetProperty("cue"));
        }
    }
}
