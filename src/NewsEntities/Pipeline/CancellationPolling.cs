namespace NewsEntities.Pipeline;

/// <summary>
/// The cancellation check of a stage's long loop over tokens, mentions or candidates. A news archive can hold a
/// document of several megabytes, a million tokens, and a pass over it must still stop within milliseconds of a
/// cancel; checking every <see cref="Interval"/> steps keeps the wait short (a step costs well under a
/// microsecond) and the check itself out of the profile.
/// </summary>
internal static class CancellationPolling
{
    /// <summary>The steps between two checks: a power of two, so the test is a mask.</summary>
    public const int Interval = 4096;

    /// <summary>Throws <see cref="OperationCanceledException"/> at every <see cref="Interval"/>-th step once cancelled.</summary>
    public static void ThrowIfCancelledAt(this CancellationToken cancellationToken, int step)
    {
        if ((step & (Interval - 1)) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
