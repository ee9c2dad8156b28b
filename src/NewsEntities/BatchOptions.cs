namespace NewsEntities;

/// <summary>
/// How <see cref="NewsExtractor.AnalyzeMany"/> and <see cref="NewsExtractor.AnalyzeCorpus(IEnumerable{string}, BatchOptions?, CancellationToken)"/>
/// spread documents over the machine's cores.
/// </summary>
public sealed record BatchOptions
{
    /// <summary>
    /// The most documents analysed at once. Defaults to <see cref="Environment.ProcessorCount"/>; 1 analyses them
    /// one after another on the calling thread.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Told the number of documents finished so far, each time one is yielded. Reports arrive on the thread that
    /// enumerates the results, in order.
    /// </summary>
    public IProgress<int>? Progress { get; init; }
}
