using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition;

/// <summary>
/// The words a document writes in lower case somewhere. A capitalized sentence opener that the document also
/// writes in lower case ("Actions", "Founded") is a common word, not a name.
/// </summary>
internal sealed class DocumentVocabulary
{
    private readonly HashSet<string> lowerCase;
#if NET9_0_OR_GREATER
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
#endif

    public DocumentVocabulary(Document document)
    {
        lowerCase = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
#if NET9_0_OR_GREATER
        lookup = lowerCase.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        foreach (var token in document.Tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var span = token.Span(document.Text);
            // "al-Ahmad" and "iPhone" are names written with a lower-case first letter, not common words.
            if (char.IsLower(span[0]) && !HasUpper(span))
            {
#if NET9_0_OR_GREATER
                lookup.Add(span);
#else
                lowerCase.Add(span.ToString());
#endif
            }
        }
    }

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the document writes <paramref name="word"/> in lower case somewhere.</summary>
    public bool HasLowerCase(ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        return lookup.Contains(word);
#else
        return lowerCase.Contains(word.ToString());
#endif
    }
}
