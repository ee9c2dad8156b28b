namespace NewsEntities.Rendering;

/// <summary>
/// Finds the paragraphs of plain text: runs of non-blank lines, separated by blank lines. A paragraph runs from its
/// first to its last non-whitespace character, so the whitespace between paragraphs belongs to none.
/// </summary>
internal static class Paragraphs
{
    public static List<(int Start, int End)> Find(string text)
    {
        var paragraphs = new List<(int Start, int End)>();
        int start = -1;
        int end = -1;
        int line = 0;
        while (line <= text.Length)
        {
            int lineEnd = text.IndexOf('\n', line);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            int first = line;
            while (first < lineEnd && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            if (first == lineEnd)
            {
                Close(paragraphs, ref start, end);
            }
            else
            {
                int last = lineEnd;
                while (char.IsWhiteSpace(text[last - 1]))
                {
                    last--;
                }

                if (start < 0)
                {
                    start = first;
                }

                end = last;
            }

            line = lineEnd + 1;
        }

        Close(paragraphs, ref start, end);
        return paragraphs;
    }

    private static void Close(List<(int Start, int End)> paragraphs, ref int start, int end)
    {
        if (start >= 0)
        {
            paragraphs.Add((start, end));
            start = -1;
        }
    }
}
