using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Claims.Activities;

[Activity("Claims.RejectClaim", Category = "Claims", DisplayName = "Reject claim", Description = "Closes the claim as rejected, with the reason; its reserves close to zero.")]
public sealed class RejectClaim : Activity
{
    [Input(Description = "The reason told to the customer.")]
    public string? Reason { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var claim = await context.ClaimAsync();
        claim.Reject(string.IsNullOrWhiteSpace(Reason) ? "Not covered by the policy." : Reason);
        // Nothing will be paid: the reserve set at notice closes, or the claim would count as incurred for ever.
        await global::Claims.Web.Features.Financials.LedgerWrites.CloseOutstandingAsync(context.Db(), claim, "Reserve closed: claim rejected", context.Now.UtcDateTime);
        context.Complete();
    }
}
