using System.CommandLine;
using System.Text;
using NewsEntities.Recognition;
using NewsEntities.Recognition.Statistical;

namespace NewsEntities.Cli;

/// <summary>
/// <c>newsentities ner --conll FILE</c>: tags the tokens of a CoNLL file as given and prints
/// <c>token gold predicted</c> per token in IOB2 (conlleval's input), with an entity-level score on standard error.
/// </summary>
internal static class NerCommand
{
    private static readonly string[] TypeNames = ["PER", "ORG", "LOC", "MISC"];

    public static Command Create()
    {
        var conll = new Option<string>("--conll")
        {
            Description = "A CoNLL-format file: token in the first column, IOB1 or IOB2 tag in the last; blank lines end sentences.",
            Required = true,
        };
        var command = new Command("ner", "Run the statistical entity recognizer over a CoNLL file and score it.")
        {
            conll,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(conll)!, cancellationToken)));
        return command;
    }

    private static int Run(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"newsentities: {path}: no such file");
            return 1;
        }

        var model = NerModel.Default;
        var score = new NerScore();
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        var document = new PendingDocument();
        foreach (string raw in File.ReadLines(path))
        {
            string line = raw.TrimEnd();
            if (line.StartsWith(ConllReader.DocumentStart, StringComparison.Ordinal))
            {
                document.Flush(model, score, stdout, cancellationToken);
                stdout.WriteLine(raw);
            }
            else if (line.Length == 0)
            {
                document.EndSentence();
            }
            else
            {
                string[] columns = line.Split(' ', '\t');
                document.AddToken(columns[0], columns.Length > 1 ? columns[^1] : "O");
            }
        }

        document.Flush(model, score, stdout, cancellationToken);
        stdout.Flush();
        Console.Error.Write(score.Format());
        return 0;
    }

    /// <summary>The lines of one document, held until it is complete so non-local features see all of it.</summary>
    private sealed class PendingDocument
    {
        private readonly List<List<string>> sentences = [];
        private readonly List<List<string>> goldTags = [];
        private readonly List<int> layout = []; // -1 = blank line, otherwise the sentence index that goes here
        private bool inSentence;

        public void AddToken(string token, string tag)
        {
            if (!inSentence)
            {
                sentences.Add([]);
                goldTags.Add([]);
                layout.Add(sentences.Count - 1);
                inSentence = true;
            }

            sentences[^1].Add(token);
            goldTags[^1].Add(tag);
        }

        public void EndSentence()
        {
            inSentence = false;
            layout.Add(-1);
        }

        public void Flush(NerModel model, NerScore score, TextWriter output, CancellationToken cancellationToken)
        {
            var predicted = model.Recognize(sentences.Select(s => (IReadOnlyList<string>)s).ToList(), cancellationToken);
            var gold = new List<NamedMention>();
            int offset = 0;
            var sentenceOffsets = new List<int>();
            foreach (var tags in goldTags)
            {
                sentenceOffsets.Add(offset);
                gold.AddRange(ConllReader.Mentions(ConllReader.Encode(tags, ConllReader.ConllTypes), offset));
                offset += tags.Count;
            }

            score.Add(gold, predicted);
            string[] goldIob = ToIob2(gold, offset);
            string[] predictedIob = ToIob2(predicted, offset);
            foreach (int item in layout)
            {
                if (item < 0)
                {
                    output.WriteLine();
                    continue;
                }

                int first = sentenceOffsets[item];
                for (int i = 0; i < sentences[item].Count; i++)
                {
                    output.Write(sentences[item][i]);
                    output.Write(' ');
                    output.Write(goldIob[first + i]);
                    output.Write(' ');
                    output.WriteLine(predictedIob[first + i]);
                }
            }

            sentences.Clear();
            goldTags.Clear();
            layout.Clear();
            inSentence = false;
        }

        private static string[] ToIob2(List<NamedMention> mentions, int count)
        {
            var tags = new string[count];
            Array.Fill(tags, "O");
            foreach (var mention in mentions)
            {
                string type = TypeNames[(int)mention.Label];
                for (int i = mention.Tokens.Start; i < mention.Tokens.End; i++)
                {
                    tags[i] = (i == mention.Tokens.Start ? "B-" : "I-") + type;
                }
            }

            return tags;
        }
    }
}
