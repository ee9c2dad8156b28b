namespace NewsEntities.Pipeline;

/// <summary>
/// Runs one function over a stream of inputs on a bounded number of threads, yielding results in input order with a
/// bounded read-ahead window. Written by hand rather than with PLINQ's AsOrdered, whose buffering is not bounded by
/// the caller and which cannot report progress in order.
/// </summary>
internal static class BatchRunner
{
    // Null items are reported under "texts", the parameter name of every public method that comes here.
    public static IEnumerable<TResult> Run<TResult>(
        IEnumerable<string> inputs, Func<string, TResult> work, BatchOptions options, CancellationToken cancellationToken)
    {
        int degree = options.MaxDegreeOfParallelism;
        int completed = 0;
        if (degree == 1)
        {
            foreach (string input in inputs)
            {
                ArgumentNullException.ThrowIfNull(input, "texts");
                cancellationToken.ThrowIfCancellationRequested();
                yield return work(input);
                options.Progress?.Report(++completed);
            }

            yield break;
        }

        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
        var window = new Queue<Task<TResult>>(degree * 4);
        using var enumerator = inputs.GetEnumerator();
        try
        {
            bool more = true;
            while (true)
            {
                while (more && window.Count < degree * 4)
                {
                    more = enumerator.MoveNext();
                    if (more)
                    {
                        string input = enumerator.Current ?? throw new ArgumentNullException("texts", "The sequence contains a null document.");
                        window.Enqueue(Task.Factory.StartNew(() => work(input), cancellationToken, TaskCreationOptions.None, scheduler));
                    }
                }

                if (window.Count == 0)
                {
                    yield break;
                }

                // GetResult rethrows the work's own exception (not an AggregateException), as the sequential path does.
                var result = window.Dequeue().GetAwaiter().GetResult();
                yield return result;
                options.Progress?.Report(++completed);
            }
        }
        finally
        {
            // An abandoned or failed enumeration must not leave work running against the caller's data.
            foreach (var pending in window)
            {
                try
                {
                    pending.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Already surfaced, or irrelevant once the caller stopped enumerating.
                }
            }
        }
    }
}
