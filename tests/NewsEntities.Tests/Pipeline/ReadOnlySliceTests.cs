using NewsEntities.Pipeline;

namespace NewsEntities.Tests.Pipeline;

public sealed class ReadOnlySliceTests
{
    private static readonly string[] Items = ["a", "b", "c", "d", "e"];

    [Fact]
    public void A_slice_lists_its_run_of_the_array_only()
    {
        var slice = new ReadOnlySlice<string>(Items, 1, 3);
        Assert.Equal(3, slice.Count);
        Assert.Equal(["b", "c", "d"], slice);
        Assert.Equal("b", slice[0]);
        Assert.Equal("d", slice[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => slice[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => slice[-1]);
        Assert.Equal(1, slice.IndexOf("c"));
        Assert.Equal(-1, slice.IndexOf("a"));
        Assert.Equal(-1, slice.IndexOf("e"));
        bool hasD = slice.Contains("d");
        bool hasE = slice.Contains("e");
        Assert.True(hasD);
        Assert.False(hasE);
        var copy = new string[5];
        slice.CopyTo(copy, 2);
        Assert.Equal(new string?[] { null, null, "b", "c", "d" }.AsEnumerable(), copy);
        Assert.Throws<ArgumentException>(() => slice.CopyTo(new string[4], 2));
        Assert.Equal(["b", "c", "d"], slice.ToArray());
        Assert.Equal(["b", "c", "d"], new List<string>(slice));
    }

    [Fact]
    public void Its_enumerator_stops_at_the_end_of_the_run_and_can_start_again()
    {
        using var enumerator = new ReadOnlySlice<string>(Items, 3, 2).GetEnumerator();
        Assert.True(enumerator.MoveNext());
        Assert.Equal("d", enumerator.Current);
        Assert.True(enumerator.MoveNext());
        Assert.Equal("e", enumerator.Current);
        Assert.False(enumerator.MoveNext());
        Assert.False(enumerator.MoveNext());
        enumerator.Reset();
        Assert.True(enumerator.MoveNext());
        Assert.Equal("d", enumerator.Current);
    }

    [Fact]
    public void Empty_runs_are_the_shared_empty_list()
    {
        Assert.Same(ReadOnlySlice<string>.Empty, ReadOnlySlice<string>.Of(Items, 2, 0));
        Assert.Empty(ReadOnlySlice<string>.Empty);
        Assert.Empty(new ReadOnlySlice<string>(Items, 5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadOnlySlice<string>.Empty[0]);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 6)]
    [InlineData(4, 2)]
    [InlineData(6, 0)]
    [InlineData(2, -1)]
    public void A_run_outside_the_array_is_refused(int start, int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadOnlySlice<string>(Items, start, count));
    }

    [Fact]
    public void Changes_are_refused_and_the_array_stays_as_it_was()
    {
        var items = (string[])Items.Clone();
        IList<string> list = new ReadOnlySlice<string>(items, 0, 2);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list[0] = "x");
        Assert.Throws<NotSupportedException>(() => list.Add("x"));
        Assert.Throws<NotSupportedException>(() => list.Insert(0, "x"));
        Assert.Throws<NotSupportedException>(() => list.Remove("a"));
        Assert.Throws<NotSupportedException>(() => list.RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => list.Clear());
        Assert.Equal(Items, items);
    }
}
