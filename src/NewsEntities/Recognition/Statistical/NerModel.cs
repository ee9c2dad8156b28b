using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition.Statistical;

/// <summary>
/// The statistical named-entity recognizer: an averaged structured perceptron over hashed features, decoded with
/// Viterbi over BILOU tags. Immutable once loaded, so one instance (<see cref="Default"/>) serves every thread.
/// </summary>
/// <remarks>
/// Weights are stored per hash bucket as one row of <see cref="NerTags.Count"/> signed bytes with a per-row scale
/// (a quarter of the memory of floats), only for the buckets that have any (see <see cref="WeightTable"/>).
/// </remarks>
internal sealed class NerModel
{
    /// <summary>Manifest name of the shipped model (Resources/ner/ner.model in the library project).</summary>
    public const string ResourceName = "NewsEntities.Resources.ner.ner.model";

    private const uint Magic = 0x4D52454E; // "NERM"
    private const int FormatVersion = 1;

    private static readonly Lazy<NerModel> DefaultModel = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WeightTable weights;
    private readonly float[] transitions;

    private NerModel(int bucketBits, Gazetteer gazetteer, WeightTable weights, float[] transitions)
    {
        BucketBits = bucketBits;
        this.weights = weights;
        this.transitions = transitions;
        Features = new FeatureExtractor(gazetteer, bucketBits);
    }

    /// <summary>The model shipped inside the library, loaded on first use.</summary>
    public static NerModel Default => DefaultModel.Value;

    public int BucketBits { get; }

    public FeatureExtractor Features { get; }

    /// <summary>
    /// Tags <paramref name="document"/> sentence by sentence and appends its mentions to <paramref name="output"/>
    /// in text order (Misc included). Works in the document's <see cref="Document.Recognizer"/> storage, so a reused
    /// document is tagged without allocating.
    /// </summary>
    public void Recognize(Document document, List<NamedMention> output, CancellationToken cancellationToken)
    {
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        var workspace = document.Recognizer;
        workspace.Context.Collect(document.Text, tokens, document.Sentences, cancellationToken);
        workspace.Buffers.EnsureCapacity(LongestSentence(document.Sentences));
        Recognize(document.Text, tokens, document.Sentences, workspace.Context, workspace.Buffers, output, cancellationToken);
    }

    /// <summary>
    /// Tags pre-split tokens (one inner list per sentence, all from one document, as in CoNLL files); mention token
    /// indices count across the whole document, sentence after sentence.
    /// </summary>
    public List<NamedMention> Recognize(IReadOnlyList<IReadOnlyList<string>> sentences, CancellationToken cancellationToken)
    {
        // Lay the tokens out as one text so they go through exactly the path real documents take.
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var ranges = new List<TokenRange>(sentences.Count);
        foreach (var sentence in sentences)
        {
            int first = tokens.Count;
            foreach (string token in sentence)
            {
                tokens.Add(new Token(text.Length, token.Length, TokenKind.Word));
                text.Append(token).Append(' ');
            }

            text.Append('\n');
            ranges.Add(new TokenRange(first, tokens.Count));
        }

        var output = new List<NamedMention>();
        Recognize(text.ToString(), CollectionsMarshal.AsSpan(tokens), ranges, output, cancellationToken);
        return output;
    }

    /// <summary>The core loop over fresh storage: one <see cref="DocumentContext"/> per document, sentences in order.</summary>
    public void Recognize(
        string text, ReadOnlySpan<Token> tokens, IReadOnlyList<TokenRange> sentences, List<NamedMention> output,
        CancellationToken cancellationToken)
    {
        var context = new DocumentContext(text, tokens, sentences, cancellationToken);

        // Sized once for the longest sentence, so the loop below never reallocates.
        using var buffers = SentenceBuffers.Rent(LongestSentence(sentences));
        Recognize(text, tokens, sentences, context, buffers, output, cancellationToken);
    }

    private static int LongestSentence(IReadOnlyList<TokenRange> sentences)
    {
        int longest = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            longest = Math.Max(longest, sentences[s].Length);
        }

        return longest;
    }

    /// <summary>
    /// Tags the sentences in order; <paramref name="context"/> holds the document's statistics already and
    /// <paramref name="buffers"/> has room for the longest sentence.
    /// </summary>
    private void Recognize(
        string text, ReadOnlySpan<Token> tokens, IReadOnlyList<TokenRange> sentences, DocumentContext context,
        SentenceBuffers buffers, List<NamedMention> output, CancellationToken cancellationToken)
    {
        for (int s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[s];
            if (sentence.Length == 0)
            {
                continue;
            }

            var span = tokens[sentence.Start..sentence.End];
            int n = span.Length;
            Features.Extract(text, span, context, buffers, context.CasingOf(s));
            Score(buffers, n);
            Viterbi.Decode(buffers.Emission, n, transitions, buffers.Score, buffers.Back, buffers.Tags);
            var tags = buffers.Tags.AsSpan(0, n);
            context.Record(buffers.Lower.AsSpan(0, n), buffers.Flags.AsSpan(0, n), tags);
            NerTags.ToMentions(tags, sentence.Start, output);
        }
    }

    /// <summary>Loads a model written by <see cref="Save"/>.</summary>
    public static NerModel Load(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16));
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a NewsEntities NER model of a supported version.");
        }

        int bucketBits = reader.ReadInt32();
        if (reader.ReadInt32() != NerTags.Count || bucketBits is < 10 or > 24)
        {
            throw new InvalidDataException("The NER model's tag set or size does not match this library.");
        }

        var transitions = ReadArray<float>(reader, Viterbi.States * Viterbi.States);

        int maxTokens = reader.ReadInt32();
        int phraseCount = reader.ReadInt32();
        var phraseKeys = ReadArray<ulong>(reader, phraseCount);
        var phraseBits = ReadArray<uint>(reader, phraseCount);
        var phrases = new Dictionary<ulong, uint>(phraseCount);
        for (int i = 0; i < phraseCount; i++)
        {
            phrases[phraseKeys[i]] = phraseBits[i];
        }

        int buckets = 1 << bucketBits;
        var halfScales = ReadArray<Half>(reader, buckets);
        var scales = new float[buckets];
        int used = 0;
        for (int i = 0; i < buckets; i++)
        {
            scales[i] = (float)halfScales[i];
            if (scales[i] != 0)
            {
                used++;
            }
        }

        var packed = ReadArray<sbyte>(reader, used * NerTags.Count);
        return new NerModel(bucketBits, new Gazetteer(phrases, maxTokens), WeightTable.Create(scales, packed), transitions);
    }

    /// <summary>
    /// Quantizes trained float weights (bucket-major rows of <see cref="NerTags.Count"/>) into a model; the training
    /// tool's way in.
    /// </summary>
    public static NerModel FromWeights(int bucketBits, Gazetteer gazetteer, ReadOnlySpan<float> rowWeights, ReadOnlySpan<float> transitions)
    {
        const int K = NerTags.Count;
        int buckets = 1 << bucketBits;
        var scales = new float[buckets];
        var packed = new List<sbyte>();
        Span<sbyte> quantized = stackalloc sbyte[K];
        for (int b = 0; b < buckets; b++)
        {
            var row = rowWeights.Slice(b * K, K);
            float max = 0;
            foreach (float w in row)
            {
                max = Math.Max(max, Math.Abs(w));
            }

            float scale = (float)(Half)(max / 127f);
            if (scale == 0 || float.IsInfinity(scale))
            {
                continue;
            }

            bool any = false;
            for (int t = 0; t < K; t++)
            {
                int q = (int)MathF.Round(row[t] / scale);
                quantized[t] = (sbyte)Math.Clamp(q, -127, 127);
                any |= q != 0;
            }

            if (any)
            {
                scales[b] = scale;
                foreach (sbyte q in quantized)
                {
                    packed.Add(q);
                }
            }
        }

        return new NerModel(bucketBits, gazetteer, WeightTable.Create(scales, CollectionsMarshal.AsSpan(packed)), transitions.ToArray());
    }

    /// <summary>Writes the model: deterministic bytes for deterministic weights.</summary>
    public void Save(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(BucketBits);
        writer.Write(NerTags.Count);
        writer.Write(MemoryMarshal.AsBytes(transitions.AsSpan()));
        var gazetteer = Features.Gazetteer;
        writer.Write(gazetteer.MaxTokens);
        var entries = gazetteer.Entries.ToArray();
        writer.Write(entries.Length);
        foreach (var entry in entries)
        {
            writer.Write(entry.Key);
        }

        foreach (var entry in entries)
        {
            writer.Write(entry.Value);
        }

        var halves = new Half[weights.BucketCount];
        for (int i = 0; i < halves.Length; i++)
        {
            halves[i] = (Half)weights.ScaleOf(i);
        }

        writer.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
        for (int row = 0; row < weights.RowCount; row++)
        {
            writer.Write(MemoryMarshal.AsBytes(weights.Row(row)));
        }
    }

    /// <summary>Sums each token's feature rows into per-tag scores.</summary>
    private void Score(SentenceBuffers buffers, int n)
    {
        const int K = NerTags.Count;
        for (int i = 0; i < n; i++)
        {
            var features = buffers.Features.AsSpan(i * FeatureExtractor.MaxFeaturesPerToken, buffers.FeatureCounts[i]);
            weights.Sum(features, buffers.Emission.AsSpan(i * K, K));
        }
    }

    private static T[] ReadArray<T>(BinaryReader reader, int count)
        where T : unmanaged
    {
        var array = new T[count];
        var bytes = MemoryMarshal.AsBytes(array.AsSpan());
        int read = 0;
        while (read < bytes.Length)
        {
            int got = reader.Read(bytes[read..]);
            if (got == 0)
            {
                throw new InvalidDataException("The NER model file is truncated.");
            }

            read += got;
        }

        return array;
    }

    private static NerModel LoadDefault()
    {
        // The build names embedded resources after their folder with the platform's separator ("ner/ner.model"),
        // so match the name with separators read as dots.
        var assembly = typeof(NerModel).Assembly;
        string? name = Array.Find(
            assembly.GetManifestResourceNames(),
            n => string.Equals(n.Replace('/', '.').Replace('\\', '.'), ResourceName, StringComparison.Ordinal));
        using var stream = (name is null ? null : assembly.GetManifestResourceStream(name))
            ?? throw new InvalidOperationException($"The NER model resource '{ResourceName}' is missing from the library.");
        return Load(stream);
    }
}
