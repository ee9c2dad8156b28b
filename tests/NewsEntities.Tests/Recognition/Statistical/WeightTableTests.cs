using NewsEntities.Recognition;
using NewsEntities.Recognition.Statistical;

namespace NewsEntities.Tests.Recognition.Statistical;

public class WeightTableTests
{
    private const int K = NerTags.Count;

    [Fact]
    public void Sum_adds_the_scaled_rows_of_buckets_with_weights_and_nothing_for_the_others()
    {
        // Buckets 3, 64 (first of the second block) and 127 (last of it) have rows; 5 and 100 have none.
        var scales = new float[256];
        scales[3] = 0.5f;
        scales[64] = 2f;
        scales[127] = 0.25f;
        var rows = new sbyte[3 * K];
        for (int t = 0; t < K; t++)
        {
            rows[t] = (sbyte)t;              // bucket 3
            rows[K + t] = (sbyte)-t;         // bucket 64
            rows[(2 * K) + t] = 100;         // bucket 127
        }

        var table = WeightTable.Create(scales, rows);
        var scores = new float[K];
        table.Sum([3, 5, 64, 100, 127, 3], scores);

        for (int t = 0; t < K; t++)
        {
            float expected = (t * 0.5f) + (-t * 2f) + (100 * 0.25f) + (t * 0.5f);
            Assert.Equal(expected, scores[t]);
        }

        Assert.Equal(3, table.RowCount);
        Assert.Equal(256, table.BucketCount);
    }

    [Fact]
    public void Sum_of_no_bucket_with_weights_is_zero_for_every_tag()
    {
        var scales = new float[128];
        scales[0] = 1f;
        var table = WeightTable.Create(scales, Enumerable.Repeat((sbyte)7, K).ToArray());
        var scores = Enumerable.Repeat(float.NaN, K).ToArray();

        table.Sum([1, 63, 64, 127], scores);

        Assert.All(scores, s => Assert.Equal(0f, s));
    }

    [Fact]
    public void Rows_and_scales_read_back_in_bucket_order()
    {
        var scales = new float[128];
        scales[70] = 0.75f;
        scales[9] = 1.5f;
        var rows = Enumerable.Range(0, 2 * K).Select(i => (sbyte)(i - 10)).ToArray();

        var table = WeightTable.Create(scales, rows);

        Assert.Equal(1.5f, table.ScaleOf(9));
        Assert.Equal(0.75f, table.ScaleOf(70));
        Assert.Equal(0f, table.ScaleOf(8));
        Assert.Equal(rows[..K], table.Row(0).ToArray());
        Assert.Equal(rows[K..], table.Row(1).ToArray());
    }

    [Fact]
    public void Rows_that_do_not_match_the_scales_are_rejected()
    {
        var scales = new float[64];
        scales[1] = 1f;

        Assert.Throws<InvalidDataException>(() => WeightTable.Create(scales, new sbyte[2 * K]));
    }

    [Fact]
    public void The_shipped_model_saves_to_the_bytes_it_was_loaded_from_once_round_tripped()
    {
        using var first = new MemoryStream();
        NerModel.Default.Save(first);
        var reloaded = NerModel.Load(new MemoryStream(first.ToArray()));
        using var second = new MemoryStream();
        reloaded.Save(second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }
}
