using System.Diagnostics;
using Claims.Benchmarks.Engine;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.EngineScale;

/// <summary>
/// Batched starts four ways, alternating batch by batch: the engine as it is (journal through <see cref="JournalWriter"/>),
/// the engine with EF Core inserting the journal (before), raw EF Core (the rows with no engine), and raw ADO.NET: the
/// same rows (instance, bookmark, task, 18 journal rows, the same bytes) through one reused INSERT per table in one
/// transaction, no change tracking, no SaveChanges.
/// </summary>
internal sealed class BatchedStarts(BenchDatabase database, ServiceProvider before, RowTemplates templates, string definitionId)
{
    public List<double> Engine { get; } = [];
    public List<double> EngineBefore { get; } = [];
    public List<double> RawEf { get; } = [];
    public List<double> RawAdo { get; } = [];

    public async Task RunAsync(int rounds, int batch)
    {
        for (var round = 0; round < rounds; round++)
        {
            var order = new (List<double> Into, Func<int, Task> Run)[]
            {
                (Engine, n => EngineAsync(database.Scope(), n)),
                (EngineBefore, n => EngineAsync(before.CreateAsyncScope(), n)),
                (RawEf, RawEfAsync),
                (RawAdo, RawAdoAsync),
            };
            foreach (var (into, run) in order.Skip(round % order.Length).Concat(order.Take(round % order.Length)))
            {
                var clock = Stopwatch.StartNew();
                await run(batch);
                into.Add(batch / clock.Elapsed.TotalSeconds);
            }
        }
    }

    private async Task EngineAsync(AsyncServiceScope scope, int count)
    {
        await using (scope)
        {
            var host = scope.ServiceProvider.GetRequiredService<WorkflowHost>();
            for (var i = 0; i < count; i++)
            {
                var result = await host.StartAsync(definitionId);
                if (result.Status != WorkflowStatus.Suspended)
                {
                    throw new InvalidOperationException($"{result.Outcome}: {result.Message}");
                }
            }

            await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().SaveChangesAsync();
        }
    }

    private async Task RawEfAsync(int count)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var now = DateTime.UtcNow;
        for (var i = 0; i < count; i++)
        {
            RawWrites.Start(db, templates, now);
        }

        await db.SaveChangesAsync();
    }

    private async Task RawAdoAsync(int count)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using (var instances = RowInserter.Create<WorkflowInstanceRecord>(db))
        await using (var bookmarks = RowInserter.Create<BookmarkRecord>(db))
        await using (var tasks = RowInserter.Create<WorkTask>(db))
        await using (var journal = RowInserter.Create<JournalRecord>(db))
        {
            var now = DateTime.UtcNow;
            var (w, b, k) = (templates.Waiting, templates.Bookmark, templates.Task);
            for (var i = 0; i < count; i++)
            {
                var instance = WorkflowInstanceRecord.Create(Guid.CreateVersion7(), w.DefinitionId, w.DefinitionVersionId, w.DefinitionVersion, null, now);
                instance.Apply(WorkflowStatus.Suspended, w.StateJson, 0, now);
                await instances.InsertAsync(instance);
                var bookmark = BookmarkRecord.Create(Guid.CreateVersion7(), instance.Id, b.ActivityId, b.Kind, b.Name, null, b.PayloadJson, now);
                await bookmarks.InsertAsync(bookmark);
                await tasks.InsertAsync(WorkTask.Open(k.Kind, k.Subject, k.AssigneeRole, k.AssigneeUser, now, k.DueAt, null, k.Outcomes, bookmark.Id, instance.Id, k.EscalateTo));
                foreach (var j in templates.StartJournal)
                {
                    await journal.InsertAsync(JournalRecord.Create(instance.Id, j.Sequence, j.ActivityId, j.NodeId, j.ActivityType, j.EventName, j.Outcome, j.Message, null, now));
                }
            }
        }

        await transaction.CommitAsync();
    }
}
