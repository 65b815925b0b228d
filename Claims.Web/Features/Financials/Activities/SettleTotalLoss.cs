using System.Globalization;
using Claims.Domain.Financials;
using Claims.Web.Features.Claims.Activities;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Financials.Activities;

[Activity("Claims.SettleTotalLoss", Category = "Claims", DisplayName = "Total-loss settlement",
    Description = "Settles a total loss at actual value × liability share − excess instead of the repair, revises the own-damage reserve to it; the insurer takes the wreck and sells it (a salvage recovery) before closure.")]
public sealed class SettleTotalLoss : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var claim = await context.ClaimAsync();
        claim.SettleAsTotalLoss();
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"Total loss: actual value {claim.ActualValue:N2} × share {claim.Totals.ShareRate:0.##} − excess {claim.Excess:N2}; the wreck is taken for sale");
        await LedgerWrites.SetReserveAsync(context.Db(), claim, CostCategory.OwnDamageRepair, claim.Settlement, reason, LedgerWrites.System, context.Now.UtcDateTime);
        context.Complete();
    }
}
