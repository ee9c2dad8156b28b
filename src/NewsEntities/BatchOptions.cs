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
    /// <remarks>
    /// As with <see cref="Parallel.For(int, int, Action{int})"/>, the thread that enumerates the results is one of
    /// them: while the next result is not ready it analyses a document further on instead of waiting, and the
    /// other documents are analysed on <c>MaxDegreeOfParallelism - 1</c> threads of the batch's own. Work done
    /// between two results therefore delays the documents that thread would have analysed; hand heavy work on
    /// the results to another thread.
    /// </remarks>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Told the number of documents finished so far, each time one is yielded. Reports arrive on the thread that
    /// enumerates the results, in order.
    /// </summary>
    public IProgress<int>? Progress { get; init; }
}
