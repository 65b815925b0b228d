using Claims.Domain.Claims;
using Claims.Domain.Financials;
using Claims.Domain.Policies;
using Claims.Web.Features.Kpis;
using Claims.Web.Infrastructure.Data;

namespace Claims.Tests.Web;

/// <summary>The claim-money KPIs (incurred loss ratio, reserve adequacy, outstanding by age) against hand computations.</summary>
public sealed partial class DashboardAggregateTests
{
    private static DateTime Day(int year, int month, int day) => new(year, month, day, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ClaimMoneyKpis_KnownLedger_LossRatioAdequacyAndAgesEqualHandComputation(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var (holder, car) = await HolderAndCarAsync(db);
        // A: 3,650 over 2025, 184 of its 365 days in the period → 1,840.00 earned; B: 7,300 over exactly the period → 7,300.00.
        var policyA = Policy.Issue(Guid.NewGuid(), "P-MONEY-A", holder.Id, car.Id, _agentA.Id, "SH", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 3_650m, Cover.OwnDamage);
        var policyB = Policy.Issue(Guid.NewGuid(), "P-MONEY-B", holder.Id, car.Id, _agentB.Id, "BJ", new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30), 7_300m, Cover.OwnDamage);
        db.Policies.AddRange(policyA, policyB);
        var settled = NewClaim(policyA, car, Day(2025, 8, 1), contradicted: false, paidAt: Day(2025, 8, 20));
        var open = NewClaim(policyA, car, Day(2025, 9, 1), contradicted: false, paidAt: null);
        var recovered = NewClaim(policyA, car, Day(2025, 10, 1), contradicted: false, paidAt: Day(2025, 10, 20));
        var before = NewClaim(policyA, car, Day(2025, 6, 20), contradicted: false, paidAt: null);
        var claimB = NewClaim(policyB, car, Day(2026, 1, 15), contradicted: false, paidAt: null);
        settled.Close(Day(2025, 8, 21));
        recovered.Close(Day(2025, 10, 21));
        db.Claims.AddRange(settled, open, recovered, before, claimB);
        Reserve(db, settled, 6_000m, Day(2025, 8, 1));
        Reserve(db, settled, -5_000m, Day(2025, 8, 10));
        Pay(db, settled, 1_000m, Day(2025, 8, 20));
        Reserve(db, open, 6_000m, Day(2025, 9, 1));
        Pay(db, open, 2_000m, Day(2025, 9, 15));
        Reserve(db, recovered, 3_000m, Day(2025, 10, 1));
        var voided = Pay(db, recovered, 500m, Day(2025, 10, 5));
        db.Add(LedgerEntry.VoidOf(Guid.NewGuid(), voided, "Wrong payee", "adjuster", Day(2025, 10, 6)));
        Pay(db, recovered, 3_000m, Day(2025, 10, 20));
        var recovery = LedgerEntry.ReserveChange(Guid.NewGuid(), recovered.Id, CostCategory.OwnDamageRepair, 1_200m, "Other party's insurer paid its share", "adjuster", Day(2025, 11, 1));
        db.Add(recovery);
        db.Entry(recovery).Property(e => e.Kind).CurrentValue = TransactionKind.RecoveryReceived;
        Reserve(db, before, 9_999m, Day(2025, 6, 20));
        Reserve(db, claimB, 2_000m, Day(2026, 1, 15));
        Reserve(db, claimB, 5_000m, Day(2026, 7, 2)); // after the period's end: not in its incurred
        await db.SaveChangesAsync();

        var kpis = await ClaimMoneyKpis.QueryAsync(Period, new DateOnly(2026, 6, 30), db, default);

        // Incurred A: 1,000 (settled) + 6,000 (2,000 paid, 4,000 outstanding) + (3,000 − 1,200 recovered) = 8,800; B: 2,000 outstanding.
        var a = kpis.ByAgent.Single(r => r.Key == "AG-A");
        Assert.Equal((6_000m, 4_000m, 1_200m, 8_800m, 1_840m, 4.7826m), (a.Paid, a.Outstanding, a.RecoveriesReceived, a.Incurred, a.EarnedPremium, a.LossRatio!.Value));
        var b = kpis.ByAgent.Single(r => r.Key == "AG-B");
        Assert.Equal((2_000m, 7_300m, 0.274m), (b.Incurred, b.EarnedPremium, b.LossRatio!.Value));
        Assert.Equal((10_800m, 9_140m, 1.1816m), (kpis.Total.Incurred, kpis.Total.EarnedPremium, kpis.Total.LossRatio!.Value));
        Assert.Equal([("BJ", 0.274m), ("SH", 4.7826m)], kpis.ByRegion.Select(r => (r.Key, r.LossRatio!.Value)));
        // August: 1,000 over 310 (A, 31/365 of 3,650) + 620 (B, 31/365 of 7,300) = 930; September: 6,000 over 300 + 600.
        Assert.Equal(12, kpis.ByMonth.Count);
        Assert.Equal((1_000m, 930m, 1.0753m), Month(kpis, "2025-08"));
        Assert.Equal((6_000m, 900m, 6.6667m), Month(kpis, "2025-09"));
        Assert.Equal((0m, 930m, 0m), Month(kpis, "2025-12"));
        // Adequacy: (1,000 + 3,000 paid) ÷ (6,000 + 3,000 first reserves).
        Assert.Equal([new ClaimMoneyKpis.AdequacyRow("adjuster", 2, 9_000m, 4_000m, 0.4444m)], kpis.AdequacyByAdjuster);
        Assert.Equal([new ClaimMoneyKpis.AdequacyRow("Collision", 2, 9_000m, 4_000m, 0.4444m)], kpis.AdequacyByCause);
        // On 2026-06-30 (the later reserve of B counts: outstanding is today's): 302 days → 4,000; 375 → 9,999; 166 → 7,000.
        Assert.Equal([(0, 0m), (0, 0m), (1, 7_000m), (1, 4_000m), (1, 9_999m)], kpis.OutstandingByAge.Select(r => (r.Claims, r.Outstanding)));
    }

    private static (decimal Incurred, decimal Earned, decimal LossRatio) Month(ClaimMoneyKpis.Response kpis, string key) =>
        kpis.ByMonth.Where(r => r.Key == key).Select(r => (r.Incurred, r.EarnedPremium, r.LossRatio!.Value)).Single();

    private static void Reserve(ClaimsDbContext db, Claim claim, decimal delta, DateTime at) =>
        db.Add(LedgerEntry.ReserveChange(Guid.NewGuid(), claim.Id, CostCategory.OwnDamageRepair, delta, "test", "adjuster", at));

    private static LedgerEntry Pay(ClaimsDbContext db, Claim claim, decimal amount, DateTime at)
    {
        var payment = LedgerEntry.Payment(Guid.NewGuid(), claim.Id, CostCategory.OwnDamageRepair, amount, null, final: false, $"PAY-{at:MMdd}", "test", "adjuster", at);
        db.Add(payment);
        return payment;
    }
}
