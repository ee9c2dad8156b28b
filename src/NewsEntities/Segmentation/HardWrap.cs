using System.Buffers;

namespace NewsEntities.Segmentation;

/// <summary>
/// Text wrapped at a fixed width, as plain-text news archives (Gigaword, wire feeds, mail) store it: lines end
/// wherever the next word would not fit, so a line break inside a paragraph says nothing. Such a break is soft, and
/// the stages that read a line end as the end of a paragraph or a headline must not see it.
/// </summary>
/// <remarks>
/// A greedy wrapper ends a line only when the next word would not fit. So a text is taken as wrapped when nine of its
/// lines in ten are at most <see cref="MaxWidth"/> characters long, at least two in five of its lines that end in a single
/// line break could not have taken the first word of the next line, and a good share of those go on in lower case
/// (prose does; a list of headlines or links, whose lines may be as even, does not). Text written one paragraph per
/// line fails the first two tests, since its lines end where its paragraphs do; wrapped text whose paragraphs are
/// set apart by a single line break still passes them, the last line of each paragraph aside. Within wrapped
/// text, a single break is soft when that same test holds for its line and the next line is not indented; a blank
/// line, an indented line and a line that ends early still end a paragraph.
/// </remarks>
internal static class HardWrap
{
    /// <summary>The widest wrapping looked for; paragraphs written on one line are mostly longer.</summary>
    internal const int MaxWidth = 120;

    private const int MinWidth = 30;
    private const int MinLines = 4;
    private const double MinSoftShare = 0.4;
    private const double MinLowerShare = 0.3;

    /// <summary>
    /// The width <paramref name="text"/> is wrapped at, or 0 when it is not wrapped. The width is taken as the length
    /// nine lines in ten stay within, not the longest line: a web address or a table row overruns the width of
    /// text that is wrapped all the same.
    /// </summary>
    public static int WidthOf(string text)
    {
        // Lengths of the lines that hold anything, counted per length up to MaxWidth: no allocation per document.
        Span<int> lengths = stackalloc int[MaxWidth + 1];
        int lines = 0;
        int longer = 0;
        for (int lineStart = 0; lineStart <= text.Length;)
        {
            int lineEnd = LineEnd(text, lineStart);
            int length = TrimmedLength(text, lineStart, lineEnd);
            if (length > MaxWidth)
            {
                longer++;
            }
            else if (length > 0)
            {
                lengths[length]++;
            }

            lines += length > 0 ? 1 : 0;
            lineStart = NextLineStart(text, lineEnd);
        }

        int overrun = lines / 10;
        if (lines <= MinLines || longer > overrun)
        {
            return 0;
        }

        int width = MaxWidth;
        for (int above = longer; width > 0 && above + lengths[width] <= overrun; width--)
        {
            above += lengths[width];
        }

        if (width < MinWidth)
        {
            return 0;
        }

        int inner = 0;
        int soft = 0;
        int lower = 0;
        for (int lineStart = 0; lineStart < text.Length;)
        {
            int lineEnd = LineEnd(text, lineStart);
            int next = NextLineStart(text, lineEnd);
            if (next < text.Length && !IsBreak(text[next]) && TrimmedLength(text, lineStart, lineEnd) > 0)
            {
                inner++;
                if (WordWouldNotFit(text, lineStart, lineEnd, next, width))
                {
                    soft++;
                    lower += char.IsLower(text[next]) ? 1 : 0;
                }
            }

            lineStart = next;
        }

        return inner >= MinLines && soft >= MinSoftShare * inner && lower >= MinLowerShare * soft ? width : 0;
    }

    /// <summary>
    /// Whether the line break at <paramref name="at"/> (its first character) is soft in a text wrapped at
    /// <paramref name="width"/>: a single break, after a line that could not have taken the next line's first
    /// word, before a line that is not indented.
    /// </summary>
    public static bool IsSoft(string text, int at, int width)
    {
        if (width == 0)
        {
            return false;
        }

        int next = NextLineStart(text, at);
        if (next >= text.Length || IsBreak(text[next]) || char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        // A line far longer than the width was not made by the wrapper; the bound keeps a break after a line of
        // megabytes as cheap to ask about as any other.
        int lineStart = at;
        while (lineStart > 0 && !IsBreak(text[lineStart - 1]))
        {
            if (at - lineStart > 2 * MaxWidth)
            {
                return false;
            }

            lineStart--;
        }

        return WordWouldNotFit(text, lineStart, at, next, width);
    }

    private static bool WordWouldNotFit(string text, int lineStart, int lineEnd, int next, int width)
    {
        // A no-break space joins what it stands between into one word, for a wrapper as for a reader.
        int word = next;
        while (word < text.Length && word - next <= width && (!char.IsWhiteSpace(text[word]) || text[word] is '\u00A0' or '\u2007' or '\u202F'))
        {
            word++;
        }

        return TrimmedLength(text, lineStart, lineEnd) + 1 + (word - next) > width;
    }

    private static int TrimmedLength(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end - start;
    }

    // Where the line that starts at lineStart ends: its line break, or the end of the text.
    private static int LineEnd(string text, int lineStart)
    {
        int found = text.AsSpan(lineStart).IndexOfAny(LineBreaks);
        return found < 0 ? text.Length : lineStart + found;
    }

    /// <summary>The first character after the line break at <paramref name="i"/> (CRLF is one break).</summary>
    internal static int NextLineStart(string text, int i) =>
        i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;

    /// <summary>The characters that end a line: LF, CR (alone or before LF), U+2028 and U+2029.</summary>
    internal static SearchValues<char> LineBreaks { get; } = SearchValues.Create("\n\r\u2028\u2029");

    private static bool IsBreak(char c) => LineBreaks.Contains(c);
}
