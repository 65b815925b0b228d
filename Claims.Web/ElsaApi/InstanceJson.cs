using System.Text.Json.Nodes;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;

namespace Claims.Web.ElsaApi;

/// <summary>Our instance rows in Elsa's shapes; our four statuses map onto Elsa's status and sub-status pair.</summary>
public static class InstanceJson
{
    public static (string Status, string SubStatus) ElsaStatus(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Running => ("Running", "Executing"),
        WorkflowStatus.Suspended => ("Running", "Suspended"),
        WorkflowStatus.Faulted => ("Finished", "Faulted"),
        WorkflowStatus.Cancelled => ("Finished", "Cancelled"),
        _ => ("Finished", "Finished"),
    };

    public static IEnumerable<WorkflowStatus> FromElsa(IEnumerable<string> statuses, IEnumerable<string> subStatuses) =>
        statuses.SelectMany(s => s switch
        {
            "Running" => new[] { WorkflowStatus.Running, WorkflowStatus.Suspended },
            "Finished" => [WorkflowStatus.Finished, WorkflowStatus.Faulted, WorkflowStatus.Cancelled],
            _ => [],
        }).Concat(subStatuses.SelectMany(s => s switch
        {
            "Executing" or "Pending" => new[] { WorkflowStatus.Running },
            "Suspended" => [WorkflowStatus.Suspended],
            "Finished" => [WorkflowStatus.Finished],
            "Faulted" => [WorkflowStatus.Faulted],
            "Cancelled" => [WorkflowStatus.Cancelled],
            _ => [],
        })).Distinct();

    public static JsonObject Summary(WorkflowInstanceRecord i, string? name)
    {
        var (status, subStatus) = ElsaStatus(i.Status);
        return new JsonObject
        {
            ["id"] = i.Id.ToString(),
            ["definitionId"] = i.DefinitionId,
            ["definitionVersionId"] = i.DefinitionVersionId,
            ["version"] = i.DefinitionVersion,
            ["status"] = status,
            ["subStatus"] = subStatus,
            ["correlationId"] = i.CorrelationId,
            ["name"] = name,
            ["incidentCount"] = i.IncidentCount,
            ["isSystem"] = false,
            ["createdAt"] = Utc(i.CreatedAt),
            ["updatedAt"] = Utc(i.UpdatedAt),
            ["finishedAt"] = i.FinishedAt is { } f ? Utc(f) : null,
        };
    }

    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
