namespace NewsEntities.Quotes;

/// <summary>
/// A quotation found in a document, by character offsets into its text. The content excludes the marks.
/// Attribution fields are -1 when unknown.
/// </summary>
internal sealed class QuoteCandidate
{
    public QuoteCandidate(int openMark, int closeMark)
    {
        Initialize(openMark, closeMark);
    }

    /// <summary>The index of the opening mark.</summary>
    public int OpenMark { get; private set; }

    /// <summary>The index of the closing mark (exclusive end of the content).</summary>
    public int CloseMark { get; private set; }

    public int ContentStart { get; set; }

    public int ContentEnd { get; set; }

    /// <summary>The speaker's cluster in <see cref="Pipeline.Document.Clusters"/>, or -1.</summary>
    public int SpeakerCluster { get; set; }

    public int SpeakerStart { get; set; }

    public int SpeakerEnd { get; set; }

    public int CueStart { get; set; }

    public int CueEnd { get; set; }

    /// <summary>True when the quote is speech rather than a scare quote or a title.</summary>
    public bool IsSpeech { get; set; }

    /// <summary>The token index of the opening mark in <see cref="Pipeline.Document.Tokens"/>.</summary>
    public int OpenToken { get; set; }

    /// <summary>
    /// The token index of the closing mark (its last token, for a mark of two apostrophes), or for a paragraph of
    /// a multi-paragraph quote that does not close there, one past its last token.
    /// </summary>
    public int CloseToken { get; set; }

    /// <summary>Whether the quote ends with its closing mark (false for a paragraph of a multi-paragraph quote).</summary>
    public bool Closed { get; set; }

    /// <summary>
    /// For a later paragraph of a multi-paragraph quote (news style: every paragraph opens with a mark, only the
    /// last one closes), the index in <see cref="Pipeline.Document.Quotes"/> of the paragraph before; otherwise -1.
    /// </summary>
    public int Previous { get; set; }

    /// <summary>Whether the quote is a turn of a quoted transcript, whose speaker a label in capitals names.</summary>
    public bool TranscriptTurn { get; set; }

    /// <summary>
    /// Puts every field in its initial state: the constructor's work, also run when a <see cref="QuoteWorkspace"/>
    /// hands out a quote object of an earlier document, so that nothing of that document's quote survives.
    /// </summary>
    internal void Initialize(int openMark, int closeMark)
    {
        OpenMark = openMark;
        CloseMark = closeMark;
        ContentStart = openMark + 1;
        ContentEnd = closeMark;
        SpeakerCluster = -1;
        SpeakerStart = -1;
        SpeakerEnd = -1;
        CueStart = -1;
        CueEnd = -1;
        IsSpeech = true;
        OpenToken = -1;
        CloseToken = -1;
        Closed = false;
        Previous = -1;
        TranscriptTurn = false;
    }
}
