using Claims.Domain.Claims;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Claims.Activities;

[Activity("Claims.CheckCoverage", Category = "Claims", DisplayName = "Check coverage",
    Description = "Is the policy in force on the loss date, with the cover the cause needs?")]
[FlowNode("Covered", "NotCovered")]
public sealed class CheckCoverage : Activity
{
    [Output(Description = "Why the claim is not covered.")]
    public string? Reason { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var claim = await context.ClaimAsync();
        var policy = await context.Db().Policies.FindAsync(claim.PolicyId)
            ?? throw new InvalidOperationException($"Policy {claim.PolicyNumber} of claim {claim.Number} is missing.");
        var decision = CoverageCheck.Decide(policy, claim.Cause, claim.LossDate);
        Reason = decision.Reason;
        context.Complete(decision.Covered ? "Covered" : "NotCovered");
    }
}
