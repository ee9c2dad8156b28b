using System.Collections.Frozen;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition.Statistical;

/// <summary>
/// How a sentence is cased. In headlines (CoNLL's all-caps ones, the web's Title Case ones) a capital says nothing
/// about a name, so the recognizer leans on other evidence there and the document statistics skip them.
/// </summary>
internal enum SentenceCase
{
    Normal,
    AllCaps,
    TitleCase,
}

/// <summary>Decides <see cref="SentenceCase"/> from the characters of a sentence.</summary>
internal static class SentenceCasing
{
    // Words a Title Case headline leaves in lower case; any other lower-case word means running text.
    private static readonly FrozenSet<ulong> MinorWords = new[]
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "as", "by", "with", "from",
        "into", "onto", "over", "vs", "vs.", "via", "per", "off", "up", "out", "than", "de", "la", "du", "von", "van",
        "al", "bin", "'s", "s", "n't",
    }.Select(w => FeatureHash.Of(w)).ToFrozenSet();

    /// <summary>Whether a Title Case headline would leave <paramref name="word"/> in lower case ("of", "the").</summary>
    public static bool IsMinorWord(ReadOnlySpan<char> word) => MinorWords.Contains(FeatureHash.OfLower(word));

    public static SentenceCase Classify(string text, ReadOnlySpan<Token> tokens)
    {
        int lettered = 0;
        int capitalized = 0;
        bool anyLower = false;
        bool minorOnly = true;
        foreach (var token in tokens)
        {
            var chars = token.Span(text);
            bool hasLetter = false;
            bool hasLower = false;
            foreach (char c in chars)
            {
                hasLetter |= char.IsLetter(c);
                hasLower |= char.IsLower(c);
            }

            if (!hasLetter)
            {
                continue;
            }

            lettered++;
            anyLower |= hasLower;
            if (char.IsUpper(chars[0]))
            {
                capitalized++;
            }
            else if (minorOnly && !IsMinorWord(chars))
            {
                minorOnly = false;
            }
        }

        if (!anyLower)
        {
            // Two capitalised words at least, so a lone "NATO" or "U.S." is not a headline.
            return lettered >= 2 ? SentenceCase.AllCaps : SentenceCase.Normal;
        }

        return minorOnly && capitalized >= 4 ? SentenceCase.TitleCase : SentenceCase.Normal;
    }
}
