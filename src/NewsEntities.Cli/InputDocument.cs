namespace NewsEntities.Cli;

/// <summary>One document to process: the name it is reported under and its text, or why it could not be read.</summary>
internal sealed record InputDocument(string Name, string? Text, string? Error);
