namespace NewsEntities.Recognition.Statistical;

/// <summary>
/// Per-token working arrays for one sentence, reused from sentence to sentence so tagging allocates only when a
/// longer sentence than any before comes along. Owned by one call; never shared between threads.
/// </summary>
internal sealed class SentenceBuffers
{
    public ulong[] Word = [];
    public ulong[] Lower = [];
    public ulong[] Shape = [];
    public ulong[] ShortShape = [];
    public WordShape.Flags[] Flags = [];
    public ulong[] Gazetteer = [];
    public int[] Features = [];
    public int[] FeatureCounts = [];
    public float[] Emission = [];
    public float[] Score = [];
    public int[] Back = [];
    public int[] Tags = [];

    public int Capacity => Word.Length;

    public void EnsureCapacity(int tokens)
    {
        if (tokens <= Capacity)
        {
            return;
        }

        int n = Math.Max(tokens, Math.Min(Capacity * 2, tokens + 64));
        Word = new ulong[n];
        Lower = new ulong[n];
        Shape = new ulong[n];
        ShortShape = new ulong[n];
        Flags = new WordShape.Flags[n];
        Gazetteer = new ulong[n];
        Features = new int[n * FeatureExtractor.MaxFeaturesPerToken];
        FeatureCounts = new int[n];
        Emission = new float[n * NerTags.Count];
        Score = new float[n * NerTags.Count];
        Back = new int[n * NerTags.Count];
        Tags = new int[n];
    }
}
