using NewsEntities.Resolution;

namespace NewsEntities.Tests.Resolution;

public sealed class KeyTableTests
{
    [Fact]
    public void Equal_keys_have_one_number_and_different_keys_different_ones()
    {
        var table = new KeyTable();
        int blinken = table.Add("blinken");
        int abbas = table.Add("abbas");
        Assert.NotEqual(blinken, abbas);
        Assert.Equal(blinken, table.Add("blinken".AsSpan()));
        Assert.Equal(blinken, table.Add(new string("blinken".AsSpan())));
        Assert.NotEqual(blinken, table.Add("Blinken"));
        Assert.Equal("blinken", table.Of(blinken).ToString());
        Assert.Equal("abbas", table.Of(abbas).ToString());
        int empty = table.Add(string.Empty);
        Assert.Equal(empty, table.Add(ReadOnlySpan<char>.Empty));
        Assert.Equal(0, table.Of(empty).Length);
        Assert.Equal(4, table.Count);
    }

    [Fact]
    public void Thousands_of_keys_keep_their_numbers_and_characters_as_the_table_grows()
    {
        var table = new KeyTable();
        var numbers = new Dictionary<string, int>();
        for (int i = 0; i < 5000; i++)
        {
            string key = "key " + (i * 7919 % 5003);
            int number = table.Add(key);
            if (numbers.TryGetValue(key, out int before))
            {
                Assert.Equal(before, number);
            }

            numbers[key] = number;
        }

        Assert.Equal(numbers.Count, table.Count);
        Assert.All(numbers, pair => Assert.Equal(pair.Key, table.Of(pair.Value).ToString()));
    }

    [Fact]
    public void A_word_of_a_key_in_the_table_is_added_from_the_table_itself()
    {
        var table = new KeyTable();
        int whole = table.Add("palestinian national authority");
        for (int i = 0; i < 300; i++)
        {
            // Growth of the buffer while the word being added lies in it.
            int last = table.Add(table.Of(whole)[(table.Of(whole).LastIndexOf(' ') + 1)..]);
            Assert.Equal("authority", table.Of(last).ToString());
            table.Add("filler " + i);
        }

        Assert.Equal("palestinian national authority", table.Of(whole).ToString());
    }

    [Fact]
    public void A_cleared_table_forgets_every_key()
    {
        var table = new KeyTable();
        table.Add("gaza");
        table.Add("israel");
        table.Clear();
        Assert.Equal(0, table.Count);
        int israel = table.Add("israel");
        Assert.Equal(0, israel);
        Assert.Equal("israel", table.Of(israel).ToString());
    }
}
