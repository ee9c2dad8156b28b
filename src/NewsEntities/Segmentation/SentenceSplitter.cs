using NewsEntities.Pipeline;
using NewsEntities.Quotes;
using NewsEntities.Tokenization;

namespace NewsEntities.Segmentation;

/// <summary>
/// Splits a tokenized document into paragraphs and sentences. A line break ends a paragraph unless the text is
/// hard-wrapped (the line stops mid-sentence and the next goes on in lower case); a sentence ends at terminal
/// punctuation (with any closing quotes or brackets after it) followed by something that can start a sentence,
/// and at every paragraph end. Text whose paragraph breaks were lost is cut into paragraphs before its quotes.
/// </summary>
internal sealed class SentenceSplitter : IDocumentStage
{
    /// <summary>
    /// A sentence is cut after this many tokens whatever its punctuation, so that input with no sentence ends
    /// (a link list, a token soup) keeps every later per-sentence step bounded.
    /// </summary>
    internal const int MaxSentenceTokens = 400;

    /// <summary>
    /// A paragraph of more sentences than this and longer than <see cref="GluedParagraphChars"/> is text whose
    /// paragraph breaks were lost: of the 17,500 paragraphs of the PolNeAR train articles, 99.9% hold ten sentences
    /// or fewer (half of them one), and three are longer (a run of questions cut by ellipses has many sentences but
    /// few characters).
    /// </summary>
    internal const int GluedParagraphSentences = 10;

    /// <summary>See <see cref="GluedParagraphSentences"/>; 99.9% of those paragraphs are shorter than 1,020 characters.</summary>
    internal const int GluedParagraphChars = 1500;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        string text = document.Text;
        document.WrapWidth = HardWrap.WidthOf(text);
        int sentenceStart = 0;
        int paragraphStart = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            bool last = i + 1 == tokens.Count;
            bool paragraphEnd = last || IsParagraphBreak(document, i);
            bool sentenceEnd = paragraphEnd || i + 1 - sentenceStart >= MaxSentenceTokens || EndsSentence(document, i);
            if (sentenceEnd)
            {
                document.Sentences.Add(new TokenRange(sentenceStart, i + 1));
                sentenceStart = i + 1;
            }

            if (paragraphEnd)
            {
                document.Paragraphs.Add(new TokenRange(paragraphStart, i + 1));
                paragraphStart = i + 1;
            }
        }

        SplitGluedParagraphs(document);
    }

    /// <summary>
    /// Cuts each glued paragraph (<see cref="GluedParagraphSentences"/>) before every sentence that opens with a
    /// quotation mark, unless the sentence before closes one, and a glued first paragraph after its first sentence.
    /// Archives often keep an article as one line, its paragraphs joined by spaces; news starts a paragraph with a
    /// quote that often, and a quote that runs over paragraphs reopens its mark at each of them, so these cuts give
    /// back the paragraphs the quote stages read: whose speaker the one before names, and which parts make one quote.
    /// </summary>
    private static void SplitGluedParagraphs(Document document)
    {
        var sentences = document.Sentences;
        if (sentences.Count <= GluedParagraphSentences)
        {
            return;
        }

        var paragraphs = document.Paragraphs;
        List<TokenRange>? split = null; // made at the first glued paragraph: almost every text has none
        int s = 0;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            int first = s;
            while (s < sentences.Count && sentences[s].Start < paragraph.End)
            {
                s++;
            }

            if (!IsGlued(document, paragraph, s - first))
            {
                split?.Add(paragraph);
                continue;
            }

            split ??= paragraphs.GetRange(0, p);
            int start = paragraph.Start;
            for (int k = first + 1; k < s; k++)
            {
                int at = sentences[k].Start;
                // The text's first sentence is its headline, as a first paragraph would be: the quote stages read
                // a headline's quotes as titles and slogans, which the running text after it is not.
                if ((p == 0 && k == first + 1) || (OpensQuote(document, at) && !ClosesQuote(document, sentences[k - 1])))
                {
                    split.Add(new TokenRange(start, at));
                    start = at;
                }
            }

            split.Add(new TokenRange(start, paragraph.End));
        }

        if (split is not null)
        {
            paragraphs.Clear();
            paragraphs.AddRange(split);
        }
    }

    private static bool IsGlued(Document document, TokenRange paragraph, int sentences) =>
        sentences > GluedParagraphSentences && document.EndOf(paragraph) - document.StartOf(paragraph) > GluedParagraphChars;

    // Whether a mark in the sentence closes a quote that the sentence goes on after: the next sentence's quote then
    // goes on with the same speaker ("“It is over,” said Levy. “We lost.”"), in the same paragraph. A sentence that
    // ends with its quote's closing mark ends its paragraph far more often: of the PolNeAR train sentences that end
    // so and are followed by a quote, 257 end a paragraph and 12 do not.
    private static bool ClosesQuote(Document document, TokenRange sentence)
    {
        if (IsMark(document, sentence.End - 1, opening: false))
        {
            return false;
        }

        for (int t = sentence.Start; t < sentence.End; t++)
        {
            if (IsMark(document, t, opening: false))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensQuote(Document document, int t) => IsMark(document, t, opening: true);

    // Whether token t is a quotation mark that can only open a quote (opening) or only close one (not opening).
    private static bool IsMark(Document document, int t, bool opening)
    {
        var token = document.Tokens[t];
        return token.Length == 1 && token.Kind != TokenKind.Word
            && QuoteMarks.TryClassify(document.Text, token.Start, out _, out bool canOpen, out bool canClose)
            && canOpen == opening && canClose != opening;
    }

    /// <summary>Counts the line breaks between token <paramref name="i"/> and the next (CRLF counts once).</summary>
    private static int LineBreaksAfter(string text, List<Token> tokens, int i)
    {
        int from = tokens[i].End;
        int to = tokens[i + 1].Start;
        int breaks = 0;
        for (int k = from; k < to; k++)
        {
            if (HardWrap.LineBreaks.Contains(text[k]))
            {
                breaks++;
                k = HardWrap.NextLineStart(text, k) - 1;
            }
        }

        return breaks;
    }

    private static bool IsParagraphBreak(Document document, int i)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        int breaks = LineBreaksAfter(text, tokens, i);
        if (breaks == 0)
        {
            return false;
        }

        if (breaks > 1)
        {
            return true; // a blank line
        }

        if (!document.LineBreakBetween(i, i + 1))
        {
            return false; // a soft break of hard-wrapped text
        }

        // One line break: a paragraph end, unless a hard-wrapped sentence simply goes on.
        var next = tokens[i + 1].Span(text);
        bool continues = !IsTerminal(tokens[i].Span(text)) && char.IsLower(next[0]) && tokens[i].Kind != TokenKind.Punctuation;
        return !continues;
    }

    private static bool EndsSentence(Document document, int i)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        var token = tokens[i].Span(text);
        if (EndsDottedAbbreviation(document, i))
        {
            return true;
        }

        if (!IsTerminal(token))
        {
            // A closing quote or bracket right after the terminal mark belongs to the sentence it closes.
            if (!IsCloser(token) || i == 0 || tokens[i - 1].End != tokens[i].Start || !EndsWithTerminal(text, tokens, i - 1))
            {
                return false;
            }
        }

        var next = tokens[i + 1];
        var nextText = next.Span(text);
        if (next.Start == tokens[i].End && IsCloser(nextText))
        {
            return false; // the closer is read next and ends the sentence itself
        }

        char first = nextText[0];
        if (char.IsLower(first) || first is ',' or ';' or ':' or ')' or ']' or '}')
        {
            // No sentence starts with a comma or a closing bracket: the period before it closed an abbreviation
            // the tokenizer left bare ("in San Bernardino, Calif., on Tuesday", "Mitch McConnell, R-Ky., said").
            return false;
        }

        if (token.Length == 1 && token[0] == '.' && i > 0 && IsAbbreviationPeriod(text, tokens, i))
        {
            return false;
        }

        if (IsQuoteCloser(token) && IsAttributionTag(document, i + 1))
        {
            return false;
        }

        return char.IsUpper(first) || char.IsDigit(first) || IsOpener(nextText) || !char.IsLetter(first);
    }

    /// <summary>
    /// Whether a dotted abbreviation that keeps its period ("N.C.", "D.C.") ends the sentence: before a quote that
    /// opens with a capital ("in Fayetteville, N.C. “He deserved it,” McGraw said"). Mid-sentence, a quoted phrase
    /// after such a word starts in lower case; before a plain capital the word is as often mid-sentence ("the U.S.
    /// Senate") and stays so.
    /// </summary>
    private static bool EndsDottedAbbreviation(Document document, int i)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        var token = tokens[i].Span(text);
        if (tokens[i].Kind != TokenKind.Word || token.Length < 3 || token[^1] != '.' || token[..^1].IndexOf('.') < 0
            || i + 2 >= tokens.Count || tokens[i + 1].Start == tokens[i].End)
        {
            return false;
        }

        var next = tokens[i + 1].Span(text);
        if (!IsOpener(next) || next[0] is '(' or '[')
        {
            return false;
        }

        // Two apostrophes make one double mark (''He deserved it,'').
        int after = i + 2;
        if (next[0] == '\'' && after + 1 < tokens.Count && QuoteMarks.IsDoubleApostrophe(text, tokens[i + 1].Start))
        {
            after++;
        }

        return tokens[after].Start == tokens[after - 1].End && char.IsUpper(text[tokens[after].Start]);
    }

    /// <summary>
    /// Whether the tokens from <paramref name="from"/> are a quote's attribution tag standing on its own after the
    /// quote's terminal mark ("Why not?" Trump asked. / "We won." Sen. Ted Cruz said,): a few capitalized words, a
    /// speech verb and a comma or full stop. Such a tag is no sentence by itself; cut off, it would leave the
    /// quote without its speaker.
    /// </summary>
    private static bool IsAttributionTag(Document document, int from)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        const int MaxNameTokens = 5;
        int k = from;
        while (k < tokens.Count && k - from < MaxNameTokens && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start]))
        {
            if (k + 1 >= tokens.Count || document.LineBreakBetween(k, k + 1))
            {
                return false;
            }

            k++;
        }

        if (k == from)
        {
            return false;
        }

        // An appositive between commas may stand between the name and the verb ("Rep. Glenn Thompson, R-Pa., said").
        const int MaxAppositiveTokens = 8;
        if (k + 1 < tokens.Count && tokens[k].Length == 1 && text[tokens[k].Start] == ',')
        {
            int comma = k;
            int limit = Math.Min(tokens.Count - 1, comma + 1 + MaxAppositiveTokens);
            for (int j = comma + 1; j < limit; j++)
            {
                if (document.LineBreakBetween(j - 1, j))
                {
                    return false;
                }

                if (tokens[j].Length == 1 && text[tokens[j].Start] == ',')
                {
                    k = j + 1;
                    break;
                }
            }

            if (k == comma)
            {
                return false;
            }
        }

        if (k + 1 >= tokens.Count || !IsSpeechVerb(tokens[k].Span(text)) || document.LineBreakBetween(k - 1, k))
        {
            return false;
        }

        // "said." or "said in a statement" ends the tag; "said:" or "said he ..." opens a sentence of its own.
        var after = tokens[k + 1].Span(text);
        return after is "." or "," or "of" or "in" or "on" or "at" or "during" or "after" or "before" or "while" or "from" or "with";
    }

    private static bool IsSpeechVerb(ReadOnlySpan<char> word) =>
        word is "said" or "says" or "asked" or "asks" or "added" or "adds" or "wrote" or "writes" or "tweeted"
            or "replied" or "responded" or "continued" or "explained" or "insisted" or "noted" or "recalled"
            or "shouted" or "yelled" or "joked" or "quipped" or "exclaimed" or "countered" or "argued"
            or "concluded" or "declared" or "warned";

    private static bool IsQuoteCloser(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB';

    /// <summary>
    /// Whether the bare period at token <paramref name="i"/> belongs to the word before it rather than ending a
    /// sentence: it stands inside a word ("D-N.Y.", "Pa.-based"), after a lone lower-case letter ("Roe v. Wade"),
    /// after a plural title ("Sens. Warren and Markey"), or in a number label ("No. 2").
    /// </summary>
    private static bool IsAbbreviationPeriod(string text, List<Token> tokens, int i)
    {
        var before = tokens[i - 1];
        if (before.End != tokens[i].Start || before.Kind != TokenKind.Word)
        {
            return false;
        }

        var next = tokens[i + 1];
        if (next.Start == tokens[i].End && next.Kind is TokenKind.Word or TokenKind.Number)
        {
            return true;
        }

        var word = before.Span(text);
        if (word.Length == 1 && char.IsLower(word[0]))
        {
            return true;
        }

        if (word is "No" or "Nos")
        {
            return next.Kind == TokenKind.Number;
        }

        return word is "Sens" or "Reps" or "Govs" or "Drs" or "Profs" or "Lts" or "Sgts" or "Cols" or "Adms";
    }

    private static bool EndsWithTerminal(string text, List<Token> tokens, int i)
    {
        // At most a few closers stand after a full stop (.'") ; the bound keeps a run of 100,000 marks linear.
        const int MaxClosers = 3;
        for (int closers = 0; i >= 0 && IsCloser(tokens[i].Span(text)); closers++)
        {
            if (i == 0 || tokens[i - 1].End != tokens[i].Start || closers == MaxClosers)
            {
                return false;
            }

            i--;
        }

        return i >= 0 && IsTerminal(tokens[i].Span(text));
    }

    private static bool IsTerminal(ReadOnlySpan<char> token) =>
        token.Length > 0 && token[0] is '.' or '!' or '?' or '\u2026' && token.IndexOfAnyExcept(".!?\u2026") < 0;

    private static bool IsCloser(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

    private static bool IsOpener(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB' or '\u201E';
}
