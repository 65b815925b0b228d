using System.Text.Json.Nodes;
using Claims.Web.Features.Tasks.Contracts;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Tasks;

public enum CompletionResult { Completed, NotFound, NotYours, AlreadyClosed, Invalid }

public sealed record Completion(CompletionResult Result, WorkTask? Task, IReadOnlyDictionary<string, string[]> Errors)
{
    public static Completion Of(CompletionResult result, WorkTask? task = null) => new(result, task, new Dictionary<string, string[]>());
}

/// <summary>Checks the data a task of a given kind needs before it may complete (e.g. a full disclosure).</summary>
public interface ITaskCompletionValidator
{
    bool Handles(string kind);

    Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct);

    /// <summary>The check with the completing user, for rules that depend on who decides (an authority level); by default the user does not matter.</summary>
    Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, string userName, CancellationToken ct) =>
        ValidateAsync(task, outcome, data, ct);
}

/// <summary>
/// Completes a task for the API and the task page alike: closes it and, in the same transaction, queues its
/// completion event and the command that resumes the waiting workflow.
/// </summary>
public sealed class TaskCompleter(ClaimsDbContext db, IEnumerable<ITaskCompletionValidator> validators, TimeProvider time)
{
    public async Task<Completion> CompleteAsync(Guid id, string? outcome, string? dataJson, string userName, IReadOnlyList<string> roles, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(outcome))
        {
            return new Completion(CompletionResult.Invalid, null, new Dictionary<string, string[]> { ["outcome"] = ["An outcome is required."] });
        }

        var task = await db.WorkTasks.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (task is null)
        {
            return Completion.Of(CompletionResult.NotFound);
        }

        if (!task.IsFor(userName, roles))
        {
            return Completion.Of(CompletionResult.NotYours, task);
        }

        if (task.Status != WorkTaskStatus.Open)
        {
            return Completion.Of(CompletionResult.AlreadyClosed, task);
        }

        var data = dataJson is null ? null : JsonNode.Parse(dataJson);
        foreach (var validator in validators.Where(v => v.Handles(task.Kind)))
        {
            var errors = await validator.ValidateAsync(task, outcome, data, userName, ct);
            if (errors.Count > 0)
            {
                return new Completion(CompletionResult.Invalid, task, errors);
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (task.Complete(outcome, dataJson, userName, now) == TaskCompletion.UnknownOutcome)
        {
            return new Completion(CompletionResult.Invalid, task, new Dictionary<string, string[]>
            {
                ["outcome"] = [$"'{outcome}' is not one of: {string.Join(", ", task.Outcomes)}."],
            });
        }

        db.AddOutboxMessage(new WorkTaskCompleted(task.Id, task.BookmarkId, task.WorkflowInstanceId, outcome, dataJson, userName, now), now);
        if (task.BookmarkId is { } bookmarkId)
        {
            // The workflow moves on from whichever node takes the command; the task is already closed here.
            db.AddOutboxMessage(new ResumeWorkflow(bookmarkId, outcome, dataJson, userName), now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Completion.Of(CompletionResult.AlreadyClosed, task);
        }

        return Completion.Of(CompletionResult.Completed, task);
    }
}
