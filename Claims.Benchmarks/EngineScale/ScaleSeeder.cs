using System.Diagnostics;
using Claims.Benchmarks.Engine;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.EngineScale;

/// <summary>
/// Fills a database with existing instances the way the engine leaves them, straight through ADO.NET: half waiting on
/// their human task (instance, open bookmark, open task, 18 journal rows), half finished (bookmark consumed, task
/// cancelled, 22 journal rows). Rows are copies of a real instance's rows with the ids swapped, spread over the slots'
/// definitions and versions. Instance, bookmark and task rows go through one reused INSERT each; the journal is copied
/// set-based inside SQLite. One transaction per chunk of 50,000 instances, with progress.
/// </summary>
internal sealed class ScaleSeeder(BenchDatabase database, RowTemplates templates, IReadOnlyList<SeedSlot> slots)
{
    private const int Chunk = 50_000;

    // The runner checks the state's version number against the definition's.
    private static readonly System.Text.RegularExpressions.Regex VersionNumber = new(
        "\"definitionVersion\"\\s*:\\s*\\d+", System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Bookmarks of seeded waiting instances, per definition, for resumes of existing instances.</summary>
    public Dictionary<string, List<Guid>> Waiting { get; } = slots.ToDictionary(s => s.DefinitionId, _ => new List<Guid>());

    public int Count { get; private set; }

    public async Task SeedToAsync(int total, string label)
    {
        var clock = Stopwatch.StartNew();
        var start = Count;
        while (Count < total)
        {
            var size = Math.Min(Chunk, total - Count);
            await ChunkAsync(size);
            Console.WriteLine($"  {label}: {Count:N0} instances ({(Count - start) / clock.Elapsed.TotalSeconds:N0} instances/s, {clock.Elapsed.TotalSeconds:N0} s)");
        }

        await database.CheckpointedSizeAsync();
    }

    private async Task ChunkAsync(int size)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var last = await LastRowIdAsync(db);
        using (var instances = RowInserter.Create<WorkflowInstanceRecord>(db))
        using (var bookmarks = RowInserter.Create<BookmarkRecord>(db))
        using (var tasks = RowInserter.Create<WorkTask>(db))
        {
            for (var i = 0; i < size; i++)
            {
                Row(Count + i, instances, bookmarks, tasks);
            }
        }

        await CopyJournalAsync(db, last);
        await transaction.CommitAsync();
        Count += size;
    }

    private void Row(int n, RowInserter instances, RowInserter bookmarks, RowInserter tasks)
    {
        var weights = slots.Sum(s => s.Weight);
        var pick = n % weights;
        var slot = slots.First(s => (pick -= s.Weight) < 0);
        var (versionId, version) = slot.Versions[n / weights % slot.Versions.Count];
        var finished = n % 2 == 1;
        var now = DateTime.UtcNow;
        var w = templates.Waiting;
        var b = templates.Bookmark;
        var id = Guid.CreateVersion7();
        var bookmarkId = Guid.CreateVersion7();
        var state = (finished ? templates.FinishedStateJson : w.StateJson)
            .Replace(w.Id.ToString(), id.ToString())
            .Replace(b.Id.ToString(), bookmarkId.ToString())
            .Replace(w.DefinitionVersionId, versionId)
            .Replace($"\"{w.DefinitionId}\"", $"\"{slot.DefinitionId}\"");
        state = VersionNumber.Replace(state, $"\"definitionVersion\":{version}");
        var instance = WorkflowInstanceRecord.Create(id, slot.DefinitionId, versionId, version, null, now);
        instance.Apply(finished ? WorkflowStatus.Finished : WorkflowStatus.Suspended, state, 0, now);
        instances.Insert(instance);
        var bookmark = BookmarkRecord.Create(bookmarkId, id, b.ActivityId, b.Kind, b.Name, null, b.PayloadJson, now);
        var k = templates.Task;
        var task = WorkTask.Open(k.Kind, k.Subject, k.AssigneeRole, k.AssigneeUser, now, k.DueAt, null, k.Outcomes, bookmarkId, id, k.EscalateTo);
        if (finished)
        {
            bookmark.Consume(now);
            task.Cancel(now);
        }
        else
        {
            Waiting[slot.DefinitionId].Add(bookmarkId);
        }

        bookmarks.Insert(bookmark);
        tasks.Insert(task);
    }

    private static async Task<long> LastRowIdAsync(ClaimsDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = "SELECT coalesce(max(rowid), 0) FROM \"Instances\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>The template's journal rows for every instance of the chunk: 18 for a waiting one, 22 for a finished one.</summary>
    private async Task CopyJournalAsync(ClaimsDbContext db, long lastRowId)
    {
        var connection = db.Database.GetDbConnection();
        var tx = db.Database.CurrentTransaction!.GetDbTransaction();
        await Execute("CREATE TEMP TABLE IF NOT EXISTS seed_journal (Kind INTEGER, Sequence INTEGER, ActivityId TEXT, NodeId TEXT, ActivityType TEXT, EventName TEXT, Outcome TEXT, Message TEXT)");
        await Execute("DELETE FROM temp.seed_journal");
        foreach (var (kind, rows) in new[] { (0, templates.StartJournal), (1, templates.ResumeJournal) })
        {
            foreach (var j in rows)
            {
                await Execute("INSERT INTO temp.seed_journal VALUES (@k, @s, @a, @n, @t, @e, @o, @m)",
                    ("@k", kind), ("@s", j.Sequence), ("@a", j.ActivityId), ("@n", j.NodeId), ("@t", j.ActivityType), ("@e", j.EventName), ("@o", j.Outcome), ("@m", j.Message));
            }
        }

        await Execute("""
            INSERT INTO "Journal" ("WorkflowInstanceId", "Sequence", "ActivityId", "NodeId", "ActivityType", "EventName", "Outcome", "Message", "PayloadJson", "Timestamp")
            SELECT i."Id", j.Sequence, j.ActivityId, j.NodeId, j.ActivityType, j.EventName, j.Outcome, j.Message, NULL, i."CreatedAt"
            FROM "Instances" i JOIN temp.seed_journal j ON j.Kind = 0 OR (j.Kind = 1 AND i."Status" = 'Finished')
            WHERE i.rowid > @last ORDER BY i.rowid, j.Sequence
            """, ("@last", lastRowId));

        async Task Execute(string sql, params (string Name, object? Value)[] parameters)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            await command.ExecuteNonQueryAsync();
        }
    }
}
