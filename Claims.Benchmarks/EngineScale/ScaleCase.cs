using System.Diagnostics;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.EngineScale;

/// <summary>
/// Starts and resumes of one definition in one database, measured round by round so that cases alternate on a shared
/// machine: per operation (a fresh scope and one SaveChanges each, so each waits for its WAL fsync) and batched (one
/// SaveChanges per batch). "Existing" resumes pick random waiting instances of the seeded population, on their versions.
/// </summary>
internal sealed class ScaleCase(string name, int instances, int versions, Func<AsyncServiceScope> scope, string definitionId, List<Guid> existing)
{
    private static readonly ResumeInput Approve = new("Approve");
    private readonly Random _random = new(20);

    public string Name { get; } = name;
    public int Instances { get; } = instances;
    public int Versions { get; } = versions;
    public List<double> Start { get; } = [];
    public List<double> Resume { get; } = [];
    public List<double> ResumeExisting { get; } = [];
    public List<double> BatchStart { get; } = [];
    public List<double> BatchResume { get; } = [];

    public async Task RoundAsync(int single, int batch)
    {
        var started = new List<Guid>();
        for (var i = 0; i < single; i++)
        {
            started.AddRange(await TimedStartsAsync(1, Start));
        }

        foreach (var bookmark in await OpenBookmarksAsync(started))
        {
            await TimedResumesAsync([bookmark], Resume);
        }

        // A quarter as many as the other samples, so the 1 k database's waiting instances last through every step.
        for (var i = 0; i < Math.Max(1, single / 4) && existing.Count > 0; i++)
        {
            var at = _random.Next(existing.Count);
            var bookmark = existing[at];
            existing[at] = existing[^1];
            existing.RemoveAt(existing.Count - 1);
            await TimedResumesAsync([bookmark], ResumeExisting);
        }

        await TimedResumesAsync(await OpenBookmarksAsync(await TimedStartsAsync(batch, BatchStart)), BatchResume);
    }

    /// <summary>Starts <paramref name="count"/> instances in one unit of work; records ms per start; returns the instance ids.</summary>
    private async Task<List<Guid>> TimedStartsAsync(int count, List<double> into)
    {
        var clock = Stopwatch.StartNew();
        await using var s = scope();
        var host = s.ServiceProvider.GetRequiredService<WorkflowHost>();
        var ids = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            var result = await host.StartAsync(definitionId);
            Check(result, WorkflowStatus.Suspended);
            ids.Add(result.InstanceId!.Value);
        }

        await s.ServiceProvider.GetRequiredService<ClaimsDbContext>().SaveChangesAsync();
        into.Add(clock.Elapsed.TotalMilliseconds / count);
        return ids;
    }

    private async Task TimedResumesAsync(IReadOnlyCollection<Guid> bookmarks, List<double> into)
    {
        var clock = Stopwatch.StartNew();
        await using var s = scope();
        var host = s.ServiceProvider.GetRequiredService<WorkflowHost>();
        foreach (var bookmark in bookmarks)
        {
            Check(await host.ResumeAsync(bookmark, Approve), WorkflowStatus.Finished);
        }

        await s.ServiceProvider.GetRequiredService<ClaimsDbContext>().SaveChangesAsync();
        into.Add(clock.Elapsed.TotalMilliseconds / bookmarks.Count);
    }

    private async Task<List<Guid>> OpenBookmarksAsync(List<Guid> instanceIds)
    {
        await using var s = scope();
        return await s.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<BookmarkRecord>()
            .Where(b => instanceIds.Contains(b.WorkflowInstanceId) && b.ConsumedAt == null).Select(b => b.Id).ToListAsync();
    }

    private static void Check(HostResult result, WorkflowStatus expected)
    {
        if (result.Status != expected)
        {
            throw new InvalidOperationException($"Expected {expected}, got {result.Outcome} {result.Status}: {result.Message}");
        }
    }
}

/// <summary>Nearest-rank percentiles.</summary>
internal static class Percentile
{
    public static double Of(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
