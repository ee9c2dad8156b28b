using System.Runtime.ExceptionServices;

namespace NewsEntities.Pipeline;

/// <summary>
/// Runs one function over a stream of inputs on a fixed number of threads and hands the results to the consuming
/// thread in input order, never reading more than a window of inputs ahead of the result being consumed.
/// </summary>
/// <remarks>
/// The consuming thread is one of the threads, as in <see cref="Parallel.For(int, int, Action{int})"/>: it reads
/// the inputs, and while the result it needs is not ready it analyses one further on itself, so it seldom sleeps
/// and is seldom woken (each wake-up of a third thread took processor time from the two that work, on a 2-core
/// machine). The others are dedicated threads that take the next input read as soon as they are done, so no
/// thread waits for a scheduler while the window has inputs. Measured over the PolNeAR train articles on two
/// cores: tasks queued through a concurrency-limited scheduler reached x1.54-1.79 of one thread, threads claiming
/// their own inputs with a sleeping consumer x1.83-1.85, with no ordering at all x1.86-2.05.
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
    private readonly Queue<(string? Input, int Index)> unclaimed;
    private readonly Thread[] workers;

    // Used only by the consuming thread, which alone touches the caller's sequence: inputs 0..read-1 have been read.
    private int read;
    private bool exhausted;

    // Guarded by gate. Results 0..taken-1 have been handed over; inputs read but not yet begun wait in unclaimed.
    private int taken;
    private bool stopping;
    private bool consumerWaiting;

    public OrderedWorkers(IEnumerable<string> inputs, Func<string, TResult> work, int degree, int window, CancellationToken cancellationToken)
    {
        this.inputs = inputs.GetEnumerator();
        this.work = work;
        this.cancellationToken = cancellationToken;
        slots = new Slot[window];
        unclaimed = new Queue<(string?, int)>(window);

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
    /// The next result in input order; false once every input has been handed over. The calling thread reads the
    /// inputs (up to the window) and, until that result is ready, analyses inputs further on rather than wait.
    /// </summary>
    /// <exception cref="Exception">Whatever replaced this result: the work's exception, the input sequence's, or a null input's.</exception>
    public bool TryTakeNext(out TResult result)
    {
        while (true)
        {
            Fill();
            (string? Input, int Index) mine;
            lock (gate)
            {
                if (slots[taken % slots.Length].Ready)
                {
                    var slot = slots[taken % slots.Length];
                    slots[taken % slots.Length] = default;
                    taken++;
                    slot.Error?.Throw();
                    result = slot.Value;
                    return true;
                }

                if (exhausted && taken >= read)
                {
                    result = default!;
                    return false;
                }

                if (!unclaimed.TryDequeue(out mine))
                {
                    // Every input of the window is being analysed, the one needed next among them.
                    consumerWaiting = true;
                    Monitor.Wait(gate);
                    consumerWaiting = false;
                    continue;
                }
            }

            Process(mine.Input, mine.Index);
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

    // Reads inputs, on the consuming thread, until the window is full: the caller's sequence is enumerated on the
    // thread that enumerates the results, as a sequential loop would, whatever side effects it has. A failure of
    // the sequence is the result in its place, and the last one.
    private void Fill()
    {
        int window = taken + slots.Length; // taken changes only on this thread

        while (!exhausted && read < window)
        {
            (string? Input, int Index) next = (null, read);
            ExceptionDispatchInfo? failure = null;
            try
            {
                exhausted = !inputs.MoveNext();
                if (!exhausted)
                {
                    next.Input = inputs.Current;
                }
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
                exhausted = true;
            }

            lock (gate)
            {
                if (failure is not null)
                {
                    Complete(read++, default!, failure);
                }
                else if (!exhausted)
                {
                    unclaimed.Enqueue(next);
                    read++;
                }

                Monitor.PulseAll(gate);
            }
        }
    }

    private void Work()
    {
        while (true)
        {
            (string? Input, int Index) next;
            lock (gate)
            {
                while (!stopping && unclaimed.Count == 0)
                {
                    Monitor.Wait(gate);
                }

                if (stopping)
                {
                    return;
                }

                next = unclaimed.Dequeue();
            }

            Process(next.Input, next.Index);
        }
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
