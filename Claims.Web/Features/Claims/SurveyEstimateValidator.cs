using System.Text.Json.Nodes;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Claims;

/// <summary>A survey task completes only once the claim carries an estimate.</summary>
public sealed class SurveyEstimateValidator(ClaimsDbContext db) : ITaskCompletionValidator
{
    public const string Kind = "SurveyEstimate";

    public bool Handles(string kind) => kind == Kind;

    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.WorkflowInstanceId == task.WorkflowInstanceId, ct);
        return claim is { HasEstimate: true }
            ? new Dictionary<string, string[]>()
            : new Dictionary<string, string[]> { ["estimate"] = ["Record an estimate with at least one line before submitting it."] };
    }
}
