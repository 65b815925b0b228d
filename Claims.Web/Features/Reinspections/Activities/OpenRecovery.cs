using Claims.Domain.Reinspection;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Reinspections.Activities;

[Activity("Reinspection.OpenRecovery", Category = "Reinspection", DisplayName = "Open recovery",
    Description = "Opens a recovery action for the confirmed leakage and publishes RecoveryOpened.")]
public sealed class OpenRecovery : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var audit = await context.AuditAsync();
        var db = context.Db();
        var now = context.Now.UtcDateTime;
        var recovery = RecoveryAction.Open(Guid.NewGuid(), audit, now);
        db.RecoveryActions.Add(recovery);
        db.AddOutboxMessage(new RecoveryOpened(recovery.Id, audit.Id, audit.ClaimId, audit.ClaimNumber, audit.ShopName, recovery.Amount, now), now);
        context.Complete();
    }
}
