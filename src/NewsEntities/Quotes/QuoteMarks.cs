namespace NewsEntities.Quotes;

/// <summary>
/// Classifies the characters that can delimit a quotation and decides, from a mark's neighbours, whether it can
/// open or close one. Straight and prime-like marks face both ways, so their neighbours decide; typographic marks
/// face one way by their glyph.
/// </summary>
internal static class QuoteMarks
{
    public static QuoteShape Shape(char c, out QuoteFacing facing)
    {
        switch (c)
        {
            case '"' or '\u2033' or '\uFF02' or '\u02BA':
                facing = QuoteFacing.Either;
                return QuoteShape.Double;
            case '\u201C' or '\u201E' or '\u201F' or '\u00AB' or '\u301D':
                facing = QuoteFacing.Opening;
                return QuoteShape.Double;
            case '\u201D' or '\u00BB' or '\u301E' or '\u301F':
                facing = QuoteFacing.Closing;
                return QuoteShape.Double;
            case '\'' or '\u2032' or '\uFF07':
                facing = QuoteFacing.Either;
                return QuoteShape.Single;
            case '\u2018' or '\u201A' or '\u201B' or '\u2039':
                facing = QuoteFacing.Opening;
                return QuoteShape.Single;
            case '\u2019' or '\u203A':
                facing = QuoteFacing.Closing;
                return QuoteShape.Single;
            default:
                facing = QuoteFacing.Either;
                return QuoteShape.None;
        }
    }

    /// <summary>
    /// Whether the mark at <paramref name="at"/> can open and can close a quotation, from the characters around it.
    /// Returns false when the mark is not a quotation mark at all (an apostrophe, a mark inside a word).
    /// </summary>
    public static bool TryClassify(string text, int at, out QuoteShape shape, out bool canOpen, out bool canClose)
    {
        shape = Shape(text[at], out var facing);
        canOpen = false;
        canClose = false;
        if (shape == QuoteShape.None)
        {
            return false;
        }

        return Classify(text, at, at + 1, shape, facing, out canOpen, out canClose);
    }

    /// <summary>
    /// Whether two like apostrophes at <paramref name="at"/> make one double mark, as the New York Times writes
    /// quotes (''Yes,'' he said): two straight ones face either way, two left ones open, two right ones close.
    /// In a run of three the double mark is the outer two: after a word the first apostrophe closes a single
    /// quote ('a special case,''' he said), so the double mark starts one further on.
    /// </summary>
    public static bool IsDoubleApostrophe(string text, int at)
    {
        char c = text[at];
        if (c is not ('\'' or '\u2018' or '\u2019') || at + 1 >= text.Length || text[at + 1] != c)
        {
            return false;
        }

        bool afterWord = at > 0 && !IsSpace(text[at - 1]) && text[at - 1] != c;
        return !(afterWord && at + 2 < text.Length && text[at + 2] == c);
    }

    /// <summary>Like <see cref="TryClassify"/>, for a double mark of two apostrophes (<see cref="IsDoubleApostrophe"/>).</summary>
    public static bool TryClassifyDoubleApostrophe(string text, int at, out bool canOpen, out bool canClose)
    {
        var facing = text[at] switch
        {
            '\u2018' => QuoteFacing.Opening,
            '\u2019' => QuoteFacing.Closing,
            _ => QuoteFacing.Either,
        };
        canOpen = false;
        canClose = false;
        if (at > 0 && at + 2 < text.Length && char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(text[at + 2]))
        {
            return false;
        }

        return Classify(text, at, at + 2, QuoteShape.Double, facing, out canOpen, out canClose);
    }

    /// <summary>How the mark over [<paramref name="at"/>, <paramref name="end"/>) can face, from its neighbours.</summary>
    private static bool Classify(string text, int at, int end, QuoteShape shape, QuoteFacing facing, out bool canOpen, out bool canClose)
    {
        canOpen = false;
        canClose = false;
        char prev = at > 0 ? text[at - 1] : ' ';
        char next = end < text.Length ? text[end] : ' ';

        // A mark between two letters where either is not Latin is part of the word: Hebrew acronyms (צה"ל) and
        // transliterated apostrophes use it that way.
        if (char.IsLetter(prev) && char.IsLetter(next) && (!IsLatin(prev) || !IsLatin(next)))
        {
            return false;
        }

        bool spaceBefore = IsSpace(prev) || IsOpeningContext(prev);
        bool spaceAfter = IsSpace(next) || IsClosingContext(next);
        bool leftFlanking = !IsSpace(next) && (spaceBefore || !char.IsLetterOrDigit(prev));
        bool rightFlanking = !IsSpace(prev) && (spaceAfter || !char.IsLetterOrDigit(next));

        if (shape == QuoteShape.Single)
        {
            // Between two letters or digits a single mark is an apostrophe (rock'n'roll, O'Brien); after a letter
            // and before a space it may be a possessive (Abbas'), which only pairing can tell.
            if (char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next))
            {
                return false;
            }

            // An elided century ('90s, ’23) is not an opening quote.
            if (char.IsDigit(next) && facing != QuoteFacing.Closing && IsElidedYear(text, end))
            {
                return false;
            }

            // Nor is the apostrophe of a word clipped at its start ("how 'bout", "’til then", "let 'em", the Dutch
            // "Sophie in 't Veld"): opened as a quote, it would pair with the next closing mark sentences away.
            if (IsSpace(prev) && IsElidedWord(text, end))
            {
                return false;
            }

            // The mark after the "n" of "rock 'n' roll" belongs to the elision whose first mark is no quote mark
            // above; taken as a closer it would cut a single-quoted quote short at "rock 'n".
            if (prev is 'n' or 'N' && at >= 2 && text[at - 2] is '\'' or '\u2018' or '\u2019' && (at == 2 || IsSpace(text[at - 3])))
            {
                return false;
            }
        }

        // A typographic double mark typed the wrong way round faces the way its neighbours say when they leave no
        // doubt: “It's unusual,“ said Noble, or the Nordic ”yes” for an opening. Trusting the glyph there opens
        // a quote at the closer and shifts every later pairing in the paragraph.
        if (shape == QuoteShape.Double && facing == QuoteFacing.Opening && IsClearCloser(prev, next))
        {
            canClose = true;
            return true;
        }

        if (shape == QuoteShape.Double && facing == QuoteFacing.Closing && IsClearOpener(prev, next))
        {
            canOpen = true;
            return true;
        }

        switch (facing)
        {
            case QuoteFacing.Opening:
                canOpen = !IsSpace(next) || shape == QuoteShape.Double;
                return canOpen;
            case QuoteFacing.Closing:
                canClose = true;
                return true;
        }

        canOpen = leftFlanking && !(rightFlanking && char.IsLetterOrDigit(prev));
        canClose = rightFlanking && !(leftFlanking && char.IsLetterOrDigit(next));
        if (!canOpen && !canClose)
        {
            // A straight double mark with spaces on both sides or letters on both sides: pairing decides.
            if (shape == QuoteShape.Double)
            {
                canOpen = true;
                canClose = true;
                return true;
            }

            return false;
        }

        return true;
    }

    /// <summary>Right after a word or its punctuation and before a space: only a closing mark sits there.</summary>
    private static bool IsClearCloser(char prev, char next) =>
        IsSpace(next) && (char.IsLetterOrDigit(prev) || prev is '.' or ',' or '!' or '?' or ';' or '\u2026');

    /// <summary>
    /// After a space, a bracket, a dash or an invisible format mark and before a word: only an opening mark sits
    /// there. Punctuation before the mark is no such evidence, as a closer may lack its space ("Hispanics!”Former").
    /// </summary>
    private static bool IsClearOpener(char prev, char next) =>
        char.IsLetterOrDigit(next)
        && (IsSpace(prev) || prev is '(' or '[' or '\u2014' or '\u2013' || char.GetUnicodeCategory(prev) == System.Globalization.UnicodeCategory.Format);

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static bool IsOpeningContext(char c) =>
        c is '(' or '[' or '{' or '-' or '\u2013' or '\u2014' or '/' or ':' or '\u201C' or '\u2018' or '\u00AB' or '"' or '\'';

    private static bool IsClosingContext(char c) =>
        char.IsPunctuation(c) || char.IsSymbol(c);

    private static bool IsLatin(char c) => c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF');

    private static bool IsElidedWord(string text, int from)
    {
        const int MaxLength = 5;
        int k = from;
        while (k < text.Length && k - from <= MaxLength && char.IsLower(text[k]))
        {
            k++;
        }

        if (k == from || k - from > MaxLength || (k < text.Length && char.IsLetterOrDigit(text[k])))
        {
            return false;
        }

        return text.AsSpan(from, k - from) is "bout" or "cause" or "cuz" or "em" or "til" or "tis" or "twas" or "n"
            or "round" or "nuff" or "fraid" or "t" or "s" or "twere";
    }

    private static bool IsElidedYear(string text, int from)
    {
        int k = from;
        while (k < text.Length && k - from < 3 && char.IsDigit(text[k]))
        {
            k++;
        }

        return k - from == 2 && (k >= text.Length || !char.IsLetterOrDigit(text[k]) || text[k] == 's');
    }
}
