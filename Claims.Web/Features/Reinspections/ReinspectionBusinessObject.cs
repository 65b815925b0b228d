using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Hosting;

namespace Claims.Web.Features.Reinspections;

/// <summary>The audit as workflow expressions see it (<c>reinspection.claimNumber</c>, <c>reinspection.adjuster</c>, …).</summary>
public sealed class ReinspectionBusinessObject(ClaimsDbContext db) : IBusinessObjectLoader
{
    public const string ObjectName = "reinspection";

    public string Name => ObjectName;

    public async Task<JsonNode?> LoadAsync(string id, CancellationToken ct)
    {
        // Find sees an audit added in this unit of work: the workflow starts beside the sampling insert.
        if (!Guid.TryParse(id, out var auditId) || await db.ReinspectionAudits.FindAsync([auditId], ct) is not { } audit)
        {
            return null;
        }

        return new JsonObject
        {
            ["id"] = audit.Id.ToString(),
            ["claimId"] = audit.ClaimId.ToString(),
            ["claimNumber"] = audit.ClaimNumber,
            ["regionCode"] = audit.RegionCode,
            ["adjuster"] = audit.Adjuster,
            ["reinspector"] = audit.Reinspector,
            ["shopName"] = audit.ShopName,
            ["reasons"] = audit.Reasons,
            ["leakage"] = audit.Leakage,
        };
    }
}
