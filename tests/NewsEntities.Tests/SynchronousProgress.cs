namespace NewsEntities.Tests;

/// <summary>
/// Takes progress reports as they come, on the reporting thread: <see cref="Progress{T}"/> posts them to the thread
/// pool, so their order and number could not be asserted.
/// </summary>
internal sealed class SynchronousProgress(Action<int> report) : IProgress<int>
{
    public void Report(int value) => report(value);
}
