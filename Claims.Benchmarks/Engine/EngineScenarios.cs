using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.Engine;

/// <summary>One batch of each operation, engine and raw EF: a fresh scope (DbContext) and one SaveChanges per batch.</summary>
internal sealed class EngineScenarios(BenchDatabase database, string definitionId)
{
    private static readonly ResumeInput Approve = new("Approve");

    public RowTemplates? Templates { get; set; }

    private RowTemplates Rows => Templates ?? throw new InvalidOperationException("Capture the templates first.");

    /// <summary>WorkflowHost.StartAsync <paramref name="size"/> times; the instances wait on their human task.</summary>
    public async Task EngineStartAsync(Measurement measurement, int size)
    {
        await using var scope = database.Scope();
        var host = scope.ServiceProvider.GetRequiredService<WorkflowHost>();
        await measurement.TimeAsync(size, async () =>
        {
            for (var i = 0; i < size; i++)
            {
                var result = await host.StartAsync(definitionId);
                Check(result, WorkflowStatus.Suspended);
            }

            return true;
        }, () => Save(scope));
    }

    /// <summary>WorkflowHost.ResumeAsync of each bookmark; the instances finish.</summary>
    public async Task EngineResumeAsync(Measurement measurement, IReadOnlyCollection<Guid> bookmarks)
    {
        await using var scope = database.Scope();
        var host = scope.ServiceProvider.GetRequiredService<WorkflowHost>();
        await measurement.TimeAsync(bookmarks.Count, async () =>
        {
            foreach (var bookmark in bookmarks)
            {
                Check(await host.ResumeAsync(bookmark, Approve), WorkflowStatus.Finished);
            }

            return true;
        }, () => Save(scope));
    }

    /// <summary>The same rows as an engine start, by hand; returns the bookmark ids.</summary>
    public async Task<Guid[]> RawStartAsync(Measurement measurement, int size)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        return await measurement.TimeAsync(size, () =>
        {
            var now = DateTime.UtcNow;
            return Task.FromResult(Enumerable.Range(0, size).Select(_ => RawWrites.Start(db, Rows, now)).ToArray());
        }, () => Save(scope));
    }

    public async Task RawResumeAsync(Measurement measurement, IReadOnlyCollection<Guid> bookmarks)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        await measurement.TimeAsync(bookmarks.Count, async () =>
        {
            await RawWrites.ResumeAsync(db, Rows, bookmarks, DateTime.UtcNow);
            return true;
        }, () => Save(scope));
    }

    /// <summary>The pure runner, no database: what the engine itself costs per start and per resume.</summary>
    public async Task RunnerOnlyAsync(Measurement start, Measurement resume, int count)
    {
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionStore>();
        var runner = scope.ServiceProvider.GetRequiredService<WorkflowRunner>();
        var definition = (await store.LoadAsync((await store.FindPublishedAsync(definitionId, default))!.Id, default))!;
        var waiting = await start.TimeAsync(count, async () =>
        {
            var states = new List<WorkflowState>(count);
            for (var i = 0; i < count; i++)
            {
                states.Add((await runner.StartAsync(definition)).State);
            }

            return states;
        }, () => Task.CompletedTask);
        await resume.TimeAsync(count, async () =>
        {
            foreach (var state in waiting)
            {
                await runner.ResumeAsync(definition, state, state.Bookmarks[0].Id, Approve);
            }

            return true;
        }, () => Task.CompletedTask);
    }

    /// <summary>Open bookmarks not in <paramref name="except"/>: the ones the engine starts created.</summary>
    public async Task<List<Guid>> OpenBookmarksAsync(IReadOnlySet<Guid>? except = null)
    {
        await using var scope = database.Scope();
        var open = await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<BookmarkRecord>()
            .Where(b => b.ConsumedAt == null).OrderBy(b => b.Id).Select(b => b.Id).ToListAsync();
        return except is null ? open : open.Where(b => !except.Contains(b)).ToList();
    }

    private static Task Save(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().SaveChangesAsync();

    private static void Check(HostResult result, WorkflowStatus expected)
    {
        if (result.Status != expected)
        {
            throw new InvalidOperationException($"Expected {expected}, got {result.Outcome} {result.Status}: {result.Message}");
        }
    }
}
