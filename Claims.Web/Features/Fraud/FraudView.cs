using Claims.Domain.Fraud;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Fraud;

/// <summary>The claim's latest fraud score, the fired indicators with their facts, and how many times it was scored.</summary>
public sealed record FraudView(int Score, bool Referred, int Threshold, FraudTrigger Trigger, DateTime AssessedAt, IReadOnlyList<FiredIndicator> Fired, int Assessments)
{
    public static async Task<FraudView?> LatestAsync(ClaimsDbContext db, Guid claimId, FraudRules rules, CancellationToken ct)
    {
        var assessments = db.Set<FraudAssessment>().AsNoTracking().Where(a => a.ClaimId == claimId);
        var latest = await assessments.OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        return latest is null ? null
            : new FraudView(latest.Score, latest.Referred, rules.ReferralThreshold, latest.Trigger, latest.AssessedAt, latest.Fired, await assessments.CountAsync(ct));
    }
}
