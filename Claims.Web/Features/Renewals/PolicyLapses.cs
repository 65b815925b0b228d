using Claims.Domain.Policies;
using Claims.Web.Features.Renewals.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;

namespace Claims.Web.Features.Renewals;

/// <summary>What a lapse tells the rest of the system, staged on the lapsing unit of work so it goes out once with it.</summary>
public static class PolicyLapses
{
    public static void Publish(ClaimsDbContext db, Policy policy, DateTime now) =>
        db.AddOutboxMessage(new PolicyLapsed(policy.Id, policy.Number, policy.PolicyholderId, policy.RegionCode, policy.AgentId, policy.ExpiryDate, now), now);
}
