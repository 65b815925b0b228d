using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Hosting;

namespace Claims.Web.Features.Claims;

/// <summary>The claim as workflow expressions see it (<c>claim.number</c>, <c>claim.totals.payable</c>, …).</summary>
public sealed class ClaimBusinessObject(ClaimsDbContext db) : IBusinessObjectLoader
{
    public const string ObjectName = "claim";

    public string Name => ObjectName;

    public async Task<JsonNode?> LoadAsync(string id, CancellationToken ct)
    {
        // Find sees a claim added in this unit of work but not saved yet: the first run starts beside its insert.
        if (!Guid.TryParse(id, out var claimId) || await db.Claims.FindAsync([claimId], ct) is not { } claim)
        {
            return null;
        }

        return new JsonObject
        {
            ["id"] = claim.Id.ToString(),
            ["number"] = claim.Number,
            ["status"] = claim.Status.ToString(),
            ["policyNumber"] = claim.PolicyNumber,
            ["regionCode"] = claim.RegionCode,
            ["customerTier"] = claim.CustomerTier,
            ["fastTrack"] = claim.FastTrack,
            ["cause"] = claim.Cause.ToString(),
            ["assignedAdjuster"] = claim.AssignedAdjuster,
            ["adjusterLevel"] = claim.AdjusterLevel,
            ["deviationCount"] = claim.DeviationCount,
            ["referredToLevel"] = claim.ReferredToLevel,
            ["totals"] = new JsonObject { ["gross"] = claim.Totals.Gross.Amount, ["payable"] = claim.Totals.Payable.Amount },
        };
    }
}
