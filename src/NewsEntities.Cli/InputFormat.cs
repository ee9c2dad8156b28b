namespace NewsEntities.Cli;

/// <summary>How the FILE arguments of <c>extract</c> hold documents.</summary>
internal enum InputFormat
{
    /// <summary>Each file is one UTF-8 document.</summary>
    Text,

    /// <summary>Each line of each file is one document, as a JSON string.</summary>
    Jsonl,
}
