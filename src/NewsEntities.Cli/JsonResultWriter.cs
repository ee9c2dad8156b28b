using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsEntities.Cli;

/// <summary>
/// Writes one analysis as one JSON line in the documented command-line format. Written with
/// <see cref="Utf8JsonWriter"/> rather than a serializer so that the field order is fixed by this file, and so that
/// it needs no reflection (the CLI can be published ahead-of-time). One instance writes every line of a run into
/// the same growing buffer (a fresh stream, writer and array per line were a sixth of the CLI's allocation, all on
/// the thread that also reads the input); not thread-safe.
/// </summary>
internal sealed class JsonResultWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Quotes and names are read by people: keep non-ASCII letters and quote marks as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly ArrayBufferWriter<byte> buffer = new(1 << 16);
    private readonly Utf8JsonWriter json;

    public JsonResultWriter()
    {
        json = new Utf8JsonWriter(buffer, Options);
    }

    /// <summary>
    /// Serializes one document's result to a UTF-8 JSON line (with the trailing newline). The bytes are valid until
    /// the next call.
    /// </summary>
    public ReadOnlySpan<byte> ToJsonLine(string documentName, DocumentAnalysis analysis)
    {
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("document", documentName);
        json.WriteStartArray("entities");
        foreach (var entity in analysis.Entities)
        {
            WriteEntity(json, entity);
        }

        json.WriteEndArray();
        json.WriteStartArray("quotes");
        foreach (var quote in analysis.Quotes)
        {
            WriteQuote(json, quote);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();

        buffer.Write("\n"u8);
        return buffer.WrittenSpan;
    }

    public void Dispose() => json.Dispose();

    private static void WriteEntity(Utf8JsonWriter json, Entity entity)
    {
        json.WriteStartObject();
        json.WriteString("id", entity.Id);
        json.WriteString("name", entity.Name);
        json.WriteString("type", entity.Type.ToString());
        json.WriteStartArray("aliases");
        foreach (string alias in entity.Aliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        json.WriteStartArray("mentions");
        foreach (var mention in entity.Mentions)
        {
            json.WriteStartObject();
            json.WriteNumber("start", mention.Start);
            json.WriteNumber("end", mention.End);
            json.WriteString("text", mention.Text);
            if (mention.Kind != MentionKind.Name)
            {
                json.WriteString("kind", mention.Kind.ToString());
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter json, Quote quote)
    {
        json.WriteStartObject();
        json.WriteString("text", quote.TextChars); // from the analysed text: the string is never made
        json.WriteNumber("start", quote.Start);
        json.WriteNumber("end", quote.End);
        if (quote.Speaker is { } speaker)
        {
            json.WriteStartObject("speaker");
            json.WriteString("id", speaker.Id);
            json.WriteString("name", speaker.Name);
            json.WriteString("type", speaker.Type.ToString());
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("speaker");
        }

        WriteSpan(json, "speakerMention", quote.SpeakerMention);
        WriteSpan(json, "cue", quote.Cue);
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, string name, TextSpan? span)
    {
        if (span is not { } value)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("start", value.Start);
        json.WriteNumber("end", value.End);
        json.WriteString("text", value.Text);
        json.WriteEndObject();
    }
}
