using NewsEntities.Pipeline;
using NewsEntities.Recognition.Statistical;
using NewsEntities.Tokenization;

namespace NewsEntities.Training;

/// <summary>A labelled document laid out as text, tokens and sentences, the shape the recognizer consumes.</summary>
internal sealed class TrainingDocument
{
    public TrainingDocument(IReadOnlyList<LabeledSentence> sentences)
    {
        var text = new System.Text.StringBuilder();
        foreach (var sentence in sentences)
        {
            int first = Tokens.Count;
            foreach (string token in sentence.Tokens)
            {
                Tokens.Add(new Token(text.Length, token.Length, TokenKind.Word));
                text.Append(token).Append(' ');
            }

            text.Append('\n');
            Sentences.Add(new TokenRange(first, Tokens.Count));
            Gold.Add(sentence.Tags);
        }

        Text = text.ToString();
    }

    public string Text { get; }

    public List<Token> Tokens { get; } = [];

    public List<TokenRange> Sentences { get; } = [];

    public List<int[]> Gold { get; } = [];

    public int TokenCount => Tokens.Count;
}
