using Claims.Domain.Estimates;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Claims.Activities;

[Activity("Claims.CheckPrices", Category = "Claims", DisplayName = "Check prices",
    Description = "Sends the estimate to a price checker when a line is above its catalogue price or standard by more than the tolerance, or has none.")]
[FlowNode("NeedsVerification", "Clean")]
public sealed class CheckPrices : Activity
{
    [Output(Description = "How many lines deviate.")]
    public int Deviations { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var claim = await context.ClaimAsync();
        Deviations = PriceVerification.Check(claim.Lines, context.Rules().Estimate.PriceTolerance).Count;
        claim.SubmitForPriceCheck(Deviations > 0);
        // DOMAIN.md: the submitted estimate replaces the average reserve set at notice.
        await global::Claims.Web.Features.Financials.LedgerWrites.SetReserveAsync(context.Db(), claim, global::Claims.Domain.Financials.CostCategory.OwnDamageRepair,
            claim.Totals.Payable.Amount, $"Revised to the estimate (revision {claim.EstimateRevision})", global::Claims.Web.Features.Financials.LedgerWrites.System, context.Now.UtcDateTime);
        context.Complete(Deviations > 0 ? "NeedsVerification" : "Clean");
    }
}
