using Claims.Domain.Common;
using Claims.Domain.Financials;
using Claims.Web.Features.Claims.Activities;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials.Activities;

[Activity("Claims.CheckTotalLoss", Category = "Claims", DisplayName = "Check total loss",
    Description = "Computes the vehicle's actual value (new-car price − depreciation by age and use) and decides whether the repair estimate reaches the configured share of it (TotalLoss:Threshold).")]
[FlowNode("Repairable", "TotalLoss")]
public sealed class CheckTotalLoss : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var db = context.Db();
        var claim = await context.ClaimAsync();
        var options = context.Services.GetRequiredService<TotalLossOptions>();
        var vehicle = await db.Vehicles.AsNoTracking().SingleAsync(v => v.Id == claim.VehicleId);
        var newCarPrice = await db.VehicleModels.AsNoTracking().Where(m => m.Code == claim.ModelCode).Select(m => (decimal?)m.NewCarPrice).SingleOrDefaultAsync();
        if (newCarPrice is not { } price)
        {
            // Without a new-car price there is no actual value to compare with: the claim is settled as a repair.
            context.Complete("Repairable");
            return;
        }

        var value = ActualValue.Of(price, vehicle.FirstRegistration, claim.LossDate, vehicle.Usage, vehicle.Seats, options.Depreciation);
        var decision = TotalLoss.Decide(claim.Totals.Gross, Money.Of(value.Value), options.Threshold, claim.Totals.ShareRate, claim.Excess);
        claim.RecordTotalLossCheck(value.Value);
        if (!decision.IsTotalLoss)
        {
            await LedgerWrites.SetReserveAsync(db, claim, CostCategory.OwnDamageRepair, claim.Settlement, "Revised to the repair settlement", LedgerWrites.System, context.Now.UtcDateTime);
        }

        context.Complete(decision.IsTotalLoss ? "TotalLoss" : "Repairable");
    }
}
