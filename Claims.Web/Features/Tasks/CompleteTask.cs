using System.Security.Claims;
using System.Text.Json;
using Claims.Web.Infrastructure.Auth;

namespace Claims.Web.Features.Tasks;

/// <summary>POST /api/tasks/{id}/complete: closes the task and, in the same transaction, queues the workflow's resume.</summary>
public static class CompleteTask
{
    public sealed record Request(string? Outcome, JsonElement? Data);

    public sealed record Response(Guid Id, string Outcome, DateTime CompletedAt);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/tasks/{id:guid}/complete", Handle)
            .RequireAuthorization(Policies.Staff)
            .WithTags("Tasks")
            .Produces<Response>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Complete one of the caller's tasks with an outcome and data.");

    public static async Task<IResult> Handle(Guid id, Request request, ClaimsPrincipal user, TaskCompleter completer, CancellationToken ct)
    {
        var data = request.Data is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } d ? d.GetRawText() : null;
        var completion = await completer.CompleteAsync(id, request.Outcome, data, user.UserName(), user.RoleNames(), ct);
        return completion.Result switch
        {
            CompletionResult.Completed => TypedResults.Ok(new Response(id, completion.Task!.Outcome!, completion.Task.CompletedAt!.Value)),
            // Someone else's task answers exactly like a missing one, so ids cannot be probed.
            CompletionResult.NotFound or CompletionResult.NotYours => TypedResults.Problem($"Task {id} does not exist or is not in your work queue.", statusCode: StatusCodes.Status404NotFound),
            CompletionResult.AlreadyClosed => TypedResults.Problem($"Task {id} is already closed.", statusCode: StatusCodes.Status409Conflict, title: "Task already completed"),
            _ => TypedResults.ValidationProblem(completion.Errors),
        };
    }
}
