using System.Security.Claims;
using System.Text.Json;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Contracts;
using Claims.Workflows.Messaging;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Tasks;

/// <summary>POST /api/tasks/{id}/complete: closes the task and, in the same transaction, queues its completion for the workflow.</summary>
public static class CompleteTask
{
    public sealed record Request(string? Outcome, JsonElement? Data);

    public sealed record Response(Guid Id, string Outcome, DateTime CompletedAt);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/tasks/{id:guid}/complete", Handle)
            .RequireAuthorization(Policies.Staff)
            .WithTags("Tasks")
            .WithSummary("Complete one of the caller's tasks with an outcome and data.");

    public static async Task<IResult> Handle(Guid id, Request request, ClaimsPrincipal user, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Outcome))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["outcome"] = ["An outcome is required."] });
        }

        var task = await db.WorkTasks.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (task is null)
        {
            return TypedResults.Problem($"Task {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!task.IsFor(user.UserName(), user.RoleNames()))
        {
            return TypedResults.Problem("This task is not in your work queue.", statusCode: StatusCodes.Status403Forbidden);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var data = request.Data is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } d ? d.GetRawText() : null;
        switch (task.Complete(request.Outcome, data, user.UserName(), now))
        {
            case TaskCompletion.AlreadyClosed:
                return Conflict(id);
            case TaskCompletion.UnknownOutcome:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["outcome"] = [$"'{request.Outcome}' is not one of: {string.Join(", ", task.Outcomes)}."],
                });
        }

        db.AddOutboxMessage(new WorkTaskCompleted(task.Id, task.BookmarkId, task.WorkflowInstanceId, task.Outcome!, data, task.CompletedBy!, now), now);
        if (task.BookmarkId is { } bookmarkId)
        {
            // The workflow moves on from whichever node takes the command; the task is already closed here.
            db.AddOutboxMessage(new ResumeWorkflow(bookmarkId, task.Outcome, data, task.CompletedBy!), now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(id);
        }

        return TypedResults.Ok(new Response(task.Id, task.Outcome!, now));
    }

    private static IResult Conflict(Guid id) =>
        TypedResults.Problem($"Task {id} is already completed.", statusCode: StatusCodes.Status409Conflict, title: "Task already completed");
}
