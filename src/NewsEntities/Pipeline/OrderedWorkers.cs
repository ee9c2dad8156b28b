using System.Runtime.ExceptionServices;

namespace NewsEntities.Pipeline;

/// <summary>
/// Runs one function over a stream of inputs on a fixed number of threads and hands the results to the consuming
/// thread in input order, never reading more than a window of inputs ahead of the result being consumed.
/// </summary>
/// <remarks>
/// The consuming thread is one of the threads, as in <see cref="Parallel.For(int, int, Action{int})"/>: while the
/// result it needs is not ready it analyses the next input itself, so it seldom sleeps and is seldom woken (each
/// wake-up of a third thread took processor time from the two that work, on a 2-core machine). The others are
/// dedicated threads that claim their next input themselves as soon as they are done, so no thread waits for a
/// scheduler while the window has room. Measured over the PolNeAR train articles on two cores: tasks queued
/// through a concurrency-limited scheduler reached x1.54-1.79 of one thread, threads claiming their own inputs
/// with a sleeping consumer x1.83-1.85, with no ordering at all x1.86-2.05.
/// An exception (the work's, the input sequence's, or a null input) is handed over in the place of the result it
/// replaces, so results before it still come out, in order.
/// </remarks>
internal sealed class OrderedWorkers<TResult> : IDisposable
{
    private readonly object gate = new();
    private readonly IEnumerator<string> inputs;
    private readonly Func<string, TResult> work;
    private readonly CancellationToken cancellationToken;
    private readonly Slot[] slots;
    private readonly Thread[] workers;

    // All guarded by gate. Inputs 0..claimed-1 have been read; results 0..taken-1 have been handed over.
    private int claimed;
    private int taken;
    private bool exhausted;
    private bool stopping;
    private int waitingWorkers;
    private bool consumerWaiting;

    public OrderedWorkers(IEnumerable<string> inputs, Func<string, TResult> work, int degree, int window, CancellationToken cancellationToken)
    {
        this.inputs = inputs.GetEnumerator();
        this.work = work;
        this.cancellationToken = cancellationToken;
        slots = new Slot[window];

        // The consumer is one of the degree threads: it works whenever the result it needs is not ready.
        workers = new Thread[degree - 1];
        for (int i = 0; i < workers.Length; i++)
        {
            workers[i] = new Thread(Work) { IsBackground = true, Name = "NewsEntities worker" };
        }

        foreach (var worker in workers)
        {
            worker.Start();
        }
    }

    /// <summary>
    /// The next result in input order; false once every input has been handed over. Until that result is ready
    /// the calling thread analyses inputs further on, if the window has any left to read, rather than wait.
    /// </summary>
    /// <exception cref="Exception">Whatever replaced this result: the work's exception, the input sequence's, or a null input's.</exception>
    public bool TryTakeNext(out TResult result)
    {
        while (true)
        {
            string? input;
            int index;
            lock (gate)
            {
                if (slots[taken % slots.Length].Ready)
                {
                    var slot = slots[taken % slots.Length];
                    slots[taken % slots.Length] = default;
                    taken++;
                    if (waitingWorkers > 0)
                    {
                        Monitor.PulseAll(gate);
                    }

                    slot.Error?.Throw();
                    result = slot.Value;
                    return true;
                }

                if (exhausted && taken >= claimed)
                {
                    result = default!;
                    return false;
                }

                if (exhausted || claimed - taken >= slots.Length)
                {
                    consumerWaiting = true;
                    Monitor.Wait(gate);
                    consumerWaiting = false;
                    continue;
                }

                if (!TryClaim(out input, out index))
                {
                    continue;
                }
            }

            Process(input, index);
        }
    }

    /// <summary>Stops the workers after the inputs they are on (an abandoned enumeration must not leave work running against the caller's data) and releases the input sequence.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            stopping = true;
            Monitor.PulseAll(gate);
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        inputs.Dispose();
    }

    private void Work()
    {
        while (true)
        {
            string? input;
            int index;
            lock (gate)
            {
                while (!stopping && !exhausted && claimed - taken >= slots.Length)
                {
                    waitingWorkers++;
                    Monitor.Wait(gate);
                    waitingWorkers--;
                }

                if (stopping || !TryClaim(out input, out index))
                {
                    return;
                }
            }

            Process(input, index);
        }
    }

    // Called under the gate with room in the window: reads the next input. False when there is none (the input
    // sequence ended or failed; a failure is the result in its place, and the last one).
    private bool TryClaim(out string? input, out int index)
    {
        input = null;
        index = claimed;
        if (exhausted)
        {
            return false;
        }

        try
        {
            if (!inputs.MoveNext())
            {
                exhausted = true;
                Monitor.PulseAll(gate);
                return false;
            }

            input = inputs.Current;
        }
        catch (Exception e)
        {
            claimed++;
            exhausted = true;
            Complete(index, default!, ExceptionDispatchInfo.Capture(e));
            Monitor.PulseAll(gate);
            return false;
        }

        claimed++;
        return true;
    }

    private void Process(string? input, int index)
    {
        TResult result = default!;
        ExceptionDispatchInfo? error = null;
        try
        {
            // Null items are reported under "texts", the parameter name of every public method that comes here.
            if (input is null)
            {
                throw new ArgumentNullException("texts", "The sequence contains a null document.");
            }

            cancellationToken.ThrowIfCancellationRequested();
            result = work(input);
        }
        catch (Exception e)
        {
            error = ExceptionDispatchInfo.Capture(e);
        }

        lock (gate)
        {
            Complete(index, result, error);
        }
    }

    // Called under the gate.
    private void Complete(int index, TResult result, ExceptionDispatchInfo? error)
    {
        slots[index % slots.Length] = new Slot(result, error, Ready: true);
        if (consumerWaiting && index == taken)
        {
            Monitor.PulseAll(gate);
        }
    }

    private readonly record struct Slot(TResult Value, ExceptionDispatchInfo? Error, bool Ready);
}
