using System.Numerics;
using NewsEntities.Pipeline;

namespace NewsEntities.Quotes;

/// <summary>
/// What the quote stages need while they work on one document: the quote objects themselves, the detector's
/// pending paragraphs, the speaker candidates, the attributor and its token maps. Kept with a
/// <see cref="Document"/> so that a reused document reuses them too: built afresh for each document they were the
/// quote stages' whole allocation (about 6.8 KB per PolNeAR article, 0.75 times the text's size).
/// Used by one analysis at a time, like the document that holds it.
/// </summary>
internal sealed class QuoteWorkspace
{
    /// <summary>
    /// Past this many quote objects the workspace is not kept: a news article has a few dozen quotes, and a text
    /// with thousands is better left to the garbage collector than pinned in a pool.
    /// </summary>
    internal const int MaxRetainedQuotes = 1 << 10;

    // Every quote object made so far; the first `used` of them belong to the current document.
    private readonly List<QuoteCandidate> made = [];
    private int used;

    private readonly Document owner;

    private QuoteAttributor? attributor;

    public QuoteWorkspace(Document owner)
    {
        this.owner = owner;
    }

    /// <summary>The detector's paragraphs of a multi-paragraph quote waiting for their closing mark.</summary>
    public List<PendingParagraph> Pending { get; } = [];

    /// <summary>The phrases that could speak, in text order (<see cref="CandidateFinder"/>).</summary>
    public List<SpeakerCandidate> Candidates { get; } = [];

    /// <summary>The people with roles, by the words a description can match them with (attribution).</summary>
    public RoleIndex Roles { get; } = new();

    /// <summary>For each token, its sentence (attribution).</summary>
    public int[] SentenceOf { get; private set; } = [];

    /// <summary>For each token, the quote it lies in, or -1 (attribution).</summary>
    public int[] QuoteOf { get; private set; } = [];

    /// <summary>For each sentence, its paragraph (attribution).</summary>
    public int[] ParagraphOfSentence { get; private set; } = [];

    /// <summary>For each quote, the candidate that speaks it, or -1 (attribution).</summary>
    public int[] QuoteSpeaker { get; private set; } = [];

    /// <summary>The attributor of the owning document's quotes.</summary>
    public QuoteAttributor Attributor => attributor ??= new QuoteAttributor(owner, this);

    /// <summary>Whether the storage is small enough to keep; the document's token bound normally decides first.</summary>
    public bool IsReusable =>
        made.Count <= MaxRetainedQuotes && Candidates.Capacity <= Document.MaxRetainedTokens && SentenceOf.Length <= Document.MaxRetainedTokens
        && QuoteOf.Length <= Document.MaxRetainedTokens && ParagraphOfSentence.Length <= Document.MaxRetainedTokens
        && QuoteSpeaker.Length <= Document.MaxRetainedTokens;

    /// <summary>
    /// A quote in its initial state, as <c>new QuoteCandidate(openMark, closeMark)</c> would be; an object of an
    /// earlier document when there is one. Quotes only hold offsets, so a reused one carries no caller data.
    /// </summary>
    public QuoteCandidate NewQuote(int openMark, int closeMark)
    {
        if (used < made.Count)
        {
            var quote = made[used++];
            quote.Initialize(openMark, closeMark);
            return quote;
        }

        var created = new QuoteCandidate(openMark, closeMark);
        made.Add(created);
        used++;
        return created;
    }

    /// <summary>Sizes the attribution maps for a document of this many tokens, sentences and quotes.</summary>
    public void EnsureMaps(int tokenCount, int sentenceCount, int quoteCount)
    {
        SentenceOf = Ensure(SentenceOf, tokenCount);
        QuoteOf = Ensure(QuoteOf, tokenCount);
        ParagraphOfSentence = Ensure(ParagraphOfSentence, sentenceCount);
        QuoteSpeaker = Ensure(QuoteSpeaker, quoteCount);
    }

    /// <summary>Makes every quote object available again, keeping the storage; the maps are rewritten before use.</summary>
    public void Reset()
    {
        used = 0;
        Pending.Clear();
        Candidates.Clear();
        Roles.Reset();
    }

    // Powers of two, so that documents of similar sizes share an array instead of growing it by a few items; the
    // exact size past the retention bound, as such an array goes with its document anyway.
    private static int[] Ensure(int[] array, int length)
    {
        if (array.Length >= length)
        {
            return array;
        }

        return new int[length > Document.MaxRetainedTokens ? length : (int)BitOperations.RoundUpToPowerOf2((uint)length)];
    }
}

/// <summary>A paragraph of a multi-paragraph quote that has not closed yet (<see cref="QuoteDetectionStage"/>).</summary>
internal readonly record struct PendingParagraph(int OpenToken, int OpenLastToken, int OpenMark, int EndToken, int EndChar);
