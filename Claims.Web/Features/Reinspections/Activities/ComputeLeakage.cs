using Claims.Domain.Claims;
using Claims.Domain.Reinspection;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Reinspections.Activities;

[Activity("Reinspection.ComputeLeakage", Category = "Reinspection", DisplayName = "Compute leakage",
    Description = "Variance per line and leakage = paid − what the audited estimate would have paid, through the settlement's own totals.")]
public sealed class ComputeLeakage : Activity
{
    [Output(Description = "Paid minus should have been paid (negative: underpaid).")]
    public decimal Leakage { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var audit = await context.AuditAsync();
        var db = context.Db();
        var claim = await db.Claims.FindAsync(audit.ClaimId) ?? throw new InvalidOperationException($"Claim {audit.ClaimId} does not exist.");
        var result = AuditFigures.Compute(audit, claim, context.Services.GetRequiredService<ClaimRules>());
        audit.RecordLeakage(result, context.Now.UtcDateTime);
        Leakage = result.Leakage;
        context.Complete();
    }
}
