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

    /// <summary>Decodes UTF-8, skipping a BOM. Throws <see cref="DecoderFallbackException"/> on invalid bytes.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var preamble = StrictUtf8.Preamble;
        if (bytes.StartsWith(preamble))
        {
            bytes = bytes[preamble.Length..];
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
