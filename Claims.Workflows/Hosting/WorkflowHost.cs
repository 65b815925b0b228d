using System.Text.Json.Nodes;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Workflows.Hosting;

/// <summary>
/// Runs workflows against the database: loads the instance, runs the pure runner, and stages every effect
/// (state, bookmarks, tasks, timers, journal, incidents) on the caller's DbContext so one SaveChanges commits
/// them together with the caller's own change and outbox messages. A concurrent advance of the same
/// instance fails that SaveChanges with a concurrency exception.
/// </summary>
public sealed class WorkflowHost(
    DbContext db, WorkflowDefinitionStore definitions, WorkflowRunner runner, WorkflowEffects effects, IEnumerable<IBusinessObjectLoader> loaders,
    IServiceProvider services)
{
    public async Task<HostResult> StartAsync(
        string definitionId, JsonObject? input = null, BusinessObjectReference? businessObject = null, CancellationToken ct = default)
    {
        var versionId = await definitions.FindPublishedIdAsync(definitionId, ct);
        if (versionId is null)
        {
            return new HostResult(HostOutcome.NotFound, Message: $"Workflow '{definitionId}' has no published version.");
        }

        return await StartVersionAsync(versionId, input, businessObject, ct);
    }

    /// <summary>
    /// Starts a dispatched child under the id its parent chose; a redelivered start finds the instance and does nothing.
    /// A definition with no published version faults nothing here: the parent's wait is completed as Faulted instead.
    /// </summary>
    public async Task<HostResult> StartChildAsync(ChildDispatch dispatch, CancellationToken ct = default)
    {
        if (await db.Set<WorkflowInstanceRecord>().AnyAsync(i => i.Id == dispatch.ChildInstanceId, ct))
        {
            return new HostResult(HostOutcome.AlreadyConsumed, dispatch.ChildInstanceId, Message: $"Child {dispatch.ChildInstanceId} was already started.");
        }

        if (await db.Set<WorkflowInstanceRecord>().AnyAsync(i => i.Id == dispatch.Parent.InstanceId && i.Status == WorkflowStatus.Cancelled, ct))
        {
            return new HostResult(HostOutcome.Rejected, Message: $"The parent {dispatch.Parent.InstanceId} was cancelled before its child started.");
        }

        if (dispatch.Parent.BookmarkId is { } wait && await db.Set<BookmarkRecord>().AnyAsync(b => b.Id == wait && b.ConsumedAt != null, ct))
        {
            return new HostResult(HostOutcome.Rejected, Message: $"The parent {dispatch.Parent.InstanceId} stopped waiting (its branch was cancelled) before its child started.");
        }

        var versionId = await definitions.FindPublishedIdAsync(dispatch.DefinitionId, ct);
        if (versionId is null)
        {
            var message = $"Workflow '{dispatch.DefinitionId}' has no published version.";
            if (dispatch.Parent.BookmarkId is not null)
            {
                effects.CompleteParent(dispatch.Parent, new ChildCompletion(dispatch.ChildInstanceId, dispatch.DefinitionId, WorkflowStatus.Faulted, null));
            }

            return new HostResult(HostOutcome.NotFound, Message: message);
        }

        return await StartVersionAsync(versionId, dispatch.Input, dispatch.BusinessObject, ct, dispatch);
    }

    /// <summary>Starts a given version (the designer's test run uses the latest draft).</summary>
    public async Task<HostResult> StartVersionAsync(
        string versionId, JsonObject? input = null, BusinessObjectReference? businessObject = null, CancellationToken ct = default) =>
        await StartVersionAsync(versionId, input, businessObject, ct, child: null);

    private async Task<HostResult> StartVersionAsync(
        string versionId, JsonObject? input, BusinessObjectReference? businessObject, CancellationToken ct, ChildDispatch? child)
    {
        var definition = await definitions.LoadAsync(versionId, ct);
        if (definition is null)
        {
            return new HostResult(HostOutcome.NotFound, Message: $"Workflow version '{versionId}' does not exist.");
        }

        using var span = WorkflowTelemetry.Run("start", definition.DefinitionId);
        WorkflowTelemetry.Starts.Add(1, new KeyValuePair<string, object?>("workflow.definition_id", definition.DefinitionId));
        if (child is not null)
        {
            input = ChildWorkflows.Input(definition, child.Input);
        }

        var result = await runner.StartAsync(definition, input, await LoadAsync(businessObject, ct), ct, services,
            child?.ChildInstanceId, child?.Parent.BookmarkId is null ? null : child.Parent);
        var correlation = businessObject is null ? null : $"{businessObject.Name}:{businessObject.Id}";
        var instance = WorkflowInstanceRecord.Create(result.State.Id, definition.DefinitionId, definition.Id, definition.Version, correlation, result.State.CreatedAt.UtcDateTime);
        db.Set<WorkflowInstanceRecord>().Add(instance);
        effects.Stage(instance, result);
        return new HostResult(HostOutcome.Started, instance.Id, result.State.Status, result.Message);
    }

    public async Task<HostResult> ResumeAsync(Guid bookmarkId, ResumeInput? resume = null, CancellationToken ct = default)
    {
        // One round trip for the bookmark, its instance and its task; tracked, so staging needs no further query.
        var loaded = await (
            from b in db.Set<BookmarkRecord>()
            where b.Id == bookmarkId
            join i in db.Set<WorkflowInstanceRecord>() on b.WorkflowInstanceId equals i.Id
            join t in db.Set<WorkTask>() on (Guid?)b.Id equals t.BookmarkId into tasks
            from t in tasks.DefaultIfEmpty()
            select new { Bookmark = b, Instance = i, Task = t }).FirstOrDefaultAsync(ct);
        if (loaded is null)
        {
            return new HostResult(HostOutcome.NotFound, Message: $"Bookmark {bookmarkId} does not exist.");
        }

        if (loaded.Bookmark.ConsumedAt is not null)
        {
            return new HostResult(HostOutcome.AlreadyConsumed, loaded.Instance.Id, Message: $"Bookmark {bookmarkId} was already resumed.");
        }

        var (instance, state, definition) = await RunnableAsync(loaded.Instance, ct);
        using var span = WorkflowTelemetry.Run("resume", definition.DefinitionId, instance.Id);
        WorkflowTelemetry.Resumes.Add(1, new KeyValuePair<string, object?>("workflow.definition_id", definition.DefinitionId));
        var result = await runner.ResumeAsync(definition, state, bookmarkId, resume, await LoadAsync(state.BusinessObject, ct), ct, services);
        return result.Outcome switch
        {
            RunOutcome.BookmarkAlreadyConsumed => new HostResult(HostOutcome.AlreadyConsumed, instance.Id, state.Status, result.Message),
            RunOutcome.BookmarkNotFound => new HostResult(HostOutcome.NotFound, instance.Id, state.Status, result.Message),
            _ when result.IsRejected => new HostResult(HostOutcome.Rejected, instance.Id, state.Status, result.Message),
            _ => await StagedAsync(HostOutcome.Resumed, instance, result, ct, bookmarkId),
        };
    }

    /// <summary>Resumes the message bookmarks of that name on the instances of one business object.</summary>
    public async Task<IReadOnlyList<HostResult>> ResumeByMessageAsync(string name, string correlationId, ResumeInput? resume = null, CancellationToken ct = default)
    {
        var ids = await db.Set<BookmarkRecord>()
            .Where(b => b.Name == name && b.CorrelationId == correlationId && b.ConsumedAt == null && b.Kind == nameof(BookmarkKind.Message))
            .Select(b => b.Id).ToListAsync(ct);
        var results = new List<HostResult>();
        foreach (var id in ids)
        {
            results.Add(await ResumeAsync(id, resume, ct));
        }

        return results;
    }

    /// <summary>Re-runs a faulted instance from the activity that failed.</summary>
    public async Task<HostResult> RetryAsync(Guid instanceId, CancellationToken ct = default)
    {
        if (!await db.Set<WorkflowInstanceRecord>().AnyAsync(i => i.Id == instanceId, ct))
        {
            return new HostResult(HostOutcome.NotFound, Message: $"Workflow instance {instanceId} does not exist.");
        }

        var (instance, state, definition) = await LoadInstanceAsync(instanceId, ct);
        using var span = WorkflowTelemetry.Run("retry", definition.DefinitionId, instance.Id);
        var result = await runner.RetryAsync(definition, state, await LoadAsync(state.BusinessObject, ct), ct, services);
        if (result.IsRejected)
        {
            return new HostResult(HostOutcome.Rejected, instance.Id, state.Status, result.Message);
        }

        await effects.ResolveIncidentsAsync(instance.Id, ct);
        return await StagedAsync(HostOutcome.Retried, instance, result, ct);
    }

    /// <summary>Runs one activity of a waiting instance next (the ScheduleActivity alteration).</summary>
    public async Task<HostResult> ScheduleAsync(Guid instanceId, string activityId, CancellationToken ct = default)
    {
        if (!await db.Set<WorkflowInstanceRecord>().AnyAsync(i => i.Id == instanceId, ct))
        {
            return new HostResult(HostOutcome.NotFound, Message: $"Workflow instance {instanceId} does not exist.");
        }

        var (instance, state, definition) = await LoadInstanceAsync(instanceId, ct);
        using var span = WorkflowTelemetry.Run("schedule", definition.DefinitionId, instance.Id);
        var result = await runner.ScheduleAsync(definition, state, activityId, await LoadAsync(state.BusinessObject, ct), ct, services);
        return result.IsRejected
            ? new HostResult(HostOutcome.Rejected, instance.Id, state.Status, result.Message)
            : await StagedAsync(HostOutcome.Scheduled, instance, result, ct);
    }

    private async Task<HostResult> StagedAsync(HostOutcome outcome, WorkflowInstanceRecord instance, RunResult result, CancellationToken ct, Guid? resumed = null)
    {
        effects.Stage(instance, result);
        await effects.CancelDroppedChildrenAsync(result, resumed, ct);
        return new HostResult(outcome, instance.Id, result.State.Status, result.Message);
    }

    private async Task<(WorkflowInstanceRecord, WorkflowState, Definitions.WorkflowDefinition)> LoadInstanceAsync(Guid instanceId, CancellationToken ct) =>
        await RunnableAsync(await db.Set<WorkflowInstanceRecord>().SingleAsync(i => i.Id == instanceId, ct), ct);

    private async Task<(WorkflowInstanceRecord, WorkflowState, Definitions.WorkflowDefinition)> RunnableAsync(WorkflowInstanceRecord instance, CancellationToken ct)
    {
        var definition = await definitions.LoadAsync(instance.DefinitionVersionId, ct)
            ?? throw new InvalidOperationException($"Instance {instance.Id} runs version {instance.DefinitionVersionId}, which is gone.");
        return (instance, WorkflowState.FromJson(instance.StateJson), definition);
    }

    private async Task<BusinessObject?> LoadAsync(BusinessObjectReference? reference, CancellationToken ct)
    {
        if (reference is null)
        {
            return null;
        }

        // The last registration of a name wins, so a host (or a test) can replace the app's loader.
        var loader = loaders.LastOrDefault(l => l.Name == reference.Name);
        var data = loader is null || reference.Id is null ? null : await loader.LoadAsync(reference.Id, ct);
        return new BusinessObject(reference.Name, reference.Id, data);
    }
}
