using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Workflows;

/// <summary>POST /api/workflow-instances/{id}/retry: an Admin re-runs a faulted instance from the activity that failed.</summary>
public static class RetryWorkflowInstance
{
    public sealed record Response(Guid InstanceId, string Status);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/workflow-instances/{id:guid}/retry", Handle)
            .RequireAuthorization(Policies.Admins)
            .WithTags("Workflows")
            .Produces<Response>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Retry a faulted instance from its failed activity.");

    public static async Task<IResult> Handle(Guid id, WorkflowHost host, ClaimsDbContext db, CancellationToken ct)
    {
        var result = await host.RetryAsync(id, ct);
        switch (result.Outcome)
        {
            case HostOutcome.NotFound:
                return TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound);
            case HostOutcome.Rejected:
                return TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: "Not retryable");
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem("The instance changed while retrying; reload and try again.", statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Ok(new Response(id, result.Status!.Value.ToString()));
    }
}
