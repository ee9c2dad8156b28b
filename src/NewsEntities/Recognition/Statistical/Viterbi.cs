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
