using Claims.Domain.Financials;
using Claims.Web.Features.Claims.Activities;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials.Activities;

[Activity("Claims.RouteSettlement", Category = "Claims", DisplayName = "Route settlement",
    Description = "After approval: a claim with payees is paid payment by payment (partial and final, then the bank export) before it closes; without payees the payable goes straight through to the policyholder.")]
[FlowNode("ByPayments", "StraightThrough")]
public sealed class RouteSettlement : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var claim = await context.ClaimAsync();
        if (await context.Db().Set<Payee>().AnyAsync(p => p.ClaimId == claim.Id))
        {
            claim.ApproveForPayments();
            context.Complete("ByPayments");
            return;
        }

        context.Complete("StraightThrough");
    }
}
