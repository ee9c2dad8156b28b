using System.Buffers;

namespace NewsEntities.Tokenization;

/// <summary>
/// The invisible format characters that web pages, word processors and feeds leave inside text: the soft hyphen a
/// hyphenating editor puts in long words, zero-width spaces and joiners, direction marks around names, the word
/// joiner and the byte-order mark. A reader sees "Oba&#xAD;ma" as "Obama"; so must the analysis, whose word tables,
/// feature hashes and name keys compare characters. <see cref="SourceText"/> therefore leaves them out of the text
/// the stages read: one vector search on the text that has none, where teaching every comparison to skip them
/// would cost on every character.
/// </summary>
internal static class InvisibleCharacters
{
    /// <summary>Every invisible character lies above this one.</summary>
    public const char LastVisible = '\u00AC';

    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        "\u00AD\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF");

    /// <summary>Whether <paramref name="c"/> is one of the invisible characters.</summary>
    public static bool IsInvisible(char c) => c > LastVisible && Invisible.Contains(c);
}
