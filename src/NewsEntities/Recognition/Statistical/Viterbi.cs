using System.Runtime.Intrinsics;

namespace NewsEntities.Recognition.Statistical;

/// <summary>
/// First-order Viterbi decoding over BILOU tags with the impossible transitions (I after O, B after B, a sentence
/// ending inside a name...) ruled out, so every decoded sequence reads back as well-formed spans.
/// </summary>
internal static class Viterbi
{
    /// <summary>Rows and columns of the transition table: the tags plus one boundary state (sentence start/end).</summary>
    public const int States = NerTags.Count + 1;

    public const int BoundaryState = NerTags.Count;

    private static readonly bool[] Allowed = BuildAllowed();

    // For each tag, the tags that may precede it: BILOU allows few (an L-PER only after B-PER or I-PER), so the
    // inner loop visits about a third of the pairs.
    private static readonly int[][] Predecessors = BuildPredecessors();

    public static bool IsAllowed(int previous, int next) => Allowed[(previous * States) + next];

    /// <summary>
    /// Best tag sequence for <paramref name="n"/> tokens given per-token tag scores (<paramref name="emission"/>,
    /// n × <see cref="NerTags.Count"/>) and transition scores (<see cref="States"/> × <see cref="States"/>).
    /// </summary>
    public static void Decode(
        ReadOnlySpan<float> emission, int n, ReadOnlySpan<float> transitions, Span<float> score, Span<int> back, Span<int> tags)
    {
        const int K = NerTags.Count;
        if (n == 0)
        {
            return;
        }

        for (int t = 0; t < K; t++)
        {
            score[t] = IsAllowed(BoundaryState, t)
                ? emission[t] + transitions[(BoundaryState * States) + t]
                : float.NegativeInfinity;
        }

        if (Vector256.IsHardwareAccelerated)
        {
            Forward256(emission, n, transitions, score, back);
        }
        else
        {
            Forward(emission, n, transitions, score, back);
        }

        float top = float.NegativeInfinity;
        int last = NerTags.Outside;
        for (int t = 0; t < K; t++)
        {
            if (!IsAllowed(t, BoundaryState))
            {
                continue;
            }

            float s = score[((n - 1) * K) + t] + transitions[(t * States) + BoundaryState];
            if (s > top)
            {
                top = s;
                last = t;
            }
        }

        tags[n - 1] = last;
        for (int i = n - 1; i > 0; i--)
        {
            tags[i - 1] = back[(i * K) + tags[i]];
        }
    }

    /// <summary>The forward pass over tokens 1..n-1, one tag and one allowed predecessor at a time.</summary>
    private static void Forward(ReadOnlySpan<float> emission, int n, ReadOnlySpan<float> transitions, Span<float> score, Span<int> back)
    {
        const int K = NerTags.Count;
        for (int i = 1; i < n; i++)
        {
            var previous = score.Slice((i - 1) * K, K);
            for (int t = 0; t < K; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                foreach (int p in Predecessors[t])
                {
                    float s = previous[p] + transitions[(p * States) + t];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[(i * K) + t] = best + emission[(i * K) + t];
                back[(i * K) + t] = arg;
            }
        }
    }

    /// <summary>
    /// The same forward pass with eight tags per vector: tags 0-7 and 8-15 in two vectors, tag 16 alone. Every
    /// predecessor is visited, in ascending order, with the disallowed pairs' transitions at -infinity, so they can
    /// never be strictly best; the sums and the first-strictly-best choice are those of <see cref="Forward"/> exactly,
    /// so the decoded tags are identical. Hand-vectorized because decoding was 7-8% of a single-thread extract run
    /// (perf), most of it in the scalar loop's data-dependent branches.
    /// </summary>
    private static void Forward256(ReadOnlySpan<float> emission, int n, ReadOnlySpan<float> transitions, Span<float> score, Span<int> back)
    {
        const int K = NerTags.Count;
        Span<float> masked = stackalloc float[K * K];
        for (int p = 0; p < K; p++)
        {
            for (int t = 0; t < K; t++)
            {
                masked[(p * K) + t] = IsAllowed(p, t) ? transitions[(p * States) + t] : float.NegativeInfinity;
            }
        }

        var none = Vector256.Create(float.NegativeInfinity);
        for (int i = 1; i < n; i++)
        {
            var previous = score.Slice((i - 1) * K, K);
            var best0 = none;
            var best1 = none;
            float best16 = float.NegativeInfinity;
            var arg0 = Vector256<int>.Zero;
            var arg1 = Vector256<int>.Zero;
            int arg16 = 0;
            for (int p = 0; p < K; p++)
            {
                var row = masked.Slice(p * K, K);
                var from = Vector256.Create(previous[p]);
                var index = Vector256.Create(p);
                var s0 = from + Vector256.Create<float>(row[..8]);
                var s1 = from + Vector256.Create<float>(row.Slice(8, 8));
                var better0 = Vector256.GreaterThan(s0, best0);
                var better1 = Vector256.GreaterThan(s1, best1);
                best0 = Vector256.ConditionalSelect(better0, s0, best0);
                best1 = Vector256.ConditionalSelect(better1, s1, best1);
                arg0 = Vector256.ConditionalSelect(better0.AsInt32(), index, arg0);
                arg1 = Vector256.ConditionalSelect(better1.AsInt32(), index, arg1);
                float s16 = previous[p] + row[16];
                if (s16 > best16)
                {
                    best16 = s16;
                    arg16 = p;
                }
            }

            var scores = emission.Slice(i * K, K);
            var current = score.Slice(i * K, K);
            (best0 + Vector256.Create<float>(scores[..8])).CopyTo(current);
            (best1 + Vector256.Create<float>(scores.Slice(8, 8))).CopyTo(current[8..]);
            current[16] = best16 + scores[16];
            var pointers = back.Slice(i * K, K);
            arg0.CopyTo(pointers);
            arg1.CopyTo(pointers[8..]);
            pointers[16] = arg16;
        }
    }

    private static int[][] BuildPredecessors()
    {
        var result = new int[NerTags.Count][];
        for (int t = 0; t < NerTags.Count; t++)
        {
            result[t] = Enumerable.Range(0, NerTags.Count).Where(p => IsAllowed(p, t)).ToArray();
        }

        return result;
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[States * States];
        for (int p = 0; p < States; p++)
        {
            for (int t = 0; t < States; t++)
            {
                allowed[(p * States) + t] = (p, t) switch
                {
                    (BoundaryState, BoundaryState) => false,
                    (BoundaryState, _) => NerTags.CanStart(t),
                    (_, BoundaryState) => NerTags.CanEnd(p),
                    _ => NerTags.CanFollow(p, t),
                };
            }
        }

        return allowed;
    }
}
