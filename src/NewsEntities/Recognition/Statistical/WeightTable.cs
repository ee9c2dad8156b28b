using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsEntities.Recognition.Statistical;

/// <summary>
/// The recognizer's quantized weights: for each hash bucket that has any, one row of <see cref="NerTags.Count"/>
/// signed bytes and the row's scale. Immutable once built, so every thread reads it without locking.
/// </summary>
/// <remarks>
/// Only the buckets with weights have a row (about one in nine of 2^20), stored back to back in bucket order with
/// its scale beside it, and found through a bitmap of used buckets that carries, every 64 buckets, the number of
/// rows before them. A row per bucket (the earlier layout) took 22 MB, and scoring reads one random row per
/// feature, so it ran at the speed of the last-level cache, which every core shares: that, not the work, kept two
/// threads from doubling one. Packed, the rows take 2.4 MB and the bitmap 256 KB, most of which stays in each
/// core's own cache; a feature the model has no weights for (most features of a rare word) costs one bitmap probe
/// and no row read. Written by hand rather than with a dictionary because a dictionary probe is a hash and a
/// chained entry read per feature, in the hottest loop of the library.
/// </remarks>
internal sealed class WeightTable
{
    private const int K = NerTags.Count;

    // The row's 17 weights, then its scale as a float (unaligned).
    private const int RowBytes = K + sizeof(float);

    private readonly Block[] blocks;
    private readonly byte[] rows;

    private WeightTable(Block[] blocks, byte[] rows, int rowCount)
    {
        this.blocks = blocks;
        this.rows = rows;
        RowCount = rowCount;
    }

    /// <summary>The number of hash buckets (a power of two).</summary>
    public int BucketCount => blocks.Length * 64;

    /// <summary>The number of buckets that have weights.</summary>
    public int RowCount { get; }

    /// <summary>
    /// Builds the table from a scale per bucket (0 for a bucket without weights) and the rows of the buckets with
    /// a scale, in bucket order (<see cref="NerTags.Count"/> weights each).
    /// </summary>
    public static WeightTable Create(ReadOnlySpan<float> scales, ReadOnlySpan<sbyte> packedRows)
    {
        if (scales.Length % 64 != 0)
        {
            throw new ArgumentException("The bucket count must be a multiple of 64.", nameof(scales));
        }

        var blocks = new Block[scales.Length / 64];
        int rowCount = 0;
        for (int b = 0; b < blocks.Length; b++)
        {
            ulong used = 0;
            for (int bit = 0; bit < 64; bit++)
            {
                if (scales[(b * 64) + bit] != 0)
                {
                    used |= 1UL << bit;
                }
            }

            blocks[b] = new Block(used, rowCount);
            rowCount += BitOperations.PopCount(used);
        }

        if (packedRows.Length != rowCount * K)
        {
            throw new InvalidDataException("The NER model's weight rows do not match its scales.");
        }

        var rows = new byte[rowCount * RowBytes];
        int row = 0;
        for (int bucket = 0; bucket < scales.Length; bucket++)
        {
            if (scales[bucket] == 0)
            {
                continue;
            }

            var target = rows.AsSpan(row * RowBytes, RowBytes);
            MemoryMarshal.AsBytes(packedRows.Slice(row * K, K)).CopyTo(target);
            BitConverter.TryWriteBytes(target[K..], scales[bucket]);
            row++;
        }

        return new WeightTable(blocks, rows, rowCount);
    }

    /// <summary>The scale of <paramref name="bucket"/>'s row, 0 when it has none.</summary>
    public float ScaleOf(int bucket)
    {
        int row = RowOf(bucket);
        return row < 0 ? 0 : BitConverter.ToSingle(rows, (row * RowBytes) + K);
    }

    /// <summary>The quantized weights of row <paramref name="row"/> (0 to <see cref="RowCount"/> - 1, bucket order).</summary>
    public ReadOnlySpan<sbyte> Row(int row) => MemoryMarshal.Cast<byte, sbyte>(rows.AsSpan(row * RowBytes, K));

    /// <summary>
    /// Writes into <paramref name="scores"/> (<see cref="NerTags.Count"/> items) the sum of the dequantized rows
    /// of <paramref name="buckets"/>.
    /// </summary>
    public void Sum(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        ref Block blockTable = ref MemoryMarshal.GetArrayDataReference(blocks);
        ref byte rowTable = ref MemoryMarshal.GetArrayDataReference(rows);
        int mask = blocks.Length - 1;

        // Tags 0-15 go four lanes at a time, tag 16 alone.
        var a0 = Vector128<float>.Zero;
        var a1 = Vector128<float>.Zero;
        var a2 = Vector128<float>.Zero;
        var a3 = Vector128<float>.Zero;
        float last = 0;
        foreach (int bucket in buckets)
        {
            var block = Unsafe.Add(ref blockTable, (bucket >> 6) & mask);
            ulong bit = 1UL << bucket; // the shift count is taken mod 64
            if ((block.Used & bit) == 0)
            {
                continue;
            }

            int row = block.RowsBefore + BitOperations.PopCount(block.Used & (bit - 1));
            ref byte start = ref Unsafe.Add(ref rowTable, row * RowBytes);
            var s = Vector128.Create(Unsafe.ReadUnaligned<float>(ref Unsafe.Add(ref start, K)));
            var bytes = Vector128.LoadUnsafe(ref start).AsSByte();
            var (low, high) = Vector128.Widen(bytes);
            var (w0, w1) = Vector128.Widen(low);
            var (w2, w3) = Vector128.Widen(high);
            a0 += Vector128.ConvertToSingle(w0) * s;
            a1 += Vector128.ConvertToSingle(w1) * s;
            a2 += Vector128.ConvertToSingle(w2) * s;
            a3 += Vector128.ConvertToSingle(w3) * s;
            last += (sbyte)Unsafe.Add(ref start, 16) * s.ToScalar();
        }

        a0.CopyTo(scores);
        a1.CopyTo(scores[4..]);
        a2.CopyTo(scores[8..]);
        a3.CopyTo(scores[12..]);
        scores[16] = last;
    }

    private int RowOf(int bucket)
    {
        var block = blocks[bucket >> 6];
        ulong bit = 1UL << bucket;
        return (block.Used & bit) == 0 ? -1 : block.RowsBefore + BitOperations.PopCount(block.Used & (bit - 1));
    }

    // 64 buckets: which of them have a row, and how many rows come before them. 16 bytes, four to a cache line.
    private readonly record struct Block(ulong Used, int RowsBefore);
}
