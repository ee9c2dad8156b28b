using System.Runtime.InteropServices;
using NewsEntities.Recognition.Statistical;

namespace NewsEntities.Training;

/// <summary>
/// Averaged structured perceptron (Collins 2002) over the library's features, with Viterbi decoding during
/// training. Single-threaded and seeded, so the same data and seed always give the same weights.
/// </summary>
internal sealed class PerceptronTrainer
{
    private const int K = NerTags.Count;

    private readonly FeatureExtractor features;
    private readonly float[] weights;
    private readonly double[] weightedUpdates;
    private readonly float[] transitions = new float[Viterbi.States * Viterbi.States];
    private readonly double[] weightedTransitionUpdates = new double[Viterbi.States * Viterbi.States];
    private readonly SentenceBuffers buffers = new();
    private long instances = 1;

    public PerceptronTrainer(FeatureExtractor features, int bucketBits)
    {
        this.features = features;
        BucketBits = bucketBits;
        weights = new float[(1 << bucketBits) * K];
        weightedUpdates = new double[weights.Length];
    }

    public int BucketBits { get; }

    /// <summary>One pass over <paramref name="documents"/> in the given order; returns the token error count.</summary>
    public int Epoch(IReadOnlyList<TrainingDocument> documents, CancellationToken cancellationToken)
    {
        int errors = 0;
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = CollectionsMarshal.AsSpan(document.Tokens);
            var context = new DocumentContext(document.Text, tokens, document.Sentences, CancellationToken.None);
            for (int s = 0; s < document.Sentences.Count; s++)
            {
                var range = document.Sentences[s];
                int n = range.Length;
                if (n == 0)
                {
                    continue;
                }

                features.Extract(document.Text, tokens[range.Start..range.End], context, buffers);
                Score(n);
                Viterbi.Decode(buffers.Emission, n, transitions, buffers.Score, buffers.Back, buffers.Tags);
                var predicted = buffers.Tags.AsSpan(0, n);
                var gold = document.Gold[s];
                errors += Update(gold, predicted);

                // History features see what the model itself predicted, exactly as at run time.
                context.Record(buffers.Lower.AsSpan(0, n), buffers.Flags.AsSpan(0, n), predicted);
                instances++;
            }
        }

        return errors;
    }

    /// <summary>The averaged weights, quantized into a model.</summary>
    public NerModel ToModel()
    {
        var (averaged, averagedTransitions) = Averaged();
        return NerModel.FromWeights(BucketBits, features.Gazetteer, averaged, averagedTransitions);
    }

    /// <summary>The averaged feature weights (bucket-major rows) and transition weights.</summary>
    public (float[] Weights, float[] Transitions) Averaged()
    {
        var averaged = new float[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)(weights[i] - (weightedUpdates[i] / instances));
        }

        var averagedTransitions = new float[transitions.Length];
        for (int i = 0; i < transitions.Length; i++)
        {
            averagedTransitions[i] = (float)(transitions[i] - (weightedTransitionUpdates[i] / instances));
        }

        return (averaged, averagedTransitions);
    }

    private void Score(int n)
    {
        var emission = buffers.Emission.AsSpan(0, n * K);
        emission.Clear();
        for (int i = 0; i < n; i++)
        {
            var row = emission.Slice(i * K, K);
            foreach (int bucket in buffers.Features.AsSpan(i * FeatureExtractor.MaxFeaturesPerToken, buffers.FeatureCounts[i]))
            {
                var w = weights.AsSpan(bucket * K, K);
                for (int t = 0; t < K; t++)
                {
                    row[t] += w[t];
                }
            }
        }
    }

    private int Update(int[] gold, ReadOnlySpan<int> predicted)
    {
        int errors = 0;
        int n = gold.Length;
        for (int i = 0; i < n; i++)
        {
            if (gold[i] == predicted[i])
            {
                continue;
            }

            errors++;
            foreach (int bucket in buffers.Features.AsSpan(i * FeatureExtractor.MaxFeaturesPerToken, buffers.FeatureCounts[i]))
            {
                Bump(weights, weightedUpdates, (bucket * K) + gold[i], 1);
                Bump(weights, weightedUpdates, (bucket * K) + predicted[i], -1);
            }
        }

        if (errors == 0)
        {
            return 0;
        }

        for (int i = 0; i <= n; i++)
        {
            int goldPrevious = i == 0 ? Viterbi.BoundaryState : gold[i - 1];
            int goldNext = i == n ? Viterbi.BoundaryState : gold[i];
            int predictedPrevious = i == 0 ? Viterbi.BoundaryState : predicted[i - 1];
            int predictedNext = i == n ? Viterbi.BoundaryState : predicted[i];
            if (goldPrevious == predictedPrevious && goldNext == predictedNext)
            {
                continue;
            }

            Bump(transitions, weightedTransitionUpdates, (goldPrevious * Viterbi.States) + goldNext, 1);
            Bump(transitions, weightedTransitionUpdates, (predictedPrevious * Viterbi.States) + predictedNext, -1);
        }

        return errors;
    }

    private void Bump(float[] w, double[] weighted, int index, int delta)
    {
        w[index] += delta;
        weighted[index] += (double)instances * delta;
    }
}
