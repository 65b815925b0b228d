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

    /// <summary>An agent sees a customer holding at least one policy written on the agent record linked to their user.</summary>
    public static Task<bool> MaySeeCustomerAsync(ClaimsDbContext db, ClaimsPrincipal user, Guid policyholderId, CancellationToken ct) =>
        HoldsAnyAsync(db, user, db.Policies.Where(p => p.PolicyholderId == policyholderId), ct);

    /// <summary>An agent sees a policy written on the agent record linked to their user.</summary>
    public static Task<bool> MaySeePolicyAsync(ClaimsDbContext db, ClaimsPrincipal user, Guid policyId, CancellationToken ct) =>
        HoldsAnyAsync(db, user, db.Policies.Where(p => p.Id == policyId), ct);

    private static async Task<bool> HoldsAnyAsync(ClaimsDbContext db, ClaimsPrincipal user, IQueryable<Policy> policies, CancellationToken ct)
    {
        if (!IsAgentOnly(user))
        {
            return true;
        }

        var userName = user.UserName();
        return await (from p in policies
                      join a in db.Agents on p.AgentId equals a.Id
                      where a.UserName == userName
                      select p.Id).AnyAsync(ct);
    }
}
