using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsEntities.Cli;

/// <summary>
/// Another system's quotes for a PolNeAR split, read from JSON Lines so that <c>eval-polnear --predictions</c> scores
/// them by the same rules as the library: one object per article,
/// <c>{"document": "&lt;file name without .txt&gt;", "quotes": [{"start": 10, "end": 42, "speakerStart": 50, "speakerEnd": 61}]}</c>,
/// offsets in UTF-16 code units into the article's text as read from its file (a byte order mark is not counted),
/// the speaker's offsets left out when the system names none. An article with no line has no quotes.
/// </summary>
internal static class PredictionsFile
{
    /// <summary>The quotes of every article in <paramref name="path"/>, by document name.</summary>
    /// <exception cref="FormatException">A line is not such an object, or names an article twice.</exception>
    public static Dictionary<string, IReadOnlyList<PredictedQuote>> Read(string path)
    {
        var byDocument = new Dictionary<string, IReadOnlyList<PredictedQuote>>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            PredictedDocument? document;
            try
            {
                document = JsonSerializer.Deserialize(line, PredictionsJson.Default.PredictedDocument);
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{lineNumber}: {e.Message}", e);
            }

            if (document?.Document is not { Length: > 0 } name || document.Quotes is null)
            {
                throw new FormatException($"{path}:{lineNumber}: expected {{\"document\": ..., \"quotes\": [...]}}");
            }

            if (!byDocument.TryAdd(name, document.Quotes))
            {
                throw new FormatException($"{path}:{lineNumber}: document '{name}' appears twice");
            }
        }

        return byDocument;
    }

    /// <summary>
    /// The predicted quotes as the library's results, checked against the article's text, so that the scorer reads
    /// both alike.
    /// </summary>
    /// <exception cref="FormatException">An offset lies outside the text or a span ends before it starts.</exception>
    public static List<Quote> ToQuotes(string document, string text, IReadOnlyList<PredictedQuote> predicted)
    {
        var quotes = new List<Quote>(predicted.Count);
        foreach (var p in predicted)
        {
            Check(document, text, p.Start, p.End);
            TextSpan? speaker = null;
            if (p.SpeakerStart is int speakerStart && p.SpeakerEnd is int speakerEnd)
            {
                Check(document, text, speakerStart, speakerEnd);
                speaker = new TextSpan(speakerStart, speakerEnd, text[speakerStart..speakerEnd]);
            }

            quotes.Add(new Quote(text[p.Start..p.End], p.Start, p.End, Speaker: null, speaker, Cue: null));
        }

        return quotes;
    }

    private static void Check(string document, string text, int start, int end)
    {
        if (end < start)
        {
            throw new FormatException($"{document}: span [{start}, {end}) ends before it starts");
        }

        if (start < 0 || end > text.Length)
        {
            throw new FormatException($"{document}: span [{start}, {end}) lies outside the text's {text.Length} characters");
        }
    }
}

/// <summary>One article's line of a predictions file.</summary>
internal sealed record PredictedDocument(string? Document, IReadOnlyList<PredictedQuote>? Quotes);

/// <summary>One predicted quote: its span and, when the system names one, its speaker's.</summary>
internal sealed record PredictedQuote(int Start, int End, int? SpeakerStart, int? SpeakerEnd);

/// <summary>Source-generated (de)serialization of the predictions file, so that reading it needs no reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PredictedDocument))]
internal sealed partial class PredictionsJson : JsonSerializerContext;
