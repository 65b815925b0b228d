using System.Security.Claims;
using Claims.Domain.Common;
using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>The object rules of proposals and policies: an agent (and nothing else) sees only their own; the others see all.</summary>
public static class RecordAccess
{
    /// <summary>True when the caller acts only as an agent, so the own-records rule applies.</summary>
    public static bool IsAgentOnly(ClaimsPrincipal user) => user.IsInRole(Roles.Agent) && user.RoleNames().Count == 1;

    public static bool MaySee(ClaimsPrincipal user, Proposal proposal) =>
        !IsAgentOnly(user) || string.Equals(proposal.AgentUserName, user.UserName(), StringComparison.OrdinalIgnoreCase);

    /// <summary>An agent sees a policy written on the agent record linked to their user.</summary>
    public static async Task<bool> MaySeePolicyAsync(ClaimsDbContext db, ClaimsPrincipal user, Guid policyId, CancellationToken ct)
    {
        if (!IsAgentOnly(user))
        {
            return true;
        }

        var userName = user.UserName();
        return await (from p in db.Policies
                      join a in db.Agents on p.AgentId equals a.Id
                      where p.Id == policyId && a.UserName == userName
                      select p.Id).AnyAsync(ct);
    }
}
