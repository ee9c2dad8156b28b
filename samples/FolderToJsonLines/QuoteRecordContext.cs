using System.Text.Json.Serialization;

namespace FolderToJsonLines;

/// <summary>Source-generated serialization: no reflection, so the sample also publishes ahead-of-time.</summary>
[JsonSerializable(typeof(QuoteRecord))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class QuoteRecordContext : JsonSerializerContext;
