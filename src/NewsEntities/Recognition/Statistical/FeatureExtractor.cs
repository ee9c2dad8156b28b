using NewsEntities.Tokenization;

namespace NewsEntities.Recognition.Statistical;

/// <summary>
/// Turns a sentence into hashed feature buckets, one list per token. Shared by the training tool and the
/// recognizer so that the two can never drift apart; stateless apart from its immutable gazetteer.
/// </summary>
internal sealed class FeatureExtractor
{
    /// <summary>Upper bound on the features of one token (gazetteer hits are capped to stay under it).</summary>
    public const int MaxFeaturesPerToken = 96;

    private const ulong Boundary = 0x5A17_B0A7_0000_0001UL;

    private readonly int bucketMask;

    public FeatureExtractor(Gazetteer gazetteer, int bucketBits)
    {
        Gazetteer = gazetteer;
        bucketMask = (1 << bucketBits) - 1;
    }

    public Gazetteer Gazetteer { get; }

    // Template ids: stable numbers, because they are mixed into every stored hash.
    private enum T
    {
        Bias = 1, Word, Lower, Shape, ShortShape, Prefix, Suffix,
        LowerM1, LowerP1, LowerM2, LowerP2, BigramM1, BigramP1,
        ShapeM1, ShapeP1, ShapeM2, ShapeP2, Shape3, LowerM1Shape, ShapeLowerP1,
        Initial, AllCaps, AllCapsShape, Gaz, GazM1, GazP1, GazShape,
        DocCap, DocLower, DocCapLower, History, HistoryMajor, HistoryShape, WordShapeConj, Length,
    }

    /// <summary>
    /// Fills <paramref name="buffers"/> with the token analyses and feature buckets of one sentence;
    /// <paramref name="document"/> supplies the non-local features (null: none). <paramref name="casing"/> is the
    /// sentence's <see cref="SentenceCasing.Classify"/> when the caller has it already (null: computed here).
    /// </summary>
    public void Extract(
        string text, ReadOnlySpan<Token> tokens, DocumentContext? document, SentenceBuffers buffers, SentenceCase? casing = null)
    {
        int n = tokens.Length;
        buffers.EnsureCapacity(n);
        for (int i = 0; i < n; i++)
        {
            var chars = tokens[i].Span(text);
            buffers.Word[i] = FeatureHash.Of(chars);
            buffers.Lower[i] = FeatureHash.OfLower(chars);
            buffers.Flags[i] = WordShape.Compute(chars, out buffers.Shape[i], out buffers.ShortShape[i]);
        }

        Gazetteer.Match(text, tokens, buffers.Gazetteer.AsSpan(0, n));
        var sentenceCase = casing ?? SentenceCasing.Classify(text, tokens);

        for (int i = 0; i < n; i++)
        {
            var sink = new Sink(buffers.Features.AsSpan(i * MaxFeaturesPerToken, MaxFeaturesPerToken), bucketMask);
            AddTokenFeatures(text, tokens, i, sentenceCase, document, buffers, ref sink);
            buffers.FeatureCounts[i] = sink.Count;
        }
    }

    private static void AddTokenFeatures(
        string text, ReadOnlySpan<Token> tokens, int i, SentenceCase casing, DocumentContext? document, SentenceBuffers b, ref Sink f)
    {
        int n = tokens.Length;
        ulong lower = b.Lower[i];
        ulong shape = b.Shape[i];
        ulong brief = b.ShortShape[i];
        ulong lowerM1 = i > 0 ? b.Lower[i - 1] : Boundary;
        ulong lowerP1 = i + 1 < n ? b.Lower[i + 1] : Boundary;
        ulong lowerM2 = i > 1 ? b.Lower[i - 2] : Boundary;
        ulong lowerP2 = i + 2 < n ? b.Lower[i + 2] : Boundary;
        ulong shapeM1 = i > 0 ? b.Shape[i - 1] : Boundary;
        ulong shapeP1 = i + 1 < n ? b.Shape[i + 1] : Boundary;
        ulong briefM1 = i > 0 ? b.ShortShape[i - 1] : Boundary;
        ulong briefP1 = i + 1 < n ? b.ShortShape[i + 1] : Boundary;
        ulong briefM2 = i > 1 ? b.ShortShape[i - 2] : Boundary;
        ulong briefP2 = i + 2 < n ? b.ShortShape[i + 2] : Boundary;

        f.Add(T.Bias, 1);
        f.Add(T.Word, b.Word[i]);
        f.Add(T.Lower, lower);
        f.Add(T.Shape, shape);
        f.Add(T.ShortShape, brief);
        f.Add(T.WordShapeConj, lower, brief);

        var chars = tokens[i].Span(text);
        int affixes = Math.Min(4, chars.Length);
        ulong prefix = FeatureHash.Seed;
        for (int k = 0; k < affixes; k++)
        {
            prefix = FeatureHash.Append(prefix, char.ToLowerInvariant(chars[k]));
            f.Add(T.Prefix, prefix);
        }

        ulong suffix = FeatureHash.Seed;
        for (int k = 0; k < affixes; k++)
        {
            // Suffix hashed backwards: only equality matters, not the spelling.
            suffix = FeatureHash.Append(suffix, char.ToLowerInvariant(chars[chars.Length - 1 - k]));
            f.Add(T.Suffix, suffix);
        }

        f.Add(T.Length, (ulong)Math.Min(chars.Length, 12) + 1);
        f.Add(T.LowerM1, lowerM1);
        f.Add(T.LowerP1, lowerP1);
        f.Add(T.LowerM2, lowerM2);
        f.Add(T.LowerP2, lowerP2);
        f.Add(T.BigramM1, lowerM1, lower);
        f.Add(T.BigramP1, lower, lowerP1);
        f.Add(T.ShapeM1, shapeM1);
        f.Add(T.ShapeP1, shapeP1);
        f.Add(T.ShapeM2, briefM2);
        f.Add(T.ShapeP2, briefP2);
        f.Add(T.Shape3, FeatureHash.Finalize(briefM1 ^ (brief * 31)), briefP1);
        f.Add(T.LowerM1Shape, lowerM1, brief);
        f.Add(T.ShapeLowerP1, brief, lowerP1);
        if (i == 0)
        {
            f.Add(T.Initial, brief);
        }

        bool headline = casing != SentenceCase.Normal;
        if (headline)
        {
            // In a headline the case carries little: let the lower-cased word speak in its own voice.
            f.Add(T.AllCaps, lower);
            f.Add(T.AllCapsShape, brief, (ulong)casing);
        }

        AddGazetteerFeatures(b, i, n, brief, ref f);

        if (document is not null && (b.Flags[i] & WordShape.Flags.HasLetter) != 0)
        {
            AddDocumentFeatures(document.Get(lower), brief, i == 0 || headline, ref f);
        }
    }

    private static void AddGazetteerFeatures(SentenceBuffers b, int i, int n, ulong brief, ref Sink f)
    {
        ulong bits = b.Gazetteer[i];
        while (bits != 0 && f.Room > 24)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            f.Add(T.Gaz, (ulong)bit + 1);
            f.Add(T.GazShape, (ulong)bit + 1, brief);
        }

        AddNeighbourCategories(T.GazM1, i > 0 ? b.Gazetteer[i - 1] : 0, ref f);
        AddNeighbourCategories(T.GazP1, i + 1 < n ? b.Gazetteer[i + 1] : 0, ref f);
    }

    private static void AddNeighbourCategories(T template, ulong bits, ref Sink f)
    {
        // Neighbours count by category only (any position): "is next to a given name" is what matters.
        for (int category = 0; bits != 0 && f.Room > 20; category++, bits >>= 4)
        {
            if ((bits & 0xF) != 0)
            {
                f.Add(template, (ulong)category + 1);
            }
        }
    }

    private static void AddDocumentFeatures(DocumentContext.WordStats stats, ulong brief, bool capsUninformative, ref Sink f)
    {
        ulong situation = capsUninformative ? 2UL : 1UL;
        if (stats.CapitalizedMidSentence > 0)
        {
            f.Add(T.DocCap, situation, brief);
        }

        if (stats.Lowercase > 0)
        {
            f.Add(T.DocLower, situation, brief);
            f.Add(T.DocCapLower, stats.CapitalizedMidSentence > stats.Lowercase ? 1UL : 2UL, brief);
        }

        int best = stats.OutsideHistory;
        ulong major = 0;
        for (int label = 0; label < NerTags.LabelCount; label++)
        {
            int count = stats.LabelHistory((EntityLabel)label);
            if (count > 0)
            {
                f.Add(T.History, (ulong)label + 1);
                f.Add(T.HistoryShape, (ulong)label + 1, brief);
            }

            if (count > best)
            {
                best = count;
                major = (ulong)label + 1;
            }
        }

        if (best > 0)
        {
            f.Add(T.HistoryMajor, major + 10);
        }
    }

    /// <summary>Collects one token's bucket indices.</summary>
    private ref struct Sink
    {
        private readonly Span<int> buckets;
        private readonly int mask;

        public Sink(Span<int> buckets, int mask)
        {
            this.buckets = buckets;
            this.mask = mask;
            Count = 0;
        }

        public int Count { get; private set; }

        public readonly int Room => buckets.Length - Count;

        public void Add(T template, ulong value, ulong value2 = 0)
        {
            if (Count < buckets.Length)
            {
                buckets[Count++] = (int)(FeatureHash.Feature((int)template, value, value2) & (ulong)(uint)mask);
            }
        }
    }
}
