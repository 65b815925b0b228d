using System.Diagnostics;

namespace Claims.Benchmarks.Engine;

/// <summary>Operations, wall time (SaveChanges separately) and managed bytes allocated, summed over the timed batches of one run.</summary>
internal sealed class Measurement(int rowsPerOperation)
{
    public int Operations { get; private set; }
    public int RowsPerOperation { get; } = rowsPerOperation;
    public TimeSpan Elapsed { get; private set; }
    public TimeSpan Saving { get; private set; }
    public long AllocatedBytes { get; private set; }

    public double PerSecond => Operations / Elapsed.TotalSeconds;
    public double RowsPerSecond => PerSecond * RowsPerOperation;
    public double BytesPerOperation => (double)AllocatedBytes / Operations;
    public double SavingShare => Saving / Elapsed;

    /// <summary>Times one batch: <paramref name="stage"/> builds the unit of work, <paramref name="save"/> commits it.</summary>
    public async Task<T> TimeAsync<T>(int operations, Func<Task<T>> stage, Func<Task> save)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = await stage();
        var staged = clock.Elapsed;
        await save();
        clock.Stop();
        AllocatedBytes += GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Operations += operations;
        Elapsed += clock.Elapsed;
        Saving += clock.Elapsed - staged;
        return result;
    }
}

/// <summary>The runs of one scenario over the iterations; the median is what the table shows.</summary>
internal sealed class Series
{
    private readonly List<Measurement> _runs = [];

    public Measurement Add(Measurement run)
    {
        _runs.Add(run);
        return run;
    }

    public Measurement Median => _runs.OrderBy(r => r.PerSecond).ElementAt(_runs.Count / 2);

    public double Last => _runs[^1].PerSecond;

    public double Min => _runs.Min(r => r.PerSecond);

    public double Max => _runs.Max(r => r.PerSecond);
}
