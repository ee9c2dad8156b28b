using System.Text;

namespace NewsEntities.Cli;

/// <summary>
/// Reads input files as strict UTF-8. A leading BOM is skipped and not counted, so offsets are indices into the
/// text after it; invalid UTF-8 is an error for that file, never silently replaced text with shifted offsets.
/// </summary>
internal static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static InputDocument Read(string path)
    {
        try
        {
            byte[] bytes = path == "-" ? ReadStandardInput() : File.ReadAllBytes(path);
            return new InputDocument(path, Decode(bytes), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or NotSupportedException or ArgumentException)
        {
            return new InputDocument(path, null, Describe(path, e));
        }
    }

    /// <summary>
    /// Reads every line of a JSON Lines file as one document (a JSON string), named "path:line". A line that is not a
    /// JSON string is an error for that line only; a file that can't be opened is one error.
    /// </summary>
    public static IEnumerable<InputDocument> ReadJsonLines(string path)
    {
        StreamReader reader;
        try
        {
            reader = path == "-" ? new StreamReader(Console.OpenStandardInput(), StrictUtf8) : new StreamReader(path, StrictUtf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return [new InputDocument(path, null, Describe(path, e))];
        }

        return ReadLines(path, reader);
    }

    private static IEnumerable<InputDocument> ReadLines(string path, StreamReader reader)
    {
        using (reader)
        {
            for (int number = 1; ; number++)
            {
                string name = $"{path}:{number}";
                string? line = null;
                Exception? failure = null;
                try
                {
                    line = reader.ReadLine();
                }
                catch (Exception e) when (e is IOException or DecoderFallbackException)
                {
                    failure = e;
                }

                if (failure is not null)
                {
                    yield return new InputDocument(name, null, Describe(name, failure));
                    yield break;
                }

                if (line is null)
                {
                    yield break;
                }

                if (line.Length == 0)
                {
                    continue;
                }

                yield return ParseJsonString(name, line);
            }
        }
    }

    private static InputDocument ParseJsonString(string name, string line)
    {
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(Encoding.UTF8.GetBytes(line));
            if (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.String)
            {
                string text = reader.GetString()!;
                if (!reader.Read())
                {
                    return new InputDocument(name, text, null);
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Reported below, the same as any other line that is not one JSON string.
        }

        return new InputDocument(name, null, $"{name}: not a JSON string");
    }

    /// <summary>Decodes UTF-8, skipping a BOM. Throws <see cref="DecoderFallbackException"/> on invalid bytes.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        // Not StrictUtf8.Preamble: an encoding created without an identifier reports an empty preamble.
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        return StrictUtf8.GetString(bytes);
    }

    private static byte[] ReadStandardInput()
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string Describe(string path, Exception e) => e switch
    {
        FileNotFoundException => $"{path}: no such file",
        DirectoryNotFoundException => $"{path}: no such file or directory",
        UnauthorizedAccessException when Directory.Exists(path) => $"{path}: is a directory, not a file",
        UnauthorizedAccessException => $"{path}: permission denied",
        DecoderFallbackException => $"{path}: not valid UTF-8 text",
        IOException when Directory.Exists(path) => $"{path}: is a directory, not a file",
        _ => $"{path}: {e.Message}",
    };
}
