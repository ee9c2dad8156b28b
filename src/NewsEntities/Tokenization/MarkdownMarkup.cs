namespace NewsEntities.Tokenization;

/// <summary>
/// The Markdown that content systems and today's scrapers write articles in: links ("[Sanders](https://...)"),
/// images, strong and emphasized words ("**said**", "*Reuters*"), headings ("## ..."), block quotes ("&gt; “We ...")
/// and backslash escapes. A reader of the rendered page sees none of the marks; left in, a block quote's paragraph
/// opens with "&gt;" rather than its quotation mark and a link's address is read as words. <see cref="SourceText"/>
/// leaves out the characters <see cref="Find"/> lists.
/// </summary>
/// <remarks>
/// Only what is surely Markdown is read as it: a link's "](" followed by an address with no space, a pair of marks
/// that open before a word and close after one within a paragraph, a '#' or '&gt;' that starts a line and is
/// followed by a space. Square brackets in news ("[Sanders] said") and a lone asterisk stay as written.
/// </remarks>
internal static class MarkdownMarkup
{
    // The characters Markdown syntax starts with, searched for together (a string method: the generic span search
    // allocates until the JIT's last tier).
    private static readonly char[] Marks = ['[', '*', '_', '#', '>', '\\'];

    /// <summary>The longest link address read as one.</summary>
    private const int MaxAddress = 2048;

    /// <summary>The longest emphasized run, in characters, looked through for its closing mark.</summary>
    private const int MaxEmphasis = 400;

    /// <summary>
    /// Adds to <paramref name="ranges"/>, in order and without overlaps, the start and end of every run of
    /// <paramref name="text"/> that is Markdown syntax; returns whether it added any.
    /// </summary>
    public static bool Find(string text, List<(int Start, int End)> ranges)
    {
        ranges.Clear();
        int i = 0;
        while ((i = text.IndexOfAny(Marks, i)) >= 0)
        {
            char c = text[i];
            int next = i + 1;
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '*' or '_' or '[' or ']' or '#' or '>' or '\\' or '(' or ')' or '!' or '`')
            {
                // An escaped mark is the mark itself.
                ranges.Add((i, i + 1));
                next = i + 2;
            }
            else if (c is '#' or '>' && AtLineStart(text, i) && BlockMarkerEnd(text, i) is int end and > 0)
            {
                ranges.Add((i, end));
                next = end;
            }
            else if (c == '[' && Link(text, i, out int close, out int addressEnd))
            {
                // "![alt](address)" is an image: its description is no text of the article.
                bool image = i > 0 && text[i - 1] == '!' && (ranges.Count == 0 || ranges[^1].End <= i - 1);
                ranges.Add(image ? (i - 1, addressEnd) : (i, i + 1));
                if (!image)
                {
                    // The link's own text stays, and may hold emphasis: read it, then drop "](address)".
                    ReadEmphasis(text, i + 1, close, ranges);
                    ranges.Add((close, addressEnd));
                }

                next = addressEnd;
            }
            else if (c is '*' or '_' && Emphasis(text, i, text.Length, out int width, out int closer))
            {
                ranges.Add((i, i + width));
                ReadEmphasis(text, i + width, closer, ranges);
                ranges.Add((closer, closer + width));
                next = closer + width;
            }

            i = next;
        }

        return ranges.Count > 0;
    }

    // Emphasis inside a link's text or another emphasis, between from and to.
    private static void ReadEmphasis(string text, int from, int to, List<(int Start, int End)> ranges)
    {
        for (int i = from; i < to; i++)
        {
            if (text[i] is '*' or '_' && Emphasis(text, i, to, out int width, out int closer))
            {
                ranges.Add((i, i + width));
                ranges.Add((closer, closer + width));
                i = closer + width - 1;
            }
        }
    }

    // Whether only spaces and quote marks of an outer block quote stand between the line's start and i (at most
    // eight, so that a run of marks is not looked back over from each of them).
    private static bool AtLineStart(string text, int i)
    {
        int k = i - 1;
        while (k >= 0 && i - k <= 8 && text[k] is ' ' or '>')
        {
            k--;
        }

        return k < 0 || text[k] is '\n' or '\r';
    }

    // "## " (one to six) or "> " at a line's start: where the marks and the space after them end, or -1.
    private static int BlockMarkerEnd(string text, int i)
    {
        char mark = text[i];
        int end = i;
        while (end < text.Length && text[end] == mark && end - i < 6)
        {
            end++;
        }

        if (mark == '>' && end - i > 1)
        {
            return -1;
        }

        return end < text.Length && text[end] == ' ' ? end + 1 : -1;
    }

    // "[text](address)": the index of the "]" and the end of the ")". The text stays on one line; the address has no
    // space and looks like one (a scheme, a path or an anchor).
    private static bool Link(string text, int open, out int close, out int addressEnd)
    {
        close = addressEnd = -1;
        int k = open + 1;
        while (k < text.Length && text[k] is not (']' or '[' or '\n' or '\r') && k - open < MaxAddress)
        {
            k++;
        }

        if (k + 1 >= text.Length || text[k] != ']' || text[k + 1] != '(' || k == open + 1)
        {
            return false;
        }

        int address = k + 2;
        if (address >= text.Length || !(char.IsAsciiLetter(text[address]) || text[address] is '/' or '#' or '.'))
        {
            return false;
        }

        if (!Address(text, address, out int end))
        {
            return false;
        }

        close = k;
        addressEnd = end;
        return true;
    }

    // A link's address from `address` (after its "("), up to and with its ")": no space, parentheses inside it
    // balanced ("https://en.wikipedia.org/wiki/Mercury_(planet)"), and the look of an address (a scheme, a path or an
    // anchor).
    private static bool Address(string text, int address, out int end)
    {
        end = address;
        int depth = 0;
        while (end < text.Length && end - address < MaxAddress && !char.IsWhiteSpace(text[end]) && (text[end] != ')' || depth > 0))
        {
            depth += text[end] == '(' ? 1 : text[end] == ')' ? -1 : 0;
            end++;
        }

        if (end >= text.Length || text[end] != ')' || end == address)
        {
            return false;
        }

        var target = text.AsSpan(address, end - address);
        end++;
        return target.Contains("://", StringComparison.Ordinal) || target[0] is '/' or '#' || target.StartsWith("mailto:", StringComparison.Ordinal);
    }

    /// <summary>
    /// Like <see cref="Find"/>, for a name cut from a text (a mention's words): a link may have opened before it or
    /// closed after it, so its "](address)", a '[' and runs of emphasis marks are syntax wherever they stand, as a
    /// name never holds them.
    /// </summary>
    public static void FindInName(string name, List<(int Start, int End)> ranges)
    {
        ranges.Clear();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c == ']' && i + 1 < name.Length && name[i + 1] == '(' && Address(name, i + 2, out int end))
            {
                ranges.Add((i, end));
                i = end - 1;
            }
            else if (c is '[' or '*' or '_')
            {
                ranges.Add((i, i + 1));
            }
        }
    }

    // A run of one or two like marks that opens before a word (not inside one, for '_') and the same run that closes
    // after a word, within limit and the paragraph: its width and where the closer starts.
    private static bool Emphasis(string text, int i, int limit, out int width, out int closer)
    {
        char mark = text[i];
        width = i + 1 < limit && text[i + 1] == mark ? 2 : 1;
        closer = -1;
        int after = i + width;
        bool before = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
        if (after >= limit || char.IsWhiteSpace(text[after]) || text[after] == mark || (i > 0 && text[i - 1] == mark) || !before)
        {
            return false;
        }

        for (int k = after + 1; k < limit && k - after <= MaxEmphasis; k++)
        {
            char c = text[k];
            if (c is '\n' or '\r' && k + 1 < limit && text[k + 1] is '\n' or '\r')
            {
                return false;
            }

            if (c == mark && !char.IsWhiteSpace(text[k - 1]) && (width == 1 || (k + 1 < limit && text[k + 1] == mark))
                && (k + width >= limit || !char.IsLetterOrDigit(text[k + width])) && (k + width >= text.Length || text[k + width] != mark))
            {
                closer = k;
                return true;
            }
        }

        return false;
    }
}
