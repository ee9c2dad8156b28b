namespace NewsEntities.Pipeline;

/// <summary>
/// Runs one function over a stream of inputs on a bounded number of threads, yielding results in input order with a
/// bounded read-ahead window (four inputs per thread; see <see cref="OrderedWorkers{TResult}"/>). Written by hand
/// rather than with PLINQ's AsOrdered, whose buffering is not bounded by the caller and which cannot report
/// progress in order.
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

        using var workers = new OrderedWorkers<TResult>(inputs, work, degree, window: degree * 4, cancellationToken);
        while (workers.TryTakeNext(out var result))
        {
            yield return result;
            options.Progress?.Report(++completed);
        }
    }
}
