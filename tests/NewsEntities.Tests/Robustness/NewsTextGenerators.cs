using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using NewsEntities.Tests.Acceptance;

namespace NewsEntities.Tests.Robustness;

/// <summary>
/// Random inputs that look enough like news to reach every stage: words of news vocabulary, every quote mark and
/// apostrophe, line breaks, and the characters that break naive text code (surrogates, combining marks, controls).
/// </summary>
internal static partial class NewsTextGenerators
{
    private static readonly string[] Pieces =
    [
        "Blinken", "Antony", "Abbas", "Mahmoud", "said", "told", "he", "she", "they", "added", "according to", "the",
        "Secretary of State", "Palestinian Authority", "PA", "U.S.", "Israel", "Jerusalem", "Dr", "Mr.", "al-Ahmad",
        "Abu", "Burns", "Bill", "of", "and", "in", "a", "politician", "statement", "remarks", "We", "believe", "it",
        "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", "\u201E", "\u201A", "\u2032", "`",
        ",", ".", ":", ";", "!", "?", "...", "(", ")", "[", "]", "-", "\u2013", "\u2014", "$", "50",
        " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00A0",
        "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\u200D", "\u00AD", "\u200B", "\u200E", "\u0301", "\uD800", "\uDC00", "\u0000", "\uFEFF",
        "\u05E6\u05D4\"\u05DC", "\u0627\u0644\u0642\u062F\u0633", "Jos\u8305", "\u00E2\u20AC\u0153", "&quot;", "<p>",
        "</p>", "<!--", "<script>", "<a href=\"/x\">", "\u00C3\u00A9", "\u00C3\u0192\u00C2", "\u0093", "``", "''",
        "](https://example.com/a)", "**", "_", "# ", "\n> ", "\\_", "![",
    ];

    public static Gen<string> NewsLike { get; } =
        Gen.Sized(size => Gen.ListOf(Gen.Elements(Pieces), Math.Max(1, size * 4)))
            .Select(pieces => string.Concat(pieces));

    /// <summary>A seed article with a few random characters inserted, deleted or replaced.</summary>
    public static Gen<string> MutatedSeed { get; } =
        from document in Gen.Elements(SeedGold.Load().Documents.Select(d => d.Text).ToArray())
        from edits in Gen.ListOf(Edit, 8)
        select Mutate(document, edits);

    private static Gen<(int Position, int Kind, string Piece)> Edit =>
        from position in Gen.Choose(0, int.MaxValue)
        from kind in Gen.Choose(0, 2)
        from piece in Gen.Elements(Pieces)
        select (position, kind, piece);

    private static string Mutate(string text, IEnumerable<(int Position, int Kind, string Piece)> edits)
    {
        var builder = new System.Text.StringBuilder(text);
        foreach (var (position, kind, piece) in edits)
        {
            int at = position % (builder.Length + 1);
            switch (kind)
            {
                case 0:
                    builder.Insert(at, piece);
                    break;
                case 1 when at < builder.Length:
                    builder.Remove(at, Math.Min(piece.Length, builder.Length - at));
                    break;
                default:
                    if (at < builder.Length)
                    {
                        builder[at] = piece[0];
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    // What a plain-text archive does to an article: each line ends at the last space before the width, and that
    // space becomes the line break, so every offset stays where it was.
    public static string Wrap(string text, int width)
    {
        var chars = text.ToCharArray();
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\n')
            {
                lineStart = i + 1;
                lastSpace = -1;
                continue;
            }

            if (i - lineStart >= width && lastSpace >= 0)
            {
                chars[lastSpace] = '\n';
                lineStart = lastSpace + 1;
                lastSpace = -1;
                i = lineStart - 1;
                continue;
            }

            if (chars[i] == ' ')
            {
                lastSpace = i;
            }
        }

        return new string(chars);
    }

    /// <summary>A capitalized word: where variants put a link or a tag around names and the words of headlines.</summary>
    [GeneratedRegex(@"\b\p{Lu}\p{L}+")]
    public static partial Regex CapitalizedWord();

    /// <summary>A lower-case word of ten letters or more: where variants put emphasis.</summary>
    [GeneratedRegex(@"\b[a-z]{10,}\b")]
    public static partial Regex LongWord();
}
