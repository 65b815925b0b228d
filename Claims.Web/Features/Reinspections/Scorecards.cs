using Claims.Domain.Reinspection;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Reinspections;

/// <summary>Scorecards from closed audits: by adjuster (feeds sampling) and by repair shop.</summary>
public static class Scorecards
{
    public static async Task<Scorecard> ForAdjusterAsync(ClaimsDbContext db, string adjuster, ReinspectionRules rules, CancellationToken ct) =>
        ScoreFormula.Card(Results(await db.ReinspectionAudits.AsNoTracking()
            .Where(a => a.Adjuster == adjuster && a.Status == AuditStatus.Closed).ToListAsync(ct)), rules);

    public static async Task<Scorecard> ForShopAsync(ClaimsDbContext db, string shop, ReinspectionRules rules, CancellationToken ct) =>
        ScoreFormula.Card(Results(await db.ReinspectionAudits.AsNoTracking()
            .Where(a => a.ShopName == shop && a.Status == AuditStatus.Closed).ToListAsync(ct)), rules);

    /// <summary>Every adjuster and shop with at least one closed audit, with its card.</summary>
    public static async Task<(List<(string Name, Scorecard Card)> Adjusters, List<(string Name, Scorecard Card)> Shops)> AllAsync(
        ClaimsDbContext db, ReinspectionRules rules, CancellationToken ct)
    {
        var closed = await db.ReinspectionAudits.AsNoTracking().Where(a => a.Status == AuditStatus.Closed).ToListAsync(ct);
        return (
            closed.Where(a => a.Adjuster != null).GroupBy(a => a.Adjuster!).OrderBy(g => g.Key).Select(g => (g.Key, ScoreFormula.Card(Results(g), rules))).ToList(),
            closed.GroupBy(a => a.ShopName).OrderBy(g => g.Key).Select(g => (g.Key, ScoreFormula.Card(Results(g), rules))).ToList());
    }

    private static List<AuditResult> Results(IEnumerable<ReinspectionAudit> audits) => [.. audits.Select(a => a.Result).OfType<AuditResult>()];
}
