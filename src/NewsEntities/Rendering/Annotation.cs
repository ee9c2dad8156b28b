namespace NewsEntities.Rendering;

/// <summary>
/// A run of the text to wrap in an element. Where runs overlap without nesting, the inner one is split into
/// pieces: the first piece opens with <see cref="FirstTag"/> (which may carry an id), the others with
/// <see cref="ContinuationTag"/>.
/// </summary>
internal sealed record Annotation(int Start, int End, Layer Layer, string FirstTag, string ContinuationTag, string CloseTag);
