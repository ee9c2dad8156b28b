namespace FolderToJsonLines;

/// <summary>One line of the output: a quote, who said it, and the article it came from.</summary>
internal sealed record QuoteRecord(string File, string Quote, int Start, int End, string? Speaker, string? SpeakerType, string? SpeakerMention, string? Cue);
