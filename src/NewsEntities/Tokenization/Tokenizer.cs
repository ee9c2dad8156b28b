using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsEntities.Tokenization;

/// <summary>
/// Splits text into tokens the way news corpora (CoNLL-2003, Penn Treebank) do, so that a model trained on them sees
/// the same units at run time: clitics split off ("do|n't", "Israel|'s"), inner hyphens kept ("de-escalation",
/// "Al-Ahmad"), abbreviation and initial periods kept ("U.S.", "Dr.", "R."), every other punctuation mark alone.
/// </summary>
/// <remarks>
/// Hand-written rather than regex-based: it is the hottest loop of the pipeline, runs in one pass with no
/// allocation besides the output list, and is linear on any input (no backtracking).
/// </remarks>
internal static class Tokenizer
{
    private const int CancellationInterval = 1 << 16;

    /// <summary>Tokenizes <paramref name="text"/> and appends the tokens to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, List<Token> tokens, CancellationToken cancellationToken = default)
    {
        int n = text.Length;
        int i = 0;
        int nextCheck = CancellationInterval;
        while (i < n)
        {
            if (i >= nextCheck)
            {
                // Every 64K characters: a 20 MB text takes a few hundred milliseconds to tokenize.
                cancellationToken.ThrowIfCancellationRequested();
                nextCheck = i + CancellationInterval;
            }

            char c = text[i];
            if (IsSkippable(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, tokens);
                continue;
            }

            if (c == '.' && i + 1 < n && text[i + 1] == '.')
            {
                i = AddRun(text, i, '.', TokenKind.Punctuation, tokens);
                continue;
            }

            if (c == '-' && i + 1 < n && text[i + 1] == '-')
            {
                i = AddRun(text, i, '-', TokenKind.Punctuation, tokens);
                continue;
            }

            if (IsApostrophe(c) && i + 1 < n && char.IsLetter(text[i + 1]))
            {
                // A clitic standing after a space or a closing quote ("'s" as in "the 1990s' 's"), or a contraction
                // at the start of a word ('em, 'cause): both read as one word token.
                int suffixEnd = ContractionSuffixEnd(text, i);
                if (suffixEnd > 0 && i > 0 && !IsSkippable(text[i - 1]))
                {
                    tokens.Add(new Token(i, suffixEnd - i, TokenKind.Word));
                    i = suffixEnd;
                    continue;
                }
            }

            if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                int end = ReadSymbolCluster(text, i);
                tokens.Add(new Token(i, end - i, TokenKind.Symbol));
                i = end;
                continue;
            }

            tokens.Add(new Token(i, 1, ClassifySingle(c)));
            i++;
        }
    }

    /// <summary>Tokenizes <paramref name="text"/> into a new list.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(Math.Max(4, text.Length / 5));
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>
    /// True for whitespace, control and invisible format characters (<see cref="InvisibleCharacters"/>), which never
    /// start a token. The pipeline leaves the invisible ones out before it tokenizes; callers that tokenize raw text
    /// (word lists, benchmarks) skip them here.
    /// </summary>
    public static bool IsSkippable(char c) => char.IsWhiteSpace(c) || char.IsControl(c) || InvisibleCharacters.IsInvisible(c);

    /// <summary>
    /// Whether a token is a dash: a hyphen, a run of two ("--", how plain text writes an em dash: "PHILADELPHIA (AP)
    /// --"), an en or em dash, or the horizontal bar that signs a quote ("..." \u2015 Jane Roe).
    /// </summary>
    public static bool IsDash(ReadOnlySpan<char> token) => token is "-" or "--" or "\u2013" or "\u2014" or "\u2015";

    /// <summary>
    /// The typographic apostrophe (’), which the recognizer's features and the name keys read as the ASCII one: the
    /// training news (CoNLL-2003) and the word lists write "O'Malley" and "'s", most news today "O’Malley" and "’s".
    /// Not ‘, which opens a quote far more often.
    /// </summary>
    public const char TypographicApostrophe = '\u2019';

    /// <summary><paramref name="c"/>, or the ASCII apostrophe for <see cref="TypographicApostrophe"/>.</summary>
    /// <remarks>One comparison the JIT makes a conditional move: it runs for every character of every feature.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char AsciiApostrophe(char c) => c == TypographicApostrophe ? '\'' : c;

    /// <summary>True for the straight apostrophe and its typographic look-alikes.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    /// <summary>
    /// Whether token <paramref name="t"/> ends a possessive: the clitic "'s" ("Ryan's"), or an apostrophe written
    /// against the word before it ("Sanders'"); not the "'s" of "has" ("Christie's been making the case"). False past
    /// the last token, where a name that ends the text asks.
    /// </summary>
    public static bool IsPossessiveEnding(string text, List<Token> tokens, int t)
    {
        if (t >= tokens.Count)
        {
            return false;
        }

        var token = tokens[t].Span(text);
        if (IsPossessiveS(token))
        {
            return t + 1 >= tokens.Count || !tokens[t + 1].Span(text).Equals("been", StringComparison.Ordinal);
        }

        return token.Length == 1 && IsApostrophe(token[0]) && t > 0 && tokens[t - 1].End == tokens[t].Start;
    }

    /// <summary>Whether a token is the clitic "'s" of a possessive, whatever its apostrophe.</summary>
    public static bool IsPossessiveS(ReadOnlySpan<char> token) => token.Length == 2 && IsApostrophe(token[0]) && (token[1] | 0x20) == 's';

    private static int ReadWord(string text, int start, List<Token> tokens)
    {
        int n = text.Length;
        bool numeric = char.IsDigit(text[start]);
        bool dotted = false;
        int j = start + 1;
        while (j < n)
        {
            char ch = text[j];
            if (char.IsLetterOrDigit(ch) || IsCombining(ch))
            {
                j++;
                continue;
            }

            bool nextIsAlnum = j + 1 < n && char.IsLetterOrDigit(text[j + 1]);
            if (IsInnerHyphen(ch) && nextIsAlnum)
            {
                j++;
                continue;
            }

            if (IsApostrophe(ch) && j + 1 < n && char.IsLetter(text[j + 1]))
            {
                int suffixEnd = ContractionSuffixEnd(text, j);
                if (suffixEnd > 0)
                {
                    // "don't" splits as "do" + "n't", the Treebank way; "it's" as "it" + "'s".
                    bool negation = suffixEnd - j == 2 && (text[j + 1] | 0x20) == 't' && j - 1 > start && (text[j - 1] | 0x20) == 'n';
                    int wordEnd = negation ? j - 1 : j;
                    tokens.Add(new Token(start, wordEnd - start, numeric ? TokenKind.Number : TokenKind.Word));
                    tokens.Add(new Token(wordEnd, suffixEnd - wordEnd, TokenKind.Word));
                    return suffixEnd;
                }

                // An apostrophe inside a name or a transliteration: O'Brien, ג'נין.
                j++;
                continue;
            }

            // Hebrew acronyms write a double mark between letters (צה"ל): part of the word, never a quote mark.
            if (ch is '"' or '\u05F4' && j + 1 < n && IsNonLatinLetter(text[j - 1]) && IsNonLatinLetter(text[j + 1]))
            {
                j++;
                continue;
            }

            if (numeric && ch is ',' or '.' && j + 1 < n && char.IsDigit(text[j + 1]))
            {
                j++;
                continue;
            }

            // Dotted acronyms keep their dots: U.S, e.g, D.C (the final period is decided below).
            if (!numeric && ch == '.' && j + 1 < n && char.IsLetter(text[j + 1]) && SegmentLength(text, start, j) == 1
                && (j + 2 >= n || !char.IsLetter(text[j + 2]) || text[j + 2] == '.'))
            {
                dotted = true;
                j++;
                continue;
            }

            break;
        }

        if (j < n && text[j] == '.' && !numeric && TakesPeriod(text, start, j, dotted))
        {
            j++;
        }

        tokens.Add(new Token(start, j - start, numeric ? TokenKind.Number : TokenKind.Word));
        return j;
    }

    private static bool TakesPeriod(string text, int start, int end, bool dotted)
    {
        if (dotted)
        {
            return true;
        }

        int length = end - start;
        if (length == 1)
        {
            // A single capital before a period is an initial ("Michael R. Fenzel").
            return char.IsUpper(text[start]);
        }

        return length <= 6 && IsAbbreviation(text.AsSpan(start, length));
    }

    /// <summary>
    /// Words that take their period with them. Kept short on purpose: an ambiguous one ("No.", "Co.") would glue
    /// the full stop of a sentence to a word, and the splitter could no longer see the sentence end.
    /// </summary>
    /// <remarks>
    /// A pattern over the span rather than a set of strings: it is asked before every period that follows a short
    /// word (every "said."), and a set lookup needed a substring per question on .NET 8.
    /// </remarks>
    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word is "Mr" or "Mrs" or "Ms" or "Dr" or "Prof" or "Sen" or "Rep" or "Gov" or "Gen" or "Lt" or "Col" or "Capt"
            or "Sgt" or "Maj" or "Adm" or "Cmdr" or "Cpl" or "Pvt" or "Rev" or "Hon" or "Pres" or "Supt" or "Atty"
            or "Amb" or "St" or "Mt" or "Ft" or "Jr" or "Sr" or "Inc" or "Corp" or "Ltd" or "Bros" or "vs" or "etc"
            or "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov"
            or "Dec" or "Ave" or "Blvd" or "Dept" or "Univ" or "approx" or "Gens" or "Messrs" or "Mmes" or "cf";

    private static int SegmentLength(string text, int start, int dot)
    {
        int k = dot - 1;
        while (k >= start && text[k] != '.')
        {
            k--;
        }

        return dot - k - 1;
    }

    /// <summary>
    /// If the apostrophe at <paramref name="at"/> starts an English clitic ('s, 't after n, 'll, 're, 've, 'd, 'm)
    /// that ends the word, the index just past it; otherwise 0.
    /// </summary>
    private static int ContractionSuffixEnd(string text, int at)
    {
        int n = text.Length;
        int k = at + 1;
        while (k < n && char.IsLetter(text[k]) && k - at <= 3)
        {
            k++;
        }

        if (k < n && (char.IsLetterOrDigit(text[k]) || IsCombining(text[k])))
        {
            return 0;
        }

        var suffix = text.AsSpan(at + 1, k - at - 1);
        bool isClitic = suffix.Length switch
        {
            1 => (suffix[0] | 0x20) is 's' or 't' or 'd' or 'm',
            2 => suffix.Equals("ll", StringComparison.OrdinalIgnoreCase)
                 || suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
                 || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
        return isClitic ? k : 0;
    }

    private static int AddRun(string text, int start, char mark, TokenKind kind, List<Token> tokens)
    {
        int j = start;
        while (j < text.Length && text[j] == mark)
        {
            j++;
        }

        tokens.Add(new Token(start, j - start, kind));
        return j;
    }

    /// <summary>An emoji with its modifiers, variation selectors and zero-width-joined parts, as one symbol.</summary>
    private static int ReadSymbolCluster(string text, int start)
    {
        int n = text.Length;
        int j = start + 2;
        while (j < n)
        {
            char ch = text[j];
            if (ch is '\uFE0F' or '\uFE0E' || IsCombining(ch))
            {
                j++;
            }
            else if (ch == '\u200D' && j + 1 < n && !char.IsWhiteSpace(text[j + 1]))
            {
                j += j + 2 < n && char.IsHighSurrogate(text[j + 1]) && char.IsLowSurrogate(text[j + 2]) ? 3 : 2;
            }
            else if (ch == '\uD83C' && j + 1 < n && text[j + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                // Skin-tone modifiers U+1F3FB..U+1F3FF.
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static bool IsCombining(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static bool IsNonLatinLetter(char c) => c > '\u024F' && char.IsLetter(c);

    private static bool IsInnerHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static TokenKind ClassifySingle(char c) =>
        char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
}
