using System.Text.Json.Nodes;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;

namespace Claims.Web.Features.Reinspections;

/// <summary>A re-estimate task completes only once the re-inspector saved the audited estimate.</summary>
public sealed class ReEstimateValidator(ClaimsDbContext db) : ITaskCompletionValidator
{
    public bool Handles(string kind) => kind == ReinspectionTasks.ReEstimate;

    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct) =>
        await ReinspectionTasks.AuditOfAsync(db, task, ct) is { ReEstimatedAt: not null }
            ? new Dictionary<string, string[]>()
            : new Dictionary<string, string[]> { ["reEstimate"] = ["Save the audited estimate (even unchanged) before submitting it."] };
}
