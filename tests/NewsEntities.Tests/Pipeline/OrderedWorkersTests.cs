using NewsEntities.Pipeline;

namespace NewsEntities.Tests.Pipeline;

public sealed class OrderedWorkersTests
{
    private static List<string> Items(int count) => Enumerable.Range(0, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static List<T> Drain<T>(OrderedWorkers<T> workers)
    {
        var results = new List<T>();
        while (workers.TryTakeNext(out var result))
        {
            results.Add(result);
        }

        return results;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Results_come_in_input_order_whatever_the_time_each_takes(int degree)
    {
        var random = new Random(7);
        var delays = Enumerable.Range(0, 60).Select(_ => random.Next(0, 3)).ToArray();
        using var workers = new OrderedWorkers<int>(Items(60), s => { Thread.Sleep(delays[int.Parse(s)]); return int.Parse(s); }, degree, window: 4 * degree, default);

        Assert.Equal(Enumerable.Range(0, 60), Drain(workers));
    }

    [Fact]
    public void The_consuming_thread_is_one_of_the_threads_and_no_more_are_used()
    {
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        using var workers = new OrderedWorkers<int>(Items(200), s => { threads[Environment.CurrentManagedThreadId] = true; Thread.SpinWait(20_000); return 0; }, 3, window: 12, default);

        Assert.Equal(200, Drain(workers).Count);
        Assert.InRange(threads.Count, 1, 3);
    }

    [Fact]
    public void The_input_sequence_is_read_only_on_the_consuming_thread()
    {
        var readers = new HashSet<int>();
        IEnumerable<string> Recorded()
        {
            for (int i = 0; i < 100; i++)
            {
                readers.Add(Environment.CurrentManagedThreadId); // not thread-safe on purpose
                yield return "1";
            }
        }

        using var workers = new OrderedWorkers<int>(Recorded(), s => { Thread.SpinWait(5_000); return int.Parse(s); }, 4, window: 16, default);

        Assert.Equal(100, Drain(workers).Count);
        Assert.Equal([Environment.CurrentManagedThreadId], readers);
    }

    [Fact]
    public void A_failed_item_comes_out_in_its_place_after_the_results_before_it()
    {
        using var workers = new OrderedWorkers<int>(Items(20), s => s == "7" ? throw new InvalidOperationException("seven") : int.Parse(s), 2, window: 8, default);

        for (int i = 0; i < 7; i++)
        {
            Assert.True(workers.TryTakeNext(out int result));
            Assert.Equal(i, result);
        }

        var error = Assert.Throws<InvalidOperationException>(() => workers.TryTakeNext(out _));
        Assert.Equal("seven", error.Message);
    }

    [Fact]
    public void A_failing_input_sequence_ends_the_results_with_its_own_exception()
    {
        IEnumerable<string> Failing()
        {
            yield return "0";
            yield return "1";
            throw new IOException("disk");
        }

        using var workers = new OrderedWorkers<int>(Failing(), int.Parse, 2, window: 8, default);

        Assert.True(workers.TryTakeNext(out int first));
        Assert.True(workers.TryTakeNext(out int second));
        Assert.Equal((0, 1), (first, second));
        Assert.Equal("disk", Assert.Throws<IOException>(() => workers.TryTakeNext(out _)).Message);
    }

    [Fact]
    public void A_null_input_is_reported_as_texts_in_its_place()
    {
        using var workers = new OrderedWorkers<int>(["0", null!, "2"], int.Parse, 2, window: 8, default);

        Assert.True(workers.TryTakeNext(out _));
        Assert.Equal("texts", Assert.Throws<ArgumentNullException>(() => workers.TryTakeNext(out _)).ParamName);
    }

    [Fact]
    public void Disposing_stops_the_work_and_reads_no_further()
    {
        int started = 0;
        int read = 0;
        IEnumerable<string> Endless()
        {
            while (true)
            {
                Interlocked.Increment(ref read);
                yield return "x";
            }
        }

        var workers = new OrderedWorkers<int>(Endless(), _ => { Interlocked.Increment(ref started); Thread.Sleep(1); return 0; }, 3, window: 12, default);
        for (int i = 0; i < 10; i++)
        {
            Assert.True(workers.TryTakeNext(out _));
        }

        workers.Dispose();
        int afterDispose = Volatile.Read(ref started);
        Thread.Sleep(50);

        Assert.Equal(afterDispose, Volatile.Read(ref started));
        Assert.InRange(Volatile.Read(ref read), 10, 10 + 12);
    }

    [Fact]
    public void Cancellation_replaces_the_results_not_yet_made()
    {
        using var cancellation = new CancellationTokenSource();
        using var workers = new OrderedWorkers<int>(Items(1000), s => { Thread.Sleep(1); return 0; }, 2, window: 8, cancellation.Token);

        Assert.True(workers.TryTakeNext(out _));
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            while (workers.TryTakeNext(out _))
            {
            }
        });
    }
}
