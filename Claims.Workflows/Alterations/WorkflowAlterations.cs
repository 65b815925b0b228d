using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Workflows.Alterations;

/// <summary>
/// Applies a plan's alterations to one instance, in order, on the caller's unit of work (nothing is saved here): the caller's
/// SaveChanges commits them under the instance's concurrency token, so a resume that commits first makes the whole set fail.
/// A dry run checks the same steps on a copy of the state and runs no activity.
/// </summary>
public sealed class WorkflowAlterations(DbContext db, WorkflowDefinitionStore definitions, WorkflowHost host, TimeProvider time)
{
    public async Task<AlterationResult> RunAsync(Guid instanceId, IReadOnlyList<Alteration> alterations, bool dryRun, CancellationToken ct)
    {
        var instances = db.Set<WorkflowInstanceRecord>();
        var record = await (dryRun ? instances.AsNoTracking() : instances).SingleOrDefaultAsync(i => i.Id == instanceId, ct);
        if (record is null)
        {
            return AlterationResult.Failed([], $"Workflow instance {instanceId} does not exist.");
        }

        var state = WorkflowState.FromJson(record.StateJson);
        var log = new List<string>();
        foreach (var alteration in alterations)
        {
            var definition = await definitions.LoadAsync(state.DefinitionVersionId, ct);
            if (definition is null)
            {
                return AlterationResult.Failed(log, $"The instance runs version {state.DefinitionVersionId}, which is gone.");
            }

            var error = alteration.Type switch
            {
                Alteration.Migrate => await MigrateAsync(record, state, alteration, dryRun, log, ct),
                Alteration.ModifyVariable => ModifyVariable(state, definition, alteration, log),
                Alteration.Cancel => await CancelAsync(record, state, dryRun, log, ct),
                Alteration.ScheduleActivity => await ScheduleAsync(record, state, definition, alteration, dryRun, log, ct),
                Alteration.Retry => await RetryAsync(record, state, dryRun, log, ct),
                _ => $"Unknown alteration type '{alteration.Type}'.",
            };
            if (error is not null)
            {
                return AlterationResult.Failed(log, error);
            }

            if (!dryRun)
            {
                // The engine steps (cancel, schedule, retry) wrote the record themselves; read back what they left.
                state = Applied(record, state, alteration);
            }
        }

        return new AlterationResult(true, log);
    }

    private WorkflowState Applied(WorkflowInstanceRecord record, WorkflowState state, Alteration alteration)
    {
        if (alteration.Type is Alteration.Migrate or Alteration.ModifyVariable)
        {
            state.UpdatedAt = time.GetUtcNow();
            record.Apply(state.Status, state.ToJson(), state.Incidents.Count, time.GetUtcNow().UtcDateTime);
            return state;
        }

        return WorkflowState.FromJson(record.StateJson);
    }

    private async Task<string?> MigrateAsync(
        WorkflowInstanceRecord record, WorkflowState state, Alteration alteration, bool dryRun, List<string> log, CancellationToken ct)
    {
        if (state.Status is not (WorkflowStatus.Running or WorkflowStatus.Suspended or WorkflowStatus.Faulted))
        {
            return $"A {state.Status} instance cannot be migrated.";
        }

        var targetRecord = await db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.DefinitionId == state.DefinitionId && r.Version == alteration.TargetVersion, ct);
        if (targetRecord is null)
        {
            return $"Version {alteration.TargetVersion} of '{state.DefinitionId}' does not exist.";
        }

        if (targetRecord is { IsLatest: true, IsPublished: false })
        {
            return $"Version {targetRecord.Version} of '{state.DefinitionId}' is a draft; publish it first.";
        }

        var from = state.DefinitionVersion;
        if (from == targetRecord.Version)
        {
            log.Add($"Already on version {from}; nothing to migrate.");
            return null;
        }

        var target = await definitions.LoadAsync(targetRecord.Id, ct) ?? WorkflowDefinitionStore.ToDefinition(targetRecord);
        if (InstanceMigration.Check(state, target, alteration) is { } reason)
        {
            return reason;
        }

        var moves = InstanceMigration.Apply(state, target, alteration);
        log.Add($"{(dryRun ? "Would migrate" : "Migrated")} from version {from} to {target.Version}; "
            + (moves.Count == 0 ? "nothing waiting" : $"waiting at {string.Join(", ", moves)}") + "; variables kept; no activity run.");
        if (!dryRun)
        {
            record.MoveToVersion(target.Id, target.Version);
            var byId = state.Bookmarks.ToDictionary(b => b.Id);
            foreach (var row in await db.Set<BookmarkRecord>().Where(b => b.WorkflowInstanceId == record.Id && b.ConsumedAt == null).ToListAsync(ct))
            {
                if (byId.TryGetValue(row.Id, out var moved))
                {
                    row.Repoint(moved.ActivityId);
                }
            }
        }

        return null;
    }

    private static string? ModifyVariable(WorkflowState state, WorkflowDefinition definition, Alteration alteration, List<string> log)
    {
        var variable = definition.Variables.FirstOrDefault(v => v.Id == alteration.VariableId)
            ?? definition.Variables.FirstOrDefault(v => v.Name == alteration.VariableId);
        if (variable is null)
        {
            return $"Variable '{alteration.VariableId}' is not declared in version {definition.Version}.";
        }

        var before = state.Variables[variable.Name]?.ToJsonString() ?? "null";
        state.Variables[variable.Name] = alteration.Value?.DeepClone();
        log.Add($"Variable {variable.Name}: {before} → {alteration.Value?.ToJsonString() ?? "null"}.");
        return null;
    }

    private async Task<string?> CancelAsync(WorkflowInstanceRecord record, WorkflowState state, bool dryRun, List<string> log, CancellationToken ct)
    {
        if (state.Status is not (WorkflowStatus.Running or WorkflowStatus.Suspended))
        {
            return $"A {state.Status} instance cannot be cancelled.";
        }

        if (!dryRun)
        {
            await WorkflowCancellation.CancelAsync(db, record.Id, time.GetUtcNow().UtcDateTime, ct);
        }

        state.Status = WorkflowStatus.Cancelled;
        log.Add($"{(dryRun ? "Would cancel" : "Cancelled")}: {state.Bookmarks.Count} wait(s) dropped with their tasks and timers.");
        return null;
    }

    private async Task<string?> ScheduleAsync(
        WorkflowInstanceRecord record, WorkflowState state, WorkflowDefinition definition, Alteration alteration, bool dryRun, List<string> log, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(alteration.ActivityId) || definition.Flowchart.Find(alteration.ActivityId) is null)
        {
            return $"Activity '{alteration.ActivityId}' is not in version {definition.Version}.";
        }

        if (state.Status is not (WorkflowStatus.Running or WorkflowStatus.Suspended))
        {
            return $"A {state.Status} instance cannot run another activity.";
        }

        if (dryRun)
        {
            log.Add($"Would run '{alteration.ActivityId}' next.");
            return null;
        }

        var result = await host.ScheduleAsync(record.Id, alteration.ActivityId, ct);
        log.Add($"Ran '{alteration.ActivityId}'; the instance is {result.Status}.");
        return result.Succeeded ? null : result.Message;
    }

    private async Task<string?> RetryAsync(WorkflowInstanceRecord record, WorkflowState state, bool dryRun, List<string> log, CancellationToken ct)
    {
        if (state.Status != WorkflowStatus.Faulted || state.Scheduled.Count == 0)
        {
            return $"Only a faulted instance can be retried; this one is {state.Status}.";
        }

        if (dryRun)
        {
            log.Add($"Would re-run '{state.Scheduled[0]}', the activity that faulted.");
            return null;
        }

        var result = await host.RetryAsync(record.Id, ct);
        log.Add($"Re-ran '{state.Scheduled[0]}'; the instance is {result.Status}.");
        return result.Succeeded ? null : result.Message;
    }
}
