using System.Buffers;
using System.Text;

namespace NewsEntities.Tokenization;

/// <summary>
/// The text the stages read, made from the caller's as a reader of the page sees it: invisible format characters
/// left out (<see cref="InvisibleCharacters"/>); HTML character references, UTF-8 misread as Windows-1252, C1 controls
/// (Windows-1252 read as Latin-1) and typewriter opening marks ("``") read as the characters they stand for
/// (<see cref="CharacterReferences"/>, <see cref="Mojibake"/>, <see cref="Windows1252"/>); HTML tags and Markdown
/// syntax left out, a block element's tag read as a paragraph break (<see cref="HtmlMarkup"/>,
/// <see cref="MarkdownMarkup"/>); and decomposed accents joined to their letters (<see cref="LatinComposition"/>).
/// Almost every text has none of them and is read as it is; for the others, <see cref="Pipeline.Document.SourceSpan"/>
/// takes result offsets back to the caller's characters.
/// </summary>
internal static class SourceText
{
    // The characters up to InvisibleCharacters.LastVisible but the C1 controls, searched past for the next one the
    // reading may change. Through SearchValues rather than the generic IndexOfAnyExceptInRange, whose code allocated
    // until the JIT's last tier (the steady-state allocation test caught it when other tests ran beside it).
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        string.Create(InvisibleCharacters.LastVisible + 1, 0, static (chars, _) =>
        {
            for (int c = 0; c < chars.Length; c++)
            {
                chars[c] = IsC1((char)c) ? '\0' : (char)c;
            }
        }));

    /// <summary>
    /// The text to analyse for <paramref name="source"/> (the same instance when nothing changes). Each character
    /// of <paramref name="source"/> that has no character of its own in the result (an invisible one, the rest of a
    /// reference or misread sequence after the character it stands for, a tag's beyond the line breaks it reads
    /// as) adds to <paramref name="removedAt"/> the result offset before which it stood, so the list is sorted; the
    /// rest of a reference or sequence also goes to <paramref name="referenceTails"/>, so that a span ending with
    /// its character takes it whole. <paramref name="markdown"/> is scratch for the Markdown runs.
    /// </summary>
    public static string Normalize(
        string source, List<int> removedAt, List<int> referenceTails, List<(int Start, int End)> markdown) =>
        Normalize(source, removedAt, referenceTails, markdown, name: false);

    private static string Normalize(
        string source, List<int> removedAt, List<int> referenceTails, List<(int Start, int End)> markdown, bool name)
    {
        removedAt.Clear();
        referenceTails.Clear();
        if (name)
        {
            MarkdownMarkup.FindInName(source, markdown);
        }
        else
        {
            MarkdownMarkup.Find(source, markdown);
        }

        bool hasMarkdown = markdown.Count > 0;

        // An ampersand that starts no reference ("AT&T", "Q&A") or an angle bracket that starts no tag ("a < b")
        // changes nothing: a text with only such ones is read as it is, without a copy.
        var searches = new Searches(source);
        int next = searches.NextSpecial(0);
        while (next >= 0 && !Changes(source, next))
        {
            next = searches.NextSpecial(next + 1);
        }

        if (next < 0 && !hasMarkdown)
        {
            return source;
        }

        int range = 0;

        // The result is never longer than the source: a reference is longer than its character, a tag than its
        // line breaks.
        char[] kept = ArrayPool<char>.Shared.Rent(source.Length);
        try
        {
            int written = 0;
            int from = 0;
            while (true)
            {
                // The next Markdown run, if it comes first, is left out whole.
                while (range < markdown.Count && markdown[range].End <= from)
                {
                    range++;
                }

                int markdownStart = range < markdown.Count ? Math.Max(from, markdown[range].Start) : -1;
                if (markdownStart >= 0 && (next < 0 || markdownStart <= next))
                {
                    source.AsSpan(from, markdownStart - from).CopyTo(kept.AsSpan(written));
                    written += markdownStart - from;
                    for (int k = markdownStart; k < markdown[range].End; k++)
                    {
                        removedAt.Add(written);
                    }

                    from = markdown[range].End;
                    next = searches.NextSpecial(from);
                    continue;
                }

                if (next < 0)
                {
                    break;
                }

                source.AsSpan(from, next - from).CopyTo(kept.AsSpan(written));
                written += next - from;
                from = next + 1;
                if (source[next] == '<')
                {
                    from = Tag(source, next, kept, ref written, removedAt, ref searches);
                }
                else if (InvisibleCharacters.IsInvisible(source[next]))
                {
                    removedAt.Add(written);
                }
                else if (IsCombining(source[next]) && written > 0
                    && LatinComposition.TryCompose(kept[written - 1], source[next], out char composed))
                {
                    // The letter before takes the accent ("e" and U+0301 read as "é"); a span ending with the letter
                    // takes the accent too.
                    kept[written - 1] = composed;
                    removedAt.Add(written);
                    referenceTails.Add(written);
                }
                else if (Decode(source.AsSpan(next), out var value, out int length))
                {
                    // One character, or two for one beyond U+FFFF (an emoji): the rest of the reference (or of the
                    // misread sequence) goes after.
                    bool shown = !(value.IsBmp && InvisibleCharacters.IsInvisible((char)value.Value));
                    int own = shown ? value.EncodeToUtf16(kept.AsSpan(written)) : 0;
                    written += own;
                    for (int k = own; k < length; k++)
                    {
                        removedAt.Add(written);
                        if (shown)
                        {
                            referenceTails.Add(written);
                        }
                    }

                    from = next + length;
                }
                else
                {
                    kept[written++] = source[next];
                }

                next = searches.NextSpecial(from);
            }

            source.AsSpan(from).CopyTo(kept.AsSpan(written));
            written += source.Length - from;
            return new string(kept, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(kept);
        }
    }

    /// <summary>
    /// <paramref name="name"/> as the stages read it (the same instance when nothing changes): what an alias is
    /// made of, a name rather than its spelling.
    /// </summary>
    public static string Normalize(string name)
    {
        // A name is a few characters: a plain loop. The vector searches would read them in their generic scalar
        // tail, which allocated until the JIT's last tier (the steady-state allocation test caught it).
        for (int i = 0; i < name.Length; i++)
        {
            if (MayChange(name, i))
            {
                // The same instance when nothing changes after all ("AT&T").
                return Normalize(name, [], [], [], name: true);
            }
        }

        return name;
    }

    // Whether the name may change at i: an accented letter ("José") only when it starts a misread sequence, as it
    // does in no name, so that names are not read twice.
    private static bool MayChange(string name, int i)
    {
        char c = name[i];
        return c is '&' or '<' or '`' or '*' or '_' or '[' or '#' or '>' or '\\'
            || IsC1(c) || IsCombining(c) || InvisibleCharacters.IsInvisible(c)
            || (Mojibake.IsLead(c) && Mojibake.TryDecode(name.AsSpan(i), out _, out _));
    }

    // Whether the text changes at `at`, a character NextSpecial stops at: an invisible one always does.
    private static bool Changes(string source, int at) => source[at] switch
    {
        '<' => HtmlMarkup.TryRead(source.AsSpan(at), out _, out _, out _),
        var c when IsCombining(c) => at > 0 && LatinComposition.TryCompose(source[at - 1], c, out _),
        var c => InvisibleCharacters.IsInvisible(c) || Decode(source.AsSpan(at), out _, out _),
    };

    // The combining accents of decomposed text (NFD, as macOS and some editors write it: "e" and U+0301 for "é").
    // Read composed, as most text writes them, a name is one spelling across a corpus and the word lists know it.
    private static bool IsCombining(char c) => c is >= '\u0300' and <= '\u036F';

    // A character reference at an '&', a typewriter's opening mark at a '`', a Windows-1252 character at a C1
    // control, a misread UTF-8 character at a lead.
    private static bool Decode(ReadOnlySpan<char> text, out Rune value, out int length) => text[0] switch
    {
        '&' => CharacterReferences.TryDecode(text, out value, out length),
        '`' => TryDecodeGraves(text, out value, out length),
        var c when IsC1(c) => TryDecodeC1(c, out value, out length),
        _ => Mojibake.TryDecode(text, out value, out length),
    };

    // The C1 control characters U+0080-U+009F are no text: where they stand, Windows-1252 text (its curly quotation
    // marks, dashes and ellipsis at 0x80-0x9F) was read as Latin-1, as old archives and feeds were, so "\u0093Yes\u0094"
    // is "“Yes”".
    private static bool IsC1(char c) => c is >= '\u0080' and <= '\u009F';

    private static bool TryDecodeC1(char c, out Rune value, out int length)
    {
        int read = Windows1252.ToChar(c);
        value = read >= 0 ? new Rune(read) : default;
        length = read >= 0 ? 1 : 0;
        return read >= 0;
    }

    // Two grave accents are the opening double mark of text typed for TeX and of the Penn Treebank's news
    // (``Yes,'' he said); their closing '' is the double apostrophe the quote stages read as news writes it.
    private static bool TryDecodeGraves(ReadOnlySpan<char> text, out Rune value, out int length)
    {
        bool graves = text.Length > 1 && text[1] == '`';
        value = graves ? new Rune('\u201C') : default;
        length = graves ? 2 : 0;
        return graves;
    }

    // The index of the first invisible character, lead of a misread UTF-8 character (Mojibake), C1 control or
    // combining accent in text, or -1. News text lies mostly below InvisibleCharacters.LastVisible: a vectorized
    // search for the first character above it, checked, is about four times faster than searching for the set
    // (PolNeAR articles, about 35 such characters each: 0.2 against 0.7 ms per 200 articles once jitted).
    private static int IndexOfRewritten(ReadOnlySpan<char> text)
    {
        int at = 0;
        while (true)
        {
            int found = text[at..].IndexOfAnyExcept(Plain);
            if (found < 0)
            {
                return -1;
            }

            at += found;
            if (InvisibleCharacters.IsInvisible(text[at]) || Mojibake.IsLead(text[at]) || IsC1(text[at]) || IsCombining(text[at]))
            {
                return at;
            }

            at++;
        }
    }

    // Writes the line breaks the tag (or comment) at `at` reads as, if it is one, and records its other characters
    // as removed; returns where the source goes on. An element whose content is not text ("<script>") is left
    // out through its end tag, a comment through its "-->"; one with no end is left out only as far as its tag.
    private static int Tag(string source, int at, char[] kept, ref int written, List<int> removedAt, ref Searches searches)
    {
        if (!HtmlMarkup.TryRead(source.AsSpan(at), out int length, out int lineBreaks, out string? rawText))
        {
            kept[written++] = '<';
            return at + 1;
        }

        int end = at + length;
        if (source.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal))
        {
            int close = searches.CommentEnd(end);
            end = close >= 0 ? close + 3 : end;
        }
        else if (rawText is not null)
        {
            int close = searches.EndTag(rawText, end);
            int closeEnd = close >= 0 ? source.IndexOf('>', close, Math.Min(HtmlMarkup.MaxTagLength, source.Length - close)) : -1;
            end = closeEnd >= 0 ? closeEnd + 1 : end;
        }

        for (int k = 0; k < lineBreaks; k++)
        {
            kept[written++] = '\n';
        }

        for (int k = at + lineBreaks; k < end; k++)
        {
            removedAt.Add(written);
        }

        return end;
    }

    /// <summary>
    /// The searches of one text, each result kept until the reading passes it, so that a text with many of one
    /// thing and none of another (invisible characters and no '&amp;', comments never closed) is not searched to
    /// its end at each of them: the reading only goes forward, so a search from a later point finds the same.
    /// </summary>
    private struct Searches(string source)
    {
        // The ASCII characters that may start a rewrite, searched for together: one vector search over a text with
        // none.
        private static readonly char[] MarkupStarts = ['&', '<', '`'];

        // Each: where its last search found it (past the end when it found none), -1 before the first.
        private int markupStart = -1;
        private int rewritten = -1;
        private int commentEnd = -1;
        private int scriptEnd = -1;
        private int styleEnd = -1;

        // The next '&', '<', '`' or character IndexOfRewritten stops at, at or after from, or -1: where the text may
        // change.
        public int NextSpecial(int from)
        {
            if (markupStart < from)
            {
                markupStart = source.IndexOfAny(MarkupStarts, from);
                if (markupStart < 0)
                {
                    markupStart = source.Length;
                }
            }

            // The next character beyond ASCII to rewrite, kept likewise: the reading also jumps over Markdown runs,
            // and a search to the next '&' from each of them would read a long text with none again and again.
            if (rewritten < from)
            {
                int found = IndexOfRewritten(source.AsSpan(from));
                rewritten = found >= 0 ? from + found : source.Length;
            }

            int next = Math.Min(rewritten, markupStart);
            return next < source.Length ? next : -1;
        }

        /// <summary>The next "--&gt;" at or after <paramref name="from"/>, or -1.</summary>
        public int CommentEnd(int from) => Next(source, ref commentEnd, "-->", from);

        /// <summary>The next end tag of <paramref name="element"/> ("script" or "style") at or after <paramref name="from"/>, or -1.</summary>
        public int EndTag(string element, int from) =>
            element == "script" ? Next(source, ref scriptEnd, "</script", from) : Next(source, ref styleEnd, "</style", from);

        private static int Next(string source, ref int found, string value, int from)
        {
            if (found < from)
            {
                found = source.IndexOf(value, from, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    found = source.Length;
                }
            }

            return found < source.Length ? found : -1;
        }
    }
}
