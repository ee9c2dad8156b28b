using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Quotes;

/// <summary>
/// Finds direct quotations between quote marks: fills <see cref="Document.Quotes"/>. One pass over the tokens,
/// pairing marks inside each paragraph; a quote may run on over further paragraphs only when each of them opens
/// with a mark (news style), and never over more than <see cref="MaxParagraphs"/> of them or more than
/// <see cref="MaxQuoteChars"/> characters in one, so unbalanced input costs no more than balanced input.
/// </summary>
internal sealed class QuoteDetectionStage : IDocumentStage
{
    /// <summary>A quote longer than this in one paragraph is taken to be an unbalanced mark.</summary>
    internal const int MaxQuoteChars = 5000;

    /// <summary>The most paragraphs one multi-paragraph quote may run over.</summary>
    internal const int MaxParagraphs = 12;

    /// <summary>The most tokens a markup attribute value is looked through for its closing mark.</summary>
    private const int MaxAttributeValueTokens = 64;

    /// <summary>The most tokens looked through, past a mark that may be a plural possessive, for the quote's end.</summary>
    private const int MaxPossessiveLookahead = 200;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var workspace = document.QuoteWorkspace;
        workspace.Pending.Clear();
        var state = new PairingState(workspace);
        var tokens = document.Tokens;
        string text = document.Text;
        var paragraphs = document.Paragraphs;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            for (int t = paragraph.Start; t < paragraph.End; t++)
            {
                if ((t & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                int last = MarkAt(document, t, paragraph.End, out var shape, out bool canOpen, out bool canClose);
                if (last < 0)
                {
                    continue;
                }

                if (last == t && IsAttributeValueOpen(text, tokens[t].Start))
                {
                    t = AttributeValueEnd(text, tokens, t, paragraph.End);
                    continue;
                }

                if (shape == QuoteShape.Single && canClose && state.IsOpen(QuoteShape.Single)
                    && MayBeApostrophe(text, tokens[t].Start) && CloserFollows(document, t + 1, paragraph.End))
                {
                    canOpen = canClose = false;
                }

                state.Feed(document, t, last, shape, canOpen, canClose);
                t = last;
            }

            state.EndParagraph(document, paragraph, p + 1 < paragraphs.Count ? paragraphs[p + 1] : default);
        }
    }

    /// <summary>
    /// The quote mark starting at token <paramref name="t"/>: returns the index of its last token (a double mark of
    /// two apostrophes spans two tokens), or -1 when the token is no quote mark.
    /// </summary>
    private static int MarkAt(Document document, int t, int limit, out QuoteShape shape, out bool canOpen, out bool canClose)
    {
        var tokens = document.Tokens;
        var token = tokens[t];
        shape = QuoteShape.None;
        canOpen = canClose = false;
        if (token.Length != 1 || token.Kind == TokenKind.Word || token.Kind == TokenKind.Number)
        {
            return -1;
        }

        string text = document.Text;
        if (t + 1 < limit && tokens[t + 1].Start == token.Start + 1 && tokens[t + 1].Length == 1 && QuoteMarks.IsDoubleApostrophe(text, token.Start))
        {
            shape = QuoteShape.Double;
            return QuoteMarks.TryClassifyDoubleApostrophe(text, token.Start, out canOpen, out canClose) ? t + 1 : -1;
        }

        return QuoteMarks.TryClassify(text, token.Start, out shape, out canOpen, out canClose) ? t : -1;
    }

    /// <summary>
    /// Whether the single mark at <paramref name="at"/> may be the apostrophe of a plural possessive: after an s,
    /// before a space and a word in lower case ("the residents’ choice", "ISIS’ best recruiter"). Inside a quote
    /// opened with a single mark, as British news writes them, it could as well close the quote.
    /// </summary>
    private static bool IsPluralPossessive(string text, int at) =>
        at > 0 && text[at - 1] is 's' or 'S' && at + 2 < text.Length && text[at + 1] == ' '
        && (char.IsLower(text[at + 2]) || char.IsDigit(text[at + 2]));

    /// <summary>
    /// Whether the single mark at <paramref name="at"/> may be an apostrophe where a closer could stand: a plural
    /// possessive, or a dropped g ("We've been waitin' for this") before a space and a word in lower case.
    /// </summary>
    private static bool MayBeApostrophe(string text, int at) => IsPluralPossessive(text, at) || IsDroppedG(text, at);

    private static bool IsDroppedG(string text, int at) =>
        at > 2 && text[at - 1] == 'n' && text[at - 2] == 'i' && char.IsLetter(text[at - 3]) && at + 2 < text.Length
        && text[at + 1] == ' ' && char.IsLower(text[at + 2]);

    /// <summary>
    /// Whether a single mark that closes a quote without looking like a possessive follows in the paragraph,
    /// within <see cref="MaxPossessiveLookahead"/> tokens and before any single mark that opens one: then a
    /// possessive-looking mark before it is the apostrophe, and that mark the quote's end.
    /// </summary>
    private static bool CloserFollows(Document document, int from, int limit)
    {
        var tokens = document.Tokens;
        string text = document.Text;
        int end = Math.Min(limit, from + MaxPossessiveLookahead);
        for (int t = from; t < end; t++)
        {
            if (MarkAt(document, t, limit, out var shape, out bool canOpen, out bool canClose) < 0 || shape != QuoteShape.Single)
            {
                continue;
            }

            if (canClose && !MayBeApostrophe(text, tokens[t].Start))
            {
                return true;
            }

            if (canOpen && !canClose)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the straight mark at <paramref name="at"/> opens the value of a markup attribute
    /// (<c>&lt;tweet author="@cspan" datetime="2016-09-01"&gt;</c>): a mark right after an equals sign delimits
    /// data, not words anyone said.
    /// </summary>
    private static bool IsAttributeValueOpen(string text, int at) =>
        text[at] is '"' or '\'' && at > 0 && text[at - 1] == '=';

    /// <summary>
    /// The token of the mark that closes the attribute value opened at token <paramref name="open"/>: the next
    /// like mark within <see cref="MaxAttributeValueTokens"/> tokens of the paragraph; the opening token itself
    /// when there is none, so that a stray equals sign before a mark skips that mark alone and the scan stays linear.
    /// </summary>
    private static int AttributeValueEnd(string text, List<Token> tokens, int open, int limit)
    {
        char mark = text[tokens[open].Start];
        int end = Math.Min(limit, open + 1 + MaxAttributeValueTokens);
        for (int t = open + 1; t < end; t++)
        {
            if (tokens[t].Length == 1 && text[tokens[t].Start] == mark)
            {
                return t;
            }
        }

        return open;
    }

    /// <summary>
    /// Emits the quote between an opening mark and the end of its content, trimmed of surrounding whitespace;
    /// nothing when the content has no letter or digit ("", " ... ").
    /// </summary>
    private static QuoteCandidate? Create(Document document, QuoteShape shape, int openToken, int openLastToken, int closeToken, int openMark, int closeMark, bool closed)
    {
        string text = document.Text;
        int start = document.Tokens[openLastToken].End;
        int end = closeMark;
        while (start < end && QuoteMarks.IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && QuoteMarks.IsSpace(text[end - 1]))
        {
            end--;
        }

        // One letter between single marks is an elision ("rock 'n' roll"), not a quote.
        if (!HasLetter(text, start, end) || (shape == QuoteShape.Single && end - start < 2))
        {
            return null;
        }

        var quote = document.QuoteWorkspace.NewQuote(openMark, closeMark);
        quote.ContentStart = start;
        quote.ContentEnd = end;
        quote.OpenToken = openToken;
        quote.CloseToken = closeToken;
        quote.Closed = closed;
        return quote;
    }

    private static bool HasLetter(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The pairing automaton: one open outer quote, at most one nested quote of the other shape inside it. A struct
    /// kept in a local of <see cref="Process"/>, with its list of pending paragraphs in the document's workspace,
    /// so that detection allocates nothing but new quote objects on a cold document.
    /// </summary>
    private struct PairingState
    {
        // Paragraphs of a multi-paragraph quote waiting for the closing mark.
        private readonly List<PendingParagraph> pending;

        private QuoteShape outer;
        private int outerMark;
        private int outerToken;
        private int outerLastToken;
        private bool innerOpen;
        private bool continuation;

        public PairingState(QuoteWorkspace workspace)
        {
            pending = workspace.Pending;
        }

        public void Feed(Document document, int token, int lastToken, QuoteShape shape, bool canOpen, bool canClose)
        {
            int mark = document.Tokens[token].Start;
            if (continuation)
            {
                // The first mark of a paragraph that continues a quote reopens it.
                continuation = false;
                outer = shape;
                outerMark = mark;
                outerToken = token;
                outerLastToken = lastToken;
                innerOpen = false;
                return;
            }

            if (outer == QuoteShape.None)
            {
                if (canOpen)
                {
                    Open(shape, mark, token, lastToken);
                }

                return;
            }

            if (mark - outerMark > MaxQuoteChars)
            {
                // Too long to be a quote: the old mark was unbalanced. Start afresh from this one.
                Reset();
                if (canOpen)
                {
                    Open(shape, mark, token, lastToken);
                }

                return;
            }

            if (shape == outer)
            {
                // German style opens low and closes with the high mark that English opens with („...“, ‚...‘).
                char open = document.Text[outerMark];
                char mark0 = document.Text[mark];
                if ((open == '\u201E' && mark0 == '\u201C') || (open == '\u201A' && mark0 == '\u2018'))
                {
                    canClose = true;
                }

                if (canClose)
                {
                    Emit(document, lastToken, mark);
                }
                else if (canOpen)
                {
                    Reset();
                    Open(shape, mark, token, lastToken);
                }

                return;
            }

            // The other shape inside an open quote: a nested quote, or an apostrophe that only looks like a mark.
            if (!innerOpen && canOpen)
            {
                innerOpen = true;
            }
            else if (innerOpen && canClose)
            {
                innerOpen = false;
            }
        }

        /// <summary>Whether an outer quote of <paramref name="shape"/> is open in the current paragraph.</summary>
        public readonly bool IsOpen(QuoteShape shape) => outer == shape && !continuation;

        public void EndParagraph(Document document, TokenRange paragraph, TokenRange next)
        {
            continuation = false;
            if (outer == QuoteShape.None)
            {
                return;
            }

            if (next.Length > 0 && pending.Count + 1 < MaxParagraphs && OpensWith(document, next, outer))
            {
                pending.Add(new PendingParagraph(outerToken, outerLastToken, outerMark, paragraph.End, document.EndOf(paragraph)));
                outer = QuoteShape.None;
                innerOpen = false;
                continuation = true;
                return;
            }

            Reset();
        }

        private static bool OpensWith(Document document, TokenRange paragraph, QuoteShape shape)
        {
            return MarkAt(document, paragraph.Start, paragraph.End, out var s, out bool canOpen, out _) >= 0 && s == shape && canOpen;
        }

        private void Open(QuoteShape shape, int mark, int token, int lastToken)
        {
            outer = shape;
            outerMark = mark;
            outerToken = token;
            outerLastToken = lastToken;
            innerOpen = false;
        }

        private void Reset()
        {
            outer = QuoteShape.None;
            innerOpen = false;
            pending.Clear();
        }

        private void Emit(Document document, int closeToken, int closeMark)
        {
            int previous = -1;
            foreach (var part in pending)
            {
                var candidate = Create(document, outer, part.OpenToken, part.OpenLastToken, part.EndToken, part.OpenMark, part.EndChar, closed: false);
                if (candidate is not null)
                {
                    candidate.Previous = previous;
                    previous = document.Quotes.Count;
                    document.Quotes.Add(candidate);
                }
            }

            var last = Create(document, outer, outerToken, outerLastToken, closeToken, outerMark, closeMark, closed: true);
            if (last is not null)
            {
                last.Previous = previous;
                document.Quotes.Add(last);
            }

            Reset();
        }
    }
}
