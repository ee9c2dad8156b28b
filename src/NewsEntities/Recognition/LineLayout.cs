using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition;

/// <summary>
/// Where lines and sentences start, and which lines are headlines in Title Case (where capitals say nothing about
/// names). Computed once per document in one pass over the tokens.
/// </summary>
internal sealed class LineLayout
{
    private readonly int[] lineOf;
    private readonly bool[] lineIsTitleCase;
    private readonly bool[] startsSentence;
    private readonly bool[] lineHasLowerCase;
    private readonly bool[] lineIsAllCaps;

    private LineLayout(int[] lineOf, bool[] lineIsTitleCase, bool[] startsSentence, bool[] lineHasLowerCase, bool[] lineIsAllCaps)
    {
        this.lineIsAllCaps = lineIsAllCaps;
        this.lineOf = lineOf;
        this.lineIsTitleCase = lineIsTitleCase;
        this.startsSentence = startsSentence;
        this.lineHasLowerCase = lineHasLowerCase;
    }

    /// <summary>Whether the token is in a Title Case line (a headline or section title).</summary>
    public bool InTitleCaseLine(int token) => lineIsTitleCase[lineOf[token]];

    /// <summary>Whether the token is in a line written in capitals, where a capitalized word is no acronym.</summary>
    public bool InAllCapsLine(int token) => lineIsAllCaps[lineOf[token]];

    /// <summary>Whether two tokens are on one line: names never run across a line break.</summary>
    public bool SameLine(int a, int b) => lineOf[a] == lineOf[b];

    /// <summary>Whether the token is the first word of a sentence or of a line (where any word is capitalized).</summary>
    public bool StartsSentence(int token) => startsSentence[token];

    /// <summary>Whether the line of the token holds a lower-case word: prose rather than a label or a byline.</summary>
    public bool LineHasLowerCaseWord(int token) => lineHasLowerCase[lineOf[token]];

    public static LineLayout Build(Document document, Lexicons.Lexicon lexicon)
    {
        var tokens = document.Tokens;
        string text = document.Text;
        int n = tokens.Count;
        var lineOf = new int[n];
        var starts = new bool[n];
        var lowerCase = new List<bool> { false };
        int line = 0;
        for (int i = 0; i < n; i++)
        {
            if (i > 0 && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n'))
            {
                line++;
                lowerCase.Add(false);
            }

            lineOf[i] = line;
            if (tokens[i].Kind == TokenKind.Word && char.IsLower(text[tokens[i].Start]))
            {
                lowerCase[line] = true;
            }
        }

        foreach (var sentence in document.Sentences)
        {
            MarkFirstWord(tokens, starts, sentence.Start, sentence.End);
        }

        var titleCase = new bool[line + 1];
        var allCaps = new bool[line + 1];
        int lineStart = 0;
        for (int i = 0; i <= n; i++)
        {
            if (i == n || (i > 0 && lineOf[i] != lineOf[i - 1]))
            {
                MarkFirstWord(tokens, starts, lineStart, i);
                if (i > lineStart)
                {
                    var shape = Shape(document, lexicon, lineStart, i);
                    titleCase[lineOf[lineStart]] = shape.TitleCase || shape.AllCaps;
                    allCaps[lineOf[lineStart]] = shape.AllCaps;
                }

                lineStart = i;
            }
        }

        return new LineLayout(lineOf, titleCase, starts, [.. lowerCase], allCaps);
    }

    private static void MarkFirstWord(List<Token> tokens, bool[] starts, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                starts[i] = true;
                return;
            }

            if (tokens[i].Kind == TokenKind.Number)
            {
                return;
            }
        }
    }

    // A headline capitalizes its content words and leaves only short function words in lower case; a sentence
    // has lower-case content words. Counting needs at least four words to tell the two apart.
    private static (bool TitleCase, bool AllCaps) Shape(Document document, Lexicons.Lexicon lexicon, int from, int to)
    {
        int words = 0;
        int capitalized = 0;
        int upper = 0;
        int lowerContent = 0;
        for (int i = from; i < to; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var span = token.Span(document.Text);
            if (!char.IsLetter(span[0]))
            {
                continue;
            }

            words++;
            if (char.IsUpper(span[0]))
            {
                capitalized++;
                if (span.Length > 1 && TokenShape.IsAllCaps(span))
                {
                    upper++;
                }
            }
            else if (!lexicon.StopWords.Contains(span) && !lexicon.Particles.Contains(span))
            {
                lowerContent++;
            }
        }

        return (words >= 4 && lowerContent == 0 && capitalized * 2 > words, upper >= 2 && upper * 10 >= words * 7);
    }
}
