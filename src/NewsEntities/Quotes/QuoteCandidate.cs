namespace NewsEntities.Quotes;

/// <summary>
/// A quotation found in a document, by character offsets into its text. The content excludes the marks.
/// Attribution fields are -1 when unknown.
/// </summary>
internal sealed class QuoteCandidate
{
    public QuoteCandidate(int openMark, int closeMark)
    {
        OpenMark = openMark;
        CloseMark = closeMark;
        ContentStart = openMark + 1;
        ContentEnd = closeMark;
    }

    /// <summary>The index of the opening mark.</summary>
    public int OpenMark { get; }

    /// <summary>The index of the closing mark (exclusive end of the content).</summary>
    public int CloseMark { get; }

    public int ContentStart { get; set; }

    public int ContentEnd { get; set; }

    /// <summary>The speaker's cluster in <see cref="Pipeline.Document.Clusters"/>, or -1.</summary>
    public int SpeakerCluster { get; set; } = -1;

    public int SpeakerStart { get; set; } = -1;

    public int SpeakerEnd { get; set; } = -1;

    public int CueStart { get; set; } = -1;

    public int CueEnd { get; set; } = -1;

    /// <summary>True when the quote is speech rather than a scare quote or a title.</summary>
    public bool IsSpeech { get; set; } = true;

    /// <summary>The token index of the opening mark in <see cref="Pipeline.Document.Tokens"/>.</summary>
    public int OpenToken { get; init; } = -1;

    /// <summary>
    /// The token index of the closing mark (its last token, for a mark of two apostrophes), or for a paragraph of
    /// a multi-paragraph quote that does not close there, one past its last token.
    /// </summary>
    public int CloseToken { get; init; } = -1;

    /// <summary>Whether the quote ends with its closing mark (false for a paragraph of a multi-paragraph quote).</summary>
    public bool Closed { get; init; }

    /// <summary>
    /// For a later paragraph of a multi-paragraph quote (news style: every paragraph opens with a mark, only the
    /// last one closes), the index in <see cref="Pipeline.Document.Quotes"/> of the paragraph before; otherwise -1.
    /// </summary>
    public int Previous { get; set; } = -1;
}
