using Claims.Domain.Documents;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Web.Features.PolicyUnderwriting.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.PolicyUnderwriting;

public sealed record IssueResult(Policy? Policy, string? Error);

/// <summary>
/// Stages the issue of an accepted proposal: the next serial of the agent's policy-form range, its register entry, the
/// policyholder, vehicle and policy (for a renewal, next year's policy linked to the previous one), all on the caller's
/// unit of work. A concurrent issue from the same range fails the caller's SaveChanges (concurrency token on the next
/// serial, unique serial), and the caller retries.
/// </summary>
public sealed class PolicyIssuer(ClaimsDbContext db, TimeProvider time)
{
    /// <summary>Issues new business as a new policy; a renewal proposal as next year's policy of the one it renews.</summary>
    public async Task<IssueResult> StageAsync(Proposal proposal, string by, CancellationToken ct)
    {
        var (range, serial, agent, error) = await NextSerialAsync(proposal.AgentId, ct);
        if (range is null)
        {
            return new IssueResult(null, error);
        }

        var policy = proposal.Kind == ProposalKind.Renewal
            ? await StageRenewalAsync(proposal, agent, serial, ct)
            : await StageNewAsync(proposal, serial, ct);
        db.DocumentRegister.Add(RegisterEntry.Issue(Guid.CreateVersion7(), range, serial, policy.Number, time.GetUtcNow().UtcDateTime, by));
        proposal.MarkIssued(policy.Id);
        return new IssueResult(policy, null);
    }

    /// <summary>The old policy records its renewal, its accepted offer the new policy, and PolicyRenewed goes out with them.</summary>
    private async Task<Policy> StageRenewalAsync(Proposal proposal, Agent agent, long serial, CancellationToken ct)
    {
        var previous = await db.Policies.SingleAsync(p => p.Id == proposal.RenewalOfPolicyId, ct);
        var renewal = previous.RenewOn(proposal, Guid.CreateVersion7(), serial);
        db.Policies.Add(renewal);
        if (await db.Set<RenewalOffer>().SingleOrDefaultAsync(o => o.PolicyId == previous.Id, ct) is { Status: RenewalOfferStatus.Accepted } offer)
        {
            offer.RecordRenewal(renewal.Id);
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.AddOutboxMessage(new PolicyRenewed(previous.Id, renewal.Id, renewal.Number, renewal.PolicyholderId, renewal.RegionCode, agent.Id, agent.Code, now), now);
        return renewal;
    }

    private async Task<(SerialRange? Range, long Serial, Agent Agent, string? Error)> NextSerialAsync(Guid agentId, CancellationToken ct)
    {
        var agent = await db.Agents.SingleAsync(a => a.Id == agentId, ct);
        var ranges = await db.SerialRanges
            .Where(r => r.HolderKind == HolderKind.Agent && r.HolderCode == agent.Code && r.Type == DocumentType.PolicyForm && r.NextSerial <= r.To)
            .OrderBy(r => r.From).ToListAsync(ct);
        foreach (var range in ranges)
        {
            var recorded = await db.DocumentRegister.Where(e => e.RangeId == range.Id && e.Serial >= range.NextSerial).Select(e => e.Serial).ToListAsync(ct);
            if (range.TakeNext(recorded.ToHashSet()) is { } serial)
            {
                return (range, serial, agent, null);
            }
        }

        return (null, 0, agent, $"Agent {agent.Code} has no policy forms left; allocate a range to them and retry.");
    }

    private async Task<Policy> StageNewAsync(Proposal proposal, long serial, CancellationToken ct)
    {
        var p = proposal.Proposer;
        var holder = Policyholder.Create(Guid.CreateVersion7(), p.Name, p.BirthDate, p.LicenceDate, p.Phone, p.Email);
        var v = proposal.Vehicle;
        var vehicle = await db.Vehicles.SingleOrDefaultAsync(x => x.Vin == v.Vin, ct);
        if (vehicle is null)
        {
            vehicle = Vehicle.Create(Guid.CreateVersion7(), v.Vin, v.Plate, v.ModelCode, v.FirstRegistration, v.Usage, v.Seats);
            db.Vehicles.Add(vehicle);
        }
        else
        {
            vehicle.ChangeUsage(v.Usage);
        }

        var policy = Policy.IssueFrom(proposal, Guid.CreateVersion7(), serial, holder.Id, vehicle.Id);
        db.Policyholders.Add(holder);
        db.Policies.Add(policy);
        return policy;
    }
}
