using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition;

/// <summary>
/// The first-pass source: maximal runs of capitalized tokens on one line (joined by "of", "for", "the" and name
/// particles), cut into names and typed by <see cref="RunTyper"/>. Title Case headlines only yield what the
/// gazetteers know; the document-level rules decide the rest.
/// </summary>
internal sealed class CapitalizedRunSource : IMentionSource
{
    private readonly Lexicon lexicon;

    public CapitalizedRunSource(Lexicon lexicon)
    {
        this.lexicon = lexicon;
    }

    public void Propose(Document document, LineLayout layout, List<MentionCandidate> candidates)
    {
        var tokens = document.Tokens;
        var typer = new RunTyper(document, lexicon, layout, new DocumentVocabulary(document), candidates);
        int n = tokens.Count;
        int i = 0;
        while (i < n)
        {
            if (!IsNameToken(document, i))
            {
                i++;
                continue;
            }

            int end = i + 1;
            while (end < n && layout.SameLine(i, end))
            {
                if (IsNameToken(document, end))
                {
                    end++;
                    continue;
                }

                int join = JoinLength(document, end);
                if (join > 0 && end + join < n && layout.SameLine(i, end + join) && IsNameToken(document, end + join))
                {
                    end += join;
                    continue;
                }

                break;
            }

            if (layout.InTitleCaseLine(i))
            {
                typer.Segment(i, end);
            }
            else
            {
                typer.Type(i, end);
            }

            i = end;
        }
    }

    private static bool IsNameToken(Document document, int index)
    {
        var token = document.Tokens[index];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var span = token.Span(document.Text);
        return TokenShape.IsCapitalized(span) || TokenShape.IsLowerArticleName(span);
    }

    // Lower-case words that may sit inside a name: "Office of US Security Coordinator", "Bank of the West",
    // "Osama bin Laden", "Ludwig van Beethoven".
    private int JoinLength(Document document, int index)
    {
        var span = document.TokenText(index);
        if (span.Length == 0 || !char.IsLower(span[0]))
        {
            return 0;
        }

        if (span.SequenceEqual("of") || span.SequenceEqual("for"))
        {
            return index + 1 < document.Tokens.Count && document.TokenText(index + 1).SequenceEqual("the") ? 2 : 1;
        }

        // Particles may come in a chain: "van der", "de la".
        int length = 0;
        while (index + length < document.Tokens.Count && length < 3)
        {
            var word = document.TokenText(index + length);
            if (word.Length == 0 || !char.IsLower(word[0]) || !lexicon.Particles.Contains(word))
            {
                break;
            }

            length++;
        }

        return length;
    }
}
