using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Claims.Activities;

[Activity("Claims.RejectClaim", Category = "Claims", DisplayName = "Reject claim", Description = "Closes the claim as rejected, with the reason.")]
public sealed class RejectClaim : Activity
{
    [Input(Description = "The reason told to the customer.")]
    public string? Reason { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var claim = await context.ClaimAsync();
        claim.Reject(string.IsNullOrWhiteSpace(Reason) ? "Not covered by the policy." : Reason);
        context.Complete();
    }
}
