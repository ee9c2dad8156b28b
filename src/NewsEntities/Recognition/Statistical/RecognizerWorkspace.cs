using NewsEntities.Recognition;

namespace NewsEntities.Recognition.Statistical;

/// <summary>
/// What the recognizer needs while it tags one document: the document's word table and the per-sentence arrays.
/// Kept with a <see cref="Pipeline.Document"/> so that a reused document brings them along: built afresh for each
/// document they were the recognizer's whole allocation (the word table alone 2.7 times the text's size).
/// Used by one analysis at a time, like the document that holds it.
/// </summary>
internal sealed class RecognizerWorkspace
{
    public DocumentContext Context { get; } = new();

    /// <summary>
    /// Owned arrays rather than rented ones: they grow to the longest sentence seen (the splitter cuts sentences at
    /// <see cref="Segmentation.SentenceSplitter.MaxSentenceTokens"/>) and stay with the workspace.
    /// </summary>
    public SentenceBuffers Buffers { get; } = new();

    /// <summary>The names the document shows to be people's (<see cref="PersonTitleEvidence"/>), by hash: true when a title introduces one.</summary>
    public Dictionary<ulong, bool> TitledNames { get; } = [];

    /// <summary>
    /// The mentions a split or a recall adds (<see cref="TitledNameSplit"/>, <see cref="VouchedNameRecall"/>,
    /// <see cref="CompanyNameRecall"/>), gathered before they are merged in; each clears it first.
    /// </summary>
    public List<NamedMention> AddedMentions { get; } = [];

    /// <summary>What <see cref="TitleCaseLineCheck"/> gathers, afresh for each document.</summary>
    public TitleCaseLineCheck.Scratch TitleCase { get; } = new();

    /// <summary>Whether the storage is small enough to keep; the document's own bound normally decides first.</summary>
    public bool IsReusable => Buffers.Capacity <= SentenceBuffers.PooledTokens && Context.IsReusable;
}
