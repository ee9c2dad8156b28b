namespace NewsEntities.Recognition.Statistical;

/// <summary>
/// Entity-level precision, recall and F1 (conlleval's exact-match definition), overall over Person, Organization
/// and Location with Misc counted as outside, and per label including Misc.
/// </summary>
internal sealed class NerScore
{
    private readonly int[] gold = new int[NerTags.LabelCount];
    private readonly int[] predicted = new int[NerTags.LabelCount];
    private readonly int[] correct = new int[NerTags.LabelCount];

    /// <summary>Tags each document with <paramref name="model"/> and scores it against its own gold tags.</summary>
    public static NerScore Evaluate(NerModel model, IEnumerable<List<LabeledSentence>> documents, CancellationToken cancellationToken = default)
    {
        var score = new NerScore();
        foreach (var document in documents)
        {
            var predicted = model.Recognize(document.Select(s => s.Tokens).ToList(), cancellationToken);
            var gold = new List<NamedMention>();
            int offset = 0;
            foreach (var sentence in document)
            {
                NerTags.ToMentions(sentence.Tags, offset, gold);
                offset += sentence.Tokens.Count;
            }

            score.Add(gold, predicted);
        }

        return score;
    }

    /// <summary>Adds one sentence or document: gold and predicted mentions over the same tokens.</summary>
    public void Add(IReadOnlyList<NamedMention> goldMentions, IReadOnlyList<NamedMention> predictedMentions)
    {
        var goldSet = new HashSet<NamedMention>(goldMentions);
        foreach (var m in goldMentions)
        {
            gold[(int)m.Label]++;
        }

        foreach (var m in predictedMentions)
        {
            predicted[(int)m.Label]++;
            if (goldSet.Contains(m))
            {
                correct[(int)m.Label]++;
            }
        }
    }

    /// <summary>P, R, F1 in percent for one label, or overall (Misc excluded) when <paramref name="label"/> is null.</summary>
    public (double Precision, double Recall, double F1) Get(EntityLabel? label = null)
    {
        int g = 0, p = 0, c = 0;
        for (int l = 0; l < NerTags.LabelCount; l++)
        {
            if (label is null ? l == (int)EntityLabel.Misc : l != (int)label)
            {
                continue;
            }

            g += gold[l];
            p += predicted[l];
            c += correct[l];
        }

        double precision = p == 0 ? 0 : 100.0 * c / p;
        double recall = g == 0 ? 0 : 100.0 * c / g;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>A multi-line summary: overall, then one line per label.</summary>
    public string Format()
    {
        var lines = new System.Text.StringBuilder();
        var (p, r, f) = Get();
        lines.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"overall (PER/ORG/LOC, MISC as O): precision {p:F2}  recall {r:F2}  F1 {f:F2}\n");
        string[] names = ["PER", "ORG", "LOC", "MISC"];
        for (int l = 0; l < NerTags.LabelCount; l++)
        {
            (p, r, f) = Get((EntityLabel)l);
            lines.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"{names[l],-5} precision {p:F2}  recall {r:F2}  F1 {f:F2}  (gold {gold[l]}, predicted {predicted[l]})\n");
        }

        return lines.ToString();
    }
}
