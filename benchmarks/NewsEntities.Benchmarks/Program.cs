using BenchmarkDotNet.Running;

// "alloc-probe corpus.jsonl": allocation per document and per stage, measured in one pass (see AllocationProbe).
if (args is ["alloc-probe", string corpus])
{
    NewsEntities.Benchmarks.AllocationProbe.Run(corpus);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
