namespace Claims.Domain.Reinspection;

/// <summary>One closed audit as a scorecard counts it: overturned audits count with no leakage and no findings.</summary>
public sealed record AuditResult(DateTime ClosedAt, decimal Paid, decimal Leakage, IReadOnlyList<FindingCategory> Findings);

public sealed record MonthlyScore(int Year, int Month, int Audits, decimal Score);

public sealed record Scorecard(
    int Audits, decimal Paid, decimal Leakage, decimal LeakageShare, IReadOnlyDictionary<FindingCategory, int> FindingsByCategory,
    decimal? Score, IReadOnlyList<MonthlyScore> Trend);

/// <summary>
/// Score on 100 (docs/decisions/0010-reinspection-score.md): 100 − k × leakage% − m × findings per audit, clamped to
/// 0..100, one decimal. Only positive leakage counts: an underpayment is not the adjuster's gain but not a credit either.
/// </summary>
public static class ScoreFormula
{
    public static decimal? Score(int audits, decimal paid, decimal leakage, int findings, ReinspectionRules rules)
    {
        if (audits == 0)
        {
            return null;
        }

        var leakagePercent = paid <= 0 ? 0 : Math.Max(0, leakage) / paid * 100m;
        var raw = 100m - rules.LeakageWeight * leakagePercent - rules.FindingWeight * findings / audits;
        return Math.Round(Math.Clamp(raw, 0m, 100m), 1, MidpointRounding.AwayFromZero);
    }

    public static Scorecard Card(IReadOnlyList<AuditResult> audits, ReinspectionRules rules)
    {
        var paid = audits.Sum(a => a.Paid);
        var leakage = audits.Sum(a => Math.Max(0, a.Leakage));
        var byCategory = Enum.GetValues<FindingCategory>()
            .ToDictionary(c => c, c => audits.Sum(a => a.Findings.Count(f => f == c)));
        var trend = audits.GroupBy(a => (a.ClosedAt.Year, a.ClosedAt.Month)).OrderBy(g => g.Key)
            .Select(g => new MonthlyScore(g.Key.Year, g.Key.Month, g.Count(),
                Score(g.Count(), g.Sum(a => a.Paid), g.Sum(a => Math.Max(0, a.Leakage)), g.Sum(a => a.Findings.Count), rules)!.Value))
            .ToList();
        return new Scorecard(audits.Count, paid, leakage, paid == 0 ? 0 : Math.Round(leakage / paid, 4), byCategory,
            Score(audits.Count, paid, leakage, audits.Sum(a => a.Findings.Count), rules), trend);
    }
}
