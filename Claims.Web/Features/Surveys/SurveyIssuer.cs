using Claims.Domain.Surveys;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Surveys;

/// <summary>Builds the survey for a closed claim (about its adjuster, or its region when none) or a renewed policy (about its agent).</summary>
public static class SurveyIssuer
{
    public static async Task<Survey?> ForClaimAsync(ClaimsDbContext db, Guid claimId, DateTime now, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == claimId, ct);
        if (claim is null)
        {
            return null;
        }

        var holder = await db.Policies.AsNoTracking().Where(p => p.Id == claim.PolicyId).Select(p => (Guid?)p.PolicyholderId).SingleOrDefaultAsync(ct);
        var (subject, key) = claim.AssignedAdjuster is { } adjuster ? (SurveySubject.Adjuster, adjuster) : (SurveySubject.Region, claim.RegionCode);
        return Survey.Create(Guid.NewGuid(), SurveyContext.Claim, claim.Id, claim.Number, subject, key, claim.RegionCode, holder, now, SurveyLinks.ValidFor);
    }

    public static async Task<Survey?> ForPolicyAsync(ClaimsDbContext db, Guid policyId, DateTime now, CancellationToken ct)
    {
        var policy = await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == policyId, ct);
        if (policy is null)
        {
            return null;
        }

        var agent = await db.Agents.AsNoTracking().Where(a => a.Id == policy.AgentId).Select(a => a.Code).SingleOrDefaultAsync(ct);
        var (subject, key) = agent is null ? (SurveySubject.Region, policy.RegionCode) : (SurveySubject.Agent, agent);
        return Survey.Create(Guid.NewGuid(), SurveyContext.Renewal, policy.Id, policy.Number, subject, key, policy.RegionCode, policy.PolicyholderId, now, SurveyLinks.ValidFor);
    }
}
