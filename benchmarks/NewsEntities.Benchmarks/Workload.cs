using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsEntities.Benchmarks;

/// <summary>What one benchmark operation processes: its text's size in UTF-16 and UTF-8 bytes, and its tokens.</summary>
public readonly record struct Workload(double Utf16Bytes, double Utf8Bytes, double Tokens);

/// <summary>
/// A benchmark class that can say what one of its operations processes. The columns call it in the host process
/// (BenchmarkDotNet runs the measurements in a child process), so the answer must come from the same fixed inputs.
/// </summary>
public interface IDescribesWorkload
{
    Workload Describe(BenchmarkCase benchmarkCase);
}

/// <summary>Throughput and allocation figures derived from the mean time, allocations and the workload.</summary>
public sealed class WorkloadColumn : IColumn
{
    private static readonly Dictionary<(Type, string), Workload> Cache = [];

    private readonly string name;
    private readonly Func<Workload, double, long?, double?> value;
    private readonly string format;

    private WorkloadColumn(string name, string legend, string format, Func<Workload, double, long?, double?> value)
    {
        this.name = name;
        Legend = legend;
        this.format = format;
        this.value = value;
    }

    /// <summary>UTF-8 megabytes of text per second.</summary>
    public static WorkloadColumn MegabytesPerSecond { get; } = new(
        "MB/s", "Megabytes (10^6) of UTF-8 news text per second", "0.00", (w, ns, _) => w.Utf8Bytes / 1e6 / (ns / 1e9));

    /// <summary>Tokens per second.</summary>
    public static WorkloadColumn TokensPerSecond { get; } = new(
        "Ktok/s", "Thousands of tokens per second", "0", (w, ns, _) => w.Tokens / 1e3 / (ns / 1e9));

    /// <summary>Milliseconds per megabyte of text: the linear-cost figure.</summary>
    public static WorkloadColumn MillisecondsPerMegabyte { get; } = new(
        "ms/MB", "Milliseconds per megabyte (10^6 bytes) of UTF-8 news text", "0.0", (w, ns, _) => ns / 1e6 / (w.Utf8Bytes / 1e6));

    /// <summary>Allocated bytes per operation over the input's UTF-16 size (the size of the .NET string).</summary>
    public static WorkloadColumn AllocatedPerUtf16Byte { get; } = new(
        "Alloc/UTF16", "Allocated bytes per byte of input as a .NET string (UTF-16)", "0.00", (w, _, a) => a / w.Utf16Bytes);

    /// <summary>Allocated bytes per operation over the input's UTF-8 size (the size on disk).</summary>
    public static WorkloadColumn AllocatedPerUtf8Byte { get; } = new(
        "Alloc/UTF8", "Allocated bytes per byte of input as UTF-8", "0.00", (w, _, a) => a / w.Utf8Bytes);

    public string Id => nameof(WorkloadColumn) + "." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || Describe(benchmarkCase) is not { } workload)
        {
            return "-";
        }

        long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        double? result = value(workload, statistics.Mean, allocated);
        return result is null ? "-" : result.Value.ToString(format, CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static Workload? Describe(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        if (!typeof(IDescribesWorkload).IsAssignableFrom(type))
        {
            return null;
        }

        var key = (type, benchmarkCase.Descriptor.WorkloadMethod.Name + "|" + benchmarkCase.Parameters.DisplayInfo);
        lock (Cache)
        {
            if (!Cache.TryGetValue(key, out var workload))
            {
                var instance = (IDescribesWorkload)Activator.CreateInstance(type)!;
                workload = instance.Describe(benchmarkCase);
                Cache[key] = workload;
            }

            return workload;
        }
    }
}
