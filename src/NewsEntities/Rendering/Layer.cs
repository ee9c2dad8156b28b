namespace NewsEntities.Rendering;

/// <summary>How deep an element nests: a lower layer always encloses a higher one where they overlap.</summary>
internal enum Layer
{
    /// <summary>A paragraph of the article: the only block element, so nothing else may enclose it.</summary>
    Paragraph,

    /// <summary>A quote: it holds the mentions and cues said inside it.</summary>
    Quote,

    /// <summary>An entity mention, or the words a quote's attribution points at.</summary>
    Mention,

    /// <summary>The words that signal speech ("said").</summary>
    Cue,
}
