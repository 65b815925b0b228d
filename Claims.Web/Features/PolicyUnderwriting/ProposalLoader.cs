using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Hosting;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>Shows workflow expressions the proposal as <c>proposal</c>; finds one just added in the same unit of work.</summary>
public sealed class ProposalLoader(ClaimsDbContext db) : IBusinessObjectLoader
{
    public const string ObjectName = "proposal";

    public string Name => ObjectName;

    public async Task<JsonNode?> LoadAsync(string id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var proposalId) || await db.Proposals.FindAsync([proposalId], ct) is not { } p)
        {
            return null;
        }

        return new JsonObject
        {
            ["id"] = p.Id.ToString(),
            ["number"] = p.Number,
            ["agentUserName"] = p.AgentUserName,
            ["proposer"] = p.Proposer.Name,
            ["status"] = p.Status.ToString(),
            ["premium"] = p.FinalPremium,
            ["reviewLevel"] = p.ReviewLevel?.ToString(),
            ["issueCount"] = p.Issues.Count,
        };
    }
}
