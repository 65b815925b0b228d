using System.Text;
using Claims.Domain.Kpis;
using Claims.Web.Features.Kpis;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Dashboard;

/// <summary>The managers' dashboard: composes one query per KPI; <c>?format=csv&amp;table=…</c> exports a table.</summary>
[Authorize(Policy = Policies.Managers)]
public sealed class IndexModel(ClaimsDbContext db, IServiceScopeFactory scopes, TimeProvider time) : PageModel
{
    public static readonly IReadOnlyList<string> Tables = ["agents", "cycle-times", "leakage", "leakage-shops", "renewals", "renewals-tiers", "satisfaction", "satisfaction-regions", "satisfaction-trend"];

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    public KpiFilter Filter { get; private set; } = null!;
    public string? Error { get; private set; }
    public DashboardKpis.Data Kpis { get; private set; } = null!;
    public IReadOnlyList<string> Regions => Kpis.Regions;
    public IReadOnlyList<AgentKpis.AgentRow> Agents => Kpis.Agents;
    public ClaimCycleTimes.Result Cycle => Kpis.Cycle;
    public IReadOnlyList<LeakageByAdjuster.Row> Leakage => Kpis.Leakage;
    public IReadOnlyList<LeakageByAdjuster.ShopRow> LeakageByShop => Kpis.LeakageByShop;
    public IReadOnlyList<RenewalCount> Renewals => Kpis.Renewals;
    public IReadOnlyList<RenewalRates.TierRow> RenewalsByTier => Kpis.RenewalsByTier;
    public SatisfactionResults.Result Satisfaction => Kpis.Satisfaction;
    public ClaimMoneyKpis.Response Money { get; private set; } = null!;
    public Features.Investigations.InvestigationKpis.Result Investigations { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? format, string? table, CancellationToken ct)
    {
        Filter = KpiFilter.Of(From, To, Region, time);
        if (Filter.Error is { } error)
        {
            Error = $"{error} Showing the last 12 months.";
            Filter = KpiFilter.Of(null, null, Filter.Region, time);
        }

        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return table is not null && Tables.Contains(table) ? await CsvAsync(table, ct) : NotFound();
        }

        Kpis = await DashboardKpis.LoadAsync(Filter, scopes, ct);
        Money = await ClaimMoneyKpis.QueryAsync(Filter, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), db, ct);
        Investigations = await Features.Investigations.InvestigationKpis.QueryAsync(Filter, db, ct);
        return Page();
    }

    /// <summary>The link that exports one table with the same filters.</summary>
    public string CsvLink(string table) =>
        $"/Dashboard?from={Filter.From:yyyy-MM-dd}&to={Filter.To:yyyy-MM-dd}&region={Uri.EscapeDataString(Filter.Region ?? "")}&format=csv&table={table}";

    private async Task<IActionResult> CsvAsync(string table, CancellationToken ct)
    {
        var text = table switch
        {
            "agents" => CsvText.Write(
                ["agent_code", "agent_name", "region", "policies", "written_premium", "earned_premium", "claims_paid", "claims_paid_amount", "loss_ratio",
                    "renewals_due", "renewed", "renewal_rate", "claims_reported", "contradicted_claims", "contradictions_per_100_claims"],
                (await AgentKpis.QueryAsync(Filter, db, ct)).Select(r => new object?[]
                {
                    r.AgentCode, r.AgentName, r.RegionCode, r.Policies, r.WrittenPremium, r.EarnedPremium, r.ClaimsPaid, r.ClaimsPaidAmount, r.LossRatio,
                    r.RenewalsDue, r.Renewed, r.RenewalRate, r.ClaimsReported, r.ContradictedClaims, r.ContradictionsPer100Claims,
                })),
            "cycle-times" => CsvText.Write(["from_days", "to_days", "claims"],
                (await ClaimCycleTimes.QueryAsync(Filter, db, ct)).Buckets.Select(b => new object?[] { b.From, b.To, b.Claims })),
            "leakage" => CsvText.Write(["adjuster", "audits", "paid", "leakage", "leakage_share"],
                (await LeakageByAdjuster.QueryAsync(Filter, db, ct)).Select(r => new object?[] { r.Adjuster, r.Audits, r.Paid, r.Leakage, r.LeakageShare })),
            "leakage-shops" => CsvText.Write(["shop", "shop_class", "audits", "paid", "leakage", "leakage_share"],
                LeakageByAdjuster.ByShop(await LeakageByAdjuster.AuditsAsync(Filter, db, ct)).Select(r => new object?[] { r.Shop, r.ShopClass, r.Audits, r.Paid, r.Leakage, r.LeakageShare })),
            "renewals" => CsvText.Write(["region", "month", "due", "renewed", "renewal_rate"],
                (await RenewalRates.QueryAsync(Filter, db, ct)).Select(r => new object?[] { r.RegionCode, $"{r.Year}-{r.Month:00}", r.Due, r.Renewed, r.Rate })),
            "renewals-tiers" => CsvText.Write(["tier", "due", "renewed", "renewal_rate"],
                RenewalRates.ByTier(await RenewalOutcomes.QueryAsync(Filter, null, db, ct), Filter).Select(r => new object?[] { r.Tier, r.Due, r.Renewed, r.Rate })),
            "satisfaction" => CsvText.Write(["subject", "key", "responses", "attention", "speed", "trustworthiness", "accuracy", "resourcefulness", "overall"],
                (await SatisfactionResults.QueryAsync(Filter, db, ct)).Subjects.Select(r => new object?[] { r.Subject, r.Key, r.Score.Responses }
                    .Concat(r.Score.ByQuestion.OrderBy(q => q.Key).Select(q => (object?)q.Value)).Append(r.Score.Overall))),
            "satisfaction-regions" => CsvText.Write(["region", "responses", "overall"],
                (await SatisfactionResults.QueryAsync(Filter, db, ct)).Regions.Select(r => new object?[] { r.RegionCode, r.Score.Responses, r.Score.Overall })),
            _ => CsvText.Write(["month", "responses", "overall"],
                (await SatisfactionResults.QueryAsync(Filter, db, ct)).Trend.Select(r => new object?[] { $"{r.Year}-{r.Month:00}", r.Responses, r.Overall })),
        };
        return File(Encoding.UTF8.GetBytes(text), "text/csv", $"{table}-{Filter.From:yyyyMMdd}-{Filter.To:yyyyMMdd}.csv");
    }
}
