using Claims.Domain.Documents;
using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.PolicyUnderwriting;

public sealed record IssueResult(Policy? Policy, string? Error);

/// <summary>
/// Stages the issue of an accepted proposal: the next serial of the agent's policy-form range, its register entry, the
/// policyholder, vehicle and policy, all on the caller's unit of work. A concurrent issue from the same range fails the
/// caller's SaveChanges (concurrency token on the next serial, unique serial), and the caller retries.
/// </summary>
public sealed class PolicyIssuer(ClaimsDbContext db, TimeProvider time)
{
    public async Task<IssueResult> StageAsync(Proposal proposal, string by, CancellationToken ct)
    {
        var (range, serial, error) = await NextSerialAsync(proposal.AgentId, ct);
        return range is null ? new IssueResult(null, error) : new IssueResult(await StageAsync(proposal, range, serial, by, ct), null);
    }

    /// <summary>Stages next year's policy on a new form of the agent's range; the old policy records its renewal.</summary>
    public async Task<IssueResult> StageRenewalAsync(Policy current, decimal premium, string by, CancellationToken ct)
    {
        var (range, serial, error) = await NextSerialAsync(current.AgentId, ct);
        if (range is null)
        {
            return new IssueResult(null, error);
        }

        var renewal = current.RenewOn(Guid.CreateVersion7(), serial, premium);
        db.Policies.Add(renewal);
        db.DocumentRegister.Add(RegisterEntry.Issue(Guid.CreateVersion7(), range, serial, renewal.Number, time.GetUtcNow().UtcDateTime, by));
        return new IssueResult(renewal, null);
    }

    private async Task<(SerialRange? Range, long Serial, string? Error)> NextSerialAsync(Guid agentId, CancellationToken ct)
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
                return (range, serial, null);
            }
        }

        return (null, 0, $"Agent {agent.Code} has no policy forms left; allocate a range to them and retry.");
    }

    private async Task<Policy> StageAsync(Proposal proposal, SerialRange range, long serial, string by, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
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
        db.DocumentRegister.Add(RegisterEntry.Issue(Guid.CreateVersion7(), range, serial, policy.Number, now, by));
        proposal.MarkIssued(policy.Id);
        return policy;
    }
}
