using System.Security.Claims;
using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Definitions;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>
/// POST /workflow-definitions/{id}/execute, Studio's Run button: a test run of the chosen version (the latest draft by
/// default) on our engine. Studio reads the instance id from the <c>x-elsa-workflow-instance-id</c> header.
/// </summary>
public static class ExecuteDefinition
{
    public const string InstanceIdHeader = "x-elsa-workflow-instance-id";
    public const string CannotStartHeader = "x-elsa-workflow-cannot-start";

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/workflow-definitions/{definitionId}/execute", Handle); // viewers reach it to be refused below

    public static async Task<IResult> Handle(
        string definitionId, JsonObject? body, ClaimsPrincipal user, HttpResponse response, ClaimsDbContext db, WorkflowValidator validator, WorkflowHost host, CancellationToken ct)
    {
        if (!user.CanDesign())
        {
            // Studio reads only this header from a Run: without it a plain 403 shows as "Successfully started workflow".
            response.Headers[CannotStartHeader] = "true";
            return TypedResults.Problem(title: "Only underwriters can run workflows from the designer.", statusCode: StatusCodes.Status403Forbidden);
        }

        var versionOptions = body?["versionOptions"] is JsonValue v && v.TryGetValue(out string? s) ? s : "Latest";
        var record = await db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Where(r => r.DefinitionId == definitionId).Filter(versionOptions)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        var errors = validator.Validate(WorkflowDefinitionStore.ToDefinition(record));
        if (errors.Count > 0)
        {
            response.Headers[CannotStartHeader] = "true";
            return ElsaResults.Invalid(errors, "The workflow cannot run.");
        }

        var input = body?["input"] as JsonObject;
        var result = await host.StartVersionAsync(record.Id, input?.DeepClone().AsObject(), ct: ct);
        if (!result.Succeeded)
        {
            response.Headers[CannotStartHeader] = "true";
            return ElsaResults.Invalid("definitionId", result.Message ?? "The workflow did not start.", "The workflow cannot run.");
        }

        await db.SaveChangesAsync(ct);
        response.Headers[InstanceIdHeader] = result.InstanceId.ToString();
        return ElsaResults.Json(new JsonObject
        {
            ["workflowInstanceId"] = result.InstanceId.ToString(),
            ["status"] = result.Status?.ToString(),
            ["message"] = result.Message,
        });
    }
}
