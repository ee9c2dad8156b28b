namespace NewsEntities.Tests.Robustness;

/// <summary>
/// Tests that compare running times, or that are heavy enough to disturb those that do, run alone: never
/// alongside other test classes.
/// </summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;
