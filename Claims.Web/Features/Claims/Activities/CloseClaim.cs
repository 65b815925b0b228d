using Claims.Domain.Financials;
using Claims.Web.Features.Financials;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Claims.Activities;

[Activity("Claims.CloseClaim", Category = "Claims", DisplayName = "Close claim",
    Description = "Closes the paid claim (refused while a payment is unexported or a reserve change pending; remaining reserves close to zero) and publishes ClaimClosed, the hand-over to re-inspection sampling.")]
public sealed class CloseClaim : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var claim = await context.ClaimAsync();
        var now = context.Now.UtcDateTime;
        var money = await ClaimClosure.StateAsync(context.Db(), claim);
        if (money.UnexportedPayments > 0 || money.PendingReserveChanges > 0 || !money.Settled)
        {
            // The shipped workflow checks closure first; a flow wired around that check faults here rather than close with money open.
            throw new InvalidOperationException($"Claim {claim.Number} cannot close with money open: {string.Join(" ", ClosureCheck.Problems(money))}");
        }

        claim.Close(now);
        await global::Claims.Web.Features.Financials.LedgerWrites.CloseOutstandingAsync(context.Db(), claim, "Reserve closed at closure", now);
        context.Db().AddOutboxMessage(new ClaimClosed(
            claim.Id, claim.Number, claim.RegionCode, claim.AssignedAdjuster, claim.ShopClass.ToString(), claim.PaidAmount ?? 0m,
            claim.Totals.Gross.Amount, claim.DeviationCount, claim.ReplaceFlagCount, now), now);
        context.Complete();
    }
}
