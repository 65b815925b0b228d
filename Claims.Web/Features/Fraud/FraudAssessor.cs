using Claims.Domain.Evidence;
using Claims.Domain.Fraud;
using Claims.Web.Features.Evidence;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Photo = Claims.Domain.Fraud.PhotoFacts;

namespace Claims.Web.Features.Fraud;

/// <summary>Gathers a claim's fraud facts from the database, scores them with <see cref="FraudScoring"/> and keeps the assessment.</summary>
public sealed class FraudAssessor(ClaimsDbContext db, FraudRules rules, TimeProvider time)
{
    /// <summary>Scores the claim (saved or only added to this unit of work) and adds the assessment; the caller saves.</summary>
    public async Task<FraudScore> ScoreAsync(Guid claimId, FraudTrigger trigger, CancellationToken ct)
    {
        var facts = await FactsAsync(claimId, ct);
        var score = FraudScoring.Score(facts, rules);
        db.Add(FraudAssessment.Of(claimId, trigger, score, time.GetUtcNow().UtcDateTime));
        return score;
    }

    /// <summary>Scores a saved claim and saves the assessment at once.</summary>
    public async Task<FraudScore> AssessAsync(Guid claimId, FraudTrigger trigger, CancellationToken ct)
    {
        var score = await ScoreAsync(claimId, trigger, ct);
        await db.SaveChangesAsync(ct);
        return score;
    }

    public async Task<FraudFacts> FactsAsync(Guid claimId, CancellationToken ct)
    {
        // Find sees a claim added in this unit of work: the notice is scored before the workflow starts.
        var claim = await db.Claims.FindAsync([claimId], ct) ?? throw new InvalidOperationException($"No claim {claimId}.");
        var policy = await db.Policies.AsNoTracking().SingleAsync(p => p.Id == claim.PolicyId, ct);
        var yearBefore = claim.LossAt.AddMonths(-12);
        var earlier = await (from c in db.Claims
                             join p in db.Policies on c.PolicyId equals p.Id
                             where p.PolicyholderId == policy.PolicyholderId && c.Id != claim.Id && c.LossAt > yearBefore && c.LossAt <= claim.LossAt
                             select c.Id).CountAsync(ct);
        var photos = await db.Set<Attachment>().AsNoTracking()
            .Where(a => a.ClaimId == claimId && (a.TakenAtUtc != null || a.Latitude != null))
            .Select(a => new Photo(a.FileName, a.TakenAtUtc, a.Latitude, a.Longitude)).ToListAsync(ct);
        var reused = await AttachmentView.ReusedAsync(db, claimId, ct);
        return new FraudFacts(
            policy.StartDate, null, claim.LossAt, claim.ReportedAt, claim.Cause, claim.ThirdPartyCount, earlier,
            claim.Findings is { } found ? !found.UnnamedDriver : null, claim.ContradictedKeys,
            await SharedAsync(claim.VehicleId, policy.PolicyholderId, claim.Id, ct), null, null, photos,
            reused.Values.SelectMany(n => n).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The vehicle's VIN or the holder's phone on another policyholder's claim.</summary>
    private async Task<IReadOnlyList<SharedIdentifier>> SharedAsync(Guid vehicleId, Guid holderId, Guid claimId, CancellationToken ct)
    {
        var vin = await db.Vehicles.Where(v => v.Id == vehicleId).Select(v => v.Vin).SingleAsync(ct);
        var phone = await db.Policyholders.Where(h => h.Id == holderId).Select(h => h.Phone).SingleAsync(ct);
        var others = from c in db.Claims
                     join p in db.Policies on c.PolicyId equals p.Id
                     join v in db.Vehicles on c.VehicleId equals v.Id
                     join h in db.Policyholders on p.PolicyholderId equals h.Id
                     where c.Id != claimId && p.PolicyholderId != holderId && (v.Vin == vin || (phone != "" && h.Phone == phone))
                     select new { c.Number, SameVin = v.Vin == vin, SamePhone = h.Phone == phone };
        var found = await others.OrderBy(o => o.Number).Take(10).ToListAsync(ct);
        return found.SelectMany(o => (o.SameVin ? [new SharedIdentifier("VIN", vin, o.Number)] : Array.Empty<SharedIdentifier>())
                .Concat(o.SamePhone ? [new SharedIdentifier("phone", phone, o.Number)] : []))
            .ToList();
    }
}
