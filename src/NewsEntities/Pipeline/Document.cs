using NewsEntities.Quotes;
using NewsEntities.Recognition;
using NewsEntities.Recognition.Statistical;
using NewsEntities.Resolution;
using NewsEntities.Segmentation;
using NewsEntities.Tokenization;

namespace NewsEntities.Pipeline;

/// <summary>
/// The working state of one analysis: the caller's text, never altered, and the layers the stages add over it.
/// Every layer locates things by offsets into <see cref="Text"/>, which is the caller's string itself unless that
/// holds something <see cref="SourceText"/> reads past or reads as other characters (invisible characters, markup,
/// misread encodings...); then it is a copy so read, and <see cref="SourceSpan"/> takes spans back to the caller's
/// characters.
/// </summary>
/// <remarks>
/// A document can be reused for one analysis after another (<see cref="DocumentPool"/>): <see cref="Reset"/> empties
/// every layer but keeps the lists' storage, so a warm document analyses the next text of a similar size without
/// allocating its layers again.
/// </remarks>
internal sealed class Document
{
    /// <summary>
    /// Past this token-list capacity a document is not reused. Every other layer holds at most about one item per
    /// token (sentences, mentions, the recognizer's word table...), so this one bound caps what a pooled document
    /// keeps: about 0.4 MB of tokens and as much again in the other layers, for texts up to ~160,000 characters,
    /// many times a news article.
    /// </summary>
    public const int MaxRetainedTokens = 1 << 15;

    private RecognizerWorkspace? recognizer;
    private AliasWorkspace? aliases;
    private QuoteWorkspace? quoteWorkspace;

    // For each character of Source with none of its own in Text, the offset in Text before which it stood, sorted:
    // empty for almost every text.
    private readonly List<int> removedAt = [];

    // Of those, the characters of a reference after the one Text reads for it (SourceText), at the same offsets.
    private readonly List<int> referenceTails = [];

    // The runs of Source that are Markdown syntax (SourceText): scratch, kept for reuse.
    private readonly List<(int Start, int End)> markdown = [];

    public Document(string text)
    {
        Source = text;
        Text = SourceText.Normalize(text, removedAt, referenceTails, markdown);
    }

    /// <summary>The text exactly as the caller gave it: results point into it and are cut from it.</summary>
    public string Source { get; private set; }

    /// <summary>The text under analysis: <see cref="Source"/> as <see cref="SourceText"/> reads it.</summary>
    public string Text { get; private set; }

    /// <summary>
    /// Whether offsets into <see cref="Text"/> need mapping to <see cref="Source"/>: characters were left out or read
    /// as fewer (a character replaced one for one, a C1 control read by Windows-1252, keeps every offset).
    /// </summary>
    public bool DiffersFromSource => removedAt.Count > 0;

    /// <summary>Tokens in text order (tokenization stage).</summary>
    public List<Token> Tokens { get; } = [];

    /// <summary>Sentences as token ranges, in order, covering every token (segmentation stage).</summary>
    public List<TokenRange> Sentences { get; } = [];

    /// <summary>Paragraphs as token ranges, in order, covering every token (segmentation stage).</summary>
    public List<TokenRange> Paragraphs { get; } = [];

    /// <summary>The width the text is hard-wrapped at, or 0 when it is not (segmentation stage; see <see cref="HardWrap"/>).</summary>
    public int WrapWidth { get; set; }

    /// <summary>Named-entity mentions in text order, never overlapping (recognition stage).</summary>
    public List<NamedMention> Mentions { get; } = [];

    /// <summary>Entities: clusters of mentions that name the same thing (resolution stage).</summary>
    public List<EntityCluster> Clusters { get; } = [];

    /// <summary>For each item of <see cref="Mentions"/>, the index of its cluster in <see cref="Clusters"/>, or -1.</summary>
    public List<int> MentionCluster { get; } = [];

    /// <summary>Direct quotes with their attribution (quote stages).</summary>
    public List<QuoteCandidate> Quotes { get; } = [];

    /// <summary>The recognizer's working storage, kept with the document so that a reused document reuses it too.</summary>
    public RecognizerWorkspace Recognizer => recognizer ??= new RecognizerWorkspace();

    /// <summary>The alias stage's working storage, kept with the document for the same reason.</summary>
    public AliasWorkspace Aliases => aliases ??= new AliasWorkspace();

    /// <summary>The quote stages' working storage and quote objects, kept with the document for the same reason.</summary>
    public QuoteWorkspace QuoteWorkspace => quoteWorkspace ??= new QuoteWorkspace(this);

    /// <summary>Whether the document's storage is small enough to keep for another analysis.</summary>
    public bool IsReusable => Tokens.Capacity <= MaxRetainedTokens && removedAt.Capacity <= MaxRetainedTokens && referenceTails.Capacity <= MaxRetainedTokens
        && markdown.Capacity <= MaxRetainedTokens
        && (recognizer is null || recognizer.IsReusable) && (aliases is null || aliases.IsReusable)
        && (quoteWorkspace is null || quoteWorkspace.IsReusable);

    /// <summary>
    /// Empties every layer for an analysis of <paramref name="text"/>, keeping the lists' capacity. Also drops the
    /// references to the previous text and to its clusters and quotes, so a document waiting in a pool holds none of
    /// a past caller's data (the quote workspace keeps its quote objects for reuse, but they hold offsets only).
    /// </summary>
    public void Reset(string text)
    {
        Source = text;
        Text = SourceText.Normalize(text, removedAt, referenceTails, markdown);
        WrapWidth = 0;
        Tokens.Clear();
        Sentences.Clear();
        Paragraphs.Clear();
        Mentions.Clear();
        Clusters.Clear();
        MentionCluster.Clear();
        Quotes.Clear();
        aliases?.Clear();
        quoteWorkspace?.Reset();
    }

    public ReadOnlySpan<char> TokenText(int tokenIndex) => Tokens[tokenIndex].Span(Text);

    public int StartOf(TokenRange range) => Tokens[range.Start].Start;

    public int EndOf(TokenRange range) => Tokens[range.End - 1].End;

    /// <summary>The characters a token range covers, from its first token's start to its last token's end.</summary>
    public ReadOnlySpan<char> TextOf(TokenRange range) => Text.AsSpan(StartOf(range), EndOf(range) - StartOf(range));

    public string Slice(int start, int end) => Text.Substring(start, end - start);

    /// <summary>
    /// Where the span <paramref name="start"/>..<paramref name="end"/> of <see cref="Text"/> stands in
    /// <see cref="Source"/>: from its first character to right after its last, so invisible characters inside it
    /// are in it and those just before or after it are not, and a character read from a reference stands for the
    /// reference. An empty span stays empty.
    /// </summary>
    public (int Start, int End) SourceSpan(int start, int end)
    {
        int sourceStart = start + UpTo(removedAt, start);
        if (end <= start)
        {
            return (sourceStart, sourceStart);
        }

        // The span's last character may stand for a reference: the rest of it is recorded before the next one.
        int tail = UpTo(referenceTails, end) - UpTo(referenceTails, end - 1);
        return (sourceStart, end + UpTo(removedAt, end - 1) + tail);
    }

    // How many entries of the sorted list are at offsets up to offset: for removedAt, how many characters of Source
    // without one of their own stood before the character at Text[offset].
    private static int UpTo(List<int> sorted, int offset)
    {
        var removed = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sorted);
        int low = 0;
        int high = removed.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (removed[middle] <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// Whether a line ends between token <paramref name="before"/> and the later token <paramref name="after"/>:
    /// any of the breaks the sentence splitter counts (LF, CR, U+2028, U+2029), so text with old Mac or Unicode line
    /// ends reads like text with LF, except a soft break of hard-wrapped text (<see cref="WrapWidth"/>).
    /// </summary>
    public bool LineBreakBetween(int before, int after)
    {
        int from = Tokens[before].End;
        int to = Tokens[after].Start;
        for (int at = from; at < to;)
        {
            int found = Text.AsSpan(at, to - at).IndexOfAny(HardWrap.LineBreaks);
            if (found < 0)
            {
                return false;
            }

            at += found;
            if (!HardWrap.IsSoft(Text, at, WrapWidth))
            {
                return true;
            }

            // A soft break is one break (CRLF too): what follows it on the next line is no line end.
            at = HardWrap.NextLineStart(Text, at);
        }

        return false;
    }
}
