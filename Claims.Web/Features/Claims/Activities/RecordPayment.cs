using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Claims.Activities;

[Activity("Claims.RecordPayment", Category = "Claims", DisplayName = "Record payment", Description = "Records the settlement payment of the payable amount, straight through to the policyholder, in the claim's ledger.")]
public sealed class RecordPayment : Activity
{
    [Output(Description = "The payment reference.")]
    public string? Reference { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var claim = await context.ClaimAsync();
        Reference = $"PAY-{claim.Number}";
        claim.RecordPayment(Reference, context.Now.UtcDateTime);
        await global::Claims.Web.Features.Financials.StraightThrough.RecordAsync(context.Db(), claim, Reference, context.Now.UtcDateTime);
        context.Complete();
    }
}
