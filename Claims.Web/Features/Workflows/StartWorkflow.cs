using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;

namespace Claims.Web.Features.Workflows;

/// <summary>POST /api/workflows/{definitionId}/instances: starts the published version (Admin; domain features start their own).</summary>
public static class StartWorkflow
{
    public sealed record Request(JsonObject? Input, string? BusinessObjectName, string? BusinessObjectId);

    public sealed record Response(Guid InstanceId, string Status);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/workflows/{definitionId}/instances", Handle)
            .RequireAuthorization(Policies.Admins)
            .WithTags("Workflows")
            .Produces<Response>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Start an instance of the published version of a workflow.");

    public static async Task<IResult> Handle(string definitionId, Request request, WorkflowHost host, ClaimsDbContext db, CancellationToken ct)
    {
        if (request.BusinessObjectName is null != request.BusinessObjectId is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["businessObjectId"] = ["Give both a business object name and id, or neither."],
            });
        }

        var reference = request.BusinessObjectName is null ? null : new BusinessObjectReference(request.BusinessObjectName, request.BusinessObjectId);
        var result = await host.StartAsync(definitionId, request.Input, reference, ct);
        if (result.Outcome == HostOutcome.NotFound)
        {
            return TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/workflow-instances/{result.InstanceId}", new Response(result.InstanceId!.Value, result.Status!.Value.ToString()));
    }
}
