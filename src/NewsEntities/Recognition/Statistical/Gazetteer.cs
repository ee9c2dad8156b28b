using System.Collections.Frozen;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition.Statistical;

/// <summary>
/// Phrases (sequences of tokens, matched case-insensitively) and the lists they belong to, stored as hashes so the
/// model file carries no readable list and matching allocates nothing. Built by the training tool from the shared
/// gazetteer sources and shipped inside the model.
/// </summary>
internal sealed class Gazetteer
{
    private readonly FrozenDictionary<ulong, uint> phrases;

    // A blocked Bloom filter over the phrase keys: one 64-bit word per key, two bits set in it, about 16 to 32 bits
    // per phrase (128 KB for the shipped 45,654). Match tries every token sequence up to MaxTokens (6) long and
    // almost none is a phrase; the dictionary probe for each was 9% of a single-thread extract run (perf), and most
    // now end on one load from a table that stays in the core's cache. It never rejects a key the dictionary holds,
    // so the matches are exactly the dictionary's. The keys are FNV-1a hashes, whose high and middle bits are well
    // mixed (the last step is a multiplication): the word comes from the top bits, the two bits from the middle.
    private readonly ulong[] filter;
    private readonly int filterShift;

    public Gazetteer(IReadOnlyDictionary<ulong, uint> phrases, int maxTokens)
    {
        this.phrases = phrases.ToFrozenDictionary();
        MaxTokens = maxTokens;
        int wordBits = Math.Max(1, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(1, phrases.Count)) - 2);
        filter = new ulong[1 << wordBits];
        filterShift = 64 - wordBits;
        foreach (ulong key in phrases.Keys)
        {
            filter[key >> filterShift] |= Bits(key);
        }
    }

    /// <summary>The longest phrase, in tokens.</summary>
    public int MaxTokens { get; }

    public int Count => phrases.Count;

    /// <summary>The phrase table in ascending hash order (so the model file is byte-for-byte reproducible).</summary>
    public IEnumerable<KeyValuePair<ulong, uint>> Entries => phrases.OrderBy(p => p.Key);

    /// <summary>The key of a phrase given as token texts: lower-cased tokens joined by single spaces.</summary>
    public static ulong Key(ulong hashSoFar, ReadOnlySpan<char> token, bool first)
    {
        if (!first)
        {
            hashSoFar = FeatureHash.Append(hashSoFar, ' ');
        }

        foreach (char c in token)
        {
            hashSoFar = FeatureHash.Append(hashSoFar, char.ToLowerInvariant(c));
        }

        return hashSoFar;
    }

    /// <summary>
    /// Marks every token covered by a phrase: bit (category × 4 + BILU position) of <paramref name="bits"/>[i].
    /// </summary>
    public void Match(string text, ReadOnlySpan<Token> tokens, Span<ulong> bits)
    {
        bits.Clear();
        for (int start = 0; start < tokens.Length; start++)
        {
            ulong key = FeatureHash.Seed;
            int limit = Math.Min(tokens.Length, start + MaxTokens);
            for (int end = start; end < limit; end++)
            {
                key = Key(key, tokens[end].Span(text), end == start);
                ulong probe = Bits(key);
                if ((filter[key >> filterShift] & probe) != probe || !phrases.TryGetValue(key, out uint categories))
                {
                    continue;
                }

                while (categories != 0)
                {
                    int category = System.Numerics.BitOperations.TrailingZeroCount(categories);
                    categories &= categories - 1;
                    Mark(bits, start, end + 1, category);
                }
            }
        }
    }

    private static ulong Bits(ulong key) => (1UL << (int)((key >> 24) & 63)) | (1UL << (int)((key >> 30) & 63));

    private static void Mark(Span<ulong> bits, int start, int end, int category)
    {
        int b = category * 4;
        if (end - start == 1)
        {
            bits[start] |= 1UL << (b + NerTags.Unit);
            return;
        }

        bits[start] |= 1UL << (b + NerTags.Begin);
        for (int i = start + 1; i < end - 1; i++)
        {
            bits[i] |= 1UL << (b + NerTags.Inside);
        }

        bits[end - 1] |= 1UL << (b + NerTags.Last);
    }
}
