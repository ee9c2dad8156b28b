using System.Buffers;

namespace NewsEntities.Recognition.Statistical;

/// <summary>
/// Per-token working arrays for one sentence, reused from sentence to sentence so tagging allocates only when a
/// longer sentence than any before comes along. Owned by one call; never shared between threads.
/// </summary>
/// <remarks>
/// In the pipeline a document's <see cref="RecognizerWorkspace"/> owns one instance (created with the public
/// constructor: arrays of its own, grown as needed and kept with the pooled document). Tagging outside a document
/// (CoNLL sentences) takes its buffers from <see cref="Rent"/> and gives them back when the document is done: sized
/// for a document's longest sentence they came to about a tenth of the pipeline's allocation, and the shared array
/// pool (thread-safe, per-core caches) hands the same arrays to the next document. Rented arrays are not cleared;
/// every array is written before it is read, up to the sentence length. A document whose longest "sentence" runs
/// past <see cref="PooledTokens"/> tokens (no sentence ends: a long list, a run of marks) gets exact arrays of its
/// own instead, as before: the pool would round them up to the next power of two and keep hundreds of megabytes
/// after such a document.
/// </remarks>
internal sealed class SentenceBuffers : IDisposable
{
    /// <summary>Longest sentence the pooled buffers serve; news sentences run to a few hundred tokens at most.</summary>
    public const int PooledTokens = 4096;

    private readonly bool pooled;
    private int capacity;

    public SentenceBuffers()
    {
    }

    private SentenceBuffers(bool pooled)
    {
        this.pooled = pooled;
    }

    public ulong[] Word { get; private set; } = [];

    public ulong[] Lower { get; private set; } = [];

    public ulong[] Shape { get; private set; } = [];

    public ulong[] ShortShape { get; private set; } = [];

    public WordShape.Flags[] Flags { get; private set; } = [];

    public ulong[] Gazetteer { get; private set; } = [];

    public int[] Features { get; private set; } = [];

    public int[] FeatureCounts { get; private set; } = [];

    public float[] Emission { get; private set; } = [];

    public float[] Score { get; private set; } = [];

    public int[] Back { get; private set; } = [];

    public int[] Tags { get; private set; } = [];

    public int Capacity => capacity;

    /// <summary>
    /// Buffers for sentences of up to <paramref name="tokens"/> tokens, from the shared array pools up to
    /// <see cref="PooledTokens"/>.
    /// </summary>
    public static SentenceBuffers Rent(int tokens)
    {
        var buffers = new SentenceBuffers(pooled: tokens <= PooledTokens);
        buffers.EnsureCapacity(tokens);
        return buffers;
    }

    public void EnsureCapacity(int tokens)
    {
        if (tokens <= capacity)
        {
            return;
        }

        int n = pooled ? tokens : Math.Max(tokens, Math.Min(capacity * 2, tokens + 64));
        Release();
        capacity = n;
        Word = Get<ulong>(n);
        Lower = Get<ulong>(n);
        Shape = Get<ulong>(n);
        ShortShape = Get<ulong>(n);
        Flags = Get<WordShape.Flags>(n);
        Gazetteer = Get<ulong>(n);
        Features = Get<int>(n * FeatureExtractor.MaxFeaturesPerToken);
        FeatureCounts = Get<int>(n);
        Emission = Get<float>(n * NerTags.Count);
        Score = Get<float>(n * NerTags.Count);
        Back = Get<int>(n * NerTags.Count);
        Tags = Get<int>(n);
    }

    /// <summary>Gives rented arrays back to their pools; the buffers must not be used afterwards.</summary>
    public void Dispose()
    {
        Release();
        capacity = 0;
    }

    private T[] Get<T>(int length) => pooled ? ArrayPool<T>.Shared.Rent(length) : new T[length];

    private void Release()
    {
        if (!pooled || capacity == 0)
        {
            return;
        }

        ArrayPool<ulong>.Shared.Return(Word);
        ArrayPool<ulong>.Shared.Return(Lower);
        ArrayPool<ulong>.Shared.Return(Shape);
        ArrayPool<ulong>.Shared.Return(ShortShape);
        ArrayPool<WordShape.Flags>.Shared.Return(Flags);
        ArrayPool<ulong>.Shared.Return(Gazetteer);
        ArrayPool<int>.Shared.Return(Features);
        ArrayPool<int>.Shared.Return(FeatureCounts);
        ArrayPool<float>.Shared.Return(Emission);
        ArrayPool<float>.Shared.Return(Score);
        ArrayPool<int>.Shared.Return(Back);
        ArrayPool<int>.Shared.Return(Tags);
        Word = Lower = Shape = ShortShape = Gazetteer = [];
        Flags = [];
        Features = FeatureCounts = Back = Tags = [];
        Emission = Score = [];
    }
}
